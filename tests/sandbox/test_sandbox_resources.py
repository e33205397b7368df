"""Customers and orders: creation, duplicates, paging, totals, isolation between accounts."""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

import httpx
import jwt
import pytest

from ecartpay_sandbox import RunningSandbox

Body = Callable[..., dict[str, Any]]
ISO_Z = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$")
HEX24 = re.compile(r"^[0-9a-f]{24}$")


def test_create_customer_answers_the_stored_customer(
    http: httpx.Client, sandbox: RunningSandbox, token: str, customer_body: Body
) -> None:
    body = customer_body()
    response = http.post("/api/customers", json=body, headers={"Authorization": token})
    assert response.status_code == 200
    customer = response.json()
    assert HEX24.match(customer["id"])
    assert customer["account_id"] == sandbox.account_id
    for name in ("first_name", "last_name", "email", "phone", "user_id"):
        assert customer[name] == body[name]
    assert ISO_Z.match(customer["created_at"])
    assert customer["updated_at"] == customer["created_at"]
    assert sandbox.control.data(sandbox.account_id).customers == [customer]


def test_optional_customer_fields_are_absent_not_null(
    http: httpx.Client, token: str, customer_body: Body
) -> None:
    body = {k: v for k, v in customer_body().items() if k not in ("phone", "user_id")}
    customer = http.post("/api/customers", json=body, headers={"Authorization": token}).json()
    assert set(customer) == {
        "id",
        "account_id",
        "first_name",
        "last_name",
        "email",
        "created_at",
        "updated_at",
    }


def test_a_customer_created_by_phone_has_no_email(
    http: httpx.Client, token: str, customer_body: Body
) -> None:
    body = {k: v for k, v in customer_body().items() if k != "email"}
    response = http.post("/api/customers", json=body, headers={"Authorization": token})
    assert response.status_code == 200, response.text
    assert "email" not in response.json()
    assert response.json()["phone"] == body["phone"]


@pytest.mark.parametrize("field", ["email", "phone", "user_id"])
def test_duplicate_email_phone_or_user_id_is_refused(
    http: httpx.Client,
    token: str,
    create_customer: Body,
    customer_body: Body,
    field: str,
) -> None:
    first = create_customer()
    again = customer_body(**{field: first[field]})
    response = http.post("/api/customers", json=again, headers={"Authorization": token})
    assert response.status_code == 409
    assert response.json() == {
        "message": f"email, phone or user_id already exists ({field})",
        "statusCode": 409,
    }


def test_missing_required_field_names_it(
    http: httpx.Client, token: str, customer_body: Body
) -> None:
    body = customer_body()
    del body["first_name"]
    response = http.post("/api/customers", json=body, headers={"Authorization": token})
    assert response.status_code == 400
    assert "'first_name' is a required property" in response.json()["message"]


def test_a_customer_without_email_and_phone_is_refused(
    http: httpx.Client, token: str, customer_body: Body
) -> None:
    body = {k: v for k, v in customer_body().items() if k not in ("email", "phone")}
    response = http.post("/api/customers", json=body, headers={"Authorization": token})
    assert response.status_code == 400
    assert response.json()["message"].startswith("Invalid request: body:")


def test_list_customers_pages_oldest_first(
    http: httpx.Client, token: str, create_customer: Body
) -> None:
    created = [create_customer()["id"] for _ in range(5)]
    pages = []
    for page in (1, 2, 3, 4):
        response = http.get(
            "/api/customers", params={"page": page, "limit": 2}, headers={"Authorization": token}
        )
        assert response.status_code == 200
        body = response.json()
        assert body["count"] == 5
        assert body["pages"] == 3
        pages.append([c["id"] for c in body["docs"]])
    assert pages == [created[0:2], created[2:4], created[4:5], []]


def test_list_customers_defaults_to_20_per_page(
    http: httpx.Client, token: str, create_customer: Body
) -> None:
    for _ in range(21):
        create_customer()
    body = http.get("/api/customers", headers={"Authorization": token}).json()
    assert len(body["docs"]) == 20
    assert body["count"] == 21
    assert body["pages"] == 2


@pytest.mark.parametrize("field", ["email", "phone", "user_id"])
def test_list_customers_filters_exactly(
    http: httpx.Client, token: str, create_customer: Body, field: str
) -> None:
    create_customer()
    wanted = create_customer()
    response = http.get(
        "/api/customers", params={field: wanted[field]}, headers={"Authorization": token}
    )
    assert response.json() == {"docs": [wanted], "count": 1, "pages": 1}
    none = http.get(
        "/api/customers", params={field: wanted[field] + "x"}, headers={"Authorization": token}
    )
    assert none.json() == {"docs": [], "count": 0, "pages": 0}


