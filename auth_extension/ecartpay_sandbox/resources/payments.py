"""Paying an order: with a card token at creation (``POST /api/orders`` with ``token``), or
by the control plane's "customer pays" action (``POST /__sandbox__/orders/{id}/pay``, the
sandbox's test helper for a buyer paying on the pay link or by bank transfer).

Either way a payable order (``created``, or ``in_review``) becomes ``paid`` and one
``payment`` transaction of its total is recorded. A card's test outcome decides a token
charge: declined, or expired (the test number 4000 0000 0000 0069, or any card whose expiry
month has ended: 402, nothing stored, the token stays unspent) or held for review (the
order is created ``in_review``, no money moves until the customer-pays action approves it).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from ecartpay_sandbox._messages import add_messages
from ecartpay_sandbox._registry import VendorError
from ecartpay_sandbox._store import AccountState, Collection, Record, Store
from ecartpay_sandbox.resources._money import decimal
from ecartpay_sandbox.resources.card_tokens import mark_spent, usable_token
from ecartpay_sandbox.resources.cards import DECLINE, EXPIRED, REVIEW, expired, outcome_of
from ecartpay_sandbox.resources.transactions import record_transaction

PAYABLE = frozenset({"created", "in_review"})
REVIEW_RISK_SCORE = 85
REVIEW_NOTE = "manual review: the card's issuer asked for verification (sandbox test card)"

add_messages(
    {
        "card_declined": {
            "en": "The card was declined",
            "es": "La tarjeta fue rechazada",
        },
        "card_expired": {
            "en": "The card has expired",
            "es": "La tarjeta está vencida",
        },
        "order_not_payable": {
            "en": "The order cannot be paid: its status is {order_status}",
            "es": "La orden no se puede pagar: su estado es {order_status}",
        },
    }
)


@dataclass(frozen=True)
class CardCharge:
    """A token checked before anything is stored, and what charging it will do."""

    token: Record
    card: Record
    outcome: str


def prepare_card_charge(data: AccountState, token: str | None) -> CardCharge | None:
    """Check a ``token`` (the reference's default, ``""``, means no card): unknown (404),
    spent (409), declined or expired (402) stops the order before anything changes."""
    if not token:
        return None
    record, card = usable_token(data, token)
    outcome = outcome_of(data, card["id"])
    if outcome == DECLINE:
        raise VendorError(402, "card_declined")
    if outcome == EXPIRED or expired(card, datetime.now(UTC).date()):
        raise VendorError(402, "card_expired")
    return CardCharge(record, card, outcome)


def apply_card_charge(
    store: Store, data: AccountState, orders: Collection, order: Record, charge: CardCharge
) -> Record:
    """Charge the stored order: paid at once, or held for review."""
    mark_spent(data, charge.token)
    if charge.outcome == REVIEW:
        return orders.put(
            {
                **order,
                "status": "in_review",
                "risk_score": REVIEW_RISK_SCORE,
                "risk_notes": [REVIEW_NOTE],
                "updated_at": store.now(),
            }
        )
    return mark_paid(store, data, orders, order, installments=charge.token.get("installments"))


def mark_paid(
    store: Store, data: AccountState, orders: Collection, order: Record, **details: Any
) -> Record:
    """A payable order becomes ``paid`` and its total is recorded as a ``payment``."""
    if order["status"] not in PAYABLE:
        raise VendorError(409, "order_not_payable", order_status=order["status"])
    record_transaction(
        data,
        store,
        account_id=order["account_id"],
        type="payment",
        status="paid",
        amount=decimal(order["totals"]["total"]),
        currency=order["currency"],
        order_id=order["id"],
        **details,
    )
    return orders.put({**order, "status": "paid", "confirmed": True, "updated_at": store.now()})
