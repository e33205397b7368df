"""Payment links ("templates"): a reusable link with items, shipping and a usage limit.

Totals are computed in decimals from the lines: each line is ``quantity * price - discount
+ tax`` (the discount between 0 and the line's gross, else 400), the link's total adds the
shipping items.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from ecartpay_sandbox._ids import sequence_number
from ecartpay_sandbox._messages import add_messages
from ecartpay_sandbox._registry import Call, operation
from ecartpay_sandbox._seeds import Seeder, seed
from ecartpay_sandbox._store import Record, collection
from ecartpay_sandbox.resources._money import (
    amount_in,
    as_amount,
    bounded_discount,
    decimal,
    line_total,
)
from ecartpay_sandbox.resources._query import ListQuery, vendor_time
from ecartpay_sandbox.resources._records import edits, get_operation, list_operation, remove

PAYMENT_LINKS = collection("payment_links")
NUMBER_PREFIX = "TE"
NUMBER_WIDTH = 8
UNLIMITED_USES = -1
PLAIN_FIELDS = (
    "name",
    "currency",
    "first_name",
    "shipping_address",
    "quantity_uses",
    "discounts",
    "installments_information",
)
LIST = ListQuery()

add_messages(
    {
        "payment_link_not_found": {
            "en": "Payment link {id} not found",
            "es": "No se encontró la liga de pago {id}",
        },
    }
)


def line_items(
    items: list[dict[str, Any]], currency: str
) -> tuple[list[Record], dict[str, Decimal]]:
    """Lines with their ``total`` and the sums ``subtotal``, ``discount`` and ``tax``: a
    line's gross is ``price * quantity`` rounded once; its discount stays within it and its
    tax is an amount of the currency (``_money``; else 400)."""
    lines: list[Record] = []
    sums = {"subtotal": Decimal(0), "discount": Decimal(0), "tax": Decimal(0)}
    for n, item in enumerate(items):
        quantity = int(item["quantity"])  # JSON may say 2.0; the spec says integer
        gross = line_total(item["price"], quantity, currency)
        field = f"items[{n}].discount"
        discount = bounded_discount(item.get("discount", 0), gross, currency, field)
        tax = amount_in(item.get("tax", 0), currency, f"items[{n}].tax")
        sums["subtotal"] += gross
        sums["discount"] += discount
        sums["tax"] += tax
        lines.append(
            {
                "name": item["name"],
                "price": item["price"],
                "quantity": quantity,
                "discount": as_amount(discount),
                "tax": as_amount(tax),
                "total": as_amount(gross - discount + tax),
            }
        )
    return lines, sums


def _priced(link: Record) -> Record:
    currency = link["currency"]
    lines, sums = line_items(link["items"], currency)
    shipping = sum(
        (amount_in(s["amount"], currency, "shipping_items.amount") for s in link["shipping_items"]),
        Decimal(0),
    )
    total = sums["subtotal"] - sums["discount"] + sums["tax"] + shipping
    link["items"] = lines
    link["totals"] = {
        "discount": as_amount(sums["discount"]),
        "shipping": as_amount(shipping),
        "subtotal": as_amount(sums["subtotal"]),
        "tax": as_amount(sums["tax"]),
        "total": as_amount(total),
    }
    return link


def _shipping(item: dict[str, Any]) -> Record:
    """A shipping line as answered: a missing ``amount`` counts as 0 (the spec's reading)."""
    line: Record = {k: item[k] for k in ("name", "carrier") if k in item}
    return {**line, "amount": as_amount(decimal(item.get("amount", 0)))}


def _apply(link: Record, body: dict[str, Any]) -> Record:
    for name in PLAIN_FIELDS:
        if name in body:
            link[name] = body[name]
    if "items" in body:
        link["items"] = body["items"]
    if "shipping_items" in body:
        link["shipping_items"] = [_shipping(item) for item in body["shipping_items"]]
    for name in ("start_date", "end_date"):
        if name in body:
            link[name] = None if body[name] is None else vendor_time(body[name])
    return _priced(link)


@operation("createPaymentLink")
def create_payment_link(call: Call) -> Record:
    """Store the link with its number (``TE`` + 8 digits), totals and pay URL."""
    store = call.core.store
    with call.data() as data:
        link_id = store.new_id()
        now = store.now()
        link: Record = {
            "id": link_id,
            "account_id": call.account_id,
            "authorization_id": call.account.user_id if call.account else None,
            "number": sequence_number(
                data.next_number("payment_links"), prefix=NUMBER_PREFIX, width=NUMBER_WIDTH
            ),
            "quantity_uses": UNLIMITED_USES,
            "discounts": [],
            "shipping_items": [],
            "start_date": now,
            "end_date": None,
            "link": f"{call.base_url}/pay/template/{link_id}",
            "created_at": now,
            "updated_at": now,
        }
        return data[PAYMENT_LINKS].add(_apply(link, call.body))


list_operation("listPaymentLinks", PAYMENT_LINKS, LIST)
get_operation("getPaymentLink", PAYMENT_LINKS, "payment_link_not_found")


@operation("updatePaymentLink")
@edits(PAYMENT_LINKS, "payment_link_not_found")
def update_payment_link(call: Call, link: Record) -> None:
    """Change the fields given; totals follow the lines."""
    _apply(link, call.body)


@operation("deletePaymentLink")
def delete_payment_link(call: Call) -> Record:
    """Remove the link; it comes back one last time."""
    return remove(call, PAYMENT_LINKS, "payment_link_not_found")


#: The payment link the spec's examples read and change, and the one its delete example
#: removes (apart, so the examples work in any order).
EXAMPLE_PAYMENT_LINK = "61a5427df6ea776ee3b38344"
EXAMPLE_DELETED_PAYMENT_LINK = "61a5427df6ea776ee3b38345"


@seed(stage=3)
def seed_payment_links(seeder: Seeder) -> None:
    """Two links like the vendor's recorded one."""
    body = {
        "name": "Gold Neck Payment",
        "currency": "USD",
        "first_name": "Stefany",
        "items": [{"name": "Gold Neck BZ3909", "price": 2, "quantity": 1}],
        "quantity_uses": -1,
    }
    for link_id in (EXAMPLE_PAYMENT_LINK, EXAMPLE_DELETED_PAYMENT_LINK):
        seeder.call("createPaymentLink", ids=[link_id], body=body)
