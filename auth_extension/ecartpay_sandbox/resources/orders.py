"""Orders: create (with or without a registered customer; emits `orders.create`) and get,
in the vendor's shape.

The answer carries the fields of the vendor's recorded "Create Order" example, plus
``type`` and ``country`` (shown by its guides) and ``customer_id`` when the order has one;
fields the order was not given (``notify_url``, ``redirect_url``, a buyer's ``email`` ...)
are absent. Choices where the vendor is silent: ``number`` is ``OR`` + a per-account
sequence of 8 digits (the recorded ``OR01667152``); ``authorization_id`` is the ``id`` of
the token the order was created with; ``country`` comes from the currency (absent for
currencies not mapped); totals add the items and the shipping charges and take off the
discounts that carry a numeric ``amount`` (others are kept as given), all in ``Decimal``
under ``_money``'s rules (a line rounded once, amounts no finer than the currency, discounts
within the subtotal, a total above 0, else 400); risk and fees are 0 and the order
unconfirmed until it is paid. With a card
``token`` the order is charged at once (``payments``).
"""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from ecartpay_sandbox._ids import sequence_number
from ecartpay_sandbox._messages import add_messages
from ecartpay_sandbox._registry import Call, VendorError, operation, require
from ecartpay_sandbox._seeds import Seeder, seed
from ecartpay_sandbox._store import AccountState, collection
from ecartpay_sandbox._webhooks import order_status_event
from ecartpay_sandbox.resources._money import (
    amount_in,
    as_amount,
    bounded_discount,
    decimal,
    line_total,
    show,
)
from ecartpay_sandbox.resources.customers import CUSTOMERS
from ecartpay_sandbox.resources.payments import apply_card_charge, prepare_card_charge

CURRENCY_COUNTRY = {
    "MXN": "MX",
    "USD": "US",
    "COP": "CO",
    "CLP": "CL",
    "PEN": "PE",
    "ARS": "AR",
    "BRL": "BR",
    "GTQ": "GT",
}
ORDER_NUMBER_PREFIX = "OR"
ORDER_NUMBER_WIDTH = 8
BUYER_FIELDS = ("first_name", "last_name", "email", "phone")
OPTIONAL_FIELDS = ("notify_url", "redirect_url", "reference_id", "shipping_address")

ORDERS = collection("orders")

add_messages(
    {
        "unknown_customer": {
            "en": "Customer {customer_id} not found",
            "es": "No se encontró el cliente {customer_id}",
        },
        "order_not_found": {"en": "Order not found", "es": "Orden no encontrada"},
        "order_total_not_positive": {
            "en": "The order's total must be above 0 (it is {total} {currency})",
            "es": "El total de la orden debe ser mayor que 0 (es {total} {currency})",
        },
    }
)


def order_item(item: dict[str, Any], currency: str) -> dict[str, Any]:
    """An order line in the vendor's shape, from a request's ``name``/``quantity``/``price``:
    its ``total`` is ``price * quantity`` rounded once to the currency (``_money``)."""
    return {
        "name": item["name"],
        "quantity": item["quantity"],
        "price": item["price"],
        "discount": 0,
        "tax": 0,
        "total": as_amount(line_total(item["price"], item["quantity"], currency)),
        "is_service": False,
        "taxes": [],
    }


def _numeric(value: object) -> bool:
    return isinstance(value, int | float) and not isinstance(value, bool)


def _totals(
    currency: str, items: list[Any], shipping_items: list[Any], discounts: list[Any]
) -> dict[str, Any]:
    """Subtotal, shipping, discount and total, in decimals. Shipping charges and discounts
    are amounts of the currency; the discounts together stay within the subtotal (400);
    the total must be above 0 (400)."""
    subtotal = sum((decimal(item["total"]) for item in items), Decimal(0))
    shipping = sum(
        (
            amount_in(item.get("amount", 0), currency, f"shipping_items[{n}].amount")
            for n, item in enumerate(shipping_items)
        ),
        Decimal(0),
    )
    discount = Decimal(0)
    for n, entry in enumerate(discounts):
        if isinstance(entry, dict) and _numeric(entry.get("amount")):
            field = f"discounts[{n}].amount"
            discount += bounded_discount(entry["amount"], subtotal - discount, currency, field)
    total = subtotal + shipping - discount
    if total <= 0:
        raise VendorError(400, "order_total_not_positive", total=show(total), currency=currency)
    return {
        "subtotal": as_amount(subtotal),
        "discount": as_amount(discount),
        "tax": 0,
        "shipping": as_amount(shipping),
        "total": as_amount(total),
    }


def _shipping_item(item: dict[str, Any]) -> dict[str, Any]:
    return {name: item[name] for name in ("name", "amount", "carrier") if name in item}


def _buyer(call: Call, body: dict[str, Any]) -> dict[str, Any]:
    """The buyer's contact: the registered customer's, overridden by the order's own."""
    buyer: dict[str, Any] = {}
    if "customer_id" in body:
        with call.data() as data:
            customer = data[CUSTOMERS].get(body["customer_id"])
        if customer is None:
            raise VendorError(404, "unknown_customer", customer_id=body["customer_id"])
        buyer = {"customer_id": customer["id"]}
        buyer.update({name: customer[name] for name in BUYER_FIELDS if name in customer})
    buyer.update({name: body[name] for name in BUYER_FIELDS if name in body})
    return buyer


