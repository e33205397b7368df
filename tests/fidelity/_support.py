"""The vendor's evidence as test cases, computed at collection time from the spec and
`vendor-reference/operations.json`: an operation added to `openapi.yaml` that the reference
also has becomes a case without any change here."""

from __future__ import annotations

import copy
import functools
import inspect
import json
import threading
from collections import deque
from collections.abc import Iterator
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

from openapi_python_client.strings import PythonIdentifier

from tools.vendor_reference import (
    Example,
    Shared,
    applicable_request_examples,
    body_model,
    load_reference,
    load_spec,
    shared_operations,
)

SPEC = load_spec()
REFERENCE = load_reference()
SHARED = shared_operations(SPEC, REFERENCE)
Path = tuple[str | int, ...]


@dataclass(frozen=True)
class ResponseCase:
    shared: Shared
    status: int
    example: Example

    @property
    def id(self) -> str:
        return f"{self.shared.operation_id}:{self.example.label}"


@dataclass(frozen=True)
class RequestCase:
    shared: Shared
    example: Example

    @property
    def id(self) -> str:
        return f"{self.shared.operation_id}:{self.example.label}"


RESPONSE_CASES = [
    ResponseCase(s, status, example)
    for s in SHARED
    for status, example in s.vendor.success_examples
    if example.is_json
]
#: Recorded answers that are files (the CFDI download), checked as bytes, not JSON.
BINARY_CASES = [
    ResponseCase(s, status, example)
    for s in SHARED
    for status, example in s.vendor.success_examples
    if not example.is_json
]
REQUEST_CASES = [
    RequestCase(s, example) for s in SHARED for example in applicable_request_examples(s)
]


@dataclass(frozen=True)
class Node:
    """A place in an example with what our schema says about it."""

    path: Path
    value: Any
    required: frozenset[str]  # for objects: the names our schema requires here
    enum_like: bool  # a string whose schema lists known values (an enum, maybe in anyOf)
    pointer: str  # the schema this place follows (the same for every item of a list)


def _resolved(pointer: str) -> tuple[str, dict[str, Any]]:
    ptr, node = SPEC.resolve(pointer)
    return ptr, node if isinstance(node, dict) else {}


@functools.cache
def _members(pointer: str) -> list[tuple[str, dict[str, Any]]]:
    """The schema at `pointer` and its `allOf` members (what always applies)."""
    ptr, node = _resolved(pointer)
    found = [(ptr, node)]
    for i, _ in enumerate(node.get("allOf", [])):
        found += _members(f"{ptr}/allOf/{i}")
    return found


@functools.cache
def _branches(pointer: str) -> list[tuple[str, dict[str, Any]]]:
    """The schemas a value may follow: the members and their `anyOf`/`oneOf` branches."""
    found = []
    for ptr, node in _members(pointer):
        found.append((ptr, node))
        for keyword in ("anyOf", "oneOf"):
            for i, _ in enumerate(node.get(keyword, [])):
                found += _branches(f"{ptr}/{keyword}/{i}")
    return found


def walk(pointer: str, value: Any, path: Path = ()) -> Iterator[Node]:
    """Every place of `value` under the schema at `pointer`, depth first."""
    branches = _branches(pointer)
    required = frozenset(name for _, node in _members(pointer) for name in node.get("required", []))
    enum_like = isinstance(value, str) and any("enum" in n or "const" in n for _, n in branches)
    yield Node(path, value, required, enum_like, pointer)
    if isinstance(value, dict):
        for key, item in value.items():
            for ptr, node in branches:
                if key in node.get("properties", {}):
                    yield from walk(f"{ptr}/properties/{_escape(key)}", item, (*path, key))
                    break
    elif isinstance(value, list):
        for ptr, node in branches:
            if "items" in node:
                for i, item in enumerate(value):
                    yield from walk(f"{ptr}/items", item, (*path, i))
                break


def _escape(key: str) -> str:
    return key.replace("~", "~0").replace("/", "~1")


