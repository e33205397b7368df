"""Checked by `make lint` (mypy --strict), never run: user code of the front door needs
no `isinstance`, `cast` or `assert` to use what `create`, `retrieve` and `list` answer.

A method whose return type widened (to `Order | Error | None`, say) would fail the
`assert_type` lines below, and with them `make lint`.
"""

from __future__ import annotations

from typing import assert_type

import ecartpay
from ecartpay_client.models import Customer, Order, Payout, Refund, Transaction


def quick_start(client: ecartpay.EcartPay) -> str:
    customer = client.customers.create(first_name="Ana", last_name="López", email="a@b.mx")
    assert_type(customer, Customer)
    order = client.orders.create(
        customer_id=customer.id,
        currency="MXN",
        items=[{"name": "T-shirt", "quantity": 2, "price": 150.5}],
    )
    assert_type(order, Order)
    assert_type(client.orders.retrieve(order.id), Order)
    page = client.customers.list(limit=50)
    assert_type(page, ecartpay.SyncPage[Customer])
    assert_type(page.items, list[Customer])
    assert_type(page.next_page(), ecartpay.SyncPage[Customer])
    for each in client.customers.list():
        assert_type(each, Customer)
    for tx in client.transactions.list():
        assert_type(tx, Transaction)
    assert_type(client.orders.refund(order.id, amount=10), Refund)
    assert_type(client.payouts.retrieve("p"), Payout)
    raw = client.orders.with_raw_response.retrieve(order.id)
    assert_type(raw, ecartpay.RawResponse[Order])
    assert_type(raw.parse(), Order)
    raw_page = client.customers.with_raw_response.list(limit=5)
    assert_type(raw_page, ecartpay.RawResponse[ecartpay.SyncPage[Customer]])
    assert_type(raw_page.parse().items, list[Customer])
    assert_type(client.with_options(timeout=5.0, max_retries=0), ecartpay.EcartPay)
    return order.id


async def quick_start_async(client: ecartpay.AsyncEcartPay) -> str:
    customer = await client.customers.create(first_name="Ana", last_name="López", email="a@b.mx")
    assert_type(customer, Customer)
    order = await client.orders.retrieve("o")
    assert_type(order, Order)
    page = await client.customers.list(limit=50)
    assert_type(page, ecartpay.AsyncPage[Customer])
    assert_type(page.items, list[Customer])
    async for each in client.customers.list():
        assert_type(each, Customer)
    raw = await client.orders.with_raw_response.retrieve(order.id)
    assert_type(raw.parse(), Order)
    raw_page = await client.customers.with_raw_response.list(limit=5)
    assert_type(raw_page, ecartpay.RawResponse[ecartpay.AsyncPage[Customer]])
    assert_type(raw_page.parse().items, list[Customer])
    return customer.id
