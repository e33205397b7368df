"""The sandbox's money rules (issue 10, part A): card payments, review and decline, the
customer-pays action, refunds within what is left, decimal totals, transactions and both
pagination modes, and bad input that changes nothing."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import httpx

from ecartpay_sandbox import RunningSandbox

from ._money_exchanges import CARD

Json = dict[str, Any]


def _transactions(api: Callable[..., httpx.Response], **params: Any) -> Json:
    response = api("GET", "/api/transactions", params=params)
    assert response.status_code == 200, response.text
    data: Json = response.json()
    return data


def test_a_card_payment_is_paid_with_a_decimal_total_and_one_transaction(
    api: Callable[..., httpx.Response], pay_with: Callable[..., httpx.Response]
) -> None:
    order = pay_with("4242424242424242").json()
    assert order["status"] == "paid"
    assert order["totals"]["total"] == 0.3  # 3 x 0.1 in decimals, not 0.30000000000000004
    (payment,) = _transactions(api)["docs"]
    assert payment["type"] == "payment"
    assert payment["status"] == "paid"
    assert payment["amount"] == 0.3
    assert payment["order_id"] == order["id"]
    assert payment["installments"] == 3
    assert payment["transaction_id"] == "TR0000000001"


def test_a_declined_card_creates_nothing_and_a_review_card_holds_the_order(
    api: Callable[..., httpx.Response],
    pay_with: Callable[..., httpx.Response],
    sandbox: RunningSandbox,
) -> None:
    declined = pay_with("4000 0000 0000 0002")
    assert declined.status_code == 402
    assert declined.json() == {"message": "The card was declined", "statusCode": 402}
    assert sandbox.control.data(sandbox.account_id)["orders"] == []
    held = pay_with("4000000000009235").json()
    assert held["status"] == "in_review"
    assert held["risk_score"] == 85
    assert _transactions(api)["count"] == 0
    assert sandbox.control.pay_order(held["id"])["status"] == "paid"
    assert _transactions(api)["count"] == 1


def test_a_token_is_single_use(
    api: Callable[..., httpx.Response], create_customer: Callable[..., Json]
) -> None:
    customer = create_customer()
    card = api("POST", "/api/cards", json=CARD).json()
    token = api("POST", "/api/tokens", json={"id": card["id"]}).json()["token"]
    assert token.startswith("ca_")
    body = {
        "customer_id": customer["id"],
        "currency": "MXN",
        "items": [{"name": "A", "quantity": 1, "price": 5}],
    }
    assert api("POST", "/api/orders", json={**body, "token": token}).status_code == 200
    again = api("POST", "/api/orders", json={**body, "token": token})
    assert again.status_code == 409
    assert "already used" in again.json()["message"]


def test_refunds_partial_then_full_and_never_more_than_what_is_left(
    api: Callable[..., httpx.Response],
    pay_with: Callable[..., httpx.Response],
    sandbox: RunningSandbox,
) -> None:
    order = pay_with("4242424242424242", [{"name": "Shoes", "quantity": 1, "price": 243.33}]).json()
    path = f"/api/orders/{order['id']}/refund"
    partial = api("POST", path, json={"amount": 100.1, "name": "requested"}).json()
    assert partial["order_status"] == "partially_refunded"
    assert partial["remaining"] == 143.23
    too_much = api("POST", path, json={"amount": 143.24, "reason": "duplicate"})
    assert too_much.status_code == 409
    assert too_much.json()["message"] == (
        "The amount (143.24) exceeds what is left to refund (143.23 MXN)"
    )
    full = api("POST", path, json={"amount": 143.23, "reason": "duplicate"}).json()
    assert (full["order_status"], full["remaining"], full["reason"]) == ("refunded", 0, "duplicate")
    assert api("GET", f"/api/orders/{order['id']}").json()["status"] == "refunded"
    assert api("POST", path, json={"amount": 1}).status_code == 409
    refunds = sandbox.control.data(sandbox.account_id)["refunds"]
    assert [r["amount"] for r in refunds] == [100.1, 143.23]
    summary = api("GET", "/api/transactions/summary").json()
    assert (summary["pay_ins"], summary["refunds"], summary["balance"]) == (243.33, 243.33, 0)
    assert summary["transactions"] == 3


def test_an_unpaid_order_cannot_be_refunded_until_the_customer_pays(
    api: Callable[..., httpx.Response],
    create_customer: Callable[..., Json],
    order_body: Callable[..., Json],
    sandbox: RunningSandbox,
) -> None:
    order = api("POST", "/api/orders", json=order_body(create_customer()["id"])).json()
    refund = f"/api/orders/{order['id']}/refund"
    assert api("POST", refund, json={"amount": 1}).status_code == 409
    transfer = httpx.post(f"{sandbox.base_url}/api/orders/{order['id']}/process").json()
    assert len(transfer["clabe"]) == 18
    public = httpx.get(f"{sandbox.base_url}/api/orders/public/{order['id']}").json()
    assert public["clabe"] == transfer["clabe"]
    assert "email" not in public
    assert sandbox.control.pay_order(order["id"])["status"] == "paid"
    assert api("POST", refund, json={"amount": 1}).json()["order_status"] == "partially_refunded"
    (payment,) = _transactions(api, type="payment")["docs"]
    assert payment["method"] == "bank_transfer"


def test_transactions_page_by_number_then_by_cursor_both_ways(
    api: Callable[..., httpx.Response], pay_with: Callable[..., httpx.Response]
) -> None:
    for _ in range(5):
        pay_with("4242424242424242")
    newest_first = [t["transaction_id"] for t in _transactions(api, limit=100)["docs"]]
    assert newest_first == [f"TR{n:010d}" for n in range(5, 0, -1)]
    first = _transactions(api, limit=2)
    assert [t["transaction_id"] for t in first["docs"]] == newest_first[:2]
    second = _transactions(api, limit=2, next=first["next_token"])
    assert [t["transaction_id"] for t in second["docs"]] == newest_first[2:4]
    assert _transactions(api, limit=2, page=2)["docs"] == second["docs"]
    last = _transactions(api, limit=2, next=second["next_token"])
    assert [t["transaction_id"] for t in last["docs"]] == newest_first[4:]
    assert last["next_token"] is None
    back = _transactions(api, limit=2, prev=second["token_page"])
    assert back["docs"] == first["docs"]
    assert (second["count"], second["pages"]) == (5, 3)


def test_bad_input_changes_nothing(
    api: Callable[..., httpx.Response],
    create_customer: Callable[..., Json],
    sandbox: RunningSandbox,
) -> None:
    customer = create_customer()
    before = sandbox.control.data(sandbox.account_id)
    unknown = "0" * 24
    assert api("POST", f"/api/customers/{unknown}/cards", json=CARD).status_code == 404
    assert api("POST", "/api/tokens", json={"id": unknown}).status_code == 404
    assert api("POST", f"/api/orders/{unknown}/refund", json={"amount": 1}).status_code == 404
    lost_token = {"customer_id": customer["id"], "currency": "MXN", "token": "ca_00000000000000000"}
    lost = api(
        "POST",
        "/api/orders",
        json={**lost_token, "items": [{"name": "A", "quantity": 1, "price": 1}]},
    )
    assert lost.status_code == 404
    assert lost.json() == {"message": "Card token not found", "statusCode": 404}
    assert api("PUT", f"/api/customers/{unknown}", json={"first_name": "X"}).status_code == 404
    assert sandbox.control.data(sandbox.account_id).customers == before.customers
    for name in ("orders", "customer_cards", "card_tokens", "refunds", "transactions"):
        assert sandbox.control.data(sandbox.account_id)[name] == [], name


def test_deleting_a_customer_frees_its_email_and_drops_its_cards(
    api: Callable[..., httpx.Response],
    create_customer: Callable[..., Json],
    sandbox: RunningSandbox,
) -> None:
    customer = create_customer(email="gone@example.com")
    card = api("POST", f"/api/customers/{customer['id']}/cards", json=CARD).json()
    token = api("POST", "/api/tokens", json={"id": card["id"]}).json()["token"]
    assert api("DELETE", f"/api/customers/{customer['id']}").json() == {"success": True}
    assert sandbox.control.data(sandbox.account_id)["customer_cards"] == []
    body = {"currency": "MXN", "items": [{"name": "A", "quantity": 1, "price": 1}], "token": token}
    other = create_customer(email="gone@example.com")
    assert api("POST", "/api/orders", json={**body, "customer_id": other["id"]}).status_code == 404
