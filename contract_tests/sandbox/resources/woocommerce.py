"""WooCommerce orders (``POST /api/woocomerce/orders``, the vendor's spelling): one Ecart Pay
order per WooCommerce order id; sending the same id again answers the order made the first
time (the plugin retries)."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from contract_tests.sandbox._registry import Call, operation
from contract_tests.sandbox._store import collection
from contract_tests.sandbox.resources._money import as_amount, decimal

WOOCOMMERCE_ORDERS = collection("woocommerce_orders", unique=("woocommerce_id",))


@operation("createWooCommerceOrder")
def create_woocommerce_order(call: Call) -> dict[str, Any]:
    """The Ecart Pay order of a WooCommerce order, created on first sight."""
    body = call.body
    store = call.core.store
    with call.data() as data:
        orders = data[WOOCOMMERCE_ORDERS]
        known = orders.find(woocommerce_id=body["id"])
        if known:
            found: dict[str, Any] = known[0]
            return found
        order_id = store.new_id()
        created: dict[str, Any] = orders.add(
            {
                "id": order_id,
                "woocommerce_id": body["id"],
                "status": "created",
                "currency": body["currency"],
                "email": body["billing"]["email"],
                "total": as_amount(
                    sum(
                        # JSON may say 2.0 for the spec's integer quantity.
                        (decimal(i["price"]) * int(i["quantity"]) for i in body["line_items"]),
                        Decimal(0),
                    )
                ),
                "pay_link": f"{call.base_url}/pay/{order_id}",
                "created_at": store.now(),
            }
        )
        return created
