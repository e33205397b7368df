"""The vendor's exported API reference (`vendor-reference/operations.json`) next to our spec.

One place answers "which vendor operations does `openapi.yaml` cover?" and "do the vendor's
recorded examples pass through our spec and our generated client?", for the fidelity tests
(`tests/fidelity/`) and for `make vendor-report` alike. Operations are matched on method and
path template with parameter names ignored (`/api/orders/public/{id}` and `{order_id}` are
one operation), so an operation someone adds to the spec is covered as soon as it exists.

The reference holds the vendor's facts, not its prose: an operation is named by our own
`operationId` and `summary` (from `openapi.yaml`), an example by its place (`request #1`,
`200 #2`), never by the vendor's wording.
"""

from __future__ import annotations

import importlib
import json
import re
import typing
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from types import ModuleType
from typing import Any

import httpx

from ecartpay_sandbox._spec import Operation, Spec
from tools.resource_table import module_of_operation, module_of_tag

ROOT = Path(__file__).resolve().parents[1]
REFERENCE_PATH = ROOT / "vendor-reference" / "operations.json"
SPEC_PATH = ROOT / "openapi.yaml"
CLIENT_BASE_URL = "https://sandbox.example.invalid"
#: Methods whose request body the vendor's docs platform records but HTTP clients do not send.
BODYLESS_METHODS = frozenset({"GET", "HEAD", "DELETE"})

Key = tuple[str, str]  # (METHOD, path template with every parameter written `{}`)


def template_key(method: str, path: str) -> Key:
    """The matching key of an operation: parameter names do not count."""
    return method.upper(), re.sub(r"\{[^}]*\}", "{}", path)


JSON_MEDIA_TYPE = "application/json"


@dataclass(frozen=True)
class Example:
    """One recorded example: its place among the operation's examples (`request #1`,
    `200 #2`), its value and the media type it was recorded with (a binary answer is
    recorded as text)."""

    label: str
    value: Any
    content_type: str = JSON_MEDIA_TYPE

    @property
    def is_json(self) -> bool:
        media_type = self.content_type.split(";", 1)[0].strip().lower()
        return media_type == JSON_MEDIA_TYPE or media_type.endswith("+json")


@dataclass
class VendorOperation:
    """One distinct operation of the reference, with every example recorded for it."""

    key: Key
    method: str
    path: str
    resource: str
    vendor_ids: list[str] = field(default_factory=list)
    request_examples: list[Example] = field(default_factory=list)
    responses: dict[int, list[Example]] = field(default_factory=dict)

    @property
    def success_examples(self) -> list[tuple[int, Example]]:
        """Every recorded 2xx example, with its status."""
        return [
            (status, example)
            for status, examples in sorted(self.responses.items())
            if 200 <= status < 300
            for example in examples
        ]


def load_reference(path: Path = REFERENCE_PATH) -> dict[Key, VendorOperation]:
    """The reference's distinct operations (93 of its 94 entries), in file order."""
    document = json.loads(path.read_text(encoding="utf-8"))
    found: dict[Key, VendorOperation] = {}
    for raw in document["operations"]:
        key = template_key(raw["method"], raw["path"])
        op = found.setdefault(
            key,
            VendorOperation(key, raw["method"].upper(), raw["path"], raw["resource"]),
        )
        op.vendor_ids.append(raw["vendor_operation_id"])
        request = raw.get("request") or {}
        for value in (request.get("examples") or {}).values():
            op.request_examples.append(Example(f"request #{len(op.request_examples) + 1}", value))
        for status, response in raw.get("responses", {}).items():
            examples = op.responses.setdefault(int(status), [])
            content_type = response.get("content_type") or JSON_MEDIA_TYPE
            for value in (response.get("examples") or {}).values():
                examples.append(Example(f"{status} #{len(examples) + 1}", value, content_type))
    return found


@dataclass(frozen=True)
class Shared:
    """An operation our spec shares with the reference."""

    spec_op: Operation
    vendor: VendorOperation
    tag: str
    summary: str = ""  # our own one-line summary (`openapi.yaml`)

    @property
    def operation_id(self) -> str:
        return self.spec_op.operation_id

    def module(self) -> ModuleType:
        """The generated endpoint module (`ecartpay_client.api.<tag>.<operation>`)."""
        return importlib.import_module(
            f"ecartpay_client.api.{module_of_tag(self.tag)}.{module_of_operation(self.operation_id)}"
        )


def shared_operations(spec: Spec, reference: Mapping[Key, VendorOperation]) -> list[Shared]:
    """Every spec operation that matches a reference operation, in spec order."""
    result = []
    for op in spec.operations.values():
        vendor = reference.get(template_key(op.method, op.path))
        if vendor is not None:
            operation = spec.document["paths"][op.path][op.method.lower()]
            tags = operation.get("tags") or ["default"]
            result.append(Shared(op, vendor, tags[0], str(operation.get("summary", ""))))
    return result


# -- checks ------------------------------------------------------------------------------


def response_problems(spec: Spec, shared: Shared, status: int, value: Any) -> Iterator[str]:
    """Why a recorded response does not pass: our schema refuses it, or the generated
    endpoint's own parsing fails, answers None, or answers an error model."""
    pointer = shared.spec_op.response_pointers.get(status)
    if pointer is None:
        yield f"our spec documents no JSON {status} response"
    else:
        for error in spec.validator(pointer, formats=True).iter_errors(value):
            where = "/".join(str(p) for p in error.absolute_path)
            yield f"schema: {where or '(root)'}: {error.message}"
    try:
        parsed = parse_with_client(shared, status, value)
    except Exception as exc:  # any crash of the generated parser is the finding
        yield f"client: {type(exc).__name__}: {exc}"
        return
    yield from parsed_problems(parsed)


