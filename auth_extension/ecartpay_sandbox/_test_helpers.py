"""Control-plane actions that stand in for what the vendor's dashboard (or a bank) does,
like Stripe's test helpers: fund an account's balance, start a withdrawal, settle it.

    POST /__sandbox__/accounts/{account_id}/deposits     {"currency", "amount"} -> deposit
    POST /__sandbox__/accounts/{account_id}/withdrawals  {"currency", "amount",
                                                          "payment_method_id"?} -> withdrawal
    POST /__sandbox__/withdrawals/{id}/paid | /cancelled -> withdrawal

Refusals answer the vendor's error body (404 unknown account or withdrawal, 409 balance too
low or withdrawal already settled, 400 malformed input).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from decimal import Decimal
from typing import Any

from starlette.requests import Request
from starlette.responses import Response

from ecartpay_sandbox._core import SandboxCore
from ecartpay_sandbox._http import (
    Endpoint,
    error_body,
    json_response,
    parse_json_object,
    request_lang,
)
from ecartpay_sandbox._messages import message
from ecartpay_sandbox._registry import VendorError
from ecartpay_sandbox.resources._ledger import deposit
from ecartpay_sandbox.resources._money import amount_in
from ecartpay_sandbox.resources.withdrawals import settle_withdrawal, withdraw

_CURRENCY = re.compile(r"^[A-Z]{3}$")


def _money_input(raw: bytes) -> tuple[dict[str, Any], str, Decimal]:
    data = parse_json_object(raw)
    currency = data.get("currency")
    if not isinstance(currency, str) or not _CURRENCY.match(currency):
        raise ValueError("currency must be a three-letter code such as MXN")
    raw_amount = data.get("amount")
    if isinstance(raw_amount, bool) or not isinstance(raw_amount, int | float | str):
        raise ValueError("amount must be a number")
    amount = amount_in(raw_amount, currency)
    if amount <= 0:
        raise ValueError("amount must be above 0")
    return data, currency, amount


def _action(core: SandboxCore, act: Callable[[Request, bytes], Any]) -> Endpoint:
    """An endpoint answering ``act``'s result, or the error body it raised."""

    async def endpoint(request: Request) -> Response:
        try:
            return json_response(act(request, await request.body()))
        except VendorError as exc:
            text = message(exc.key, request_lang(request), **exc.values)
            return json_response(error_body(exc.status, text), exc.status)
        except ValueError as exc:
            return json_response(error_body(400, str(exc)), 400)

    return endpoint


def helper_routes(core: SandboxCore) -> list[tuple[str, str, Endpoint]]:
    """``(method, path, endpoint)`` rows for the control plane's table."""

    def account_id(request: Request) -> str:
        wanted = str(request.path_params["account_id"])
        if wanted not in core.accounts:
            raise VendorError(404, "not_found")
        return wanted

    def add_deposit(request: Request, raw: bytes) -> Any:
        _, currency, amount = _money_input(raw)
        owner = account_id(request)
        with core.store.account(owner) as data:
            return deposit(data, core.store, owner, currency, amount)

    def start_withdrawal(request: Request, raw: bytes) -> Any:
        data, currency, amount = _money_input(raw)
        method_id = data.get("payment_method_id")
        return withdraw(core, account_id(request), amount, currency, method_id)

    def settle(status: str) -> Callable[[Request, bytes], Any]:
        return lambda request, raw: settle_withdrawal(core, request.path_params["id"], status)

    return [
        ("POST", "/accounts/{account_id}/deposits", _action(core, add_deposit)),
        ("POST", "/accounts/{account_id}/withdrawals", _action(core, start_withdrawal)),
        ("POST", "/withdrawals/{id}/paid", _action(core, settle("paid"))),
        ("POST", "/withdrawals/{id}/cancelled", _action(core, settle("cancelled"))),
    ]
