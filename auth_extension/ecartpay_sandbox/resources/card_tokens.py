"""Card tokens (``POST /api/tokens``): a card id becomes a single-use ``ca_...`` token that
``POST /api/orders`` charges at once (``charge_token``).

The sandbox does not check cvc values (any 3 or 4 digits pass): what a charge does is the
card's test outcome (docs/guides/sandbox.md, "Test cards"). A token is spent by a charge
that goes through (paid or held for review); a declined charge leaves it unspent.
"""

from __future__ import annotations

import secrets
from typing import Any

from ecartpay_sandbox._messages import add_messages
from ecartpay_sandbox._registry import Call, VendorError, operation
from ecartpay_sandbox._store import AccountState, Record, collection
from ecartpay_sandbox.resources.cards import find_card

CARD_TOKENS = collection("card_tokens", unique=("token",))
TOKEN_PREFIX = "ca_"

add_messages(
    {
        "card_token_not_found": {
            "en": "Card token not found",
            "es": "No se encontró el token de tarjeta",
        },
        "card_token_used": {
            "en": "This card token was already used; create a new one",
            "es": "Este token de tarjeta ya se usó; crea uno nuevo",
        },
    }
)


def new_token() -> str:
    """``ca_`` and 17 hex digits, like the reference's ``ca_1bc7bce46a74ec1d0``."""
    return TOKEN_PREFIX + secrets.token_hex(9)[:17]


def usable_token(data: AccountState, token: str) -> tuple[Record, Record]:
    """The token's record and its card, checked usable (unknown, spent, or its card
    deleted: refused); a charge that goes through then calls ``mark_spent``."""
    found = data[CARD_TOKENS].find(token=token)
    if not found:
        raise VendorError(404, "card_token_not_found")
    if found[0]["used"]:
        raise VendorError(409, "card_token_used")
    card = find_card(data, found[0]["card_id"])
    if card is None:
        raise VendorError(404, "card_not_found", card_id=found[0]["card_id"])
    return found[0], card


def mark_spent(data: AccountState, record: Record) -> None:
    """A charge went through: the token cannot be used again."""
    data[CARD_TOKENS].put({**record, "used": True})


@operation("createCardToken")
def create_card_token(call: Call) -> dict[str, Any]:
    """Tokenize a customer's or a stored card; the installment plan travels with it."""
    body = call.body
    with call.data() as data:
        card = find_card(data, body["id"])
        if card is None:
            raise VendorError(404, "card_not_found", card_id=body["id"])
        record = data[CARD_TOKENS].add(
            {
                "id": call.core.store.new_id(),
                "token": new_token(),
                "card_id": card["id"],
                "customer_id": card.get("customer_id"),
                "installments": body.get("installments"),
                "fixed_installments": body.get("fixed_installments", False),
                "used": False,
                "created_at": call.core.store.now(),
            }
        )
    answer: dict[str, Any] = {"token": record["token"]}
    for name in ("installments", "fixed_installments"):
        if name in body:
            answer[name] = body[name]
    return answer
