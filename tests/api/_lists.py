"""The spec's list operations, their generated modules, and how to fill each in the sandbox.

A list operation is a GET whose 200 answers pages (`docs` array) or a bare array, or whose
operationId starts with `list` (so one in a new shape is found too). Every one needs a
seeder here: the pagination tests walk each with more than three pages of data.
"""

from __future__ import annotations

import importlib
import pkgutil
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from types import ModuleType
from typing import Any

import yaml
from openapi_python_client.strings import snake_case

import ecartpay_client.api
from ecartpay_client import AuthenticatedClient
from ecartpay_client.api.card_tokens import create_card_token
from ecartpay_client.api.cards import create_card
from ecartpay_client.api.customers import create_customer, create_customer_card
from ecartpay_client.api.orders import create_order
from ecartpay_client.api.transactions import list_transactions
from ecartpay_client.models import (
    Card,
    CardCreate,
    CardToken,
    CardTokenCreate,
    Customer,
    CustomerCard,
    CustomerCreate,
    Order,
    OrderCreate,
    TransactionList,
)
from tools.spec_docs import resolve as _resolve

SPEC = Path(__file__).resolve().parents[2] / "openapi.yaml"


@dataclass(frozen=True)
class ListOperation:
    operation_id: str
    path: str
    shape: str  # "pages" | "array" | "unknown"


def _shape(spec: dict[str, Any], operation: dict[str, Any]) -> str:
    response = _resolve(spec, operation.get("responses", {}).get("200", {}))
    schema = _resolve(spec, response.get("content", {}).get("application/json", {}).get("schema"))
    if not isinstance(schema, dict):
        return "unknown"
    if schema.get("type") == "array":
        return "array"
    docs = _resolve(spec, schema.get("properties", {}).get("docs"))
    if isinstance(docs, dict) and docs.get("type") == "array":
        return "pages"
    return "unknown"


@cache
def list_operations() -> tuple[ListOperation, ...]:
    """Every list operation of openapi.yaml, in spec order."""
    spec = yaml.safe_load(SPEC.read_text(encoding="utf-8"))
    found = []
    for path, item in spec["paths"].items():
        operation = item.get("get")
        if operation is None:
            continue
        shape = _shape(spec, operation)
        if shape != "unknown" or operation["operationId"].startswith("list"):
            found.append(ListOperation(operation["operationId"], path, shape))
    return tuple(found)


@cache
def _modules() -> dict[str, ModuleType]:
    found = {}
    for info in pkgutil.walk_packages(ecartpay_client.api.__path__, "ecartpay_client.api."):
        if not info.ispkg:
            found[info.name.rsplit(".", 1)[-1]] = importlib.import_module(info.name)
    return found


def endpoint_of(operation_id: str) -> ModuleType:
    """The generated module of an operation (e.g. `api.customers.list_customers`)."""
    return _modules()[snake_case(operation_id)]


# -- seeders: create `n` items the list operation returns ---------------------------------


@dataclass(frozen=True)
class Seeded:
    """The ids a walk must yield, and the parameters that select them (path ids, filters)."""

    ids: list[str]
    params: dict[str, Any]
    key: str = "id"  # the field that identifies an item (reference data may lack `id`)


Seeder = Callable[[AuthenticatedClient, int], Seeded]


def create_customers(client: AuthenticatedClient, n: int) -> list[str]:
    """`n` new customers of the client's account; their ids, oldest first."""
    ids = []
    for _ in range(n):
        tag = uuid.uuid4().hex[:10]
        body = CustomerCreate(first_name="Ana", last_name="Paged", email=f"p.{tag}@example.com")
        created = create_customer.sync(client=client, body=body)
        assert isinstance(created, Customer), created
        ids.append(created.id)
    return ids


CARD = CardCreate(number="4242424242424242", exp_month="10", exp_year="2030")


def seed_customer_cards(client: AuthenticatedClient, n: int) -> Seeded:
    """`n` cards of one new customer."""
    (customer_id,) = create_customers(client, 1)
    ids = []
    for _ in range(n):
        card = create_customer_card.sync(customer_id, client=client, body=CARD)
        assert isinstance(card, CustomerCard), card
        ids.append(card.id)
    return Seeded(ids, {"customer_id": customer_id})


def seed_stored_cards(client: AuthenticatedClient, n: int) -> Seeded:
    """`n` cards stored in the account."""
    ids = []
    for _ in range(n):
        card = create_card.sync(client=client, body=CARD)
        assert isinstance(card, Card), card
        ids.append(card.id)
    return Seeded(ids, {})


def seed_transactions(client: AuthenticatedClient, n: int) -> Seeded:
    """`n` card payments, each recording one transaction; the transactions' ids."""
    seeded = seed_customer_cards(client, 1)
    ids = []
    for _ in range(n):
        token = create_card_token.sync(client=client, body=CardTokenCreate(id=seeded.ids[0]))
        assert isinstance(token, CardToken), token
        body = OrderCreate.from_dict(
            {
                "customer_id": seeded.params["customer_id"],
                "currency": "MXN",
                "items": [{"name": "Cap", "quantity": 1, "price": 10}],
                "token": token.token,
            }
        )
        order = create_order.sync(client=client, body=body)
        assert isinstance(order, Order), order
        ids.append(order.id)
    listed = list_transactions.sync(client=client, limit=100)
    assert isinstance(listed, TransactionList), listed
    return Seeded([t.id for t in listed.docs if t.order_id in ids], {})


SEEDERS: dict[str, Seeder] = {
    "listCustomers": lambda client, n: Seeded(create_customers(client, n), {}),
    "listCustomerCards": seed_customer_cards,
    "listCards": seed_stored_cards,
    "listTransactions": seed_transactions,
}


def _money_out() -> dict[str, Seeder]:
    from ._money_out_seeders import SEEDERS as MONEY_OUT  # imports create_customers from here

    return MONEY_OUT


def _reference() -> dict[str, Seeder]:
    from ._reference_lists import REFERENCE_SEEDERS  # builds on `Seeded` above

    return REFERENCE_SEEDERS


SEEDERS.update(_money_out())
SEEDERS.update(_reference())
