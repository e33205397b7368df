"""The sandbox as one ASGI application: scripted faults and counters in front of a
Starlette app serving the vendor's API and the control plane.

The fault layer is the outermost ASGI callable on purpose: to drop a connection it needs
the server's own ``send`` (uvicorn's), which Starlette's middleware would wrap.
"""

from __future__ import annotations

import asyncio

import anyio
import httpx
from starlette.applications import Starlette
from starlette.exceptions import HTTPException
from starlette.requests import Request
from starlette.responses import Response
from starlette.types import Message, Receive, Scope, Send

from ecartpay_sandbox._api import api_routes
from ecartpay_sandbox._body_limit import drain, replaying, within_limit
from ecartpay_sandbox._config import SandboxConfig
from ecartpay_sandbox._consent import consent_routes
from ecartpay_sandbox._control import CONTROL_PREFIX, control_routes
from ecartpay_sandbox._core import SandboxCore
from ecartpay_sandbox._faults import Fault
from ecartpay_sandbox._http import (
    JSON_CONTENT_TYPE,
    error_body,
    error_response,
    render_json,
    request_lang,
)
from ecartpay_sandbox._messages import Lang, message
from ecartpay_sandbox._spec import Spec


class ConnectionDropped(httpx.RemoteProtocolError):
    """Raised by a ``drop`` fault when no server transport can be closed (in-process
    ``httpx.ASGITransport``): the client then sees the same httpx error as over a socket."""


async def _http_error(request: Request, exc: Exception) -> Response:
    lang = request_lang(request)
    if isinstance(exc, HTTPException) and exc.status_code == 405:
        return error_response(405, "method_not_allowed", lang, headers=exc.headers)
    if isinstance(exc, HTTPException) and exc.status_code == 404:
        return error_response(404, "not_found", lang)
    status = exc.status_code if isinstance(exc, HTTPException) else 500
    return error_response(status, "internal_error", lang)


async def drop_connection(receive: Receive, send: Send) -> None:
    """Close the client's connection without sending a byte of response.

    uvicorn passes its per-request cycle's bound ``send``; its ``transport`` is the
    connection. Closing it makes the client read EOF before any status line (httpx:
    ``RemoteProtocolError: Server disconnected without sending a response``). Waiting
    for ``http.disconnect`` afterwards lets uvicorn see the request as finished by the
    client, so it neither logs an error nor tries to send a 500.
    """
    transport = getattr(getattr(send, "__self__", None), "transport", None)
    if not isinstance(transport, asyncio.BaseTransport):
        raise ConnectionDropped("Server disconnected without sending a response.")
    transport.close()
    with anyio.move_on_after(5):
        while (await receive())["type"] != "http.disconnect":
            pass


def _user_agent(scope: Scope) -> str | None:
    for name, value in scope["headers"]:
        if name == b"user-agent":
            return bytes(value).decode("latin-1")
    return None


async def _hold(seconds: float, receive: Receive) -> Receive | None:
    """A delay fault: hold the request ``seconds``, or until the client leaves (None).

    A client that gave up (its timeout) ends the hold at once, so no abandoned request
    answers late into a later test's counters. What the wait read from the client (the
    body) is handed to the app again by the returned ``receive``.
    """
    read: list[Message] = []
    with anyio.move_on_after(seconds):
        while (msg := await receive())["type"] != "http.disconnect":
            read.append(msg)
        return None
    return replaying(read, receive)


class SandboxApplication:
    """ASGI app of one sandbox. ``core`` holds its state; ``starlette`` the routes;
    ``unimplemented`` lists spec operations it does not serve (expected empty)."""

    def __init__(self, config: SandboxConfig | None = None, spec: Spec | None = None) -> None:
        self.config = config or SandboxConfig()
        self.spec = spec or Spec.load(self.config.spec_path)
        self.core = SandboxCore(self.config, self.spec)
        routes, self.unimplemented = api_routes(self.core)
        routes = [*routes, *consent_routes(self.core)]
        if self.config.control_plane:
            routes = [*routes, *control_routes(self.core)]
        self.starlette = Starlette(
            routes=routes, exception_handlers={HTTPException: _http_error, Exception: _http_error}
        )

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "http":
            bounded = await within_limit(scope, receive)
            if bounded is None:
                await _send_error(send, 413, "payload_too_large", request_lang(Request(scope)))
                return
            receive = bounded
        if scope["type"] != "http" or scope["path"].startswith(CONTROL_PREFIX):
            await self.starlette(scope, receive, send)
            return
        found = self.spec.match(scope["method"], scope["path"])
        operation_id = found[0].operation_id if found else None
        counters = self.core.counters

        async def counting_send(msg: Message) -> None:
            if msg["type"] == "http.response.start":
                counters.response(operation_id, msg["status"])
            await send(msg)

        if operation_id is not None:
            counters.request(operation_id, _user_agent(scope))
            fault = self.core.faults.take(operation_id)
            if fault is not None and fault.kind == "delay":
                replay = await _hold(fault.delay or 0, receive)
                if replay is None:  # the client left: nothing to handle, nobody to answer
                    return
                receive = replay
            elif fault is not None and fault.kind == "drop":
                counters.dropped()
                await drop_connection(receive, send)
                return
            elif fault is not None:
                await drain(receive)
                await self._fault_response(fault, scope, counting_send)
                return
        await self.starlette(scope, receive, counting_send)

    async def _fault_response(self, fault: Fault, scope: Scope, send: Send) -> None:
        lang = request_lang(Request(scope))
        if fault.kind == "malformed":
            await _send(send, 200, (fault.body or "").encode())
            return
        status = fault.status or 500
        extra: list[tuple[bytes, bytes]] = []
        if status == 429:
            text = message("too_many_requests", lang, retry_after=fault.retry_after)
        else:
            text = message("fault_status", lang, status=status)
        if fault.retry_after is not None:
            extra.append((b"retry-after", str(fault.retry_after).encode()))
        await _send(send, status, render_json(error_body(status, text)), extra)


async def _send(
    send: Send, status: int, body: bytes, extra: list[tuple[bytes, bytes]] | None = None
) -> None:
    """A whole JSON response straight to the ASGI ``send``."""
    headers = [
        (b"content-type", JSON_CONTENT_TYPE.encode()),
        *(extra or []),
        (b"content-length", str(len(body)).encode()),
    ]
    await send({"type": "http.response.start", "status": status, "headers": headers})
    await send({"type": "http.response.body", "body": body})


async def _send_error(send: Send, status: int, key: str, lang: Lang) -> None:
    """The vendor's error body, ``{"message", "statusCode"}``, with the message ``key``."""
    await _send(send, status, render_json(error_body(status, message(key, lang))))


def create_app(
    config: SandboxConfig | None = None, *, spec: Spec | None = None
) -> SandboxApplication:
    """A fresh sandbox ASGI app (a ``SandboxApplication``): serve it with uvicorn, or use it
    in process with ``httpx.AsyncClient(transport=httpx.ASGITransport(app))`` (async only)."""
    return SandboxApplication(config, spec)
