"""Drives the reference operations (issue 11) through each documented status, for the
conformance test: reference data, e-invoicing, gateways, installments, activity,
notifications, payment-link status and WooCommerce orders."""

from __future__ import annotations

from collections.abc import Callable
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


def _get_statuses(
    http: httpx.Client,
    auth: dict[str, str],
    record: Record,
    operation_id: str,
    path: str,
    *,
    ok: dict[str, Any] | None = None,
    invalid: dict[str, Any] | None = None,
    missing: str | None = None,
) -> httpx.Response:
    """200 (with ``ok`` params), 400 (``invalid`` params, else a bad ``lang`` cookie), 401,
    and 404 on the path ``missing`` when given."""
    response = record(operation_id, http.get(path, params=ok, headers=auth))
    if invalid is None:
        record(operation_id, http.get(path, headers={**auth, **BAD_LANG}))
    else:
        record(operation_id, http.get(path, params=invalid, headers=auth))
    if "Authorization" in auth:
        record(operation_id, http.get(path, params=ok))
    if missing is not None:
        record(operation_id, http.get(missing, headers=auth))
    return response


def _reference_data(http: httpx.Client, auth: dict[str, str], record: Record) -> None:
    _get_statuses(
        http,
        auth,
        record,
        "listBanks",
        "/api/banks",
        ok={"country": "MX"},
        invalid={"country": "MEX"},
    )
    _get_statuses(
        http, auth, record, "getBank", f"/api/banks/{BANK}", missing=f"/api/banks/{UNKNOWN}"
    )
    _get_statuses(
        http,
        auth,
        record,
        "getExchangeRates",
        "/api/exchanges",
        ok={"base": "MXN"},
        invalid={"base": "usd"},
        missing="/api/exchanges?base=XXX",
    )
    _get_statuses(http, auth, record, "listAvailableCurrencies", "/api/exchanges/available")
    _get_statuses(http, auth, record, "listEconomicActivities", "/api/catalogs/economic_activity")
    _get_statuses(
        http,
        auth,
        record,
        "listNumberTypes",
        "/api/catalogs/number_type",
        ok={"country": "GT"},
        invalid={"country": "GTM"},
    )
    public: dict[str, str] = {}
    _get_statuses(http, public, record, "listCountries", "/_/geocodes/countries")
    _get_statuses(
        http,
        public,
        record,
        "listStates",
        "/_/geocodes/states",
        ok={"country": "US"},
        invalid={"country": "1"},
    )
    _get_statuses(
        http,
        public,
        record,
        "getZipCode",
        "/_/geocodes/zipcode",
        ok={"postal_code": "37258"},
        invalid={"postal_code": "$$"},
        missing="/_/geocodes/zipcode?postal_code=99999",
    )
    _get_statuses(
        http,
        public,
        record,
        "listLocalities",
        "/_/geocodes/localities",
        ok={"state": "GT"},
        invalid={"state": "GTO"},
    )


