"""Checkouts: a hosted page where the buyer picks one of ``amounts`` (or pays ``items``),
reached at ``link`` (``.../v2/checkout?id=<id>``) with a 15-minute token for that page.

The public view (``GET /api/checkout/{id}``) needs no credentials, so it looks the checkout
up in every account, and leaves out what only the merchant should see.
"""

from __future__ import annotations

from typing import Any

from ecartpay_sandbox._messages import add_messages
from ecartpay_sandbox._registry import Call, VendorError, operation
from ecartpay_sandbox._seeds import Seeder, seed
from ecartpay_sandbox._store import Record, collection
from ecartpay_sandbox.resources._money import amount_in, as_amount, bounded_discount, line_total
from ecartpay_sandbox.resources._records import edits, get_operation
from ecartpay_sandbox.resources.customers import CUSTOMERS

CHECKOUTS = collection("checkouts")
TOKEN_TTL = 900  # the vendor's checkout tokens live 15 minutes
TOKEN_SCOPES = ["write_checkouts"]
PRIVATE_FIELDS = ("token", "notify_url", "reference_id")
OPTIONAL_FIELDS = ("title", "subtitle", "image_url", "notify_url", "reference_id", "reference")

add_messages(
    {
        "checkout_not_found": {
            "en": "Checkout {id} not found",
            "es": "No se encontró el checkout {id}",
        },
        "checkout_item_not_found": {
            "en": "Item {id} not found in this checkout",
            "es": "No se encontró el artículo {id} en este checkout",
        },
        "checkout_customer_not_found": {
            "en": "Customer {id} not found",
            "es": "No se encontró el cliente {id}",
        },
    }
)


def _priced(item: Record, currency: str) -> Record:
    """``item`` with its money checked (``_money``): a discount of the currency within the
    line's gross (``price * quantity``, rounded once), else 400."""
    gross = line_total(item["price"], item["quantity"], currency)
    discount = bounded_discount(item.get("discount", 0), gross, currency, "discount")
    return {**item, "discount": as_amount(discount)}


def _item(call: Call, body: dict[str, Any], currency: str) -> Record:
    item = {
        "name": body["name"],
        "quantity": int(body["quantity"]),
        "price": body["price"],
        "discount": body.get("discount", 0),
        "is_service": body.get("is_service", False),
        "id": call.core.store.new_id(),
    }
    return _priced(item, currency)


@operation("createCheckout")
def create_checkout(call: Call) -> Record:
    """Store the checkout; its token is minted per checkout, its link is the sandbox's."""
    body = call.body
    store = call.core.store
    currency = body["currency"]
    with call.data() as data:
        customer_id = body.get("customer_id")
        if customer_id is not None and customer_id not in data[CUSTOMERS]:
            raise VendorError(404, "checkout_customer_not_found", id=customer_id)
        checkout_id = store.new_id()
        now = store.now()
        record: Record = {
            "id": checkout_id,
            "account_id": call.account_id,
            "currency": body["currency"],
            "amounts": [
                as_amount(amount_in(a, body["currency"], "amounts")) for a in body["amounts"]
            ],
            "concept": body["concept"],
            "items": [_item(call, item, currency) for item in body.get("items", [])],
            **{name: body[name] for name in OPTIONAL_FIELDS if name in body},
            "token": call.core.issuer.mint_scoped(
                TOKEN_SCOPES, audience=call.base_url, subject="checkouts", ttl=TOKEN_TTL
            ),
            "public_id": call.account.public_key if call.account else None,
            "link": f"{call.base_url}/v2/checkout?id={checkout_id}",
            "created_at": now,
            "updated_at": now,
        }
        if customer_id is not None:
            record["customer_id"] = customer_id
        return data[CHECKOUTS].add(record)


get_operation("getCheckout", CHECKOUTS, "checkout_not_found")


@operation("updateCheckout")
@edits(CHECKOUTS, "checkout_not_found")
def update_checkout(call: Call, checkout: Record) -> None:
    """Change ``notify_url`` and merge the buyer's details given."""
    if "notify_url" in call.body:
        checkout["notify_url"] = call.body["notify_url"]
    if "customer" in call.body:
        checkout["customer"] = {**checkout.get("customer", {}), **call.body["customer"]}


@operation("updateCheckoutItem")
@edits(CHECKOUTS, "checkout_not_found", id_param="checkout_id")
def update_checkout_item(call: Call, checkout: Record) -> None:
    """Change the fields given of one item; the checkout comes back."""
    item_id = call.params["id"]
    item = next((i for i in checkout["items"] if i["id"] == item_id), None)
    if item is None:
        raise VendorError(404, "checkout_item_not_found", id=item_id)
    changes = dict(call.body)  # the spec admits only the item's writable fields
    if "quantity" in changes:
        changes["quantity"] = int(changes["quantity"])
    item.update(_priced({**item, **changes}, checkout["currency"]))


@operation("getPublicCheckout", auth="none")
def get_public_checkout(call: Call) -> Record:
    """The buyer's view, from whichever account holds the checkout."""
    checkout_id = call.params["id"]
    for account_id in call.core.accounts:
        with call.core.store.account(account_id) as data:
            checkout = data[CHECKOUTS].get(checkout_id)
        if checkout is not None:
            return {k: v for k, v in checkout.items() if k not in PRIVATE_FIELDS}
    raise VendorError(404, "checkout_not_found", id=checkout_id)


#: The checkout of the spec's examples (the vendor's recorded one) and its item.
EXAMPLE_CHECKOUT = "65b011ba7f9f32242108721f"
EXAMPLE_CHECKOUT_ITEM = "65b011ba7f9f322421087221"


@seed(stage=3)
def seed_checkouts(seeder: Seeder) -> None:
    """The vendor's recorded checkout, as its request would have made it."""
    seeder.call(
        "createCheckout",
        ids=[EXAMPLE_CHECKOUT, EXAMPLE_CHECKOUT_ITEM],
        body={
            "title": "Ecart Pay",
            "subtitle": "The best payment solution",
            "image_url": "https://miimage.com/image.jpg",
            "currency": "MXN",
            "amounts": [100, 200, 500, 1000, 1500, 3000],
            "concept": "Recharge",
            "items": [{"name": "Recharge", "quantity": 1, "price": 100}],
            "notify_url": "https://example.com/webhooks/checkout?user_id=1",
            "reference_id": "001",
            "reference": "Custom recharge",
        },
    )
