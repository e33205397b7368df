"""Customers: create (email, phone and user_id unique per account), list, update, delete,
and the customer token.

A customer carries only the fields it was given, as the vendor's "create customer by
phone" example shows (no ``email`` key at all, rather than ``null``).
"""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import Any

import jwt

from ecartpay_sandbox._messages import add_messages
from ecartpay_sandbox._registry import Call, VendorError, operation, require
from ecartpay_sandbox._seeds import Seeder, seed
from ecartpay_sandbox._store import AccountState, Record, collection, paginate
from ecartpay_sandbox._tokens import ALGORITHM

UNIQUE_FIELDS = ("email", "phone", "user_id")
LIST_FILTERS = UNIQUE_FIELDS
CUSTOMER_FIELDS = ("first_name", "last_name", "email", "phone", "user_id")

#: Emails are one address whatever their case (``Ana@Example.com`` is ``ana@example.com``).
CUSTOMERS = collection("customers", unique=UNIQUE_FIELDS, folded=("email",))

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
    """Store a customer from a (valid) ``CustomerCreate`` body; a duplicate is a 409."""
    body = call.body
    with call.data() as data:
        customers = data[CUSTOMERS]
        clashes = customers.clashes(body)
        if clashes:
            raise VendorError(409, "duplicate_customer", fields=", ".join(clashes))
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


# --- update, delete and the customer token (issue 10) -------------------------------------

#: Called with (account data, customer id) when a customer is deleted, so the modules that
#: keep things per customer (cards, payment methods) drop theirs without a circular import.
ON_CUSTOMER_DELETED: list[Callable[[AccountState, str], None]] = []

CUSTOMER_TOKEN_TTL = 600

add_messages(
    {
        "customer_not_found": {
            "en": "Customer {customer_id} not found",
            "es": "No se encontró el cliente {customer_id}",
        },
    }
)


def existing_customer(data: AccountState, customer_id: str) -> Record:
    """The account's customer, or 404."""
    found = data[CUSTOMERS].get(customer_id)
    return require(found, "customer_not_found", customer_id=customer_id)


@operation("updateCustomer")
def update_customer(call: Call) -> Record:
    """Change the fields sent; a unique value another customer holds is a 409."""
    with call.data() as data:
        customer = existing_customer(data, call.params["id"])
        changed = {k: v for k, v in call.body.items() if customer.get(k) != v}
        clashes = data[CUSTOMERS].clashes(changed, holder=customer["id"])
        if clashes:
            raise VendorError(409, "duplicate_customer", fields=", ".join(clashes))
        return data[CUSTOMERS].put({**customer, **changed, "updated_at": call.core.store.now()})


@operation("deleteCustomer")
def delete_customer(call: Call) -> dict[str, Any]:
    """Delete the customer and what hangs on it; its orders stay."""
    with call.data() as data:
        customer = existing_customer(data, call.params["id"])
        data[CUSTOMERS].remove(customer["id"])
        for forget in ON_CUSTOMER_DELETED:
            forget(data, customer["id"])
    return {"success": True}


@operation("createCustomerToken")
def create_customer_token(call: Call) -> dict[str, Any]:
    """An HS512 JWT for the browser SDK: ``id``, ``customer_id``, ``iat``, ``exp = iat + 600``.
    It is not an API token (the issuer never registered it, so the API refuses it)."""
    customer_id = call.params["customer_id"]
    with call.data() as data:
        existing_customer(data, customer_id)
    iat = int(time.time())
    claims = {
        "id": call.core.store.new_id(),
        "customer_id": customer_id,
        "iat": iat,
        "exp": iat + CUSTOMER_TOKEN_TTL,
    }
    return {"token": jwt.encode(claims, call.core.config.jwt_secret, algorithm=ALGORITHM)}


#: The customer the spec's examples name (its cards, subscriptions), and the one the delete
#: example removes: seeded records.
EXAMPLE_CUSTOMER = "68223896dd296eef1c9a5171"
EXAMPLE_DELETED_CUSTOMER = "65a1b2c3d4e5f60718293a4c"


@seed(stage=1)
def seed_customers(seeder: Seeder) -> None:
    """The examples' customer."""
    seeder.call(
        "createCustomer",
        ids=[EXAMPLE_CUSTOMER],
        body={
            "first_name": "Lucía",
            "last_name": "Fernández",
            "email": "lucia.fernandez@example.com",
            "phone": "5512345678",
            "user_id": "seed-customer-1",
        },
    )
    seeder.call(
        "createCustomer",
        ids=[EXAMPLE_DELETED_CUSTOMER],
        body={"first_name": "Pedro", "last_name": "Ruiz", "email": "pedro.ruiz@example.com"},
    )
