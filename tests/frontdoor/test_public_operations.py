"""Operations the spec marks public (`security: []`: geocode lookups, the public order,
the public checkout, processing an order for a bank transfer) go out without a token
through the front door: a fresh client calls them without minting one, as the vendor's
payment page does."""

from __future__ import annotations

import uuid

import pytest

import ecartpay
from ecartpay_sandbox import RunningSandbox


def _mints(sandbox: RunningSandbox) -> int:
    return int(sandbox.control.stats().requests.get("createAuthorizationToken", 0))


def _order(front: ecartpay.EcartPay) -> str:
    email = f"pub+{uuid.uuid4().hex[:10]}@example.com"
    customer = front.customers.create(first_name="P", last_name="Q", email=email)
    item = {"name": "x", "quantity": 1, "price": 10}
    return front.orders.create(customer_id=customer.id, currency="MXN", items=[item]).id


def _fresh(sandbox: RunningSandbox) -> ecartpay.EcartPay:
    return ecartpay.EcartPay(sandbox.public_key, sandbox.private_key, base_url=sandbox.base_url)


def test_public_operations_mint_and_send_no_token(
    sandbox: RunningSandbox, front: ecartpay.EcartPay
) -> None:
    order_id = _order(front)
    before = _mints(sandbox)
    with _fresh(sandbox) as client:
        assert [c.name for c in client.geocodes.list_countries()]
        assert client.orders.retrieve_public(order_id).id == order_id
        assert client.orders.process(order_id).clabe
        assert _mints(sandbox) == before  # none of them needed a token
        client.orders.retrieve(order_id)  # an ordinary operation still mints its token
        assert _mints(sandbox) == before + 1


@pytest.mark.anyio
async def test_public_operations_mint_no_token_async(
    sandbox: RunningSandbox, front: ecartpay.EcartPay
) -> None:
    order_id = _order(front)
    before = _mints(sandbox)
    keys = (sandbox.public_key, sandbox.private_key)
    async with ecartpay.AsyncEcartPay(*keys, base_url=sandbox.base_url) as client:
        assert [c.name async for c in client.geocodes.list_countries()]
        assert (await client.orders.retrieve_public(order_id)).id == order_id
        assert _mints(sandbox) == before
