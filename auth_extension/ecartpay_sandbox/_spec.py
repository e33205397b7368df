"""The OpenAPI document as the sandbox uses it: operations, their inputs and their outputs.

Everything is read from ``openapi.yaml`` so that the sandbox's idea of a valid request or
a documented status is the spec's, never a copy that can drift. Schemas are JSON Schema
2020-12 (OpenAPI 3.1) and are validated in place: a ``$ref`` resolves into the document.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from decimal import Decimal, localcontext
from functools import cache
from pathlib import Path
from typing import Any, cast
from urllib.parse import quote

import yaml
from jsonschema import Draft202012Validator, FormatChecker, ValidationError, validators
from referencing import Registry
from referencing.jsonschema import DRAFT202012

SPEC_URI = "urn:ecartpay:openapi"
HTTP_METHODS = ("get", "put", "post", "delete", "patch", "head", "options", "trace")
JSON_MEDIA_TYPE = "application/json"


def _multiple_of(validator: Any, multiple: float, instance: Any, schema: Mapping[str, Any]) -> Any:
    """``multipleOf`` in decimal arithmetic: 243.33 is a multiple of 0.01 (a float division
    says it is not), read through the numbers' shortest text as the sandbox reads amounts."""
    if not validator.is_type(instance, "number"):
        return
    with localcontext() as exact:
        exact.prec = 1000  # room for any double: 1e308 / 0.01 has 311 digits
        remainder = Decimal(str(instance)) % Decimal(str(multiple))
    if remainder != 0:
        yield ValidationError(f"{instance!r} is not a multiple of {multiple}")


#: JSON Schema 2020-12 with ``multipleOf`` exact for decimal fractions.
SpecValidator: Any = validators.extend(  # type: ignore[no-untyped-call]
    Draft202012Validator, {"multipleOf": _multiple_of}
)


def _escape(segment: str) -> str:
    return segment.replace("~", "~0").replace("/", "~1")


def pointer(*segments: str) -> str:
    """A JSON pointer (``/a/b~1c``) from raw segments."""
    return "".join("/" + _escape(s) for s in segments)


@dataclass(frozen=True)
class Parameter:
    """A declared parameter; ``schema_pointer`` locates its schema in the document."""

    name: str
    location: str  # "query" | "path" | "cookie" | "header"
    required: bool
    schema_pointer: str
    type: str | None  # the schema's "type" when it is a single one, for string coercion


@dataclass(frozen=True)
class Operation:
    """One operation of the spec, with what the sandbox needs to check its traffic."""

    operation_id: str
    method: str  # upper case
    path: str  # the template, e.g. /api/orders/{id}
    path_regex: re.Pattern[str]
    parameters: tuple[Parameter, ...]
    body_pointer: str | None
    body_required: bool
    statuses: frozenset[int]
    response_pointers: Mapping[int, str]  # status -> pointer to its JSON schema

    @property
    def invalid_request_status(self) -> int:
        """The status for a schema-invalid request: 400 when documented, else the lowest
        documented 4xx (today every operation documents 400)."""
        if 400 in self.statuses:
            return 400
        client_errors = sorted(s for s in self.statuses if 400 <= s < 500)
        return client_errors[0] if client_errors else 400


