"""The front door's resource classes, rendered by openapi-python-client's own `Project`.

`tools.codegen` builds the generator's `Project` through `ResourceProject`, which renders,
after the generator's own files, `ecartpay_client/resources/<tag>.py` (a resource class
per tag, its sub-resources, sync and async twins) and `resources/__init__.py` (the
client's resource attributes) from `codegen_templates/resource_module.py.jinja` and
`codegen_templates/resources_init.py.jinja`. This module decides what the templates
print: where each operation sits (`tools.sdk_names`), each method's parameters (path
parameters positional; the body's top-level properties as keyword arguments, a nested
object as its model or a plain dict), its 2xx model, whether it pages, and its docstring
(`MethodDoc`: the operation's and each parameter's `description`, the answer, and the
`ecartpay.APIError` subclass of each documented error status).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from openapi_python_client import Project
from openapi_python_client.parser.openapi import Endpoint
from openapi_python_client.parser.properties.list_property import ListProperty
from openapi_python_client.parser.properties.model_property import ModelProperty
from openapi_python_client.parser.responses import Response

from ecartpay_auth._api_error import error_class_for
from tools.sdk_names import Place, assign
from tools.spec_docs import body_properties, description, parameters

__all__ = ["MethodDoc", "MethodSpec", "ResourceProject", "ResourceSpec", "resource_tree"]

#: Keyword arguments every method takes, which no parameter may shadow.
RESERVED = frozenset({"extra_headers", "timeout", "self", "authorization"})
#: The scheme of the client's own token: a method whose operation names another scheme
#: sent in `Authorization` (an OAuth code, an OAuth access token) takes that credential.
_CLIENT_SCHEMES = frozenset({"tokenAuth", "basicAuth"})
_LIST = re.compile(r"(?<![\w.])list\[")
_PAGE_ITEMS = "docs"
_PAGE_PARAM = "page"


def _code(value: Any) -> str:
    text: str = value.as_unembedded_code() if hasattr(value, "as_unembedded_code") else str(value)
    return _LIST.sub("builtins.list[", text)  # a method named `list` shadows the builtin


def _camel(parts: tuple[str, ...]) -> str:
    return "".join(w.capitalize() for part in parts for w in part.split("_"))


def _imports(prop: Any) -> set[str]:
    """What a module naming `prop`'s type imports (its models too)."""
    found: set[str] = prop.get_imports(prefix="..") | prop.get_lazy_imports(prefix="..")
    return found


def _argument_type(prop: Any) -> str:
    """A body property's parameter type: a nested object also takes a plain dict."""
    if isinstance(prop, ModelProperty):
        base = f"{_code(prop.get_type_string(no_optional=True))} | dict[str, Any]"
    elif isinstance(prop, ListProperty) and isinstance(prop.inner_property, ModelProperty):
        inner = _code(prop.inner_property.get_type_string(no_optional=True))
        base = f"builtins.list[{inner} | dict[str, Any]]"
    else:
        return _code(prop.get_type_string())
    return base if prop.required else f"{base} | Unset"


def _declaration(prop: Any, type_string: str | None = None) -> str:
    declared = f"{prop.python_name}: {type_string or _code(prop.get_type_string())}"
    if prop.default is not None:
        return f"{declared} = {prop.default.python_code.as_unembedded_code()}"
    return declared if prop.required else f"{declared} = UNSET"


#: Said of the options every method takes (they are not in the spec).
OPTIONS = (
    ("extra_headers", "Headers sent with this request only, on top of the client's."),
    ("timeout", "This request's timeout (seconds or an `httpx.Timeout`), instead of the client's."),
)
#: Raised by every method, whatever the spec documents.
ALWAYS_RAISED = (
    ("ecartpay.APIError", "Any other error status the API answers."),
    (
        "ecartpay.APIConnectionError",
        "No answer, after every safe retry (`ecartpay.APITimeoutError` when it timed out).",
    ),
)
UNDESCRIBED = "Not described in openapi.yaml."


def _raw(name: Any) -> str:
    """A name from the parser (a plain or an `UntrustedString`) as the spec spells it."""
    return str(name.get_untrusted_value() if hasattr(name, "get_untrusted_value") else name)


def _paragraphs(text: Any) -> list[str]:
    """A description's paragraphs (a blank line apart in the spec), each on one line."""
    if not isinstance(text, str):
        return []
    return [" ".join(p.split()) for p in re.split(r"\n\s*\n", text) if p.strip()]


def _described(spec: dict[str, Any], node: Any) -> str:
    return description(spec, node) or UNDESCRIBED


def _error_classes(spec: dict[str, Any], operation: dict[str, Any]) -> list[tuple[str, str]]:
    """(`ecartpay.<class>`, when) of each error status the operation documents."""
    found: list[tuple[str, str]] = []
    for status, response in operation.get("responses", {}).items():
        code = str(status).upper().replace("XX", "00")
        if not code.isdigit() or int(code) < 400:
            continue
        name = f"ecartpay.{error_class_for(int(code)).__name__}"
        text = f"{status}: {_described(spec, response)}"
        found.append((name, text))
    return found


