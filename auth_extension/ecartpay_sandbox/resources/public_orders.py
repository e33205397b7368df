"""What the buyer's payment page calls, without a token: an order's public view
(``GET /api/orders/public/{id}``) and its bank-transfer set-up (``POST
/api/orders/{id}/process``), which assigns the order its own CLABE.

Without a token there is no calling account: the order is looked up in every configured
account. The public view leaves out the buyer's contact data and the account's internals.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from ecartpay_sandbox._core import SandboxCore
from ecartpay_sandbox._messages import add_messages
from ecartpay_sandbox._registry import Call, VendorError, operation
from ecartpay_sandbox._store import AccountState, Record, collection
from ecartpay_sandbox._webhooks import order_status_event
from ecartpay_sandbox.resources.orders import ORDERS
from ecartpay_sandbox.resources.payments import PAYABLE, mark_paid

BANK_TRANSFERS = collection("bank_transfers")  # keyed by the order's id
BANK_TRANSFER_METHOD = "66c397dafd263a538b8312a1"
CLABE_BANK = "646180"  # STP's bank and plaza codes, where the vendor's CLABEs live
CLABE_WEIGHTS = (3, 7, 1)
PUBLIC_FIELDS = ("id", "number", "status", "currency", "items", "totals")

add_messages(
    {
        "payment_method_not_found": {
            "en": "Payment method {method_id} not found",
            "es": "No se encontró el método de pago {method_id}",
        },
    }
)


@contextmanager
def order_anywhere(core: SandboxCore, order_id: str) -> Iterator[tuple[AccountState, Record]]:
    """The order with this id in whichever configured account holds it (the store's lock
    held), or 404."""
    for account in core.config.accounts:
        with core.store.account(account.account_id) as data:
            order = data[ORDERS].get(order_id)
            if order is not None:
                yield data, order
                return
    raise VendorError(404, "order_not_found")


def clabe(account_id: str, n: int) -> str:
    """An 18-digit CLABE: bank and plaza, 11 digits unique per account and order, and the
    control digit of the CLABE standard (weights 3, 7, 1)."""
    prefix = int(hashlib.sha256(account_id.encode()).hexdigest(), 16) % 10_000
    body = f"{CLABE_BANK}{prefix:04d}{n:07d}"
    total = sum(int(d) * CLABE_WEIGHTS[i % 3] % 10 for i, d in enumerate(body))
    return body + str((10 - total % 10) % 10)


@operation("processOrder", auth="none")
def process_order(call: Call) -> dict[str, Any]:
    """Assign (once) the order's CLABE; a paid or refunded order is a 409."""
    method_id = (call.body or {}).get("method_id", BANK_TRANSFER_METHOD)
    with order_anywhere(call.core, call.params["id"]) as (data, order):
        if order["status"] not in PAYABLE:
            raise VendorError(409, "order_not_payable", order_status=order["status"])
        if method_id != BANK_TRANSFER_METHOD:
            raise VendorError(404, "payment_method_not_found", method_id=method_id)
        transfer = data[BANK_TRANSFERS].get(order["id"])
        if transfer is None:
            transfer = data[BANK_TRANSFERS].add(
                {
                    "id": order["id"],
                    "method_id": method_id,
                    "clabe": clabe(order["account_id"], data.next_number("clabes")),
                    "bank": "STP",
                }
            )
    return {
        "order_id": order["id"],
        "method_id": transfer["method_id"],
        "clabe": transfer["clabe"],
        "bank": transfer["bank"],
        "amount": order["totals"]["total"],
        "currency": order["currency"],
        "status": order["status"],
    }


@operation("getPublicOrder", auth="none")
def get_public_order(call: Call) -> dict[str, Any]:
    """The order as the payment page shows it, with its CLABE once assigned."""
    with order_anywhere(call.core, call.params["id"]) as (data, order):
        transfer = data[BANK_TRANSFERS].get(order["id"])
    view = {k: order[k] for k in PUBLIC_FIELDS if k in order}
    return {**view, "clabe": transfer["clabe"] if transfer else None}


def customer_pays(core: SandboxCore, order_id: str) -> Record:
    """The control plane's test helper: the buyer pays the order (on its pay link, or by
    transferring to its CLABE); answers the paid order and emits ``orders.confirmation``."""
    with order_anywhere(core, order_id) as (data, order):
        method = "bank_transfer" if order["id"] in data[BANK_TRANSFERS] else "pay_link"
        paid = mark_paid(core.store, data, data[ORDERS], order, method=method)
    core.webhooks.emit(paid["account_id"], order_status_event(paid["status"]), paid)
    return paid