class Spec:
    """A loaded OpenAPI 3.1 document with an operation index and cached validators."""

    def __init__(self, document: Mapping[str, Any]) -> None:
        self.document: Mapping[str, Any] = document
        resource = DRAFT202012.create_resource(document)
        self._registry: Registry[Any] = Registry().with_resource(SPEC_URI, resource)
        self._validators: dict[tuple[str, bool], Any] = {}
        self.operations: dict[str, Operation] = {}
        for path, item in document.get("paths", {}).items():
            for method in HTTP_METHODS:
                if method in item:
                    op = self._operation(path, method, item)
                    self.operations[op.operation_id] = op

    @classmethod
    def load(cls, path: Path) -> Spec:
        """Read a YAML or JSON spec file."""
        return _load_cached(path.resolve())

    def resolve(self, ptr: str) -> tuple[str, Any]:
        """Follow ``$ref`` chains from ``ptr``; answer the final pointer and its value."""
        seen: set[str] = set()
        while True:
            node: Any = self.document
            for raw in ptr.split("/")[1:]:
                key = raw.replace("~1", "/").replace("~0", "~")
                node = node[int(key)] if isinstance(node, list) else node[key]
            if isinstance(node, dict) and isinstance(node.get("$ref"), str):
                ref = node["$ref"]
                if not ref.startswith("#") or ptr in seen:
                    raise ValueError(f"unsupported or cyclic $ref {ref!r} at {ptr}")
                seen.add(ptr)
                ptr = ref[1:]
                continue
            return ptr, node

    def validator(self, schema_pointer: str, *, formats: bool = False) -> Any:
        """A validator for the schema at ``schema_pointer`` (``$ref``s resolve in place).

        ``formats`` turns ``format`` into an assertion (used for responses by the tests);
        requests are checked without it, as the spec's schemas use ``pattern`` instead.
        """
        key = (schema_pointer, formats)
        if key not in self._validators:
            ref = {"$ref": SPEC_URI + "#" + quote(schema_pointer, safe="/~")}
            self._validators[key] = SpecValidator(
                ref,
                registry=self._registry,
                format_checker=FormatChecker() if formats else None,
            )
        return self._validators[key]

    def match(self, method: str, path: str) -> tuple[Operation, dict[str, str]] | None:
        """The operation serving ``method path`` and its path parameters, if any."""
        method = method.upper()
        for op in self.operations.values():
            if op.method == method or (method == "HEAD" and op.method == "GET"):
                found = op.path_regex.match(path)
                if found:
                    return op, found.groupdict()
        return None

    def _operation(self, path: str, method: str, item: Mapping[str, Any]) -> Operation:
        op_ptr = pointer("paths", path, method)
        operation = item[method]
        declared: dict[tuple[str, str], str] = {}
        for base, params in ((pointer("paths", path), item), (op_ptr, operation)):
            for index, _ in enumerate(params.get("parameters", [])):
                param_ptr, param = self.resolve(f"{base}/parameters/{index}")
                declared[(param["name"], param["in"])] = param_ptr
        parameters = []
        for (name, location), param_ptr in declared.items():
            param = self.resolve(param_ptr)[1]
            schema = self.resolve(param_ptr + "/schema")[1]
            kind = schema.get("type")
            parameters.append(
                Parameter(
                    name=name,
                    location=location,
                    required=bool(param.get("required", location == "path")),
                    schema_pointer=param_ptr + "/schema",
                    type=kind if isinstance(kind, str) else None,
                )
            )
        body_pointer: str | None = None
        body_required = False
        if "requestBody" in operation:
            body_ptr, body = self.resolve(op_ptr + "/requestBody")
            body_required = bool(body.get("required", False))
            if JSON_MEDIA_TYPE in body.get("content", {}):
                body_pointer = body_ptr + pointer("content", JSON_MEDIA_TYPE, "schema")
        response_pointers: dict[int, str] = {}
        for status in operation.get("responses", {}):
            resp_ptr, response = self.resolve(op_ptr + pointer("responses", str(status)))
            if JSON_MEDIA_TYPE in response.get("content", {}):
                response_pointers[int(status)] = resp_ptr + pointer(
                    "content", JSON_MEDIA_TYPE, "schema"
                )
        regex = "^" + re.sub(r"\\\{(\w+)\\\}", r"(?P<\1>[^/]+)", re.escape(path)) + "$"
        return Operation(
            operation_id=operation["operationId"],
            method=method.upper(),
            path=path,
            path_regex=re.compile(regex),
            parameters=tuple(parameters),
            body_pointer=body_pointer,
            body_required=body_required,
            statuses=frozenset(int(s) for s in operation.get("responses", {})),
            response_pointers=response_pointers,
        )


@cache
def _load_cached(path: Path) -> Spec:
    with path.open(encoding="utf-8") as handle:
        document = yaml.safe_load(handle)
    if not isinstance(document, dict) or "paths" not in document:
        raise ValueError(f"{path} is not an OpenAPI document")
    return Spec(cast(dict[str, Any], document))