def _invoicing(
    http: httpx.Client, auth: dict[str, str], record: Record, order_id: str, account_id: str
) -> None:
    body = {**INVOICE_BODY, "order_id": order_id}
    invoice = record("createInvoice", http.post("/api/billings", json=body, headers=auth)).json()
    record("createInvoice", http.post("/api/billings", json=body, headers=auth))  # 409
    unknown = {**body, "order_id": UNKNOWN}
    record("createInvoice", http.post("/api/billings", json=unknown, headers=auth))
    record("createInvoice", http.post("/api/billings", json={"items": [{}]}, headers=auth))
    record("createInvoice", http.post("/api/billings", json=body))
    _get_statuses(
        http,
        auth,
        record,
        "listInvoices",
        "/api/invoices",
        ok={"year": invoice["year"]},
        invalid={"year": "25"},
    )
    download = f"/api/invoices/cfdi/download/{invoice['id']}"
    _get_statuses(
        http,
        auth,
        record,
        "downloadCfdi",
        download,
        missing=f"/api/invoices/cfdi/download/{UNKNOWN}",
    )
    _get_statuses(http, auth, record, "getInvoiceFilters", "/api/billings/filters")
    _get_statuses(
        http,
        auth,
        record,
        "listBillingProviders",
        "/api/billings/providers",
        ok={"keys": "true"},
        invalid={"keys": "maybe"},
    )
    _get_statuses(
        http,
        auth,
        record,
        "listForms",
        "/api/forms",
        ok={"name": "siigo_keys", "module": "billings", "country": "CO"},
        invalid={"country": "COL"},
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
    _get_statuses(
        http,
        auth,
        record,
        "listBillingClients",
        clients,
        ok={"country": "MX"},
        invalid={"country": "MEX"},
    )
    _get_statuses(
        http,
        auth,
        record,
        "getAccountBillingInformation",
        f"/_/accounts/{account_id}/billing-information",
        missing=f"/_/accounts/{UNKNOWN}/billing-information",
    )


def _write(
    http: httpx.Client,
    auth: dict[str, str],
    record: Record,
    operation_id: str,
    method: str,
    path: str,
    body: dict[str, Any],
    *,
    invalid: dict[str, Any],
    missing: str | None = None,
) -> httpx.Response:
    """200, 400 (``invalid`` body), 401, and 404 on the path ``missing`` when given."""
    response = record(operation_id, http.request(method, path, json=body, headers=auth))
    record(operation_id, http.request(method, path, json=invalid, headers=auth))
    record(operation_id, http.request(method, path, json=body))
    if missing is not None:
        record(operation_id, http.request(method, missing, json=body, headers=auth))
    return response


def _gateways(http: httpx.Client, auth: dict[str, str], record: Record) -> None:
    gateway = f"/api/gateways/{GATEWAY}"
    _get_statuses(http, auth, record, "listGateways", "/api/gateways")
    _write(
        http,
        auth,
        record,
        "updateGateway",
        "PUT",
        gateway,
        {"active": False},
        invalid={"active": "no"},
        missing=f"/api/gateways/{UNKNOWN}",
    )
    _write(
        http,
        auth,
        record,
        "updateGatewayMethod",
        "PUT",
        f"{gateway}/methods/{METHOD}",
        {"active": True, "title": "Cards"},
        invalid={"title": 1},
        missing=f"{gateway}/methods/{UNKNOWN}",
    )
    keys = {"public_key": "key_public_test", "private_key": "key_private_test", "currency": ["MXN"]}
    stored = _write(
        http,
        auth,
        record,
        "createGatewayKeys",
        "POST",
        f"/api/accounts/gateways/{GATEWAY}/keys",
        keys,
        invalid={"public_key": ""},
        missing=f"/api/accounts/gateways/{UNKNOWN}/keys",
    ).json()
    _write(
        http,
        auth,
        record,
        "updateAccountGateway",
        "PUT",
        f"/api/accounts/gateways/{stored['id']}",
        {"active": False},
        invalid={},
        missing=f"/api/accounts/gateways/{UNKNOWN}",
    )
    _get_statuses(http, auth, record, "getGateway", gateway, missing=f"/api/gateways/{UNKNOWN}")


def _account_settings(http: httpx.Client, auth: dict[str, str], record: Record) -> None:
    msi = "/api/cards/msi-configuration"
    plan = {"installments": 12, "minimum_amount": 1500, "is_active": True}
    _write(
        http,
        auth,
        record,
        "updateInstallmentsConfiguration",
        "POST",
        msi,
        {"commissions": [plan], "amex_fixed_installments": True},
        invalid={"commissions": [{"installments": 5}]},
    )
    _write(
        http,
        auth,
        record,
        "activateInstallments",
        "POST",
        "/api/cards/msi/activate",
        {"is_active": True},
        invalid={"is_active": 1},
    )
    _get_statuses(http, auth, record, "getInstallmentsConfiguration", msi)
    _get_statuses(
        http,
        auth,
        record,
        "listActivity",
        "/api/activity",
        ok={"status": "failed,blocked", "q": "4242"},
        invalid={"limit": "0"},
    )
    _get_statuses(
        http,
        auth,
        record,
        "getActivity",
        f"/api/activity/{ACTIVITY}",
        missing=f"/api/activity/{UNKNOWN}",
    )
    seen = f"/api/notifications/{NOTIFICATION}/seen"
    record("markNotificationSeen", http.put(seen, headers=auth))
    record("markNotificationSeen", http.put(seen, headers={**auth, **BAD_LANG}))
    record("markNotificationSeen", http.put(seen))
    record("markNotificationSeen", http.put(f"/api/notifications/{UNKNOWN}/seen", headers=auth))
    link = {"id": "6584803a0369e3f50c08e234", "status": "accepted", "type": "business"}
    _write(
        http,
        auth,
        record,
        "updatePaymentLinkStatus",
        "POST",
        "/api/webhooks/verification",
        link,
        invalid={"id": "x", "status": "accepted"},
    )
    woo = {
        "id": 1234,
        "currency": "MXN",
        "billing": {"first_name": "Ana", "last_name": "López", "email": "ana@example.com"},
        "line_items": [{"name": "T-shirt", "quantity": 2, "price": 150.5}],
    }
    _write(
        http,
        auth,
        record,
        "createWooCommerceOrder",
        "POST",
        "/api/woocomerce/orders",
        woo,
        invalid={**woo, "line_items": []},
    )


def drive(
    http: httpx.Client, auth: dict[str, str], record: Record, order_id: str, account_id: str
) -> None:
    """Every reference operation through each of its documented statuses."""
    _reference_data(http, auth, record)
    _invoicing(http, auth, record, order_id, account_id)
    _gateways(http, auth, record)
    _account_settings(http, auth, record)
