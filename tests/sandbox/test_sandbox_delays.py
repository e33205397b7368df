"""A delay fault holds a request until its time is up or its client leaves.

Driven in process with a scripted ASGI ``receive``, so each case is an ordering (the body,
then the client's departure or nothing), never a measured time.
"""

from __future__ import annotations

import asyncio
import json

import httpx
import pytest
from starlette.types import Message

from ecartpay_auth import TOKEN_PATH
from ecartpay_sandbox import SandboxApplication
from ecartpay_sandbox._faults import parse_fault

BOUND = 10.0  # seconds before a call that hangs fails (never reached when it passes)
HOLD = 30.0  # a hold no test waits out


async def _token(app: SandboxApplication) -> str:
    account = app.config.primary
    transport = httpx.ASGITransport(app=app)
    async with httpx.AsyncClient(transport=transport, base_url="http://sandbox.test") as client:
        minted = await client.post(TOKEN_PATH, auth=(account.public_key, account.private_key))
    token = minted.json()["token"]
    assert isinstance(token, str)
    return token


async def _create_customer(app: SandboxApplication, email: str, *, leaves: bool) -> list[Message]:
    """POST /api/customers straight into the app; the client sends its body, then leaves
    (`leaves`) or waits for the answer. Answers what the app sent."""
    body = json.dumps({"first_name": "Ana", "last_name": "Hold", "email": email}).encode()
    headers = [
        (b"authorization", (await _token(app)).encode()),
        (b"content-type", b"application/json"),
    ]
    scope = {
        "type": "http", "asgi": {"version": "3.0"}, "http_version": "1.1", "method": "POST",
        "scheme": "http", "path": "/api/customers", "raw_path": b"/api/customers",
        "query_string": b"", "root_path": "", "headers": headers, "server": ("sandbox.test", 80),
        "client": ("127.0.0.1", 1),
    }  # fmt: skip
    incoming: list[Message] = [{"type": "http.request", "body": body, "more_body": False}]
    sent: list[Message] = []

    async def receive() -> Message:
        if incoming:
            return incoming.pop(0)
        if leaves:
            return {"type": "http.disconnect"}
        await asyncio.Event().wait()  # still there: only the end of the hold moves on
        raise AssertionError("unreachable")

    async def send(message: Message) -> None:
        sent.append(message)

    await asyncio.wait_for(app(scope, receive, send), BOUND)
    return sent


def _hold(app: SandboxApplication, seconds: float) -> None:
    fault = {"kind": "delay", "delay": seconds, "match": "createCustomer"}
    app.core.faults.add(parse_fault(fault, app.spec.operations))


def _customers(app: SandboxApplication) -> list[str]:
    snapshot = app.core.store.snapshot().get(app.config.primary.account_id, {})
    return [c["email"] for c in snapshot.get("customers", [])]


@pytest.mark.anyio
async def test_a_client_that_leaves_ends_the_hold_unanswered(
    sandbox_app: SandboxApplication,
) -> None:
    _hold(sandbox_app, HOLD)
    assert await _create_customer(sandbox_app, "gone@example.com", leaves=True) == []
    assert _customers(sandbox_app) == []  # never handled, so nothing late lands anywhere
    stats = sandbox_app.core.stats()
    assert (stats["faults_fired"]["delay"], stats["requests"]["createCustomer"]) == (1, 1)
    assert stats["statuses"] == {"200": 1}  # the mint's only


@pytest.mark.anyio
async def test_a_client_that_stays_gets_the_answer_with_its_body(
    sandbox_app: SandboxApplication,
) -> None:
    _hold(sandbox_app, 0)  # over at once; the body read while holding is handed on
    sent = await _create_customer(sandbox_app, "kept@example.com", leaves=False)
    assert sent[0]["type"] == "http.response.start"
    assert sent[0]["status"] == 200
    assert _customers(sandbox_app) == ["kept@example.com"]
