"""Cards: a customer's cards (``/api/customers/{customer_id}/cards``) and the account's own
stored cards (``/api/cards``), built the same way from a ``CardCreate`` body.

The full number and the cvc are never kept: a card keeps its brand and last four digits,
and what the sandbox will do when it is charged (``CARD_OUTCOMES``, by test number; see the
test cards of docs/guides/sandbox.md). Answers carry the fields the vendor's recorded examples
show.
"""

from __future__ import annotations

import base64
import hashlib
import secrets
from datetime import date
from typing import Any

from ecartpay_sandbox._messages import add_messages
from ecartpay_sandbox._registry import Call, VendorError, operation, require
from ecartpay_sandbox._seeds import Seeder, seed
from ecartpay_sandbox._store import AccountState, Record, collection
from ecartpay_sandbox.resources.customers import ON_CUSTOMER_DELETED, existing_customer

CUSTOMER_CARDS = collection("customer_cards")
STORED_CARDS = collection("cards")
#: What charging a card does, kept apart from the card so no answer can carry it.
CARD_OUTCOMES = collection("card_outcomes")

APPROVE, DECLINE, REVIEW, EXPIRED = "approve", "decline", "review", "expired"
#: Test numbers with a special outcome; every other number is approved (unless its expiry
#: date has passed: ``expired`` too). Every number must pass the Luhn check.
TEST_OUTCOMES = {
    "4000000000000002": DECLINE,
    "4000000000009235": REVIEW,
    "4000000000000069": EXPIRED,
}

#: What the vendor answers for a customer's card, and for a stored card in a list.
CUSTOMER_CARD_FIELDS = ("id", "brand", "default", "last", "name")
STORED_LIST_FIELDS = (
    "id",
    "brand",
    "exp_month",
    "exp_year",
    "last",
    "name",
    "created_at",
    "updated_at",
)

add_messages(
    {
        "card_not_found": {
            "en": "Card {card_id} not found",
            "es": "No se encontró la tarjeta {card_id}",
        },
        "card_number_invalid": {
            "en": "The card number is not valid (it fails the Luhn check)",
            "es": "El número de tarjeta no es válido (no pasa la verificación de Luhn)",
        },
    }
)


def brand_of(digits: str) -> str:
    """The network from the leading digits (IIN ranges)."""
    if digits.startswith("4"):
        return "visa"
    if digits[:2] in {"34", "37"}:
        return "amex"
    if "51" <= digits[:2] <= "55" or "2221" <= digits[:4] <= "2720":
        return "mastercard"
    if digits.startswith(("506", "639", "636")):
        return "carnet"
    return "unknown"


def _digits(number: str) -> str:
    return "".join(c for c in number if c.isdigit())


def passes_luhn(digits: str) -> bool:
    """The Luhn (mod 10) check every card number carries in its last digit."""
    total = 0
    for position, char in enumerate(reversed(digits)):
        value = int(char) * (2 if position % 2 else 1)
        total += value - 9 if value > 9 else value
    return total % 10 == 0


def expired(card: Record, today: date) -> bool:
    """Whether the card's expiry month (``exp_month``/``exp_year``) has ended by ``today``."""
    return (int(card["exp_year"]), int(card["exp_month"])) < (today.year, today.month)


def _opaque(digits: str) -> str:
    """What the vendor answers as a stored card's ``number``: an encrypted-looking blob
    (OpenSSL's ``Salted__`` header), never the number."""
    blob = b"Salted__" + secrets.token_bytes(8) + hashlib.sha256(digits.encode()).digest()[:16]
    return base64.b64encode(blob).decode()


def new_card(call: Call, data: AccountState, body: dict[str, Any], **extra: Any) -> Record:
    """A card record from a valid ``CardCreate`` body, with its charging outcome recorded."""
    digits = _digits(body["number"])
    if not passes_luhn(digits):
        raise VendorError(400, "card_number_invalid")
    store = call.core.store
    now = store.now()
    card = {
        "id": store.new_id(),
        "brand": brand_of(digits),
        "last": digits[-4:],
        **({"name": body["name"]} if "name" in body else {}),
        "exp_month": body["exp_month"],
        "exp_year": body["exp_year"],
        **extra,
        "created_at": now,
        "updated_at": now,
    }
    data[CARD_OUTCOMES].add({"id": card["id"], "outcome": TEST_OUTCOMES.get(digits, APPROVE)})
    return card


def find_card(data: AccountState, card_id: str) -> Record | None:
    """A customer's card or a stored card of this account."""
    return data[CUSTOMER_CARDS].get(card_id) or data[STORED_CARDS].get(card_id)


def outcome_of(data: AccountState, card_id: str) -> str:
    """``approve``, ``decline`` or ``review``: what charging this card does."""
    found = data[CARD_OUTCOMES].get(card_id)
    return found["outcome"] if found else APPROVE


def forget_card(data: AccountState, card_id: str) -> None:
    """Drop what the sandbox keeps beside a deleted card. Its tokens stop working by
    themselves: a charge looks the card up first."""
    data[CARD_OUTCOMES].remove(card_id)


def _customer_view(card: Record) -> Record:
    return {k: card[k] for k in CUSTOMER_CARD_FIELDS if k in card}


def _customer_card(data: AccountState, customer_id: str, card_id: str) -> Record:
    existing_customer(data, customer_id)
    card = data[CUSTOMER_CARDS].get(card_id)
    if card is None or card["customer_id"] != customer_id:
        raise VendorError(404, "card_not_found", card_id=card_id)
    return card


