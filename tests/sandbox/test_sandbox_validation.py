"""The sandbox's idea of a valid request is the spec's: invalid ones get 400, valid ones pass."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import httpx
import pytest

from ecartpay_auth import TOKEN_PATH
from ecartpay_sandbox import RunningSandbox

Body = Callable[..., dict[str, Any]]


@pytest.mark.parametrize(
    "params",
    [
        {"page": "abc"},
        {"page": "1.5"},
        {"page": ""},
        {"page": "0"},
        {"page": "-1"},
        {"page": "1000001"},
        {"limit": "0"},
        {"limit": "101"},
        {"limit": "true"},
        [("page", "1"), ("page", "2")],
    ],
    ids=str,
)
def test_invalid_paging_is_refused(http: httpx.Client, token: str, params: Any) -> None:
    response = http.get("/api/customers", params=params, headers={"Authorization": token})
    assert response.status_code == 400
    body = response.json()
    assert body["statusCode"] == 400
    assert body["message"].startswith("Invalid request: query parameter ")


@pytest.mark.parametrize(
    "params",
    [{"page": "1000000"}, {"limit": "100"}, {"limit": "1"}, {"unknown": "x"}, {"email": ""}],
    ids=str,
)
def test_valid_query_is_accepted(http: httpx.Client, token: str, params: Any) -> None:
    response = http.get("/api/customers", params=params, headers={"Authorization": token})
    assert response.status_code == 200


@pytest.mark.parametrize(
    ("content", "content_type", "detail"),
    [
        (b"", "application/json", "a JSON request body is required"),
        (b"{", "application/json", "not valid JSON"),
        (b'{"first_name": NaN}', "application/json", "not valid JSON"),
        (b"\xff\xfe", "application/json", "not valid JSON"),
        (b"[]", "application/json", "is not of type 'object'"),
        (b"null", "application/json", "is not of type 'object'"),
        (b'"text"', "application/json", "is not of type 'object'"),
        (b"first_name=Ana", "application/x-www-form-urlencoded", "Content-Type must be"),
        (b'{"first_name": "Ana"}', "text/plain", "Content-Type must be"),
        (b'{"first_name": "Ana"}', None, "Content-Type must be"),
    ],
)
def test_bodies_that_are_not_json_objects_are_refused(
    http: httpx.Client, token: str, content: bytes, content_type: str | None, detail: str
) -> None:
    headers = {"Authorization": token}
    if content_type is not None:
        headers["Content-Type"] = content_type
    request = http.build_request("POST", "/api/customers", content=content, headers=headers)
    if content_type is None:
        request.headers.pop("Content-Type", None)
    response = http.send(request)
    assert response.status_code == 400
    assert detail in response.json()["message"]


@pytest.mark.parametrize(
    ("overrides", "where"),
    [
        ({"email": "not-an-email"}, "body.email"),
        ({"email": 42}, "body.email"),
        ({"first_name": ""}, "body.first_name"),
        ({"last_name": "x" * 101}, "body.last_name"),
        ({"phone": "12"}, "body.phone"),
        ({"user_id": None}, "body.user_id"),
    ],
)
def test_schema_violations_say_where(
    http: httpx.Client, token: str, customer_body: Body, overrides: dict[str, Any], where: str
) -> None:
    response = http.post(
        "/api/customers", json=customer_body(**overrides), headers={"Authorization": token}
    )
    assert response.status_code == 400
    assert response.json()["message"].startswith(f"Invalid request: {where}: ")


def test_unknown_body_properties_are_allowed(
    http: httpx.Client, token: str, customer_body: Body
) -> None:
    response = http.post(
        "/api/customers", json=customer_body(nickname="Anita"), headers={"Authorization": token}
    )
    assert response.status_code == 200
    assert "nickname" not in response.json()


def test_content_type_parameters_are_accepted(
    http: httpx.Client, token: str, customer_body: Body
) -> None:
    import json

    response = http.post(
        "/api/customers",
        content=json.dumps(customer_body()).encode(),
        headers={"Authorization": token, "Content-Type": "application/json; charset=utf-8"},
    )
    assert response.status_code == 200


@pytest.mark.parametrize(
    ("item", "ok"),
    [
        ({"name": "x", "quantity": 2.0, "price": 1}, True),
        ({"name": "x", "quantity": True, "price": 1}, False),
        ({"name": "x", "quantity": 1.5, "price": 1}, True),  # the reference: a number
        ({"name": "x", "quantity": 0, "price": 1}, False),
        ({"name": "x", "quantity": 1, "price": -0.01}, False),
        ({"name": "x", "quantity": 1, "price": 1e400}, False),
        ({"name": "", "quantity": 1, "price": 1}, False),
        ({"quantity": 1, "price": 1}, False),
    ],
    ids=str,
)
def test_order_items_follow_the_schema(
    http: httpx.Client,
    token: str,
    create_customer: Body,
    order_body: Body,
    item: dict[str, Any],
    ok: bool,
) -> None:
    import json

    body = order_body(create_customer()["id"], items=[item])
    # json.dumps writes 1e400 as Infinity, which is not JSON: spell it as a literal.
    content = json.dumps(body).replace("Infinity", "1e400").encode()
    response = http.post(
        "/api/orders",
        content=content,
        headers={"Authorization": token, "Content-Type": "application/json"},
    )
    assert response.status_code == (200 if ok else 400), response.text
    if ok:
        answered = response.json()["items"][0]
        assert answered["quantity"] == item["quantity"]
        assert answered["total"] == item["quantity"] * item["price"]


@pytest.mark.parametrize(
    "overrides",
    [
        {"customer_id": "not-an-id"},
        {"currency": "mxn"},
        {"items": []},
        {"items": [{"name": "x", "quantity": 1, "price": 1}] * 51},
        {"notify_url": "ftp://x"},
        {"redirect_url": "https://has space"},
    ],
    ids=str,
)
def test_invalid_orders_are_refused(
    http: httpx.Client, token: str, order_body: Body, overrides: dict[str, Any]
) -> None:
    response = http.post(
        "/api/orders", json={**order_body("a" * 24), **overrides}, headers={"Authorization": token}
    )
    assert response.status_code == 400
    assert response.json()["message"].startswith("Invalid request: body")


def test_credentials_are_checked_before_the_body(http: httpx.Client) -> None:
    response = http.post("/api/customers", content=b"{", headers={"Content-Type": "text/plain"})
    assert response.status_code == 401


@pytest.mark.parametrize(
    ("method", "path", "status"),
    [
        ("GET", "/api/customers", 400),
        ("POST", "/api/customers", 400),
        ("GET", "/api/orders/65a1b2c3d4e5f60718293b5c", 400),
    ],
)
def test_an_invalid_lang_cookie_is_refused_with_a_documented_status(
    http: httpx.Client, token: str, customer_body: Body, method: str, path: str, status: int
) -> None:
    http.cookies.set("lang", "fr")
    response = http.request(
        method,
        path,
        json=customer_body() if method == "POST" else None,
        headers={"Authorization": token},
    )
    assert response.status_code == status
    assert "cookie parameter 'lang'" in response.json()["message"]


def test_an_invalid_lang_cookie_on_the_token_endpoint_is_400(
    http: httpx.Client, sandbox: RunningSandbox
) -> None:
    http.cookies.set("lang", "fr")
    response = http.post(TOKEN_PATH, auth=(sandbox.public_key, sandbox.private_key))
    assert response.status_code == 400
    assert "cookie parameter 'lang'" in response.json()["message"]


PLAN = {"service": "Gold", "frequency": 1, "interval": "monthly"}


@pytest.mark.parametrize("amount", [5017.49, 79.07, 0.35, 100])
def test_multiple_of_is_exact_for_decimal_fractions(
    http: httpx.Client, token: str, amount: float
) -> None:
    """`multipleOf: 0.01` (`CentAmount`) holds for two-decimal amounts a float division
    calls inexact (5017.49 / 0.01 is 501748.99999999994): the fuzzer generates them."""
    plan = {**PLAN, "amount": amount, "currency": "MXN"}
    response = http.post("/api/subscriptions-template", json=plan, headers={"Authorization": token})
    assert response.status_code == 200, response.text


@pytest.mark.parametrize("amount", [5017.495, 0.001, 1e-300])
def test_more_than_two_decimals_break_multiple_of(
    http: httpx.Client, token: str, amount: float
) -> None:
    plan = {**PLAN, "amount": amount, "currency": "USD"}
    response = http.post("/api/subscriptions-template", json=plan, headers={"Authorization": token})
    assert response.status_code == 400
    assert response.json()["message"].startswith("Invalid request: body")
