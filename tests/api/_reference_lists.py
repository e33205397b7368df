"""Seeders of issue 11's list operations for the pagination tests.

Reference lookups answer the sandbox's fixture data (bare arrays, one request): their
seeders name what the walk must yield, read from the same fixture files, and the field
that identifies an item where the vendor sends no `id`. Billing clients and invoices are
created; activity is what every account starts with.
"""

from __future__ import annotations

from typing import Any

from ecartpay_client import AuthenticatedClient
from ecartpay_client.api.billings import create_billing_client, create_invoice
from ecartpay_client.models import (
    BillingClient,
    BillingClientCreate,
    BillingInformation,
    Invoice,
    InvoiceCreate,
    InvoiceItemCreate,
)
from ecartpay_sandbox.resources._reference import fixture

from ._lists import Seeded, Seeder


def _fixed(
    name: str, key: str, field: str = "id", params: dict[str, Any] | None = None, **equal: Any
) -> Seeder:
    """A seeder of fixture records (those whose fields equal ``equal``), nothing created."""

    def seed(client: AuthenticatedClient, n: int) -> Seeded:
        records = [r for r in fixture(name, key) if all(r.get(k) == v for k, v in equal.items())]
        return Seeded([r[field] for r in records], params or {}, key=field)

    return seed


def _billing_clients(client: AuthenticatedClient, n: int) -> list[BillingClient]:
    created = []
    for i in range(n):
        body = BillingClientCreate(
            user_id=f"paged-{i}", billing_information=BillingInformation(country_code="MX")
        )
        answer = create_billing_client.sync(client=client, body=body)
        assert isinstance(answer, BillingClient), answer
        created.append(answer)
    return created


def _invoices(client: AuthenticatedClient, n: int) -> Seeded:
    ids = []
    for i in range(n):
        body = InvoiceCreate(items=[InvoiceItemCreate(name=f"Service {i}", price=10)])
        invoice = create_invoice.sync(client=client, body=body)
        assert isinstance(invoice, Invoice), invoice
        ids.append(invoice.id)
    return Seeded(ids, {})


def _account_billing_information(client: AuthenticatedClient, n: int) -> Seeded:
    created = _billing_clients(client, n)
    return Seeded([c.id for c in created], {"account_id": created[0].account_id})


REFERENCE_SEEDERS: dict[str, Seeder] = {
    "listBanks": _fixed("banks", "banks", params={"country": "US"}, country="US"),
    "listAvailableCurrencies": _fixed("exchanges", "currencies", "currency"),
    "listCountries": _fixed("countries", "countries", "code"),
    "listStates": _fixed("states", "states", "iso_code", {"country": "US"}, country_code="US"),
    "getZipCode": _fixed("geocodes_places", "zip_codes", "zip_code", {"country": "US"},
                         country={"code": "US", "name": "United States of America"}),
    "listLocalities": _fixed("geocodes_places", "zip_codes", "zip_code", {"state": "JA"},
                             locality="Guadalajara"),
    "listEconomicActivities": _fixed("catalogs", "economic_activity", "code"),
    "listNumberTypes": _fixed("catalogs", "number_type", "code", {"country": "GT"}, country="GT"),
    "listBillingClients": lambda client, n: Seeded([c.id for c in _billing_clients(client, n)], {}),
    "listBillingProviders": _fixed("billing", "providers"),
    "getAccountBillingInformation": _account_billing_information,
    "listForms": _fixed("billing", "forms", params={"module": "billings"}, module="billings"),
    "listInvoices": _invoices,
    "listGateways": _fixed("gateways", "gateways"),
    "listActivity": _fixed("activity", "activity"),
}  # fmt: skip
