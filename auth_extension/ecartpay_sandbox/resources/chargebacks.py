"""Chargebacks: disputes of the account's payouts.

A chargeback takes its amount and currency from the disputed payout (one chargeback per
payout) and expires 7 days after it is opened, as in the vendor's recorded example. Its
status moves ``created`` -> ``in_review`` | ``accepted``, ``in_review`` -> ``won`` |
``lost`` (Assumed beyond the first step, which the reference shows).
"""

from __future__ import annotations

from datetime import timedelta

from ecartpay_sandbox._messages import add_messages
from ecartpay_sandbox._registry import Call, VendorError, operation
from ecartpay_sandbox._seeds import Seeder, seed
from ecartpay_sandbox._store import Record, collection
from ecartpay_sandbox.resources._ledger import PAYOUTS
from ecartpay_sandbox.resources._query import ListQuery, found, parse_moment, vendor_time
from ecartpay_sandbox.resources._records import edits, get_operation, list_operation, step

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


list_operation("listChargebacks", CHARGEBACKS, LIST)
get_operation("getChargeback", CHARGEBACKS, "chargeback_not_found")


@operation("updateChargeback")
@edits(CHARGEBACKS, "chargeback_not_found")
def update_chargeback(call: Call, record: Record) -> None:
    """Move a chargeback one step on."""
    step(record, call.body["status"], MOVES, "chargeback_cannot_move")


#: The chargeback the spec's examples read and move on.
EXAMPLE_CHARGEBACK = "646275d23963944d8d8f01b0"


@seed(stage=6)
def seed_chargebacks(seeder: Seeder) -> None:
    """The recorded dispute of the examples' payout."""
    from ecartpay_sandbox.resources.payouts import EXAMPLE_DISPUTED_PAYOUT

    seeder.call(
        "createChargeback",
        ids=[EXAMPLE_CHARGEBACK],
        body={"payout_id": EXAMPLE_DISPUTED_PAYOUT, "reason": "I did not get the product."},
    )