def trimmed(value: Any, keep: int = 2) -> Any:
    """`value` with every list cut to its first `keep` items: the items of a list follow one
    schema, so mutating a few of them tests as much as mutating a hundred."""
    if isinstance(value, dict):
        return {k: trimmed(v, keep) for k, v in value.items()}
    if isinstance(value, list):
        return [trimmed(v, keep) for v in value[:keep]]
    return value


@functools.cache
def mutation_base(case_id: str) -> tuple[Any, tuple[Node, ...]]:
    """The (trimmed) example of a response case that mutations start from, and its places."""
    case = next(c for c in RESPONSE_CASES if c.id == case_id)
    document = trimmed(case.example.value)
    pointer = case.shared.spec_op.response_pointers[case.status]
    return document, tuple(walk(pointer, document))


def response_nodes(case: ResponseCase) -> list[Node]:
    return list(mutation_base(case.id)[1])


def assign(document: Any, path: Path, value: Any) -> Any:
    """Replace the value at `path` in `document` itself; answers the document (`value`
    when `path` is the root)."""
    if not path:
        return value
    target = document
    for step in path[:-1]:
        target = target[step]
    target[path[-1]] = value
    return document


def drop_at(document: Any, path: Path) -> Any:
    """A deep copy of `document` without the object member at `path`."""
    result = copy.deepcopy(document)
    target = result
    for step in path[:-1]:
        target = target[step]
    del target[path[-1]]
    return result


def call_arguments(shared: Shared, body_example: Any) -> dict[str, Any]:
    """Arguments for the endpoint's `sync_detailed`: each required parameter from the
    spec's own example (a 24-hex id when it has none), the body from `body_example`."""
    module = shared.module()
    params = {str(PythonIdentifier(p.name, prefix="field_")): p for p in shared.spec_op.parameters}
    arguments: dict[str, Any] = {}
    signature = inspect.signature(module.sync_detailed)
    for name, parameter in signature.parameters.items():
        if name == "client" or parameter.default is not inspect.Parameter.empty:
            continue
        if name == "body":
            model = body_model(shared)
            arguments[name] = model.from_dict(body_example) if model else body_example
            continue
        schema = SPEC.resolve(params[name].schema_pointer)[1]
        examples = schema.get("examples") or [schema.get("default", "0" * 24)]
        arguments[name] = examples[0]
    return arguments


def body_example(shared: Shared) -> Any:
    """A body to send: the vendor's first request example, else the spec's own example."""
    vendor = applicable_request_examples(shared)
    if vendor:
        return vendor[0].value
    pointer = shared.spec_op.body_pointer
    if pointer is None:
        return None
    media = SPEC.resolve(pointer.rsplit("/schema", 1)[0])[1]
    if "example" in media:
        return media["example"]
    return SPEC.resolve(pointer)[1]["examples"][0]


class ReplayServer:
    """Answers each request with the next queued ``(status, JSON)``; records the requests."""

    def __init__(self) -> None:
        self._answers: deque[tuple[int, bytes]] = deque()
        self.requests: list[tuple[str, str, bytes]] = []
        server = self

        class Handler(BaseHTTPRequestHandler):
            def _serve(self) -> None:
                length = int(self.headers.get("content-length") or 0)
                server.requests.append((self.command, self.path, self.rfile.read(length)))
                status, body = server._answers.popleft() if server._answers else (599, b"{}")
                self.send_response(status)
                self.send_header("content-type", "application/json; charset=utf-8")
                self.send_header("content-length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

            do_GET = do_POST = do_PUT = do_DELETE = do_PATCH = _serve

            def log_message(self, format: str, *args: Any) -> None:
                pass  # quiet: pytest shows failures

        self._http = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self._http.server_address[1]}"
        self._thread = threading.Thread(target=self._http.serve_forever, daemon=True)
        self._thread.start()

    def answer(self, status: int, document: Any) -> None:
        """Queue the answer to the next request."""
        self._answers.append((status, json.dumps(document).encode()))

    def close(self) -> None:
        self._http.shutdown()
        self._http.server_close()
        self._thread.join()
