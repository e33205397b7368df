"""JSON responses in the vendor's shapes, shared by the API, the control plane and faults."""

from __future__ import annotations

import json
import math
from collections.abc import Awaitable, Callable, Iterable, Mapping
from typing import Any

from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Match, Route
from starlette.types import Scope

from ecartpay_sandbox._messages import Lang, message, parse_lang

JSON_CONTENT_TYPE = "application/json; charset=utf-8"

#: How deep a request's JSON may nest (objects and arrays). Real payloads stay far below;
#: deeper input is refused with 400 before anything recursive (schema checks, copies,
#: rendering) walks it.
MAX_JSON_DEPTH = 64


def _reject_constant(name: str) -> Any:
    raise ValueError(f"{name} is not valid JSON")


def _finite(text: str) -> float:
    """A JSON number as a float; one beyond a double's range (``1e400``) is refused."""
    value = float(text)
    if not math.isfinite(value):
        raise ValueError(f"the number {text[:40]} is out of range")
    return value


def _depth(value: Any) -> int:
    """The nesting depth of parsed JSON (a scalar is 0), without recursion."""
    deepest, stack = 0, [(value, 0)]
    while stack:
        item, depth = stack.pop()
        if isinstance(item, dict):
            item = list(item.values())
        if isinstance(item, list):
            deepest = max(deepest, depth + 1)
            stack.extend((child, depth + 1) for child in item)
    return deepest


def parse_json(raw: bytes) -> Any:
    """A request body's JSON: ``ValueError`` (a 400 for the caller) for bytes that are not
    UTF-8 JSON, for ``NaN``/``Infinity`` and numbers beyond a double (``1e400``), and for
    nesting deeper than ``MAX_JSON_DEPTH``."""
    too_deep = f"JSON nested deeper than {MAX_JSON_DEPTH} levels"
    try:
        data = json.loads(raw.decode("utf-8"), parse_constant=_reject_constant, parse_float=_finite)
    except RecursionError:
        raise ValueError(too_deep) from None
    if _depth(data) > MAX_JSON_DEPTH:
        raise ValueError(too_deep)
    return data


def parse_json_object(raw: bytes) -> dict[str, Any]:
    """A control-plane body: a JSON object (``{}`` when empty), else ``ValueError``."""
    data = parse_json(raw) if raw else {}
    if not isinstance(data, dict):
        raise ValueError("expected a JSON object")
    return data


def render_json(data: Any) -> bytes:
    """Compact UTF-8 JSON; falls back to ASCII escapes for strings UTF-8 cannot carry
    (lone surrogates a client may legally send inside JSON)."""
    try:
        return json.dumps(data, ensure_ascii=False, separators=(",", ":"), allow_nan=False).encode()
    except UnicodeEncodeError:
        return json.dumps(data, separators=(",", ":"), allow_nan=False).encode()


def json_response(
    data: Any, status: int = 200, headers: Mapping[str, str] | None = None
) -> Response:
    """A JSON response with ``status``."""
    return Response(render_json(data), status, headers=headers, media_type=JSON_CONTENT_TYPE)


def error_body(status: int, text: str) -> dict[str, Any]:
    """The one error body the vendor documents."""
    return {"message": text, "statusCode": status}


def error_response(
    status: int,
    key: str,
    lang: Lang = "en",
    headers: Mapping[str, str] | None = None,
    **values: object,
) -> Response:
    """``{"message", "statusCode"}`` with the message ``key`` in ``lang``."""
    return json_response(error_body(status, message(key, lang, **values)), status, headers)


def request_lang(request: Request) -> Lang:
    """The language the ``lang`` cookie asks for; English when absent or unknown."""
    return parse_lang(request.cookies.get("lang")) or "en"


Endpoint = Callable[[Request], Awaitable[Response]]


class _PathRoute(Route):
    """A route that never serves the ``shadowed`` concrete paths its template would match
    (``/api/cards/{id}`` and ``/api/cards/msi-configuration``): those belong to their own
    route, so a method that route lacks gets its 405 instead of the template's handler."""

    def __init__(
        self, path: str, endpoint: Endpoint, methods: list[str], shadowed: frozenset[str]
    ) -> None:
        super().__init__(path, endpoint, methods=methods)
        self.shadowed = shadowed

    def matches(self, scope: Scope) -> tuple[Match, Scope]:
        if scope.get("path") in self.shadowed:
            return Match.NONE, {}
        return super().matches(scope)


def path_route(
    path: str, endpoints: Mapping[str, Endpoint], shadowed: frozenset[str] = frozenset()
) -> Route:
    """One route per path serving each method with its endpoint, so a wrong method gets
    405 with an ``Allow`` header listing every method of the path (HEAD follows GET)."""
    by_method = {m.upper(): e for m, e in endpoints.items()}
    if "GET" in by_method:
        by_method.setdefault("HEAD", by_method["GET"])

    async def dispatch(request: Request) -> Response:
        return await by_method[request.method](request)

    return _PathRoute(path, dispatch, list(by_method), shadowed)


def table_routes(prefix: str, table: Iterable[tuple[str, str, Endpoint]]) -> list[Route]:
    """One ``path_route`` per path of ``table`` (method, path under ``prefix``, endpoint)."""
    by_path: dict[str, dict[str, Endpoint]] = {}
    for method, path, endpoint in table:
        by_path.setdefault(prefix + path, {})[method] = endpoint
    return [path_route(path, endpoints) for path, endpoints in by_path.items()]
