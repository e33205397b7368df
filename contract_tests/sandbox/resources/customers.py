"""Customers: create (email, phone and user_id unique per account) and list.

A customer carries only the fields it was given, as the vendor's "create customer by
phone" example shows (no ``email`` key at all, rather than ``null``).
"""

from __future__ import annotations

from typing import Any

from contract_tests.sandbox._messages import add_messages
from contract_tests.sandbox._registry import Call, VendorError, operation
from contract_tests.sandbox._store import collection, paginate

UNIQUE_FIELDS = ("email", "phone", "user_id")
LIST_FILTERS = UNIQUE_FIELDS
CUSTOMER_FIELDS = ("first_name", "last_name", "email", "phone", "user_id")

CUSTOMERS = collection("customers", unique=UNIQUE_FIELDS)

add_messages(
    {
        "duplicate_customer": {
            "en": "email, phone or user_id already exists ({fields})",
            "es": "email, phone o user_id ya existe ({fields})",
        },
    }
)


@operation("createCustomer")
def create_customer(call: Call) -> dict[str, Any]:
    """Store a customer from a (valid) ``CustomerCreate`` body; a duplicate is a 400."""
    body = call.body
    with call.data() as data:
        customers = data[CUSTOMERS]
        clashes = customers.clashes(body)
        if clashes:
            raise VendorError(400, "duplicate_customer", fields=", ".join(clashes))
        now = call.core.store.now()
        customer = {"id": call.core.store.new_id(), "account_id": call.account_id}
        customer.update({name: body[name] for name in CUSTOMER_FIELDS if name in body})
        customer.update({"created_at": now, "updated_at": now})
        return customers.add(customer)


@operation("listCustomers")
def list_customers(call: Call) -> dict[str, Any]:
    """One page of the account's customers (oldest first unless the store says newest
    first), filtered by exact values."""
    filters = {name: call.params[name] for name in LIST_FILTERS if name in call.params}
    with call.data() as data:
        matching = data[CUSTOMERS].find(**filters)
    return paginate(
        matching,
        page=call.params.get("page", 1),
        limit=call.params.get("limit", 20),
        newest_first=call.core.store.newest_first,
    )