@dataclass
class MethodDoc:
    """What a method's docstring says, from the spec; the template lays it out."""

    description: list[str]  # paragraphs
    args: list[tuple[str, str]]  # (python name, description), in signature order
    returns: str  # the 2xx answer's description
    raises: list[tuple[str, str]]  # (`ecartpay.<class>`, when)


def _method_doc(
    spec: dict[str, Any],
    operation: dict[str, Any],
    endpoint: Endpoint,
    body_names: list[tuple[Any, str]],
    success: Response,
    credential: tuple[str, str] | None = None,
) -> MethodDoc:
    named = parameters(spec, endpoint.path.get_untrusted_value(), operation)
    properties = body_properties(spec, operation)

    def said(props: list[Any]) -> list[tuple[str, str]]:
        return [(p.python_name, _described(spec, named.get(_raw(p.name), {}))) for p in props]

    others = [*endpoint.query_parameters, *endpoint.header_parameters, *endpoint.cookie_parameters]
    args = said(endpoint.path_parameters)
    args += [
        (python, _described(spec, properties.get(_raw(name), {}))) for name, python in body_names
    ]
    args += said(others)
    if credential is not None and credential[0] != "none":
        args.append(("authorization", credential[1]))
    answer = operation["responses"][str(success.status_code.pattern)]
    return MethodDoc(
        description=_paragraphs(operation.get("description")),
        args=[*args, *OPTIONS],
        returns=_described(spec, answer),
        raises=[*_error_classes(spec, operation), *ALWAYS_RAISED],
    )


def _credential(spec: dict[str, Any], operation: dict[str, Any]) -> tuple[str, str] | None:
    """("required" | "optional", what it is) when the operation is authorised by a
    credential of its own in `Authorization` instead of the client's token; ("none", "")
    when it is public (`security: []`), so that no token is minted or sent for it; else
    None."""
    if operation.get("security") == []:
        return "none", ""
    requirements = operation.get("security", spec.get("security", []))
    schemes = spec["components"]["securitySchemes"]
    own = [
        name
        for requirement in requirements
        for name in requirement
        if name not in _CLIENT_SCHEMES
        and schemes[name].get("type") == "apiKey"
        and schemes[name].get("in") == "header"
        and schemes[name].get("name", "").lower() == "authorization"
    ]
    if not own:
        return None
    need = "optional" if {} in requirements else "required"
    what = description(spec, schemes[own[0]])
    told = f"Sent raw in `Authorization` instead of the client's token: {what}"
    if need == "optional":
        told += " None: no `Authorization` at all."
    return need, told


@dataclass
class MethodSpec:
    """One front-door method: its signature and how it builds the generated call."""

    place: Place
    endpoint: Endpoint
    module: str  # the generated endpoint module, e.g. "get_order"
    positional: list[str]  # "id: str"
    keywords: list[str]  # "email: str | Unset = UNSET"
    call: list[str]  # the `_get_kwargs` arguments, "id=id"
    body_class: str | None  # the body model built from `body_fields`
    body_fields: list[tuple[Any, str]]  # (JSON name, an UntrustedString; python name)
    body_optional: bool  # the spec does not require a body: none is sent without fields
    success: Response
    returns: str
    page_item: str | None  # set when the method returns pages of this type
    doc: MethodDoc
    page_params: list[str] = field(default_factory=list)
    credential: str | None = None  # "required" / "optional": takes `authorization=`; "none"
    imports: set[str] = field(default_factory=set)

    @property
    def name(self) -> str:
        return self.place.method

    @property
    def parser(self) -> str:
        return f"_parse_{self.module}"


@dataclass
class ResourceSpec:
    """One resource class (`Customers`, `CustomersCards`) and what it holds."""

    path: tuple[str, ...]
    methods: list[MethodSpec] = field(default_factory=list)
    children: list[ResourceSpec] = field(default_factory=list)

    @property
    def name(self) -> str:
        return self.path[-1]

    @property
    def class_name(self) -> str:
        """`CustomersCardsResource`: the suffix keeps it apart from the models (`Activity`)."""
        return _camel(self.path) + "Resource"

    def walk(self) -> list[ResourceSpec]:
        """This resource's classes, children first (each is defined before it is used)."""
        return [r for child in self.children for r in child.walk()] + [self]


def _success(endpoint: Endpoint) -> Response:
    found = [
        r
        for r in endpoint.responses.patterns
        if r.status_code.range is not None and 200 <= r.status_code.range[0] < 300
    ]
    if not found:
        raise ValueError(f"{endpoint.name} documents no 2xx answer: the front door needs one")
    return found[0]


def _item_property(success: Response) -> Any:
    """The item of a list answer: the page's `docs` item, or the bare list's."""
    prop = success.prop
    if isinstance(prop, ModelProperty):
        docs = [p for p in prop.required_properties or [] if p.name == _PAGE_ITEMS]
        if docs and isinstance(docs[0], ListProperty):
            return docs[0].inner_property
    if isinstance(prop, ListProperty):
        return prop.inner_property
    return None


