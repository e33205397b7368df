"""Mexican e-invoicing: clients' billing information, billing providers, invoices of orders
(stored in ``invoices``) and the filter values of the invoice list.

A ``user_id`` registered again has its billing information replaced (same ``id``). An order
is invoiced once: a second invoice of it is a 409; an unknown order a 404.
"""

from __future__ import annotations

import uuid
from datetime import datetime
from decimal import Decimal
from typing import Any

from ecartpay_sandbox._messages import add_messages
from ecartpay_sandbox._registry import Call, VendorError, operation
from ecartpay_sandbox._seeds import Seeder, seed
from ecartpay_sandbox._store import collection
from ecartpay_sandbox.resources._money import as_amount, decimal
from ecartpay_sandbox.resources._reference import fixture, same_code
from ecartpay_sandbox.resources.invoices import INVOICES
from ecartpay_sandbox.resources.orders import ORDERS

BILLING_CLIENTS = collection("billing_clients")
DEFAULT_CURRENCY = "MXN"
DEFAULT_SERIE = "A"
MONTHS = (
    "January", "February", "March", "April", "May", "June",
    "July", "August", "September", "October", "November", "December",
)  # fmt: skip

add_messages(
    {
        "order_already_invoiced": {
            "en": "Order {order_id} already invoiced",
            "es": "La orden {order_id} ya fue facturada",
        },
        "billing_provider_not_found": {
            "en": "Billing provider not found",
            "es": "Proveedor de facturación no encontrado",
        },
        "account_not_found": {"en": "Account not found", "es": "Cuenta no encontrada"},
    }
)


def _number(value: Any, default: float) -> float:
    """A number from the spec's ``NumericText`` (a number or a numeric string)."""
    return default if value is None else float(value)


def _items_from_body(items: list[dict[str, Any]]) -> list[dict[str, Any]]:
    result = []
    for item in items:
        quantity = _number(item.get("quantity"), 1)
        price = _number(item.get("price"), 0)
        discount = _number(item.get("discount"), 0)
        result.append(
            {
                "name": item["name"],
                "quantity": quantity,
                "price": price,
                "discount": discount,
                "tax": as_amount(decimal(_number(item.get("tax"), 0))),
                "total": as_amount(
                    decimal(item["total"])
                    if item.get("total") is not None
                    else decimal(price) * Decimal(str(quantity)) - decimal(discount)
                ),
                "fiscal_code": item.get("fiscal_code"),
                "unit_code": item.get("unit_code"),
            }
        )
    return result


def _items_from_order(order: dict[str, Any]) -> list[dict[str, Any]]:
    keys = ("name", "quantity", "price", "discount", "tax", "total")
    return [
        {**{k: item.get(k, 0) for k in keys}, "fiscal_code": None, "unit_code": None}
        for item in order.get("items", [])
    ]


@operation("createInvoice")
def create_invoice(call: Call) -> dict[str, Any]:
    """Issue an invoice of an order of the account, or of the given items."""
    body = call.body
    store = call.core.store
    with call.data() as data:
        order = None
        order_id = body.get("order_id")
        if order_id is not None:
            order = data[ORDERS].get(order_id)
            if order is None:
                raise VendorError(404, "order_not_found")
            if data[INVOICES].find(order_id=order_id):
                raise VendorError(409, "order_already_invoiced", order_id=order_id)
        if "items" in body:
            items = _items_from_body(body["items"])
        else:
            items = _items_from_order(order) if order else []
        currency = body.get("currency") or (order or {}).get("currency") or DEFAULT_CURRENCY
        info = body.get("billing_information", {})
        subtotal = sum((decimal(i["total"]) for i in items), Decimal(0))
        tax = sum((decimal(i["tax"]) for i in items), Decimal(0))
        now = store.now()
        moment = datetime.fromisoformat(now.replace("Z", "+00:00"))
        return data[INVOICES].add(
            {
                "id": store.new_id(),
                "account_id": call.account_id,
                "order_id": order_id,
                "status": "issued",
                "uuid": str(uuid.uuid4()).upper(),
                "serie": info.get("serie", DEFAULT_SERIE),
                "folio": str(data.next_number("invoices")),
                "country": call.params["country"].upper(),
                "currency": currency,
                "items": items,
                "subtotal": as_amount(subtotal),
                "tax": as_amount(tax),
                "total": as_amount(subtotal + tax),
                "billing_information": info,
                "year": str(moment.year),
                "month": MONTHS[moment.month - 1],
                "created_at": now,
            }
        )


