"""Payouts: money sent from the account's available balance to an Ecart Pay user.

``require_confirmation: false`` pays at once (``paid``); ``true`` holds the money as
``pending`` until ``confirmPayout``, which pays at once or at a future ``available_at``
(the payout then stays ``pending`` and ``confirmed`` until that moment, checked on read).
A ``reference_id`` is usable once per account, and no payout may exceed the balance
(``_ledger.available``); a refused payout changes nothing.
"""

from __future__ import annotations

from typing import Any

from ecartpay_sandbox._messages import add_messages
from ecartpay_sandbox._registry import Call, VendorError, operation
from ecartpay_sandbox._seeds import Seeder, seed
from ecartpay_sandbox._store import AccountState, Record
from ecartpay_sandbox.resources._ledger import PAYOUTS, follow, require_balance
from ecartpay_sandbox.resources._money import amount_in, as_amount, decimal
from ecartpay_sandbox.resources._query import ListQuery, found, vendor_time
from ecartpay_sandbox.resources.customers import CUSTOMERS
from ecartpay_sandbox.resources.payment_links import line_items

LIST = ListQuery(
    equal=("status", "reference_id"), text=("id", "reference", "reference_id", "email")
)

add_messages(
    {
        "payout_not_found": {
            "en": "Payout {id} not found",
            "es": "No se encontró el pago {id}",
        },
        "payout_customer_not_found": {
            "en": "Customer {id} not found",
            "es": "No se encontró el cliente {id}",
        },
        "payout_reference_used": {
            "en": "reference_id {reference_id} was already used",
            "es": "El reference_id {reference_id} ya fue usado",
        },
        "payout_not_pending": {
            "en": "Payout {id} can no longer change: it is {payout_status}",
            "es": "El pago {id} ya no se puede modificar: está {payout_status}",
        },
        "payout_already_confirmed": {
            "en": "Payout {id} is already confirmed",
            "es": "El pago {id} ya fue confirmado",
        },
    }
)


def _check_balance(data: AccountState, payout: Record) -> None:
    amount = decimal(payout["amount"])
    require_balance(data, payout["currency"], amount, excluding=payout["id"])


def _settled(call: Call, data: AccountState, payout: Record) -> Record:
    """A confirmed payout whose ``available_at`` has come is paid (checked when read)."""
    now = call.core.store.now()
    if payout["status"] == "pending" and payout["confirmed"] and payout["available_at"] <= now:
        payout.update(status="paid", updated_at=now)
        follow(data, call.core.store, "payout", payout)
        data[PAYOUTS].put(payout)
    return payout


def _payouts(call: Call, data: AccountState) -> list[Record]:
    return [_settled(call, data, p) for p in data[PAYOUTS].find()]


def _lines(body: dict[str, Any], payout: Record) -> None:
    currency = payout["currency"]
    if "items" in body:
        payout["items"] = line_items(body["items"], currency)[0]
    if "charges" in body:
        payout["charges"] = [
            {"name": c["name"], "amount": as_amount(amount_in(c["amount"], currency, "charges"))}
            for c in body["charges"]
        ]


@operation("createPayout")
def create_payout(call: Call) -> Record:
    """Store the payout if its reference is new and the balance covers it."""
    body = call.body
    store = call.core.store
    with call.data() as data:
        payouts = data[PAYOUTS]
        customer_id = body.get("customer_id")
        if customer_id is not None and customer_id not in data[CUSTOMERS]:
            raise VendorError(404, "payout_customer_not_found", id=customer_id)
        reference = store.new_id()
        reference_id = body.get("reference_id", reference)
        if payouts.clashes({"reference_id": reference_id}):
            raise VendorError(409, "payout_reference_used", reference_id=reference_id)
        wait = body.get("require_confirmation", False)
        now = store.now()
        payout: Record = {
            "id": store.new_id(),
            "account_id": call.account_id,
            "authorization_id": call.account.user_id if call.account else None,
            "amount": as_amount(amount_in(body["amount"], body["currency"])),
            "currency": body["currency"],
            "exchange": 1,
            "fee": 0,
            "reference": reference,
            "reference_id": reference_id,
            "require_confirmation": wait,
            "confirmed": not wait,
            "status": "pending" if wait else "paid",
            "available_at": now,
            "created_at": now,
            "updated_at": now,
        }
        for name in ("email", "customer_id", "payment_method_id"):
            if name in body:
                payout[name] = body[name]
        _lines(body, payout)
        _check_balance(data, payout)
        follow(data, store, "payout", payout)
        return payouts.add(payout)


