"""Checks a request's parameters and JSON body against the spec's own schemas.

The rule a schema fuzzer relies on: a request the spec calls invalid is refused, a valid one
is accepted. So parsing is strict where the spec is strict (integers are digits only, a JSON
body must be real JSON without NaN) and lenient where it is silent (unknown query
parameters and unknown body properties pass, as the schemas do not forbid them).
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from jsonschema import ValidationError
from jsonschema.exceptions import best_match

from ecartpay_sandbox._http import parse_json
from ecartpay_sandbox._spec import JSON_MEDIA_TYPE, Operation, Spec

_INTEGER = re.compile(r"^-?[0-9]+$")
_NUMBER = re.compile(r"^-?[0-9]+(\.[0-9]+)?([eE][-+]?[0-9]+)?$")


class RequestInvalid(Exception):
    """A request the spec refuses; ``detail`` says where and why, in English."""

    def __init__(self, detail: str) -> None:
        super().__init__(detail)
        self.detail = detail


@dataclass(frozen=True)
class RequestInput:
    """The raw inputs of one request, independent of the web framework."""

    query: Mapping[str, list[str]]
    cookies: Mapping[str, str]
    headers: Mapping[str, str]  # lower-case names
    path_params: Mapping[str, str]
    body: bytes = b""


@dataclass(frozen=True)
class ValidRequest:
    """A request that passed: typed parameter values (defaults applied) and the body."""

    params: dict[str, Any] = field(default_factory=dict)
    body: Any = None


def _coerce(raw: str, kind: str | None) -> Any:
    """Turn a parameter string into the JSON value its schema expects, or keep the string
    (which then fails the schema's ``type`` with a clear message)."""
    if kind == "integer" and _INTEGER.match(raw):
        return int(raw)
    if kind == "number" and _NUMBER.match(raw):
        return float(raw)
    if kind == "boolean" and raw in ("true", "false"):
        return raw == "true"
    return raw


def _describe(error: ValidationError, where: str) -> str:
    location = where + "".join(
        f"[{p}]" if isinstance(p, int) else f".{p}" for p in error.absolute_path
    )
    return f"{location}: {error.message}"


def _check(spec: Spec, schema_pointer: str, value: Any, where: str) -> None:
    error = best_match(spec.validator(schema_pointer).iter_errors(value))
    if error is not None:
        raise RequestInvalid(_describe(error, where))


#: What ``_parse_json_body`` answers for a request without a body (JSON ``null`` is a body).
NO_BODY = object()


def _parse_json_body(op: Operation, request: RequestInput) -> Any:
    if not request.body:
        if op.body_required:
            raise RequestInvalid("body: a JSON request body is required")
        return NO_BODY
    content_type = request.headers.get("content-type", "")
    media_type = content_type.split(";", 1)[0].strip().lower()
    if media_type != JSON_MEDIA_TYPE:
        raise RequestInvalid(
            f"body: Content-Type must be {JSON_MEDIA_TYPE}, got {content_type or 'none'!r}"
        )
    try:
        return parse_json(request.body)
    except ValueError as exc:
        raise RequestInvalid(f"body: not valid JSON ({exc})") from None


def validate_request(spec: Spec, op: Operation, request: RequestInput) -> ValidRequest:
    """Check ``request`` against ``op``; answer its typed inputs or raise RequestInvalid."""
    params: dict[str, Any] = {}
    for param in op.parameters:
        where = f"{param.location} parameter {param.name!r}"
        if param.location == "query":
            values = list(request.query.get(param.name, []))
        elif param.location == "cookie":
            values = [request.cookies[param.name]] if param.name in request.cookies else []
        elif param.location == "header":
            header = request.headers.get(param.name.lower())
            values = [] if header is None else [header]
        else:
            values = [request.path_params[param.name]] if param.name in request.path_params else []
        if not values:
            if param.required:
                raise RequestInvalid(f"{where}: is required")
            default = spec.resolve(param.schema_pointer)[1].get("default")
            if default is not None:
                params[param.name] = default
            continue
        if len(values) > 1:
            raise RequestInvalid(f"{where}: must be given once, got {len(values)} values")
        value = _coerce(values[0], param.type)
        _check(spec, param.schema_pointer, value, where)
        params[param.name] = value
    body: Any = None
    if op.body_pointer is not None:
        body = _parse_json_body(op, request)
        if body is NO_BODY:
            body = None
        else:
            _check(spec, op.body_pointer, body, "body")
    return ValidRequest(params=params, body=body)
