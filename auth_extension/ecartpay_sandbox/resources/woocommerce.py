"""WooCommerce orders (``POST /api/woocomerce/orders``, the vendor's spelling): the plugin's
order becomes an Ecart Pay order, the one ``getOrder``, ``processOrder``, refunds and the
payment page see, once per WooCommerce order id; sending the same id again answers that
order as it is now (the plugin retries).

The answer is a summary of the Ecart Pay order (Assumed: the vendor documents neither body
nor answer): its ``id``, the WooCommerce id, status, currency, buyer email, total, payment
link and creation time. The order's items are the WooCommerce lines (a JSON ``2.0`` counts
as the spec's integer quantity 2) and its buyer the billing contact.
"""

from __future__ import annotations

from typing import Any

from ecartpay_sandbox._registry import Call, operation, require
from ecartpay_sandbox._store import collection
from ecartpay_sandbox.resources.orders import BUYER_FIELDS, ORDERS, order_item, place_order

#: WooCommerce order id -> the Ecart Pay order made from it.
WOOCOMMERCE_ORDERS = collection("woocommerce_orders", unique=("woocommerce_id",))


def _line(item: dict[str, Any]) -> dict[str, Any]:
    return {"name": item["name"], "quantity": int(item["quantity"]), "price": item["price"]}


def _summary(order: dict[str, Any], woocommerce_id: int) -> dict[str, Any]:
    return {
        "id": order["id"],
        "woocommerce_id": woocommerce_id,
        "status": order["status"],
        "currency": order["currency"],
        "email": order["email"],
        "total": order["totals"]["total"],
        "pay_link": order["pay_link"],
        "created_at": order["created_at"],
    }


@operation("createWooCommerceOrder")
def create_woocommerce_order(call: Call) -> dict[str, Any]:
    """The Ecart Pay order of a WooCommerce order, created on first sight."""
    body = call.body
    woocommerce_id = int(body["id"])
    with call.data() as data:
        (known,) = data[WOOCOMMERCE_ORDERS].find(woocommerce_id=woocommerce_id) or (None,)
        if known is not None:
            order = require(data[ORDERS].get(known["order_id"]), "order_not_found")
            return _summary(order, woocommerce_id)
        billing = body["billing"]
        created = place_order(
            call,
            data,
            buyer={name: billing[name] for name in BUYER_FIELDS if name in billing},
            currency=body["currency"],
            items=[order_item(_line(item), body["currency"]) for item in body["line_items"]],
            shipping_items=[],
            discounts=[],
            optional={},
        )
        link = {"woocommerce_id": woocommerce_id, "order_id": created["id"]}
        data[WOOCOMMERCE_ORDERS].add({"id": call.core.store.new_id(), **link})
    call.core.webhooks.emit(call.account_id, "orders.create", created)
    return _summary(created, woocommerce_id)