def test_create_order_computes_totals_and_links(
    http: httpx.Client,
    sandbox: RunningSandbox,
    token: str,
    create_customer: Body,
    order_body: Body,
) -> None:
    customer = create_customer()
    body = order_body(customer["id"], notify_url="https://merchant.example.com/n")
    response = http.post("/api/orders", json=body, headers={"Authorization": token})
    assert response.status_code == 200
    order = response.json()
    assert HEX24.match(order["id"])
    assert order["account_id"] == sandbox.account_id
    assert order["customer_id"] == customer["id"]
    assert (order["type"], order["status"], order["number"]) == ("order", "created", "OR00000001")
    assert (order["currency"], order["country"]) == ("MXN", "MX")
    assert order["authorization_id"] == jwt.decode(token, options={"verify_signature": False})["id"]
    assert [i["total"] for i in order["items"]] == [301.0, 0.3]
    assert all(i["discount"] == 0 and i["tax"] == 0 for i in order["items"])
    assert all(i["is_service"] is False and i["taxes"] == [] for i in order["items"])
    assert (order["shipping_items"], order["discounts"], order["risk_notes"]) == ([], [], [])
    assert (order["risk_score"], order["fee"], order["confirmed"]) == (0, 0, False)
    assert order["totals"] == {
        "subtotal": 301.3,
        "discount": 0,
        "tax": 0,
        "shipping": 0,
        "total": 301.3,
    }
    assert order["pay_link"] == f"{sandbox.base_url}/pay/{order['id']}"
    assert order["notify_url"] == "https://merchant.example.com/n"
    assert "redirect_url" not in order
    for name in ("email", "first_name", "last_name", "phone"):
        assert order[name] == customer[name]
    assert ISO_Z.match(order["created_at"])
    assert ISO_Z.match(order["updated_at"])


def test_order_fields_override_the_customers(
    http: httpx.Client, token: str, create_customer: Body, order_body: Body
) -> None:
    customer = create_customer()
    body = order_body(customer["id"], email="other@example.com", currency="EUR")
    order = http.post("/api/orders", json=body, headers={"Authorization": token}).json()
    assert order["email"] == "other@example.com"
    assert "country" not in order  # EUR maps to no single country


def test_an_order_needs_no_customer_and_adds_shipping(
    http: httpx.Client, token: str, order_body: Body
) -> None:
    body = order_body("a" * 24, email="buyer@example.com", first_name="Moises")
    del body["customer_id"]
    body["shipping_items"] = [{"name": "Express Shipping", "amount": 160, "carrier": "OWN"}]
    response = http.post("/api/orders", json=body, headers={"Authorization": token})
    assert response.status_code == 200, response.text
    order = response.json()
    assert "customer_id" not in order
    assert "phone" not in order
    assert (order["email"], order["first_name"]) == ("buyer@example.com", "Moises")
    assert order["shipping_items"] == body["shipping_items"]
    assert (order["totals"]["shipping"], order["totals"]["total"]) == (160, 461.3)


def test_an_order_without_a_way_to_reach_the_buyer_is_refused(
    http: httpx.Client, token: str, order_body: Body
) -> None:
    body = order_body("a" * 24)
    del body["customer_id"]
    response = http.post("/api/orders", json=body, headers={"Authorization": token})
    assert response.status_code == 400


def test_order_numbers_are_sequential_per_account(
    http: httpx.Client,
    other_token: str,
    create_customer: Body,
    create_order: Body,
    customer_body: Body,
    order_body: Body,
) -> None:
    mine = create_customer()["id"]
    as_b = {"Authorization": other_token}
    theirs = http.post("/api/customers", json=customer_body(), headers=as_b).json()["id"]
    numbers = [create_order(mine)["number"] for _ in range(3)]
    other = http.post("/api/orders", json=order_body(theirs), headers=as_b)
    assert numbers == ["OR00000001", "OR00000002", "OR00000003"]
    assert other.json()["number"] == "OR00000001"


def test_unknown_customer_id_is_refused(http: httpx.Client, token: str, order_body: Body) -> None:
    response = http.post("/api/orders", json=order_body("0" * 24), headers={"Authorization": token})
    assert response.status_code == 404
    assert response.json() == {"message": f"Customer {'0' * 24} not found", "statusCode": 404}


def test_get_order_reads_it_back(
    http: httpx.Client, token: str, create_customer: Body, create_order: Body
) -> None:
    created = create_order(create_customer()["id"])
    response = http.get(f"/api/orders/{created['id']}", headers={"Authorization": token})
    assert response.status_code == 200
    assert response.json() == created


def test_unknown_order_is_404(http: httpx.Client, token: str) -> None:
    response = http.get("/api/orders/65a1b2c3d4e5f60718293b5c", headers={"Authorization": token})
    assert response.status_code == 404
    assert response.json() == {"message": "Order not found", "statusCode": 404}


def test_accounts_are_isolated(
    http: httpx.Client,
    sandbox: RunningSandbox,
    other_token: str,
    create_customer: Body,
    create_order: Body,
    customer_body: Body,
    order_body: Body,
) -> None:
    customer = create_customer()
    order = create_order(customer["id"])
    as_b = {"Authorization": other_token}
    assert http.get(f"/api/orders/{order['id']}", headers=as_b).status_code == 404
    assert http.get("/api/customers", headers=as_b).json()["count"] == 0
    by_email = http.get("/api/customers", params={"email": customer["email"]}, headers=as_b)
    assert by_email.json()["docs"] == []
    foreign_order = http.post("/api/orders", json=order_body(customer["id"]), headers=as_b)
    assert foreign_order.status_code == 404
    same_email = http.post(
        "/api/customers", json=customer_body(email=customer["email"]), headers=as_b
    )
    assert same_email.status_code == 200  # uniqueness is per account
    a_data = sandbox.control.data(sandbox.account_id)
    b_data = sandbox.control.data(sandbox.accounts[1].account_id)
    assert [c["id"] for c in a_data.customers] == [customer["id"]]
    assert [o["id"] for o in a_data.orders] == [order["id"]]
    assert [c["id"] for c in b_data.customers] == [same_email.json()["id"]]
    assert b_data.orders == []


def test_reset_forgets_the_data(
    http: httpx.Client, sandbox: RunningSandbox, token: str, create_customer: Body
) -> None:
    create_customer()
    sandbox.control.reset()
    assert http.get("/api/customers", headers={"Authorization": token}).json()["count"] == 0
    assert sandbox.control.state() == {}
