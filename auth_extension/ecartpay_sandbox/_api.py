"""The vendor's API as the spec describes it: every operation with a registered handler
(``resources/``), mounted on the spec's own path and method.

Every endpoint runs the same steps in the vendor's (Express-like) order: credentials first
(401), then the spec's parameter and body schemas (400), then the handler. The first
request after a start or a reset seeds the fixtures first, when configured (``_seeds``).
"""

from __future__ import annotations

import inspect

from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route

from ecartpay_sandbox import resources
from ecartpay_sandbox._config import Account
from ecartpay_sandbox._core import SandboxCore
from ecartpay_sandbox._http import (
    Endpoint,
    error_body,
    error_response,
    json_response,
    path_route,
    request_lang,
)
from ecartpay_sandbox._messages import message
from ecartpay_sandbox._registry import HANDLERS, Call, Registration, VendorError
from ecartpay_sandbox._seeds import ensure_seeded
from ecartpay_sandbox._spec import Operation
from ecartpay_sandbox._tokens import TokenRefused
from ecartpay_sandbox._validation import RequestInput, RequestInvalid, validate_request

resources.load_all()


async def _read_input(request: Request) -> RequestInput:
    query: dict[str, list[str]] = {}
    for name, value in request.query_params.multi_items():
        query.setdefault(name, []).append(value)
    return RequestInput(
        query=query,
        cookies=request.cookies,
        headers={k.lower(): v for k, v in request.headers.items()},
        path_params={k: str(v) for k, v in request.path_params.items()},
        body=await request.body(),
    )


def _authenticate(
    core: SandboxCore, registration: Registration, header: str | None
) -> tuple[Account | None, str | None]:
    """The calling account and the id of the token it used (None where there is none)."""
    if registration.auth == "basic":
        return core.issuer.authenticate_basic(header), None
    if registration.auth == "token":
        grant = core.issuer.verify(header)
        return core.accounts[grant.account_id], grant.token_id
    return None, None


def _endpoint(core: SandboxCore, op: Operation, registration: Registration) -> Endpoint:
    """One operation's endpoint: credentials (401), then the spec's schemas (400), then
    the handler with who is calling and the validated inputs."""

    async def endpoint(request: Request) -> Response:
        ensure_seeded(core, request)
        lang = request_lang(request)
        try:
            account, token_id = _authenticate(
                core, registration, request.headers.get("authorization")
            )
        except TokenRefused as exc:
            return error_response(401, exc.problem.value, lang)
        try:
            valid = validate_request(core.spec, op, await _read_input(request))
        except RequestInvalid as exc:
            return error_response(
                op.invalid_request_status, "invalid_request", lang, detail=exc.detail
            )
        call = Call(core, request, account, valid.params, valid.body, lang, token_id)
        try:
            result = registration.handler(call)
            if inspect.isawaitable(result):
                result = await result
        except VendorError as exc:
            text = message(exc.key, lang, **exc.values)
            return json_response(error_body(exc.status, text), exc.status)
        return result if isinstance(result, Response) else json_response(result)

    return endpoint


def api_routes(core: SandboxCore) -> tuple[list[Route], list[str]]:
    """Routes for every spec operation the sandbox implements, and the ids it does not
    (left unmounted, so they answer 404; a test keeps that list empty)."""
    by_path: dict[str, dict[str, Endpoint]] = {}
    missing: list[str] = []
    for op in core.spec.operations.values():
        registration = HANDLERS.get(op.operation_id)
        if registration is None:
            missing.append(op.operation_id)
            continue
        by_path.setdefault(op.path, {})[op.method] = _endpoint(core, op, registration)
    routes = [
        path_route(path, endpoints, _shadowed(core, path, by_path))
        for path, endpoints in by_path.items()
    ]
    return routes, missing


def _shadowed(
    core: SandboxCore, path: str, by_path: dict[str, dict[str, Endpoint]]
) -> frozenset[str]:
    """The spec's concrete paths that the template ``path`` would also match."""
    template = next(op.path_regex for op in core.spec.operations.values() if op.path == path)
    return frozenset(p for p in by_path if "{" not in p and p != path and template.match(p))
