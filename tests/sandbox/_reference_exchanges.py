"""Drives the reference operations (issue 11) through each documented status, for the
conformance test: reference data, e-invoicing, gateways, installments, activity,
notifications, payment-link status and WooCommerce orders."""

from __future__ import annotations

import functools
from collections.abc import Callable
from dataclasses import dataclass, replace
from typing import Any

import httpx

Record = Callable[[str, httpx.Response], httpx.Response]

UNKNOWN = "0" * 24
BAD_LANG = {"Cookie": "lang=fr"}
GATEWAY = "62d5d5dd726026e0794902d7"  # recorded: EcartPay Mexico
METHOD = "62d5d5caac51e72396d2b471"  # recorded: its card method
BANK = "5f331fb9f7480d71f16b91e9"  # recorded: ABC CAPITAL
ACTIVITY = "657207dbdff54facf6944467"
NOTIFICATION = "65baccd378a84645bbf60a2a"
INVOICE_BODY = {
    "billing_information": {"rfc": "XAXX010101000", "razons": "PUBLICO EN GENERAL"},
    "items": [{"name": "T-shirt", "quantity": "2", "price": "150.50", "tax": 48.16}],
}


@dataclass(frozen=True)
class Read:
    """A GET checked for 200 (with ``ok`` params), 400 (``invalid`` params, else a bad
    ``lang`` cookie), 401 (unless the operation is public), and 404 on the path ``missing``
    when given."""

    operation_id: str
    path: str
    ok: dict[str, Any] | None = None
    invalid: dict[str, Any] | None = None
    missing: str | None = None


@dataclass(frozen=True)
class Write:
    """A write checked for 200, 400 (``invalid`` body), 401, and 404 on the path
    ``missing`` when given."""

    operation_id: str
    method: str
    path: str
    body: dict[str, Any]
    invalid: dict[str, Any]
    missing: str | None = None


@dataclass(frozen=True)
class Exchanges:
    """The conformance test's client, credentials and recorder."""

    http: httpx.Client
    auth: dict[str, str]
    record: Record

    def public(self) -> Exchanges:
        """The same without credentials, for the public operations."""
        return replace(self, auth={})

    def read(self, *reads: Read) -> httpx.Response:
        """Each read through its statuses; answers the last one's 200."""
        http, auth = self.http, self.auth
        response = None
        for read in reads:
            send = functools.partial(self.record, read.operation_id)
            response = send(http.get(read.path, params=read.ok, headers=auth))
            if read.invalid is None:
                send(http.get(read.path, headers={**auth, **BAD_LANG}))
            else:
                send(http.get(read.path, params=read.invalid, headers=auth))
            if "Authorization" in auth:
                send(http.get(read.path, params=read.ok))
            if read.missing is not None:
                send(http.get(read.missing, headers=auth))
        assert response is not None
        return response

    def write(self, *writes: Write) -> httpx.Response:
        """Each write through its statuses; answers the last one's 200."""
        http, auth = self.http, self.auth
        response = None
        for write in writes:
            send = functools.partial(self.record, write.operation_id)
            method, path = write.method, write.path
            response = send(http.request(method, path, json=write.body, headers=auth))
            send(http.request(method, path, json=write.invalid, headers=auth))
            send(http.request(method, path, json=write.body))
            if write.missing is not None:
                send(http.request(method, write.missing, json=write.body, headers=auth))
        assert response is not None
        return response


RATES = "/api/exchanges"
ZIP = "/_/geocodes/zipcode"
REFERENCE_DATA = (
    Read("listBanks", "/api/banks", ok={"country": "MX"}, invalid={"country": "MEX"}),
    Read("getBank", f"/api/banks/{BANK}", missing=f"/api/banks/{UNKNOWN}"),
    Read("getExchangeRates", RATES, {"base": "MXN"}, {"base": "usd"}, f"{RATES}?base=XXX"),
    Read("listAvailableCurrencies", "/api/exchanges/available"),
    Read("listEconomicActivities", "/api/catalogs/economic_activity"),
    Read("listNumberTypes", "/api/catalogs/number_type", {"country": "GT"}, {"country": "GTM"}),
)
PUBLIC_REFERENCE_DATA = (
    Read("listCountries", "/_/geocodes/countries"),
    Read("listStates", "/_/geocodes/states", ok={"country": "US"}, invalid={"country": "1"}),
    Read(
        "getZipCode",
        ZIP,
        {"postal_code": "37258"},
        {"postal_code": "$$"},
        f"{ZIP}?postal_code=99999",
    ),
    Read("listLocalities", "/_/geocodes/localities", ok={"state": "GT"}, invalid={"state": "GTO"}),
)
BILLING_CATALOGUES = (
    Read("getInvoiceFilters", "/api/billings/filters"),
    Read("listBillingProviders", "/api/billings/providers", {"keys": "true"}, {"keys": "maybe"}),
    Read(
        "listForms",
        "/api/forms",
        ok={"name": "siigo_keys", "module": "billings", "country": "CO"},
        invalid={"country": "COL"},
    ),
)
GATEWAY_PATH = f"/api/gateways/{GATEWAY}"
GATEWAY_WRITES = (
    Write(
        "updateGateway",
        "PUT",
        GATEWAY_PATH,
        {"active": False},
        invalid={"active": "no"},
        missing=f"/api/gateways/{UNKNOWN}",
    ),
    Write(
        "updateGatewayMethod",
        "PUT",
        f"{GATEWAY_PATH}/methods/{METHOD}",
        {"active": True, "title": "Cards"},
        invalid={"title": 1},
        missing=f"{GATEWAY_PATH}/methods/{UNKNOWN}",
    ),
)
GATEWAY_KEYS = Write(
    "createGatewayKeys",
    "POST",
    f"/api/accounts/gateways/{GATEWAY}/keys",
    {"public_key": "key_public_test", "private_key": "key_private_test", "currency": ["MXN"]},
    invalid={"public_key": ""},
    missing=f"/api/accounts/gateways/{UNKNOWN}/keys",
)
MSI = "/api/cards/msi-configuration"
MSI_PLAN = {"installments": 12, "minimum_amount": 1500, "is_active": True}
INSTALLMENTS = (
    Write(
        "updateInstallmentsConfiguration",
        "POST",
        MSI,
        {"commissions": [MSI_PLAN], "amex_fixed_installments": True},
        invalid={"commissions": [{"installments": 5}]},
    ),
    Write(
        "activateInstallments",
        "POST",
        "/api/cards/msi/activate",
        {"is_active": True},
        invalid={"is_active": 1},
    ),
)
ACTIVITY_READS = (
    Read("getInstallmentsConfiguration", MSI),
    Read(
        "listActivity",
        "/api/activity",
        ok={"status": "failed,blocked", "q": "4242"},
        invalid={"limit": "0"},
    ),
    Read("getActivity", f"/api/activity/{ACTIVITY}", missing=f"/api/activity/{UNKNOWN}"),
)
WOO_ORDER = {
    "id": 1234,
    "currency": "MXN",
    "billing": {"first_name": "Ana", "last_name": "López", "email": "ana@example.com"},
    "line_items": [{"name": "T-shirt", "quantity": 2, "price": 150.5}],
}
PLUGIN_WRITES = (
    Write(
        "updatePaymentLinkStatus",
        "POST",
        "/api/webhooks/verification",
        {"id": "6584803a0369e3f50c08e234", "status": "accepted", "type": "business"},
        invalid={"id": "x", "status": "accepted"},
    ),
    Write(
        "createWooCommerceOrder",
        "POST",
        "/api/woocomerce/orders",
        WOO_ORDER,
        invalid={**WOO_ORDER, "line_items": []},
    ),
)


