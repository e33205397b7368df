"""The money path of the README's recipes through `ecartpay.AsyncEcartPay`, against the
sandbox: a card payment, a partial then a full refund (the excess refused), a payout
confirmed, the balance and every transaction; the same outcomes as the sync recipes."""

from __future__ import annotations

import pytest

import ecartpay
from ecartpay_client.models import OrderStatus, RefundReason
from ecartpay_sandbox import RunningSandbox


@pytest.mark.anyio
async def test_the_money_path_with_the_async_client(sandbox: RunningSandbox) -> None:
    sandbox.control.deposit(sandbox.account_id, "MXN", 1000)
    async with ecartpay.AsyncEcartPay(
        sandbox.public_key, sandbox.private_key, base_url=sandbox.base_url
    ) as client:
        customer = await client.customers.create(
            first_name="Ana", last_name="Async", email="ana.async@example.com"
        )
        card = await client.customers.cards.create(
            customer.id, number="4242 4242 4242 4242", exp_month="12", exp_year="2030", cvc="123"
        )
        token = await client.card_tokens.create(id=card.id, cvc="123")
        order = await client.orders.create(
            customer_id=customer.id,
            currency="MXN",
            items=[{"name": "T-shirt", "quantity": 2, "price": 150.5}],
            token=token.token,
        )
        assert order.status == OrderStatus.PAID
        first = await client.orders.refund(order.id, amount=100.5, reason=RefundReason.REQUESTED)
        assert first.order_status == OrderStatus.PARTIALLY_REFUNDED
        with pytest.raises(ecartpay.ConflictError) as refused:
            await client.orders.refund(order.id, amount=500)
        assert refused.value.status_code == 409
        assert isinstance(first.remaining, float)
        await client.orders.refund(order.id, amount=first.remaining)
        assert (await client.orders.retrieve(order.id)).status == OrderStatus.REFUNDED

        payout = await client.payouts.create(
            amount=250.5,
            currency="MXN",
            email="provider@example.com",
            reference_id="async-0042",
            require_confirmation=True,
        )
        assert payout.status == "pending"
        assert (await client.payouts.confirm(payout.id)).status == "paid"
        with pytest.raises(ecartpay.ConflictError):  # a reference is usable once
            await client.payouts.create(
                amount=1.0, currency="MXN", email="provider@example.com", reference_id="async-0042"
            )
        found = [p.id async for p in client.payouts.list(reference_id="async-0042")]
        assert found == [payout.id]

        summary = await client.transactions.retrieve_summary(currency="MXN")
        assert (summary.pay_ins, summary.refunds) == (1000 + 301, 301)  # deposit + payment
        kinds = [str(tx.type_) async for tx in client.transactions.list(limit=2)]
        assert kinds == ["payout", "refund", "refund", "payment", "deposit"]  # newest first
