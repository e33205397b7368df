"""The control plane: HTTP endpoints under ``/__sandbox__/`` that tests use to script
faults, read counters and data, and reset the sandbox.

The prefix is not in the spec and not under ``/api``, so an SDK built from the spec cannot
reach it by accident; ``SandboxConfig(control_plane=False)`` (CLI ``--no-control-plane``)
leaves it unmounted (404). No authentication: the sandbox listens on loopback unless told
otherwise (``--allow-remote``, which prints a warning).
"""

from __future__ import annotations

from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route

from ecartpay_sandbox._consent import oauth_control_routes
from ecartpay_sandbox._control_webhooks import webhook_control_routes
from ecartpay_sandbox._core import SandboxCore
from ecartpay_sandbox._faults import parse_fault
from ecartpay_sandbox._http import (
    Endpoint,
    error_body,
    json_response,
    parse_json_object,
    request_lang,
    table_routes,
)
from ecartpay_sandbox._messages import message
from ecartpay_sandbox._registry import VendorError
from ecartpay_sandbox._test_helpers import helper_routes
from ecartpay_sandbox.resources.public_orders import customer_pays

CONTROL_PREFIX = "/__sandbox__"


def _bad_request(exc: Exception) -> Response:
    return json_response(error_body(400, str(exc)), 400)


def control_routes(core: SandboxCore) -> list[Route]:
    """The control plane's routes (see the package docstring for the JSON shapes)."""

    async def health(request: Request) -> Response:
        return json_response({"ok": True})

    async def stats(request: Request) -> Response:
        return json_response(core.stats())

    async def list_faults(request: Request) -> Response:
        return json_response({"faults": [f.to_json() for f in core.faults.pending()]})

    async def add_fault(request: Request) -> Response:
        try:
            fault = parse_fault(parse_json_object(await request.body()), core.spec.operations)
        except ValueError as exc:
            return _bad_request(exc)
        return json_response(core.faults.add(fault).to_json())

    async def clear_faults(request: Request) -> Response:
        cleared = len(core.faults.pending())
        core.faults.clear()
        return json_response({"cleared": cleared})

    async def revoke(request: Request) -> Response:
        return json_response({"revoked": core.issuer.revoke_all()})

    async def get_settings(request: Request) -> Response:
        return json_response(core.settings())

    async def update_settings(request: Request) -> Response:
        try:
            data = parse_json_object(await request.body())
            unknown = set(data) - {"token_ttl", "mint_delay"}
            if unknown:
                raise ValueError(f"unknown settings: {sorted(unknown)}")
            ttl, delay = data.get("token_ttl"), data.get("mint_delay")
            if ttl is not None and (not isinstance(ttl, int) or isinstance(ttl, bool)):
                raise ValueError("token_ttl must be an integer (seconds)")
            if delay is not None and (
                not isinstance(delay, int | float) or isinstance(delay, bool)
            ):
                raise ValueError("mint_delay must be a number (seconds)")
            settings = core.update_settings(
                token_ttl=ttl, mint_delay=None if delay is None else float(delay)
            )
        except ValueError as exc:
            return _bad_request(exc)
        return json_response(settings)

    async def reset(request: Request) -> Response:
        core.reset()
        return json_response({"reset": True})

    async def state(request: Request) -> Response:
        wanted = request.query_params.getlist("account_id") or None
        return json_response({"accounts": core.store.snapshot(wanted)})

    async def accounts(request: Request) -> Response:
        return json_response(
            {
                "accounts": [
                    {"account_id": a.account_id, "public_key": a.public_key}
                    for a in core.accounts.values()
                ]
            }
        )

    async def pay_order(request: Request) -> Response:
        try:
            return json_response(customer_pays(core, request.path_params["order_id"]))
        except VendorError as exc:
            text = message(exc.key, request_lang(request), **exc.values)
            return json_response(error_body(exc.status, text), exc.status)

    table: list[tuple[str, str, Endpoint]] = [
        ("GET", "/health", health),
        ("GET", "/stats", stats),
        ("GET", "/faults", list_faults),
        ("POST", "/faults", add_fault),
        ("DELETE", "/faults", clear_faults),
        ("POST", "/revoke", revoke),
        ("GET", "/settings", get_settings),
        ("POST", "/settings", update_settings),
        ("POST", "/reset", reset),
        ("GET", "/state", state),
        ("GET", "/accounts", accounts),
        ("POST", "/orders/{order_id}/pay", pay_order),
        *helper_routes(core),
    ]
    return [
        *table_routes(CONTROL_PREFIX, table),
        *webhook_control_routes(core, CONTROL_PREFIX),
        *oauth_control_routes(core, CONTROL_PREFIX),
    ]