def binary_problems(spec: Spec, shared: Shared, status: int, example: Example) -> Iterator[str]:
    """Why a recorded non-JSON answer (a file) does not pass: our spec does not document it
    as binary, or the generated endpoint does not hand back its bytes unchanged."""
    from ecartpay_client import Client
    from ecartpay_client.types import File

    operation = spec.document["paths"][shared.spec_op.path][shared.spec_op.method.lower()]
    content = operation["responses"].get(str(status), {}).get("content", {})
    if not any(media.get("schema", {}).get("format") == "binary" for media in content.values()):
        yield f"our spec documents no binary {status} response"
        return
    raw = example.value.encode() if isinstance(example.value, str) else bytes(example.value)
    request = httpx.Request(shared.spec_op.method, CLIENT_BASE_URL + "/")
    headers = {"content-type": example.content_type}
    response = httpx.Response(status, content=raw, headers=headers, request=request)
    client = Client(base_url=CLIENT_BASE_URL, raise_on_unexpected_status=True)
    parsed = shared.module()._build_response(client=client, response=response).parsed
    if not isinstance(parsed, File):
        yield f"client: parsed to {type(parsed).__name__}, not a File"
    elif parsed.payload.read() != raw:
        yield "client: the File's bytes differ from the recorded answer"


def parsed_problems(parsed: Any) -> Iterator[str]:
    """What is wrong with a parsed 2xx result: None, an error model, not a model."""
    from ecartpay_client.models import Error

    items = parsed if isinstance(parsed, list) else [parsed]
    if parsed is None:
        yield "client: parsed to None"
    elif isinstance(parsed, Error):
        yield "client: parsed to the Error model"
    elif not all(
        hasattr(item, "to_dict") or isinstance(item, str | int | float | bool) for item in items
    ):
        yield f"client: parsed to {type(parsed).__name__}, not a model"


def recorded_response(method: str, status: int, value: Any) -> httpx.Response:
    """A real `httpx.Response` carrying `value` as the server's JSON bytes."""
    request = httpx.Request(method, CLIENT_BASE_URL + "/")
    content = json.dumps(value).encode()
    headers = {"content-type": "application/json; charset=utf-8"}
    return httpx.Response(status, content=content, headers=headers, request=request)


def parse_with_client(shared: Shared, status: int, value: Any) -> Any:
    """`value` parsed by the generated endpoint's own `_build_response` (`.parsed`)."""
    from ecartpay_client import Client

    module = shared.module()
    client = Client(base_url=CLIENT_BASE_URL, raise_on_unexpected_status=True)
    response = recorded_response(shared.spec_op.method, status, value)
    return module._build_response(client=client, response=response).parsed


def body_model(shared: Shared) -> Any:
    """The generated class of the operation's JSON body, or None when it takes a plain
    JSON value (or no body)."""
    hints = typing.get_type_hints(shared.module()._get_kwargs)
    body = hints.get("body")
    for candidate in typing.get_args(body) or (body,):
        if hasattr(candidate, "from_dict"):
            return candidate
    return None


def request_problems(spec: Spec, shared: Shared, value: Any) -> Iterator[str]:
    """Why a vendor request example does not pass: our request schema refuses it, or the
    generated body model cannot carry it unchanged (`from_dict` then `to_dict`)."""
    pointer = shared.spec_op.body_pointer
    if pointer is None:
        yield "our spec takes no JSON body here"
        return
    for error in spec.validator(pointer).iter_errors(value):
        where = "/".join(str(p) for p in error.absolute_path)
        yield f"schema: {where or '(root)'}: {error.message}"
    model = body_model(shared)
    if model is None:
        return
    try:
        again = model.from_dict(value).to_dict()
    except Exception as exc:
        yield f"body model: {type(exc).__name__}: {exc}"
        return
    if again != value:
        yield "body model: to_dict() differs from the example it was built from"


def applicable_request_examples(shared: Shared) -> list[Example]:
    """The vendor request examples our client could send (none on GET/HEAD/DELETE)."""
    if shared.vendor.method in BODYLESS_METHODS:
        return []
    return list(shared.vendor.request_examples)


@dataclass
class Coverage:
    """What `make vendor-report` prints."""

    total: int
    covered: list[tuple[Shared, int, list[str]]]  # (operation, examples checked, problems)
    missing: dict[str, list[VendorOperation]]  # resource -> operations

    @property
    def passing(self) -> int:
        return sum(1 for _, _, problems in self.covered if not problems)


def coverage(spec: Spec, reference: Mapping[Key, VendorOperation]) -> Coverage:
    """Check every shared operation's examples; group the operations the spec lacks."""
    shared = shared_operations(spec, reference)
    covered_keys = {s.vendor.key for s in shared}
    rows = []
    for op in shared:
        problems: list[str] = []
        checked = 0
        for status, example in op.vendor.success_examples:
            checked += 1
            found = (
                response_problems(spec, op, status, example.value)
                if example.is_json
                else binary_problems(spec, op, status, example)
            )
            problems += [f"{example.label}: {p}" for p in found]
        for example in applicable_request_examples(op):
            checked += 1
            problems += [f"{example.label}: {p}" for p in request_problems(spec, op, example.value)]
        rows.append((op, checked, problems))
    missing: dict[str, list[VendorOperation]] = {}
    for key, vendor in reference.items():
        if key not in covered_keys:
            missing.setdefault(vendor.resource, []).append(vendor)
    return Coverage(len(reference), rows, dict(sorted(missing.items())))


def load_spec(path: Path = SPEC_PATH) -> Spec:
    """The project's spec, as the sandbox reads it."""
    return Spec.load(path)
