"""Chargebacks: disputes of the account's payouts.

A chargeback takes its amount and currency from the disputed payout (one chargeback per
payout) and expires 7 days after it is opened, as in the vendor's recorded example. Its
status moves ``created`` -> ``in_review`` | ``accepted``, ``in_review`` -> ``won`` |
``lost`` (Assumed beyond the first step, which the reference shows).
"""

from __future__ import annotations

from datetime import timedelta
from typing import Any

from contract_tests.sandbox._messages import add_messages
from contract_tests.sandbox._registry import Call, VendorError, operation
from contract_tests.sandbox._store import Record, collection
from contract_tests.sandbox.resources._ledger import PAYOUTS
from contract_tests.sandbox.resources._query import (
    ListQuery,
    found,
    list_page,
    parse_moment,
    vendor_time,
)

CHARGEBACKS = collection("chargebacks", unique=("payout_id",))
EXPIRES_AFTER = timedelta(days=7)
GATEWAY = "pay"
LIST = ListQuery(equal=("status",))
MOVES = {
    "created": frozenset({"in_review", "accepted"}),
    "in_review": frozenset({"won", "lost"}),
}

add_messages(
    {
        "chargeback_not_found": {
            "en": "Chargeback {id} not found",
            "es": "No se encontró el contracargo {id}",
        },
        "chargeback_payout_not_found": {
            "en": "Payout {id} not found",
            "es": "No se encontró el pago {id}",
        },
        "chargeback_exists": {
            "en": "Payout {id} already has a chargeback",
            "es": "El pago {id} ya tiene un contracargo",
        },
        "chargeback_cannot_move": {
            "en": "Chargeback {id} is {current} and cannot become {wanted}",
            "es": "El contracargo {id} está {current} y no puede pasar a {wanted}",
        },
    }
)


@operation("createChargeback")
def create_chargeback(call: Call) -> Record:
    """Open a dispute of one of the account's payouts."""
    store = call.core.store
    payout_id = call.body["payout_id"]
    with call.data() as data:
        payout = found(data[PAYOUTS], payout_id, "chargeback_payout_not_found")
        chargebacks = data[CHARGEBACKS]
        if chargebacks.clashes({"payout_id": payout_id}):
            raise VendorError(409, "chargeback_exists", id=payout_id)
        now = store.now()
        expires = vendor_time((parse_moment(now) + EXPIRES_AFTER).isoformat())
        return chargebacks.add(
            {
                "id": store.new_id(),
                "account_id": call.account_id,
                "amount": payout["amount"],
                "currency": payout["currency"],
                "created_by": call.account.user_id if call.account else None,
                "documents": [],
                "files": [],
                "gateway": GATEWAY,
                "payout_id": payout_id,
                "reason": call.body.get("reason"),
                "status": "created",
                "expiration_at": expires,
                "created_at": now,
                "updated_at": now,
            }
        )


@operation("listChargebacks")
def list_chargebacks(call: Call) -> dict[str, Any]:
    """One page of the account's chargebacks, oldest first."""
    with call.data() as data:
        return list_page(call, data[CHARGEBACKS], LIST)


@operation("getChargeback")
def get_chargeback(call: Call) -> Record:
    """The account's chargeback."""
    with call.data() as data:
        return found(data[CHARGEBACKS], call.params["id"], "chargeback_not_found")


@operation("updateChargeback")
def update_chargeback(call: Call) -> Record:
    """Move a chargeback one step on."""
    wanted = call.body["status"]
    with call.data() as data:
        chargebacks = data[CHARGEBACKS]
        record = found(chargebacks, call.params["id"], "chargeback_not_found")
        current = record["status"]
        if wanted not in MOVES.get(current, frozenset()):
            raise VendorError(
                409, "chargeback_cannot_move", id=record["id"], current=current, wanted=wanted
            )
        record.update(status=wanted, updated_at=call.core.store.now())
        return chargebacks.put(record)
