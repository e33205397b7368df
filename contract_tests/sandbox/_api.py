"""The vendor's API as the spec describes it: one handler per operationId.

Every handler runs the same steps in the vendor's (Express-like) order: credentials first
(401), then the spec's parameter and body schemas (400), then the resource logic.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from typing import Any, TypeVar

import anyio
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route

from contract_tests.sandbox._config import Account
from contract_tests.sandbox._core import TOKEN_OPERATION, SandboxCore
from contract_tests.sandbox._http import (
    Endpoint,
    error_response,
    json_response,
    path_route,
    request_lang,
)
from contract_tests.sandbox._messages import Lang
from contract_tests.sandbox._spec import Operation
from contract_tests.sandbox._state import DuplicateCustomer, UnknownCustomer
from contract_tests.sandbox._tokens import TokenRefused
from contract_tests.sandbox._validation import (
    RequestInput,
    RequestInvalid,
    ValidRequest,
    validate_request,
)

P = TypeVar("P")  # who is calling: an Account (Basic keys) or an account id (token)

LIST_FILTERS = ("email", "phone", "user_id")


@dataclass(frozen=True)
class Call:
    """An authenticated, validated call to one operation."""

    request: Request
    account_id: str
    params: dict[str, Any]
    body: Any
    lang: Lang


Handler = Callable[[SandboxCore, Call], Response]


def _create_customer(core: SandboxCore, call: Call) -> Response:
    try:
        return json_response(core.store.create_customer(call.account_id, call.body))
    except DuplicateCustomer as exc:
        return error_response(400, "duplicate_customer", call.lang, fields=", ".join(exc.fields))


def _list_customers(core: SandboxCore, call: Call) -> Response:
    params = call.params
    filters = {name: params[name] for name in LIST_FILTERS if name in params}
    page = core.store.list_customers(
        call.account_id, page=params.get("page", 1), limit=params.get("limit", 20), filters=filters
    )
    return json_response(page)


def _create_order(core: SandboxCore, call: Call) -> Response:
    try:
        base_url = str(call.request.base_url)
        return json_response(core.store.create_order(call.account_id, call.body, base_url))
    except UnknownCustomer as exc:
        return error_response(400, "unknown_customer", call.lang, customer_id=exc.customer_id)


def _get_order(core: SandboxCore, call: Call) -> Response:
    order = core.store.get_order(call.account_id, call.params["id"])
    if order is None:
        return error_response(404, "order_not_found", call.lang)
    return json_response(order)


HANDLERS: dict[str, Handler] = {
    "createCustomer": _create_customer,
    "listCustomers": _list_customers,
    "createOrder": _create_order,
    "getOrder": _get_order,
}


def _invalid(op: Operation, exc: RequestInvalid, lang: Lang) -> Response:
    return error_response(op.invalid_request_status, "invalid_request", lang, detail=exc.detail)


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


def _endpoint(
    core: SandboxCore,
    op: Operation,
    authenticate: Callable[[str | None], P],
    respond: Callable[[Request, P, ValidRequest, Lang], Awaitable[Response]],
) -> Endpoint:
    """One operation's endpoint: credentials (401), then the spec's schemas (400), then
    `respond` with who is calling and the validated inputs."""

    async def endpoint(request: Request) -> Response:
        lang = request_lang(request)
        try:
            principal = authenticate(request.headers.get("authorization"))
        except TokenRefused as exc:
            return error_response(401, exc.problem.value, lang)
        try:
            valid = validate_request(core.spec, op, await _read_input(request))
        except RequestInvalid as exc:
            return error_response(
                op.invalid_request_status, "invalid_request", lang, detail=exc.detail
            )
        return await respond(request, principal, valid, lang)

    return endpoint


def _token_endpoint(core: SandboxCore, op: Operation) -> Endpoint:
    async def mint(request: Request, account: Account, valid: ValidRequest, lang: Lang) -> Response:
        if core.mint_delay:
            await anyio.sleep(core.mint_delay)
        return json_response({"token": core.issuer.mint(account).token})

    return _endpoint(core, op, lambda header: core.issuer.authenticate_basic(header), mint)


def _api_endpoint(core: SandboxCore, op: Operation, handler: Handler) -> Endpoint:
    async def respond(
        request: Request, account_id: str, valid: ValidRequest, lang: Lang
    ) -> Response:
        return handler(core, Call(request, account_id, valid.params, valid.body, lang))

    return _endpoint(core, op, lambda header: core.issuer.verify(header), respond)


def api_routes(core: SandboxCore) -> tuple[list[Route], list[str]]:
    """Routes for every spec operation the sandbox implements, and the ids it does not
    (left unmounted, so they answer 404; a test keeps that list empty)."""
    by_path: dict[str, dict[str, Endpoint]] = {}
    missing: list[str] = []
    for op in core.spec.operations.values():
        if op.operation_id == TOKEN_OPERATION:
            endpoint = _token_endpoint(core, op)
        elif op.operation_id in HANDLERS:
            endpoint = _api_endpoint(core, op, HANDLERS[op.operation_id])
        else:
            missing.append(op.operation_id)
            continue
        by_path.setdefault(op.path, {})[op.method] = endpoint
    return [path_route(path, endpoints) for path, endpoints in by_path.items()], missing
