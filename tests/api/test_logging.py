"""DEBUG logging of API calls: method, path, status, attempt, elapsed; nothing private."""

from __future__ import annotations

import logging
import re
import uuid

import pytest

import ecartpay_auth
from ecartpay_client.api.customers import create_customer, list_customers
from ecartpay_client.api.orders import get_order
from ecartpay_client.models import Customer, CustomerCreate
from ecartpay_sandbox import RunningSandbox

from ._recorder import Sleeps

LINE = re.compile(
    r"^(GET|POST) (/\S*) -> (\d{3}|\w+) \(attempt (\d), \d+\.\d ms\)(; retrying in .*)?$"
)


def _everything(records: list[logging.LogRecord]) -> str:
    """Each record's message and every attribute a handler or formatter could print."""
    return "\n".join(f"{r.getMessage()} {vars(r)!r}" for r in records)


def test_each_call_is_logged_without_bodies_queries_or_secrets(
    sandbox: RunningSandbox, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG, logger="ecartpay_auth")
    secret_name = f"Private{uuid.uuid4().hex[:8]}"
    email = f"{secret_name.lower()}@example.com"
    client = ecartpay_auth.authenticated_client(
        sandbox.public_key,
        sandbox.private_key,
        base_url=sandbox.base_url,
        retry_policy=Sleeps().policy(),
    )
    created = create_customer.sync(
        client=client, body=CustomerCreate(first_name=secret_name, last_name="X", email=email)
    )
    assert isinstance(created, Customer)
    sandbox.control.add_fault(kind="status", status=503, match="listCustomers", count=1)
    list_customers.sync(client=client, email=email)
    get_order.sync(id=created.id, client=client)  # a 404
    token = ecartpay_auth.auth_of(client).get_token()
    client.get_httpx_client().close()

    calls = [r for r in caplog.records if getattr(r, "ecartpay_event", None) == "api_call"]
    lines = [r.getMessage() for r in calls]
    parsed = [LINE.match(line) for line in lines]
    assert all(parsed), lines
    assert [(m[1], m[2], m[3], m[4]) for m in parsed if m] == [
        ("POST", "/api/customers", "200", "1"),
        ("GET", "/api/customers", "503", "1"),
        ("GET", "/api/customers", "200", "2"),
        ("GET", f"/api/orders/{created.id}", "404", "1"),
    ]
    assert "retrying in" in lines[1]
    assert all(r.levelno == logging.DEBUG for r in calls)

    logged = _everything(caplog.records)
    for private in (token, sandbox.public_key, sandbox.private_key, email, secret_name):
        assert private not in logged
    assert "authorization" not in logged.lower().replace("ecartpay_auth", "")
    assert "?" not in " ".join(lines)


@pytest.mark.anyio
async def test_async_calls_and_failures_are_logged(
    sandbox: RunningSandbox, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG, logger="ecartpay_auth")
    client = ecartpay_auth.authenticated_client(
        sandbox.public_key,
        sandbox.private_key,
        base_url=sandbox.base_url,
        retry_policy=Sleeps().policy(),
    )
    sandbox.control.add_fault(kind="drop", match="listCustomers", count=1)
    await list_customers.asyncio(client=client, email="someone.private@example.com")
    lines = [
        r.getMessage() for r in caplog.records if getattr(r, "ecartpay_event", None) == "api_call"
    ]
    outcomes = [match[3] for match in map(LINE.match, lines) if match]
    assert outcomes[0] in {"RemoteProtocolError", "ReadError"}  # an EOF, or a reset
    assert outcomes[1:] == ["200"]
    assert len(outcomes) == len(lines)
    assert "someone.private" not in _everything(caplog.records)


def test_nothing_is_logged_above_debug(
    sandbox: RunningSandbox, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.INFO, logger="ecartpay_auth")
    client = ecartpay_auth.authenticated_client(
        sandbox.public_key, sandbox.private_key, base_url=sandbox.base_url
    )
    list_customers.sync(client=client)
    client.get_httpx_client().close()
    assert [r for r in caplog.records if r.name.startswith("ecartpay_auth")] == []
