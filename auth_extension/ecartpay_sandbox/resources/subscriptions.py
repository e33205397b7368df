"""Subscriptions and their templates (plans).

A subscription follows a template (``template_id``, or ``subscription_id`` as in the
vendor's session-link example) or a plan given inline. Without cards it is ``pending``
until the customer adds one through the invitation link; with cards it is ``active``. The
cards must exist (the customer's own, or the account's stored cards): 404 otherwise.
``paused`` and ``active`` alternate; ``cancelled`` is final. The first charge falls after
the trial period, then every ``frequency`` intervals.
"""

from __future__ import annotations

import functools
from datetime import timedelta
from typing import Any

from ecartpay_sandbox._messages import add_messages
from ecartpay_sandbox._registry import Call, VendorError, operation
from ecartpay_sandbox._seeds import Seeder, seed
from ecartpay_sandbox._store import AccountState, Record, collection
from ecartpay_sandbox.resources._money import amount_in, as_amount
from ecartpay_sandbox.resources._query import ListQuery, found, parse_moment, vendor_time
from ecartpay_sandbox.resources._records import (
    change,
    edits,
    get_operation,
    list_operation,
    step,
)
from ecartpay_sandbox.resources.cards import find_card
from ecartpay_sandbox.resources.customers import CUSTOMERS

SUBSCRIPTIONS = collection("subscriptions")
SUBSCRIPTION_TEMPLATES = collection("subscription_templates")
PLAN_FIELDS = ("amount", "currency", "interval", "frequency", "service", "trial_period_days")
EXTRA_FIELDS = ("benefits", "billing_cycle", "end_date")
LIST = ListQuery(
    equal=("status", "currency", "interval", "customer_id"),
    since="created_at[from]",
    until="created_at[to]",
)
PLAIN = ListQuery()
#: Assumed: the days an interval stands for when the next charge is scheduled.
INTERVAL_DAYS = {
    "daily": 1,
    "weekly": 7,
    "monthly": 30,
    "quarterly": 91,
    "semiannual": 182,
    "yearly": 365,
}
#: Which status a subscription may move to from which (a cancelled one is final).
MOVES = {
    "pending": frozenset({"active", "paused", "cancelled"}),
    "active": frozenset({"active", "paused", "cancelled"}),
    "paused": frozenset({"active", "paused", "cancelled"}),
    "cancelled": frozenset(),
}

add_messages(
    {
        "subscription_not_found": {
            "en": "Subscription {id} not found",
            "es": "No se encontró la suscripción {id}",
        },
        "subscription_template_not_found": {
            "en": "Subscription template {id} not found",
            "es": "No se encontró la plantilla de suscripción {id}",
        },
        "subscription_customer_not_found": {
            "en": "Customer {id} not found",
            "es": "No se encontró el cliente {id}",
        },
        "subscription_cannot_move": {
            "en": "Subscription {id} is {current} and cannot become {wanted}",
            "es": "La suscripción {id} está {current} y no puede pasar a {wanted}",
        },
        "subscription_needs_card": {
            "en": "Subscription {id} needs a card to be active",
            "es": "La suscripción {id} necesita una tarjeta para estar activa",
        },
        "subscription_not_pending": {
            "en": "Subscription {id} is {current}: there is no invitation to send",
            "es": "La suscripción {id} está {current}: no hay invitación que enviar",
        },
    }
)


def _next_payment(start: str, plan: Record) -> str:
    days = plan.get("trial_period_days") or INTERVAL_DAYS[plan["interval"]] * plan["frequency"]
    return vendor_time((parse_moment(start) + timedelta(days=days)).isoformat())


def _plan(body: dict[str, Any], template: Record | None) -> Record:
    plan: Record = {"interval": "monthly", "frequency": 1, "benefits": []}
    if template is not None:
        plan.update({k: template[k] for k in (*PLAN_FIELDS, *EXTRA_FIELDS) if k in template})
    plan.update({k: body[k] for k in (*PLAN_FIELDS, *EXTRA_FIELDS) if k in body})
    plan.setdefault("currency", "MXN")
    plan["amount"] = as_amount(amount_in(plan["amount"], plan["currency"]))
    if plan.get("end_date") is not None:
        plan["end_date"] = vendor_time(plan["end_date"])
    return plan


@operation("createSubscriptionTemplate")
def create_subscription_template(call: Call) -> Record:
    """Store a plan."""
    store = call.core.store
    with call.data() as data:
        now = store.now()
        template = {
            "id": store.new_id(),
            "account_id": call.account_id,
            "trial_period_days": None,
            "end_date": None,
            "billing_cycle": None,
            **_plan(call.body, None),
            "created_at": now,
            "updated_at": now,
        }
        return data[SUBSCRIPTION_TEMPLATES].add(template)


list_operation("listSubscriptionTemplates", SUBSCRIPTION_TEMPLATES, PLAIN)


