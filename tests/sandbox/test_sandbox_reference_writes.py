"""Administrative writes of issue 11 keep state per account: billing clients, invoices and
their CFDI, gateway settings and keys, MSI settings, notifications, payment-link statuses and
WooCommerce orders."""

from __future__ import annotations

import io
import zipfile
from collections.abc import Callable
from typing import Any

import httpx
import pytest

from ecartpay_sandbox import RunningSandbox

GATEWAY = "62d5d5dd726026e0794902d7"
METHOD = "62d5d5caac51e72396d2b471"
CLIENTS = "/api/billings/clients"


@pytest.fixture
def auth(token: str) -> dict[str, str]:
    return {"Authorization": token}


@pytest.fixture
def other(other_token: str) -> dict[str, str]:
    return {"Authorization": other_token}


def test_billing_clients_upsert_by_user_id_filter_and_stay_in_their_account(
    http: httpx.Client, auth: dict[str, str], other: dict[str, str], sandbox: RunningSandbox
) -> None:
    def register_u1(rfc: str) -> Any:
        body = {"user_id": "u1", "billing_information": {"country_code": "MX", "rfc": rfc}}
        return http.post(CLIENTS, json=body, headers=auth).json()

    first = register_u1("AAA010101AAA")
    again = register_u1("BBB010101BBB")
    http.post(CLIENTS, json={"billing_information": {"country_code": "CO"}}, headers=auth)
    assert again["id"] == first["id"]
    assert again["created_at"] == first["created_at"]
    assert again["billing_information"]["rfc"] == "BBB010101BBB"
    assert len(http.get(CLIENTS, headers=auth).json()) == 2
    assert [c["id"] for c in http.get(CLIENTS, params={"user": "u1"}, headers=auth).json()] == [
        first["id"]
    ]
    assert len(http.get(CLIENTS, params={"country": "co"}, headers=auth).json()) == 1
    assert http.get(CLIENTS, headers=other).json() == []
    own = f"/_/accounts/{sandbox.account_id}/billing-information"
    assert len(http.get(own, headers=auth).json()) == 2
    assert http.get(own, headers=other).status_code == 404
    unknown = http.post(CLIENTS, params={"provider_id": "x"}, json=first, headers=auth)
    assert unknown.status_code == 404


def test_providers_show_their_key_fields_only_when_asked(
    http: httpx.Client, auth: dict[str, str]
) -> None:
    plain = http.get("/api/billings/providers", headers=auth).json()
    with_keys = http.get("/api/billings/providers", params={"keys": "true"}, headers=auth).json()
    assert all("keys" not in p for p in plain)
    assert [k["name"] for k in with_keys[0]["keys"]] == ["api_key", "secret_key"]
    forms = http.get("/api/forms", params={"module": "billings", "country": "MX"}, headers=auth)
    assert [f["name"] for f in forms.json()] == ["facturacom_keys", "billing_information"]
    assert http.get("/api/forms", params={"name": "nothing"}, headers=auth).json() == []


def test_an_order_is_invoiced_once_and_its_cfdi_is_a_zip_of_xml_and_pdf(
    http: httpx.Client,
    auth: dict[str, str],
    other: dict[str, str],
    create_customer: Callable[..., dict[str, Any]],
    order_body: Callable[..., dict[str, Any]],
) -> None:
    order = http.post("/api/orders", json=order_body(create_customer()["id"]), headers=auth).json()
    body = {"order_id": order["id"], "billing_information": {"rfc": "XAXX010101000"}}
    invoice = http.post("/api/billings", json=body, headers=auth).json()
    assert invoice["total"] == order["totals"]["total"] == 301.3
    assert [i["name"] for i in invoice["items"]] == ["T-shirt", "Cap"]
    assert invoice["folio"] == "1"
    assert invoice["status"] == "issued"
    twice = http.post("/api/billings", json=body, headers=auth)
    assert twice.status_code == 409
    assert order["id"] in twice.json()["message"]
    items = {"items": [{"name": "Service", "quantity": "3", "price": "10.5", "tax": "5.04"}]}
    loose = http.post("/api/billings", json=items, headers=auth).json()
    assert (loose["subtotal"], loose["tax"], loose["total"]) == (31.5, 5.04, 36.54)
    assert http.post("/api/billings", json={"order_id": "0" * 24}, headers=auth).status_code == 404

    listed = http.get("/api/invoices", params={"limit": 1}, headers=auth).json()
    assert (listed["count"], listed["pages"], listed["docs"][0]["id"]) == (2, 2, loose["id"])
    month = invoice["month"].upper()
    assert http.get("/api/invoices", params={"month": month}, headers=auth).json()["count"] == 2
    assert http.get("/api/invoices", params={"year": "1999"}, headers=auth).json()["count"] == 0
    filters = http.get("/api/billings/filters", headers=auth).json()
    assert filters == {"years": [invoice["year"]], "months": [invoice["month"]]}

    download = http.get(f"/api/invoices/cfdi/download/{invoice['id']}", headers=auth)
    assert download.headers["content-type"] == "application/octet-stream"
    with zipfile.ZipFile(io.BytesIO(download.content)) as archive:
        names = archive.namelist()
        xml = archive.read(names[0]).decode()
        pdf = archive.read(names[1])
    stem = f"Invoice-1-{invoice['month']}-{invoice['year']}"
    assert names == [f"{stem}.xml", f"{stem}.pdf"]
    assert invoice["uuid"] in xml
    assert 'Rfc="XAXX010101000"' in xml
    assert 'Total="301.3"' in xml
    assert pdf.startswith(b"%PDF-")
    assert pdf.rstrip().endswith(b"%%EOF")
    assert (
        http.get(f"/api/invoices/cfdi/download/{invoice['id']}", headers=other).status_code == 404
    )


