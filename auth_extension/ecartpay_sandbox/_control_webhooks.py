"""The control plane's webhook endpoints, under ``/__sandbox__/webhooks/``.

    GET    /webhooks/secret?account_id=..       {"account_id", "secret"} (default: primary)
    GET    /webhooks/deliveries[?account_id=&event=]  {"deliveries": [delivery, ...]}
    GET    /webhooks/deliveries/{id}            delivery {"id", "webhook_id", "url", "event",
                                                "data", "status", "fault", "attempts": [...]}
    POST   /webhooks/deliveries/{id}/resend     the delivery, pending again
    POST   /webhooks/emit {"account_id"?, "event", "data"}  {"deliveries": [id, ...]}
    GET    /webhooks/faults                     {"faults": [{"kind", "remaining"}]}
    POST   /webhooks/faults {"kind", "count"?}  kind: duplicate | out_of_order | bad_signature
    DELETE /webhooks/faults                     {"cleared": n}
    GET    /webhooks/settings                   {"delay_scale", "attempts", "timeout", "any_host"}
    POST   /webhooks/settings                   same keys, partial
    POST   /webhooks/wait {"timeout"?}          {"settled": bool, "pending": n}: returns when
                                                no delivery is pending (long poll, max 60 s)

A delivery's ``status``: ``pending``, ``success``, ``client_error``, ``failed`` (after the
last attempt) or ``cancelled`` (by a reset); each attempt has ``number``, ``at``,
``outcome`` (``success`` | ``client_error`` | ``failed`` | ``blocked``), ``status_code``,
``error`` and ``duplicate``.
"""

from __future__ import annotations

import anyio
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route

from ecartpay_sandbox._core import SandboxCore
from ecartpay_sandbox._http import (
    Endpoint,
    error_body,
    json_response,
    parse_json_object,
    table_routes,
)

_MAX_WAIT = 60.0


def _bad(text: str, status: int = 400) -> Response:
    return json_response(error_body(status, text), status)


def webhook_control_routes(core: SandboxCore, prefix: str) -> list[Route]:
    """Routes of the webhook control plane, mounted under ``prefix + "/webhooks"``."""
    hooks = core.webhooks
    primary = core.config.primary.account_id

    def account_of(value: object) -> str:
        account_id = str(value) if value else primary
        if account_id not in core.accounts:
            raise ValueError(f"unknown account {account_id}")
        return account_id

    async def secret(request: Request) -> Response:
        try:
            account_id = account_of(request.query_params.get("account_id"))
        except ValueError as exc:
            return _bad(str(exc))
        return json_response({"account_id": account_id, "secret": hooks.secret(account_id)})

    async def deliveries(request: Request) -> Response:
        query = request.query_params
        found = hooks.deliveries(query.get("account_id"), query.get("event"))
        return json_response({"deliveries": found})

    async def delivery(request: Request) -> Response:
        try:
            return json_response(hooks.delivery(request.path_params["id"]))
        except KeyError:
            return _bad("no such delivery", 404)

    async def resend(request: Request) -> Response:
        try:
            return json_response(hooks.resend(request.path_params["id"]))
        except KeyError:
            return _bad("no such delivery", 404)

    async def emit(request: Request) -> Response:
        try:
            body = parse_json_object(await request.body())
            account_id = account_of(body.get("account_id"))
            if not isinstance(body.get("event"), str) or "data" not in body:
                raise ValueError('expected {"event": "<name>", "data": ...}')
        except ValueError as exc:
            return _bad(str(exc))
        return json_response({"deliveries": hooks.emit(account_id, body["event"], body["data"])})

    async def faults(request: Request) -> Response:
        return json_response({"faults": hooks.faults()})

    async def add_fault(request: Request) -> Response:
        try:
            body = parse_json_object(await request.body())
            return json_response(hooks.add_fault(str(body.get("kind")), body.get("count", 1)))
        except ValueError as exc:
            return _bad(str(exc))

    async def clear_faults(request: Request) -> Response:
        return json_response({"cleared": hooks.clear_faults()})

    async def get_settings(request: Request) -> Response:
        return json_response(hooks.settings_json())

    async def update_settings(request: Request) -> Response:
        try:
            hooks.update_settings(**parse_json_object(await request.body()))
        except (ValueError, TypeError) as exc:
            return _bad(str(exc))
        return json_response(hooks.settings_json())

    async def wait(request: Request) -> Response:
        try:
            timeout = float((parse_json_object(await request.body())).get("timeout", 10.0))
        except (ValueError, TypeError) as exc:
            return _bad(str(exc))
        timeout = min(max(timeout, 0.0), _MAX_WAIT)
        settled = await anyio.to_thread.run_sync(hooks.wait_settled, timeout)
        return json_response({"settled": settled, "pending": hooks.pending()})

    table: list[tuple[str, str, Endpoint]] = [
        ("GET", "/secret", secret),
        ("GET", "/deliveries", deliveries),
        ("GET", "/deliveries/{id}", delivery),
        ("POST", "/deliveries/{id}/resend", resend),
        ("POST", "/emit", emit),
        ("GET", "/faults", faults),
        ("POST", "/faults", add_fault),
        ("DELETE", "/faults", clear_faults),
        ("GET", "/settings", get_settings),
        ("POST", "/settings", update_settings),
        ("POST", "/wait", wait),
    ]
    return table_routes(prefix + "/webhooks", table)