@operation("createSubscription")
def create_subscription(call: Call) -> Record:
    """Subscribe a customer of the account to a template or an inline plan."""
    body = call.body
    store = call.core.store
    with call.data() as data:
        # The spec asks for one of the two and for a template or an amount.
        customer_id = body.get("customer_id", body.get("account_customer_id"))
        if customer_id not in data[CUSTOMERS]:
            raise VendorError(404, "subscription_customer_not_found", id=customer_id)
        template_id = body.get("template_id", body.get("subscription_id"))
        template = None
        if template_id is not None:
            template = found(
                data[SUBSCRIPTION_TEMPLATES], template_id, "subscription_template_not_found"
            )
        plan = _plan(body, template)
        cards = _existing_cards(data, customer_id, body.get("card_ids", []))
        subscription_id = store.new_id()
        now = store.now()
        created = data[SUBSCRIPTIONS].add(
            {
                "id": subscription_id,
                "account_id": call.account_id,
                "customer_id": customer_id,
                "template_id": template_id,
                "created_by": call.account.user_id if call.account else None,
                "attempts": 0,
                "errors": [],
                "card_ids": cards,
                "status": "active" if cards else "pending",
                "activated": bool(cards),
                "trial_period_days": None,
                **plan,
                "next_payment_date": _next_payment(now, plan),
                "notify_url": body.get("notify_url"),
                "invitation_link": f"{call.base_url}/subscriptions/invitation/{subscription_id}",
                "invitation_sent_at": None if cards else now,
                "created_at": now,
                "updated_at": now,
            }
        )
    call.core.webhooks.emit(call.account_id, "subscription.created", created)
    return created


list_operation("listSubscriptions", SUBSCRIPTIONS, LIST)


@operation("listMySubscriptions")
def list_my_subscriptions(call: Call) -> dict[str, Any]:
    """The subscriptions the calling user created (``created_by``)."""
    user_id = call.account.user_id if call.account else None
    with call.data() as data:
        mine = data[SUBSCRIPTIONS].find(created_by=user_id)
    return PLAIN.page(mine, call.params)


get_operation("getSubscription", SUBSCRIPTIONS, "subscription_not_found")


def _existing_cards(data: AccountState, customer_id: str, card_ids: list[str]) -> list[str]:
    """``card_ids`` when each names a card of the account that is the customer's own or
    the account's stored card; else the vendor's 404 for the first that does not."""
    for card_id in card_ids:
        card = find_card(data, card_id)
        if card is None or card.get("customer_id", customer_id) != customer_id:
            raise VendorError(404, "card_not_found", card_id=card_id)
    return list(card_ids)


def _move(call: Call, record: Record) -> None:
    current = record["status"]
    cards = record["card_ids"]
    if "card_ids" in call.body:
        with call.data() as data:  # the store's lock is re-entrant: ``change`` holds it
            cards = _existing_cards(data, record["customer_id"], call.body["card_ids"])
    wanted = call.body.get("status", "active" if current == "pending" and cards else current)
    step(record, wanted, MOVES, "subscription_cannot_move")
    if wanted == "active" and not cards:
        raise VendorError(409, "subscription_needs_card", id=record["id"])
    record["card_ids"] = list(cards)
    record["activated"] = record["activated"] or wanted == "active"


def _update(call: Call) -> Record:
    """Shared by the merchant's and the customer portal's update."""
    updated = change(call, SUBSCRIPTIONS, "subscription_not_found", functools.partial(_move, call))
    if updated["status"] == "cancelled":  # the documented event; `paused` is for failed charges
        call.core.webhooks.emit(call.account_id, "subscription.cancelled", updated)
    return updated


@operation("updateSubscription")
def update_subscription(call: Call) -> Record:
    """Pause, resume, cancel, or replace the cards."""
    return _update(call)


@operation("updateSubscriptionFromCustomer")
def update_subscription_from_customer(call: Call) -> Record:
    """The customer portal's update: the same rules."""
    return _update(call)


@operation("resendSubscriptionInvitation")
@edits(SUBSCRIPTIONS, "subscription_not_found")
def resend_subscription_invitation(call: Call, record: Record) -> None:
    """Send the card invitation of a pending subscription again."""
    if record["status"] != "pending":
        raise VendorError(
            409, "subscription_not_pending", id=record["id"], current=record["status"]
        )
    record["invitation_sent_at"] = record["updated_at"]


#: What the spec's examples name: a plan, an active subscription (read, paused, resumed)
#: and a pending one (its invitation sent again), both of ``EXAMPLE_CUSTOMER``.
EXAMPLE_TEMPLATE = "682b6950141346605d2c23b8"
EXAMPLE_SUBSCRIPTION = "68237932a690a499bbda3b25"
EXAMPLE_PENDING_SUBSCRIPTION = "6807cab985e9cc2a2b4550c7"


@seed(stage=4)
def seed_subscriptions(seeder: Seeder) -> None:
    """The "Gold Plus" plan and two subscriptions to it."""
    from ecartpay_sandbox.resources.cards import EXAMPLE_CUSTOMER_CARDS
    from ecartpay_sandbox.resources.customers import EXAMPLE_CUSTOMER

    seeder.call(
        "createSubscriptionTemplate",
        ids=[EXAMPLE_TEMPLATE],
        body={
            "service": "Gold Plus",
            "amount": 100,
            "currency": "MXN",
            "interval": "monthly",
            "frequency": 1,
            "trial_period_days": 30,
            "benefits": ["Free shipping"],
        },
    )
    subscriber = {"customer_id": EXAMPLE_CUSTOMER, "template_id": EXAMPLE_TEMPLATE}
    seeder.call(
        "createSubscription",
        ids=[EXAMPLE_SUBSCRIPTION],
        body={**subscriber, "card_ids": [EXAMPLE_CUSTOMER_CARDS[0]]},
    )
    seeder.call("createSubscription", ids=[EXAMPLE_PENDING_SUBSCRIPTION], body=subscriber)