def place_order(
    call: Call,
    data: AccountState,
    *,
    buyer: dict[str, Any],
    currency: str,
    items: list[dict[str, Any]],
    shipping_items: list[dict[str, Any]],
    discounts: list[Any],
    optional: dict[str, Any],
) -> dict[str, Any]:
    """Store a new order of the account in the vendor's shape (``createOrder`` and the
    WooCommerce plugin's orders alike); the caller holds ``call.data()``."""
    store = call.core.store
    order_id = store.new_id()
    number = data.next_number("orders")
    now = store.now()
    order: dict[str, Any] = {"id": order_id, "account_id": call.account_id}
    if call.token_id is not None:
        order["authorization_id"] = call.token_id
    order.update(
        {
            **buyer,
            "type": "order",
            "number": sequence_number(number, prefix=ORDER_NUMBER_PREFIX, width=ORDER_NUMBER_WIDTH),
            "status": "created",
            "currency": currency,
        }
    )
    if currency in CURRENCY_COUNTRY:
        order["country"] = CURRENCY_COUNTRY[currency]
    order.update(
        {
            "items": items,
            "shipping_items": shipping_items,
            "discounts": discounts,
            "totals": _totals(currency, items, shipping_items, discounts),
            "risk_score": 0,
            "risk_notes": [],
            "fee": 0,
            "confirmed": False,
        }
    )
    order.update(optional)
    order.update(
        {"pay_link": f"{call.base_url}/pay/{order_id}", "created_at": now, "updated_at": now}
    )
    created: dict[str, Any] = data[ORDERS].add(order)
    return created


@operation("createOrder")
def create_order(call: Call) -> dict[str, Any]:
    """Store an order from a (valid) ``OrderCreate`` body; an unknown customer is a 404."""
    body = call.body
    buyer = _buyer(call, body)
    with call.data() as data:
        charge = prepare_card_charge(data, body.get("token"))
        created = place_order(
            call,
            data,
            buyer=buyer,
            currency=body["currency"],
            items=[order_item(item, body["currency"]) for item in body["items"]],
            shipping_items=[_shipping_item(item) for item in body.get("shipping_items", [])],
            discounts=body.get("discounts", []),
            optional={name: body[name] for name in OPTIONAL_FIELDS if name in body},
        )
        order = created
        if charge is not None:
            order = apply_card_charge(call.core.store, data, data[ORDERS], created, charge)
    call.core.webhooks.emit(call.account_id, "orders.create", created)
    if order["status"] != created["status"]:  # charged at once: paid, or held for review
        call.core.webhooks.emit(call.account_id, order_status_event(order["status"]), order)
    return order


@operation("getOrder")
def get_order(call: Call) -> dict[str, Any]:
    """The account's order (another account's order is not found either)."""
    with call.data() as data:
        order = data[ORDERS].get(call.params["id"])
    if order is None:
        raise VendorError(404, "order_not_found")
    return order


# --- update (issue 10) -------------------------------------------------------------------

#: Address fields the reference's export puts beside ``shipping_address`` instead of in it.
LOOSE_ADDRESS_FIELDS = (
    "first_name",
    "last_name",
    "address1",
    "address2",
    "city",
    "postal_code",
    "reference",
    "state",
)


@operation("updateOrder")
def update_order(call: Call) -> dict[str, Any]:
    """Merge the shipping address, nested or loose (the loose fields win)."""
    body = call.body
    with call.data() as data:
        order = require(data[ORDERS].get(call.params["id"]), "order_not_found")
        address = {
            **(order.get("shipping_address") or {}),
            **body.get("shipping_address", {}),
            **{k: body[k] for k in LOOSE_ADDRESS_FIELDS if k in body},
        }
        return data[ORDERS].put(
            {**order, "shipping_address": address, "updated_at": call.core.store.now()}
        )


#: The orders the spec's examples name: one paid and partly refunded (``refunds``) like
#: the examples' answers show it (its public view, refund and invoice), and the vendor's
#: recorded one, still to pay (read, changed, paid by bank transfer).
EXAMPLE_ORDER = "65a1b2c3d4e5f60718293b5c"
EXAMPLE_UNPAID_ORDER = "6255c337c589a8c8e20f865e"


#: Each seeded order's buyer and lines (those of the examples' answers, and the vendor's
#: recorded request): email, first and last name, phone, items, shipping items.
EXAMPLE_ORDER_BODIES: dict[str, tuple[str, str, str, str, list[Any], list[Any]]] = {
    EXAMPLE_ORDER: (
        "ana.lopez@example.com", "Ana", "López", "+525512345678",
        [{"name": "T-shirt", "quantity": 2, "price": 150.5}], [],
    ),
    EXAMPLE_UNPAID_ORDER: (
        "a.cruz@envia.com", "Moises", "Garcia", "9341024062",
        [{"name": "Brazalete religioso plateado BR3017", "price": 243.33, "quantity": 1}],
        [{"amount": 160, "carrier": "OWN", "name": "Express Shipping"}],
    ),
}  # fmt: skip


@seed(stage=3)
def seed_orders(seeder: Seeder) -> None:
    """The examples' orders in MXN (the first: two T-shirts at 150.50, 301.00 in all)."""
    for order_id, (email, first, last, phone, items, shipping) in EXAMPLE_ORDER_BODIES.items():
        body: dict[str, Any] = {"currency": "MXN", "email": email, "phone": phone}
        body.update(first_name=first, last_name=last, items=items, shipping_items=shipping)
        seeder.call("createOrder", ids=[order_id], body=body)
