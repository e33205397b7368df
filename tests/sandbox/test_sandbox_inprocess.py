"""The app mounted in process with ``httpx.ASGITransport`` (async clients)."""

from __future__ import annotations

import httpx
import pytest

from ecartpay_auth import TOKEN_PATH
from ecartpay_sandbox import ConnectionDropped, SandboxApplication
from ecartpay_sandbox._faults import parse_fault


def _client(app: SandboxApplication) -> httpx.AsyncClient:
    return httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://sandbox.test")


@pytest.mark.anyio
async def test_the_api_works_in_process(sandbox_app: SandboxApplication) -> None:
    account = sandbox_app.config.primary
    async with _client(sandbox_app) as client:
        minted = await client.post(TOKEN_PATH, auth=(account.public_key, account.private_key))
        token = minted.json()["token"]
        customer = await client.post(
            "/api/customers",
            json={"first_name": "Ana", "last_name": "López", "email": "ana@example.com"},
            headers={"Authorization": token},
        )
        assert customer.status_code == 200
        order = await client.post(
            "/api/orders",
            json={
                "customer_id": customer.json()["id"],
                "currency": "USD",
                "items": [{"name": "x", "quantity": 1, "price": 5}],
            },
            headers={"Authorization": token},
        )
    assert order.json()["pay_link"].startswith("http://sandbox.test/pay/")
    assert sandbox_app.core.stats()["tokens_minted"] == 1
    snapshot = sandbox_app.core.store.snapshot()
    assert len(snapshot[account.account_id]["orders"]) == 1


@pytest.mark.anyio
async def test_a_drop_fault_in_process_raises_the_same_httpx_error(
    sandbox_app: SandboxApplication,
) -> None:
    fault = parse_fault({"kind": "drop", "match": "token"}, sandbox_app.spec.operations)
    sandbox_app.core.faults.add(fault)
    async with _client(sandbox_app) as client:
        with pytest.raises(httpx.RemoteProtocolError) as raised:
            await client.post(TOKEN_PATH)
        assert isinstance(raised.value, ConnectionDropped)
        assert (await client.post(TOKEN_PATH)).status_code == 401


@pytest.mark.anyio
async def test_each_app_has_its_own_state(sandbox_app: SandboxApplication) -> None:
    other = SandboxApplication(sandbox_app.config)
    account = sandbox_app.config.primary
    async with _client(sandbox_app) as client:
        await client.post(TOKEN_PATH, auth=(account.public_key, account.private_key))
    assert sandbox_app.core.issuer.minted == 1
    assert other.core.issuer.minted == 0
