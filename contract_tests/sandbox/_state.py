"""The sandbox's data: customers and orders per account, in memory.

One lock guards everything, so the store is safe whether it is driven by uvicorn's event
loop or by threads (an in-process ASGI transport, the control plane, tests). Records are
plain JSON-ready dicts shaped like the spec's ``Customer`` and ``Order`` schemas.
"""

from __future__ import annotations

import copy
import math
import threading
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

from contract_tests.sandbox._tokens import new_object_id

# The vendor documents ``country`` on orders without saying where it comes from: the
# sandbox derives it from the currency, and leaves it null for currencies it does not map.
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
UNIQUE_CUSTOMER_FIELDS = ("email", "phone", "user_id")
ORDER_NUMBER_WIDTH = 6


class DuplicateCustomer(Exception):
    """A customer whose email, phone or user_id already exists in the account."""

    def __init__(self, fields: list[str]) -> None:
        super().__init__(", ".join(fields))
        self.fields = fields


class UnknownCustomer(Exception):
    """An order for a customer the account does not have."""

    def __init__(self, customer_id: str) -> None:
        super().__init__(customer_id)
        self.customer_id = customer_id


def iso_now(clock: Callable[[], float] = time.time) -> str:
    """ISO 8601 UTC with milliseconds and ``Z``, as the vendor writes timestamps."""
    moment = datetime.fromtimestamp(clock(), tz=UTC)
    return moment.strftime("%Y-%m-%dT%H:%M:%S.") + f"{moment.microsecond // 1000:03d}Z"


def _money(value: float) -> float:
    return round(value + 0.0, 2)


@dataclass
class _Account:
    customers: dict[str, dict[str, Any]] = field(default_factory=dict)
    orders: dict[str, dict[str, Any]] = field(default_factory=dict)
    order_count: int = 0
    taken: dict[str, set[Any]] = field(
        default_factory=lambda: {name: set() for name in UNIQUE_CUSTOMER_FIELDS}
    )


class Store:
    """Customers and orders of every account, behind one lock."""

    def __init__(self, clock: Callable[[], float] = time.time) -> None:
        self._clock = clock
        self._lock = threading.Lock()
        self._accounts: dict[str, _Account] = {}

    def _account(self, account_id: str) -> _Account:
        return self._accounts.setdefault(account_id, _Account())

    def create_customer(self, account_id: str, data: dict[str, Any]) -> dict[str, Any]:
        """Store a customer from a (valid) ``CustomerCreate`` body and answer it."""
        with self._lock:
            account = self._account(account_id)
            clashes = [
                name
                for name in UNIQUE_CUSTOMER_FIELDS
                if data.get(name) is not None and data[name] in account.taken[name]
            ]
            if clashes:
                raise DuplicateCustomer(clashes)
            now = iso_now(self._clock)
            customer = {
                "id": new_object_id(self._clock),
                "account_id": account_id,
                "first_name": data["first_name"],
                "last_name": data["last_name"],
                "email": data["email"],
                "phone": data.get("phone"),
                "user_id": data.get("user_id"),
                "created_at": now,
                "updated_at": now,
            }
            account.customers[customer["id"]] = customer
            for name in UNIQUE_CUSTOMER_FIELDS:
                if customer[name] is not None:
                    account.taken[name].add(customer[name])
            return copy.deepcopy(customer)

    def list_customers(
        self, account_id: str, *, page: int, limit: int, filters: dict[str, str]
    ) -> dict[str, Any]:
        """One page of the account's customers, oldest first, as ``{docs, count, pages}``."""
        with self._lock:
            matching = [
                c
                for c in self._accounts.get(account_id, _Account()).customers.values()
                if all(c.get(k) == v for k, v in filters.items())
            ]
            start = (page - 1) * limit
            docs = copy.deepcopy(matching[start : start + limit])
        return {"docs": docs, "count": len(matching), "pages": math.ceil(len(matching) / limit)}

    def create_order(self, account_id: str, data: dict[str, Any], base_url: str) -> dict[str, Any]:
        """Store an order from a (valid) ``OrderCreate`` body; totals come from the items."""
        items = [
            {
                "name": item["name"],
                "quantity": int(item["quantity"]),
                "price": item["price"],
                "discount": 0,
                "tax": 0,
                "total": _money(int(item["quantity"]) * item["price"]),
            }
            for item in data["items"]
        ]
        subtotal = _money(sum(item["total"] for item in items))
        with self._lock:
            account = self._account(account_id)
            customer = account.customers.get(data["customer_id"])
            if customer is None:
                raise UnknownCustomer(data["customer_id"])
            account.order_count += 1
            now = iso_now(self._clock)
            order_id = new_object_id(self._clock)
            order = {
                "id": order_id,
                "account_id": account_id,
                "customer_id": customer["id"],
                "type": "order",
                "number": str(account.order_count).zfill(ORDER_NUMBER_WIDTH),
                "status": "created",
                "currency": data["currency"],
                "country": CURRENCY_COUNTRY.get(data["currency"]),
                "email": data.get("email", customer["email"]),
                "first_name": data.get("first_name", customer["first_name"]),
                "last_name": data.get("last_name", customer["last_name"]),
                "phone": data.get("phone", customer["phone"]),
                "items": items,
                "totals": {
                    "subtotal": subtotal,
                    "discount": 0,
                    "tax": 0,
                    "shipping": 0,
                    "total": subtotal,
                },
                "pay_link": f"{base_url.rstrip('/')}/pay/{order_id}",
                "notify_url": data.get("notify_url"),
                "redirect_url": data.get("redirect_url"),
                "created_at": now,
                "updated_at": now,
            }
            account.orders[order_id] = order
            return copy.deepcopy(order)

    def get_order(self, account_id: str, order_id: str) -> dict[str, Any] | None:
        """The account's order, or None (another account's order is not found either)."""
        with self._lock:
            order = self._accounts.get(account_id, _Account()).orders.get(order_id)
            return copy.deepcopy(order) if order is not None else None

    def snapshot(self, account_ids: Iterable[str] | None = None) -> dict[str, dict[str, Any]]:
        """Everything held, per account: ``{account_id: {customers: [...], orders: [...]}}``
        (by default every account that has created something since the last reset)."""
        with self._lock:
            wanted = list(self._accounts) if account_ids is None else list(account_ids)
            result: dict[str, dict[str, Any]] = {}
            for account_id in wanted:
                account = self._accounts.get(account_id, _Account())
                result[account_id] = {
                    "customers": copy.deepcopy(list(account.customers.values())),
                    "orders": copy.deepcopy(list(account.orders.values())),
                }
            return result

    def reset(self) -> None:
        """Forget every customer and order; order numbers start again at 1."""
        with self._lock:
            self._accounts.clear()