def test_gateway_settings_and_keys_keep_state_per_account_and_never_echo_the_private_key(
    http: httpx.Client, auth: dict[str, str], other: dict[str, str], sandbox: RunningSandbox
) -> None:
    gateway = f"/api/gateways/{GATEWAY}"
    assert http.put(gateway, json={"active": False}, headers=auth).json()["active"] is False
    method = http.put(f"{gateway}/methods/{METHOD}", json={"title": "Cards"}, headers=auth).json()
    assert method == {**method, "title": "Cards", "active": False, "type": "card"}
    assert method["fee"] == "fee = 0.20 * exchange"
    keys = {"public_key": "key_pub_abc", "private_key": "key_priv_SECRET", "currency": ["MXN"]}
    stored = http.post(f"/api/accounts/gateways/{GATEWAY}/keys", json=keys, headers=auth)
    assert "key_priv_SECRET" not in stored.text
    toggled = http.put(
        f"/api/accounts/gateways/{stored.json()['id']}", json={"active": False}, headers=auth
    ).json()
    assert toggled["active"] is False
    assert toggled["updated_at"] >= toggled["created_at"]

    mine = http.get(gateway, headers=auth)
    assert mine.json()["active"] is False
    assert mine.json()["has_keys"] is True
    assert mine.json()["keys"] == [toggled]
    assert mine.json()["methods"][0]["title"] == "Cards"
    listed = {g["id"]: g for g in http.get("/api/gateways", headers=auth).json()}
    assert len(listed) == 12
    assert listed[GATEWAY]["has_keys"] is True
    theirs = http.get(gateway, headers=other).json()
    assert (theirs["active"], theirs["has_keys"], theirs["keys"]) == (True, False, [])
    assert "key_priv_SECRET" not in str(sandbox.control.state())


def test_msi_configuration_merges_plans_and_activation_persists(
    http: httpx.Client, auth: dict[str, str], other: dict[str, str]
) -> None:
    msi = "/api/cards/msi-configuration"
    start = http.get(msi, headers=auth).json()
    assert start["is_active"] is False
    assert [c["installments"] for c in start["commissions"]] == [3, 6, 9, 12, 18]
    plan = {"installments": 12, "minimum_amount": 1500, "maximum_amount": 90000}
    updated = http.post(
        msi, json={"commissions": [plan], "amex_fixed_installments": True}, headers=auth
    ).json()
    twelve = next(c for c in updated["commissions"] if c["installments"] == 12)
    assert twelve == {**plan, "is_active": False, "fixed_installments": False}
    assert updated["commissions"][0] == start["commissions"][0]
    assert http.post("/api/cards/msi/activate", json={"is_active": True}, headers=auth).json()[
        "is_active"
    ]
    now = http.get(msi, headers=auth).json()
    assert now["is_active"] is True
    assert now["amex_fixed_installments"] is True
    assert now["commissions"] == updated["commissions"]
    assert http.get(msi, headers=other).json() == start


def test_activity_filters_search_and_pages(http: httpx.Client, auth: dict[str, str]) -> None:
    def ids(**params: Any) -> list[str]:
        page = http.get("/api/activity", params=params, headers=auth).json()
        return [e["id"][-2:] for e in page["docs"]]

    assert ids() == ["67", "66", "65", "64", "63", "62"]
    assert ids(status="failed, BLOCKED") == ["67", "66", "63"]
    assert ids(status="failed", risk_level="low,medium") == ["66", "63"]
    assert ids(q="4242") == ["66", "65"]
    assert ids(q="maria.garcia") == ["63", "62"]
    assert ids(limit=4, page=2) == ["63", "62"]
    assert ids(status="", risk_level="high") == ["67"]
    one = http.get("/api/activity/657207dbdff54facf6944464", headers=auth).json()
    assert one["status"] == "review"
    assert one["card"]["last4"] == "4444"


