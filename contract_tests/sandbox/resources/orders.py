"""Orders: create (for a customer of the account; totals computed from the items) and get.

The vendor documents ``country`` on orders without saying where it comes from: the sandbox
derives it from the currency, and leaves it null for currencies it does not map.
"""

from __future__ import annotations

from typing import Any

from contract_tests.sandbox._ids import sequence_number
from contract_tests.sandbox._messages import add_messages
from contract_tests.sandbox._registry import Call, VendorError, operation
from contract_tests.sandbox._store import collection
from contract_tests.sandbox.resources.customers import CUSTOMERS

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
ORDER_NUMBER_WIDTH = 6

ORDERS = collection("orders")

add_messages(
    {
        "unknown_customer": {
            "en": "Customer {customer_id} not found",
            "es": "No se encontró el cliente {customer_id}",
        },
        "order_not_found": {"en": "Order not found", "es": "Orden no encontrada"},
    }
)


def money(value: float) -> float:
    """An amount rounded to cents, never ``-0.0``."""
    return round(value + 0.0, 2)


def _items(body: dict[str, Any]) -> list[dict[str, Any]]:
    return [
        {
            "name": item["name"],
            "quantity": int(item["quantity"]),
            "price": item["price"],
            "discount": 0,
            "tax": 0,
            "total": money(int(item["quantity"]) * item["price"]),
        }
        for item in body["items"]
    ]


@operation("createOrder")
def create_order(call: Call) -> dict[str, Any]:
    """Store an order from a (valid) ``OrderCreate`` body; an unknown customer is a 400."""
    body = call.body
    items = _items(body)
    subtotal = money(sum(item["total"] for item in items))
    store = call.core.store
    with call.data() as data:
        customer = data[CUSTOMERS].get(body["customer_id"])
        if customer is None:
            raise VendorError(400, "unknown_customer", customer_id=body["customer_id"])
        now = store.now()
        order_id = store.new_id()
        number = sequence_number(data.next_number("orders"), width=ORDER_NUMBER_WIDTH)
        return data[ORDERS].add(
            {
                "id": order_id,
                "account_id": call.account_id,
                "customer_id": customer["id"],
                "type": "order",
                "number": number,
                "status": "created",
                "currency": body["currency"],
                "country": CURRENCY_COUNTRY.get(body["currency"]),
                "email": body.get("email", customer["email"]),
                "first_name": body.get("first_name", customer["first_name"]),
                "last_name": body.get("last_name", customer["last_name"]),
                "phone": body.get("phone", customer["phone"]),
                "items": items,
                "totals": {
                    "subtotal": subtotal,
                    "discount": 0,
                    "tax": 0,
                    "shipping": 0,
                    "total": subtotal,
                },
                "pay_link": f"{call.base_url}/pay/{order_id}",
                "notify_url": body.get("notify_url"),
                "redirect_url": body.get("redirect_url"),
                "created_at": now,
                "updated_at": now,
            }
        )


@operation("getOrder")
def get_order(call: Call) -> dict[str, Any]:
    """The account's order (another account's order is not found either)."""
    with call.data() as data:
        order = data[ORDERS].get(call.params["id"])
    if order is None:
        raise VendorError(404, "order_not_found")
    return order