@operation("listPayouts")
def list_payouts(call: Call) -> dict[str, Any]:
    """One page of the account's payouts, filtered by status, reference and ``q``."""
    with call.data() as data:
        return LIST.page(_payouts(call, data), call.params)


@operation("getPayout")
def get_payout(call: Call) -> Record:
    """The account's payout, paid if its confirmed date has come."""
    with call.data() as data:
        return _settled(
            call, data, found(data[PAYOUTS], call.params["payout_id"], "payout_not_found")
        )


def _changeable(call: Call, data: AccountState) -> Record:
    payout = _settled(
        call, data, found(data[PAYOUTS], call.params["payout_id"], "payout_not_found")
    )
    if payout["status"] != "pending":
        raise VendorError(
            409, "payout_not_pending", id=payout["id"], payout_status=payout["status"]
        )
    if payout["confirmed"]:
        raise VendorError(409, "payout_already_confirmed", id=payout["id"])
    return payout


@operation("updatePayout")
def update_payout(call: Call) -> Record:
    """Change a waiting payout's lines, order or amount (the balance must still cover it)."""
    with call.data() as data:
        payout = _changeable(call, data)
        _lines(call.body, payout)
        if "order_id" in call.body:
            payout["order_id"] = call.body["order_id"]
        if "amount" in call.body:
            payout["amount"] = as_amount(amount_in(call.body["amount"], payout["currency"]))
            _check_balance(data, payout)
        payout["updated_at"] = call.core.store.now()
        follow(data, call.core.store, "payout", payout)
        return data[PAYOUTS].put(payout)


@operation("confirmPayout")
def confirm_payout(call: Call) -> Record:
    """Confirm a waiting payout: paid now, or at ``available_at`` if that is later."""
    with call.data() as data:
        payout = _changeable(call, data)
        now = call.core.store.now()
        when = (call.body or {}).get("available_at")
        payout["available_at"] = now if when is None else vendor_time(when)
        payout["confirmed"] = True
        payout["updated_at"] = now
        data[PAYOUTS].put(payout)
        return _settled(call, data, payout)


#: The payouts the spec's examples name: the disputed one of the recorded chargeback, one
#: without a chargeback yet (``createChargeback``'s example), and two waiting for their
#: confirmation (one read and changed, one confirmed).
EXAMPLE_DISPUTED_PAYOUT = "653aa3f22d4d6fb3c35a479a"
EXAMPLE_PAYOUT = "653aa3f22d4d6fb3c35a479b"
EXAMPLE_PENDING_PAYOUT = "625cadbb8541531b52506bcd"
EXAMPLE_CONFIRMED_PAYOUT = "625cadbb8541531b52506bce"


@seed(stage=5)
def seed_payouts(seeder: Seeder) -> None:
    """Payouts of 10 MXN (the paid example order's money covers them)."""
    body = {"amount": 10, "currency": "MXN", "email": "provider@example.com"}
    for payout_id in (EXAMPLE_DISPUTED_PAYOUT, EXAMPLE_PAYOUT):
        seeder.call("createPayout", ids=[None, payout_id], body=body)  # its reference first
    for payout_id in (EXAMPLE_PENDING_PAYOUT, EXAMPLE_CONFIRMED_PAYOUT):
        seeder.call(
            "createPayout", ids=[None, payout_id], body={**body, "require_confirmation": True}
        )