def test_notification_seen_keeps_its_first_time(
    http: httpx.Client, auth: dict[str, str], other: dict[str, str]
) -> None:
    path = "/api/notifications/65baccd378a84645bbf60a2a/seen"
    first = http.put(path, headers=auth).json()
    assert first["seen"] is True
    assert first["seen_at"] is not None
    assert http.put(path, headers=auth).json() == first
    already = http.put("/api/notifications/65baccd378a84645bbf60a2c/seen", headers=auth).json()
    assert already["seen_at"] == "2024-01-01T00:00:00.000Z"
    assert http.put(f"/api/notifications/{'0' * 24}/seen", headers=auth).status_code == 404
    assert http.put(path, headers=other).json()["seen"] is True  # their own copy
    assert http.put(path, headers=auth).json() == first


def test_payment_link_status_and_woocommerce_orders_keep_state(
    http: httpx.Client, auth: dict[str, str]
) -> None:
    link = {"id": "6584803a0369e3f50c08e234", "status": "accepted", "type": "business"}
    first = http.post("/api/webhooks/verification", json=link, headers=auth).json()
    assert http.post("/api/webhooks/verification", json=link, headers=auth).json() == first
    rejected = http.post(
        "/api/webhooks/verification", json={**link, "status": "rejected"}, headers=auth
    ).json()
    assert rejected["status"] == "rejected"
    assert rejected["id"] == link["id"]
    woo = {
        "id": 77,
        "currency": "MXN",
        "billing": {"email": "ana@example.com"},
        "line_items": [
            {"name": "A", "quantity": 2, "price": 10.25},
            {"name": "B", "quantity": 1, "price": 5},
        ],
    }
    order = http.post("/api/woocomerce/orders", json=woo, headers=auth).json()
    assert order["total"] == 25.5
    assert order["woocommerce_id"] == 77
    assert order["pay_link"].endswith(f"/pay/{order['id']}")
    retried = http.post("/api/woocomerce/orders", json={**woo, "currency": "USD"}, headers=auth)
    assert retried.json() == order
    other_order = http.post("/api/woocomerce/orders", json={**woo, "id": 78}, headers=auth).json()
    assert other_order["id"] != order["id"]
    as_floats = [
        {"name": "A", "quantity": 2.0, "price": 10.25},
        {"name": "B", "quantity": 1.0, "price": 5},
    ]
    floats = http.post(
        "/api/woocomerce/orders", json={**woo, "id": 79, "line_items": as_floats}, headers=auth
    )
    assert (floats.status_code, floats.json()["total"]) == (200, 25.5)  # 2.0 is an integer


def test_a_woocommerce_order_is_an_ecart_pay_order(
    http: httpx.Client, auth: dict[str, str], other: dict[str, str], sandbox: RunningSandbox
) -> None:
    woo = {
        "id": 91,
        "currency": "MXN",
        "billing": {"first_name": "Ana", "email": "ana@example.com", "phone": "5512345678"},
        "line_items": [{"name": "Mug", "quantity": 3, "price": 99.9}],
    }
    made = http.post("/api/woocomerce/orders", json=woo, headers=auth).json()
    order = http.get(f"/api/orders/{made['id']}", headers=auth).json()
    assert (order["id"], order["status"], order["currency"]) == (made["id"], "created", "MXN")
    assert (order["first_name"], order["email"], order["phone"]) == (
        "Ana",
        "ana@example.com",
        "5512345678",
    )
    assert [(i["name"], i["quantity"], i["total"]) for i in order["items"]] == [("Mug", 3, 299.7)]
    assert order["totals"]["total"] == made["total"] == 299.7
    assert order["pay_link"] == made["pay_link"]
    assert http.get(f"/api/orders/{made['id']}", headers=other).status_code == 404
    # The retried plugin call answers the order as it is now: paid, then refunded.
    sandbox.control.pay_order(made["id"])
    paid = http.post("/api/woocomerce/orders", json=woo, headers=auth).json()
    assert (paid["id"], paid["status"]) == (made["id"], "paid")
    refund = {"amount": made["total"]}
    refunded = http.post(f"/api/orders/{made['id']}/refund", json=refund, headers=auth)
    assert refunded.status_code == 200, refunded.text
    again = http.post("/api/woocomerce/orders", json=woo, headers=auth).json()
    assert (again["id"], again["status"]) == (made["id"], "refunded")