@operation("listCustomerCards")
def list_customer_cards(call: Call) -> list[Record]:
    """The customer's cards, oldest first, as a bare array."""
    customer_id = call.params["customer_id"]
    with call.data() as data:
        existing_customer(data, customer_id)
        cards = data[CUSTOMER_CARDS].find(customer_id=customer_id)
    return [_customer_view(card) for card in cards]


@operation("createCustomerCard")
def create_customer_card(call: Call) -> Record:
    """Add a card; the customer's first card becomes the default."""
    customer_id = call.params["customer_id"]
    with call.data() as data:
        existing_customer(data, customer_id)
        first = not data[CUSTOMER_CARDS].find(customer_id=customer_id)
        card = new_card(call, data, call.body, customer_id=customer_id, default=first)
        return _customer_view(data[CUSTOMER_CARDS].add(card))


@operation("setDefaultCustomerCard")
def set_default_customer_card(call: Call) -> Record:
    """This card becomes the default; the previous default stops being it."""
    customer_id = call.params["customer_id"]
    with call.data() as data:
        card = _customer_card(data, customer_id, call.params["id"])
        cards = data[CUSTOMER_CARDS]
        now = call.core.store.now()
        for other in cards.find(customer_id=customer_id, default=True):
            cards.put({**other, "default": False, "updated_at": now})
        card = cards.put({**card, "default": True, "updated_at": now})
    return {k: card[k] for k in ("id", "default", "last", "name") if k in card}


@operation("deleteCustomerCard")
def delete_customer_card(call: Call) -> dict[str, Any]:
    """Delete the card and its tokens; the oldest remaining card becomes the default."""
    customer_id = call.params["customer_id"]
    with call.data() as data:
        card = _customer_card(data, customer_id, call.params["id"])
        cards = data[CUSTOMER_CARDS]
        cards.remove(card["id"])
        forget_card(data, card["id"])
        remaining = cards.find(customer_id=customer_id)
        if card["default"] and remaining:
            cards.put({**remaining[0], "default": True, "updated_at": call.core.store.now()})
    return {"success": True}


def drop_customer_cards(data: AccountState, customer_id: str) -> None:
    """Delete every card of a customer (the customer is being deleted)."""
    for card in data[CUSTOMER_CARDS].find(customer_id=customer_id):
        data[CUSTOMER_CARDS].remove(card["id"])
        forget_card(data, card["id"])


ON_CUSTOMER_DELETED.append(drop_customer_cards)


@operation("listCards")
def list_cards(call: Call) -> list[Record]:
    """The account's stored cards, oldest first, as the vendor lists them."""
    with call.data() as data:
        cards = data[STORED_CARDS].find()
    return [{k: card[k] for k in STORED_LIST_FIELDS if k in card} for card in cards]


@operation("createCard")
def create_card(call: Call) -> Record:
    """Store a card in the account; its number comes back only as an opaque blob."""
    with call.data() as data:
        digits = _digits(call.body["number"])
        card = new_card(call, data, call.body, account_id=call.account_id, number=_opaque(digits))
        return data[STORED_CARDS].add(card)


def _stored_card(data: AccountState, card_id: str) -> Record:
    return require(data[STORED_CARDS].get(card_id), "card_not_found", card_id=card_id)


@operation("getCard")
def get_card(call: Call) -> Record:
    """One stored card of the account."""
    with call.data() as data:
        return _stored_card(data, call.params["id"])


@operation("deleteCard")
def delete_card(call: Call) -> dict[str, Any]:
    """Delete a stored card and its tokens."""
    with call.data() as data:
        card = _stored_card(data, call.params["id"])
        data[STORED_CARDS].remove(card["id"])
        forget_card(data, card["id"])
    return {"success": True}


#: The cards the spec's examples name: of ``EXAMPLE_CUSTOMER``, a subscription's card (also
#: made the default), a new subscription's and one the delete example removes; stored in
#: the account, the one read and tokenized and one the delete example removes.
EXAMPLE_CUSTOMER_CARDS = ("65b9533fe35ed4b1662014e7", "65b955dbe35ed4b166201500")
EXAMPLE_DELETED_CUSTOMER_CARD = "65b9533fe35ed4b1662014e9"
EXAMPLE_STORED_CARD = "65bac7e21bb14b22bfb78533"
EXAMPLE_DELETED_STORED_CARD = "65bac7e21bb14b22bfb78534"


@seed(stage=2)
def seed_cards(seeder: Seeder) -> None:
    """The examples' cards: test cards that approve (README, "Test cards")."""
    from ecartpay_sandbox.resources.customers import EXAMPLE_CUSTOMER

    card = {"cvc": "123", "exp_month": "10", "exp_year": "2030", "number": "4242424242424242"}
    for card_id in (*EXAMPLE_CUSTOMER_CARDS, EXAMPLE_DELETED_CUSTOMER_CARD):
        seeder.call(
            "createCustomerCard",
            ids=[card_id],
            path={"customer_id": EXAMPLE_CUSTOMER},
            body={**card, "name": "Lucía Fernández"},
        )
    for card_id in (EXAMPLE_STORED_CARD, EXAMPLE_DELETED_STORED_CARD):
        seeder.call("createCard", ids=[card_id], body={**card, "name": "Ecart Pay"})