def _page_item(endpoint: Endpoint, success: Response) -> str | None:
    """The item type when the method answers pages (a `docs` page with a `page`
    parameter, or a bare list), else None."""
    item = _item_property(success)
    query = {p.python_name for p in endpoint.query_parameters}
    paged = isinstance(success.prop, ModelProperty) and _PAGE_PARAM in query
    bare = isinstance(success.prop, ListProperty) and endpoint.method == "get"
    if item is None or not (paged or bare):
        return None
    return _code(item.get_type_string(no_optional=True))


def _method(
    place: Place, endpoint: Endpoint, spec: dict[str, Any], operation: dict[str, Any]
) -> MethodSpec:
    module = str(endpoint.name)
    positional = [_declaration(p) for p in endpoint.path_parameters]
    call = [f"{p.python_name}={p.python_name}" for p in endpoint.path_parameters]
    keywords: list[str] = []
    imports = {line.replace("from ...", "from ..", 1) for line in endpoint.relative_imports}
    body_class = None
    body_fields: list[tuple[Any, str]] = []
    if endpoint.bodies:
        body = endpoint.bodies[0].prop
        if len(endpoint.bodies) > 1 or not isinstance(body, ModelProperty):
            raise ValueError(f"{module}: the front door takes one JSON object body")
        body_class = _code(body.get_type_string(no_optional=True))
        for prop in (*(body.required_properties or []), *(body.optional_properties or [])):
            imports |= _imports(prop)
            keywords.append(_declaration(prop, _argument_type(prop)))
            body_fields.append((prop.name, prop.python_name))
        call.append("body=body")
    success = _success(endpoint)
    page_item = _page_item(endpoint, success)
    if page_item is not None:
        imports |= _imports(_item_property(success))
    others = [*endpoint.query_parameters, *endpoint.header_parameters, *endpoint.cookie_parameters]
    keywords += [_declaration(p) for p in others]
    call += [f"{p.python_name}={p.python_name}" for p in others]
    credential = _credential(spec, operation)
    if credential is not None and credential[0] != "none" and page_item is not None:
        # pages carry no `authorization=` (a public list passes None, in the template)
        raise ValueError(f"{module}: a list method with a credential of its own")
    names = [d.split(":", 1)[0] for d in (*positional, *keywords)]
    clash = sorted({n for n in names if names.count(n) > 1} | (set(names) & RESERVED))
    if clash:
        raise ValueError(f"{module}: parameters named alike: {clash}")
    return MethodSpec(
        place=place,
        endpoint=endpoint,
        module=module,
        positional=positional,
        keywords=keywords,
        call=call,
        body_class=body_class,
        body_optional=bool(endpoint.bodies) and not endpoint.bodies[0].prop.required,
        body_fields=body_fields,
        success=success,
        returns=_code(success.prop.get_type_string()),
        page_item=page_item,
        doc=_method_doc(spec, operation, endpoint, body_fields, success, credential),
        page_params=[p.python_name for p in others],
        imports=imports,
        credential=credential[0] if credential else None,
    )


def resource_tree(
    spec: dict[str, Any], endpoints: dict[str, list[Endpoint]]
) -> dict[str, tuple[str, ResourceSpec]]:
    """Per top-level resource: (generated api package, its resource tree)."""
    by_key = {
        (str(e.method).lower(), e.path.get_untrusted_value()): (tag, e)
        for tag, group in endpoints.items()
        for e in group
    }
    places = {p.operation_id: p for p in assign(spec)}
    roots: dict[str, tuple[str, ResourceSpec]] = {}
    for path, item in spec["paths"].items():
        for method, operation in item.items():
            if (method, path) not in by_key:
                continue
            tag, endpoint = by_key[(method, path)]
            place = places[operation["operationId"]]
            top = place.resource[:1]
            node = roots.setdefault(top[0], (tag, ResourceSpec(top)))[1]
            for depth in range(2, len(place.resource) + 1):
                wanted = place.resource[:depth]
                child = next((c for c in node.children if c.path == wanted), None)
                if child is None:
                    child = ResourceSpec(wanted)
                    node.children.append(child)
                node = child
            node.methods.append(_method(place, endpoint, spec, operation))
    return roots


class ResourceProject(Project):
    """The generator's `Project`, which also renders the front door's resources."""

    def __init__(self, *, spec: dict[str, Any], **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self._spec = spec

    def _build_api(self) -> None:
        super()._build_api()
        collections = self.openapi.endpoint_collections_by_tag
        endpoints = {str(tag): list(c.endpoints) for tag, c in collections.items()}
        roots = resource_tree(self._spec, endpoints)
        out = Path(self.package_dir) / "resources"
        out.mkdir()
        module = self.env.get_template("resource_module.py.jinja")
        for name, (package, root) in sorted(roots.items()):
            classes = root.walk()
            imports = {line for r in classes for m in r.methods for line in m.imports}
            text = module.render(
                package=package, root=root, classes=classes, imports=sorted(imports)
            )
            (out / f"{name}.py").write_text(text, encoding=self.config.file_encoding)
        init = self.env.get_template("resources_init.py.jinja")
        text = init.render(roots=[root for _, (_, root) in sorted(roots.items())])
        (out / "__init__.py").write_text(text, encoding=self.config.file_encoding)