@operation("getInvoiceFilters")
def get_invoice_filters(call: Call) -> dict[str, Any]:
    """The years (newest first) and months (calendar order) that have invoices."""
    with call.data() as data:
        invoices = data[INVOICES].find()
    months = {i["month"] for i in invoices}
    return {
        "years": sorted({i["year"] for i in invoices}, reverse=True),
        "months": [m for m in MONTHS if m in months],
    }


@operation("listBillingProviders")
def list_billing_providers(call: Call) -> list[dict[str, Any]]:
    """The providers; their key fields only with ``keys=true``."""
    providers: list[dict[str, Any]] = fixture("billing", "providers")
    if not call.params.get("keys", False):
        for provider in providers:
            del provider["keys"]
    return providers


@operation("createBillingClient")
def create_billing_client(call: Call) -> dict[str, Any]:
    """Store a client's billing information, replacing that of a known ``user_id``."""
    provider_id = call.params.get("provider_id")
    if provider_id is not None and provider_id not in {
        p["id"] for p in fixture("billing", "providers")
    }:
        raise VendorError(404, "billing_provider_not_found")
    body = call.body
    user_id = body.get("user_id")
    store = call.core.store
    now = store.now()
    with call.data() as data:
        clients = data[BILLING_CLIENTS]
        known = clients.find(user_id=user_id) if user_id is not None else []
        if known:
            record = known[0]
            record.update(
                billing_information=body["billing_information"],
                provider_id=provider_id,
                updated_at=now,
            )
            return clients.put(record)
        return clients.add(
            {
                "id": store.new_id(),
                "account_id": call.account_id,
                "user_id": user_id,
                "provider_id": provider_id,
                "billing_information": body["billing_information"],
                "created_at": now,
                "updated_at": now,
            }
        )


@operation("listBillingClients")
def list_billing_clients(call: Call) -> list[dict[str, Any]]:
    """The account's clients, oldest first, of ``user`` and ``country`` (empty = any)."""
    user = call.params.get("user") or None
    country = call.params.get("country") or None
    with call.data() as data:
        clients = data[BILLING_CLIENTS].find()
    return [
        c
        for c in clients
        if (user is None or c["user_id"] == user)
        and (country is None or same_code(c["billing_information"].get("country_code"), country))
    ]


@operation("getAccountBillingInformation")
def get_account_billing_information(call: Call) -> list[dict[str, Any]]:
    """The caller's own clients; another account's id is not found."""
    if call.params["account_id"] != call.account_id:
        raise VendorError(404, "account_not_found")
    with call.data() as data:
        return data[BILLING_CLIENTS].find()


#: The invoice whose CFDI the spec's examples download (of items, so the examples' order
#: is still there to invoice).
EXAMPLE_INVOICE = "658b47f407f38aeb09e22173"


@seed(stage=3)
def seed_invoices(seeder: Seeder) -> None:
    """One issued invoice."""
    seeder.call(
        "createInvoice",
        ids=[EXAMPLE_INVOICE],
        body={
            "currency": "MXN",
            "items": [{"name": "Consulting", "quantity": 1, "price": 1000, "tax": 160}],
            "billing_information": {
                "rfc": "XAXX010101000",
                "razons": "PUBLICO EN GENERAL",
                "regimen": "616",
                "invoice_use": "S01",
                "postal_code": "37258",
            },
        },
    )