def _invoicing(x: Exchanges, order_id: str, account_id: str) -> None:
    http, auth, record = x.http, x.auth, x.record
    body = {**INVOICE_BODY, "order_id": order_id}
    invoice = record("createInvoice", http.post("/api/billings", json=body, headers=auth)).json()
    record("createInvoice", http.post("/api/billings", json=body, headers=auth))  # 409
    unknown = {**body, "order_id": UNKNOWN}
    record("createInvoice", http.post("/api/billings", json=unknown, headers=auth))
    record("createInvoice", http.post("/api/billings", json={"items": [{}]}, headers=auth))
    record("createInvoice", http.post("/api/billings", json=body))
    x.read(
        Read("listInvoices", "/api/invoices", {"year": invoice["year"]}, {"year": "25"}),
        Read(
            "downloadCfdi",
            f"/api/invoices/cfdi/download/{invoice['id']}",
            missing=f"/api/invoices/cfdi/download/{UNKNOWN}",
        ),
        *BILLING_CATALOGUES,
    )
    clients = "/api/billings/clients"
    client = {"user_id": "merchant-user-42", "billing_information": {"country_code": "MX"}}
    provider = {"provider_id": "6227845d6f5e10a27680b38d"}
    post = http.post
    record("createBillingClient", post(clients, params=provider, json=client, headers=auth))
    record("createBillingClient", post(clients, json={"user_id": ""}, headers=auth))
    record(
        "createBillingClient",
        post(clients, params={"provider_id": UNKNOWN}, json=client, headers=auth),
    )
    record("createBillingClient", post(clients, json=client))
    x.read(
        Read("listBillingClients", clients, ok={"country": "MX"}, invalid={"country": "MEX"}),
        Read(
            "getAccountBillingInformation",
            f"/_/accounts/{account_id}/billing-information",
            missing=f"/_/accounts/{UNKNOWN}/billing-information",
        ),
    )


def _gateways(x: Exchanges) -> None:
    x.read(Read("listGateways", "/api/gateways"))
    x.write(*GATEWAY_WRITES)
    stored = x.write(GATEWAY_KEYS).json()
    configuration = f"/api/accounts/gateways/{stored['id']}"
    missing = f"/api/accounts/gateways/{UNKNOWN}"
    x.write(Write("updateAccountGateway", "PUT", configuration, {"active": False}, {}, missing))
    x.read(Read("getGateway", GATEWAY_PATH, missing=f"/api/gateways/{UNKNOWN}"))


def _account_settings(x: Exchanges) -> None:
    http, auth, record = x.http, x.auth, x.record
    x.write(*INSTALLMENTS)
    x.read(*ACTIVITY_READS)
    seen = f"/api/notifications/{NOTIFICATION}/seen"
    record("markNotificationSeen", http.put(seen, headers=auth))
    record("markNotificationSeen", http.put(seen, headers={**auth, **BAD_LANG}))
    record("markNotificationSeen", http.put(seen))
    record("markNotificationSeen", http.put(f"/api/notifications/{UNKNOWN}/seen", headers=auth))
    x.write(*PLUGIN_WRITES)


def drive(
    http: httpx.Client, auth: dict[str, str], record: Record, order_id: str, account_id: str
) -> None:
    """Every reference operation through each of its documented statuses."""
    x = Exchanges(http, auth, record)
    x.read(*REFERENCE_DATA)
    x.public().read(*PUBLIC_REFERENCE_DATA)
    _invoicing(x, order_id, account_id)
    _gateways(x)
    _account_settings(x)
