"""Refunds (``POST /api/orders/{order_id}/refund``): money back on a paid order, in part or in
full, never more than what is left.

What is left is the order's total minus its refunds so far, in decimals. A refund that
leaves something is ``partially_refunded``; one that leaves nothing, ``refunded``. Each
records a ``refund`` transaction (status ``reimbursed``). An order that is not paid, an
amount over what is left, or one over the account's available balance in the order's
currency (the rule payouts follow: money already paid out cannot be refunded again), is
refused with 409 and changes nothing; an amount finer than the currency is a 400.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from ecartpay_sandbox._messages import add_messages
from ecartpay_sandbox._registry import Call, VendorError, operation, require
from ecartpay_sandbox._seeds import Seeder, seed
from ecartpay_sandbox._store import AccountState, Record, collection
from ecartpay_sandbox._webhooks import order_status_event
from ecartpay_sandbox.resources._ledger import require_balance
from ecartpay_sandbox.resources._money import amount_in, as_amount, decimal, show
from ecartpay_sandbox.resources.orders import ORDERS
from ecartpay_sandbox.resources.public_orders import customer_pays
from ecartpay_sandbox.resources.transactions import record_transaction

REFUNDS = collection("refunds")
REFUNDABLE = frozenset({"paid", "partially_refunded"})

add_messages(
    {
        "order_not_refundable": {
            "en": "The order cannot be refunded: its status is {order_status}",
            "es": "La orden no se puede reembolsar: su estado es {order_status}",
        },
        "refund_too_large": {
            "en": "The amount ({amount}) exceeds what is left to refund ({remaining} {currency})",
            "es": "El monto ({amount}) excede lo que queda por reembolsar ({remaining} {currency})",
        },
    }
)


def refunded_so_far(data: AccountState, order_id: str) -> Decimal:
    """The sum of an order's refunds."""
    return sum((decimal(r["amount"]) for r in data[REFUNDS].find(order_id=order_id)), Decimal(0))


def _order(data: AccountState, order_id: str) -> Record:
    order = require(data[ORDERS].get(order_id), "order_not_found")
    if order["status"] not in REFUNDABLE:
        raise VendorError(409, "order_not_refundable", order_status=order["status"])
    return order


@operation("createRefund")
def create_refund(call: Call) -> dict[str, Any]:
    """Refund ``amount``; the reason comes as ``reason`` (guide) or ``name`` (reference)."""
    body = call.body
    reason = body.get("reason", body.get("name"))
    store = call.core.store
    with call.data() as data:
        order = _order(data, call.params["order_id"])
        currency = order["currency"]
        amount = amount_in(body["amount"], currency)
        total = decimal(order["totals"]["total"])
        remaining = total - refunded_so_far(data, order["id"])
        if amount > remaining:
            raise VendorError(
                409,
                "refund_too_large",
                amount=show(amount),
                remaining=show(remaining),
                currency=currency,
            )
        require_balance(data, currency, amount)
        refund_id = store.new_id()
        transaction = record_transaction(
            data,
            store,
            account_id=call.account_id,
            type="refund",
            status="reimbursed",
            amount=amount,
            currency=order["currency"],
            order_id=order["id"],
            refund_id=refund_id,
        )
        left = remaining - amount
        status = "refunded" if left == 0 else "partially_refunded"
        updated = data[ORDERS].put({**order, "status": status, "updated_at": store.now()})
        refund = data[REFUNDS].add(
            {
                "id": refund_id,
                "order_id": order["id"],
                "amount": as_amount(amount),
                "currency": order["currency"],
                "reason": reason,
                "order_status": status,
                "refunded": as_amount(total - left),
                "remaining": as_amount(left),
                "transaction_id": transaction["id"],
                "created_at": transaction["created_at"],
            }
        )
    call.core.webhooks.emit(call.account_id, order_status_event(status), updated)
    return refund


#: The refund of ``EXAMPLE_ORDER`` the spec's examples show, and its transaction.
EXAMPLE_REFUND = "6950925f05cbfa6601c0dd93"
EXAMPLE_REFUND_TRANSACTION = "6950926005cbfa6601c0dda2"


@seed(stage=4)
def seed_refunds(seeder: Seeder) -> None:
    """The buyer pays the examples' order (as the control plane's ``pay_order``), then
    100.50 of its 301.00 is refunded: 200.50 is left to refund."""
    from ecartpay_sandbox.resources.orders import EXAMPLE_ORDER

    customer_pays(seeder.core, EXAMPLE_ORDER)
    seeder.call(
        "createRefund",
        ids=[EXAMPLE_REFUND, EXAMPLE_REFUND_TRANSACTION],
        path={"order_id": EXAMPLE_ORDER},
        body={"amount": 100.5, "name": "requested"},
    )
