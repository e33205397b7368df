"""Drives the money-path operations (issue 10, part A) through each documented status, for
the conformance test: customers' cards, tokens and payment methods, stored cards, card
tokens, order update/refund/processing/public view, and transactions."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import httpx

Record = Callable[[str, httpx.Response], httpx.Response]

UNKNOWN = "0" * 24
CARD = {"number": "4242 4242 4242 4242", "exp_month": "10", "exp_year": "2030", "cvc": "123"}
DECLINED_CARD = {**CARD, "number": "4000000000000002"}
CLABE = {
    "bank": "40002",
    "business_name": "John Doe",
    "country": "MX",
    "method": "clabe",
    "name": "Main",
    "number": "1234567891234567",
}
BAD_LANG = {"Cookie": "lang=fr"}


def _customers(http: httpx.Client, auth: dict[str, str], record: Record, new_customer: Any) -> str:
    one, two = new_customer(), new_customer()
    base = f"/api/customers/{one['id']}"
    record("updateCustomer", http.put(base, json={"first_name": "Eva"}, headers=auth))
    record("updateCustomer", http.put(base, json={"email": two["email"]}, headers=auth))
    record("updateCustomer", http.put(base, json={"phone": "x"}, headers=auth))
    record("updateCustomer", http.put(f"/api/customers/{UNKNOWN}", json={}, headers=auth))
    record("updateCustomer", http.put(base, json={}))
    cards = f"{base}/cards"
    card = record("createCustomerCard", http.post(cards, json=CARD, headers=auth)).json()
    second = record("createCustomerCard", http.post(cards, json=CARD, headers=auth)).json()
    record("createCustomerCard", http.post(cards, json={"number": "1"}, headers=auth))
    record(
        "createCustomerCard", http.post(f"/api/customers/{UNKNOWN}/cards", json=CARD, headers=auth)
    )
    record("createCustomerCard", http.post(cards, json=CARD))
    record("listCustomerCards", http.get(cards, headers=auth))
    record("listCustomerCards", http.get(cards, headers={**auth, **BAD_LANG}))
    record("listCustomerCards", http.get(f"/api/customers/{UNKNOWN}/cards", headers=auth))
    record("listCustomerCards", http.get(cards))
    default = f"{cards}/{second['id']}/default"
    record("setDefaultCustomerCard", http.put(default, headers=auth))
    record("setDefaultCustomerCard", http.put(f"{cards}/0/default", headers=auth))
    record("setDefaultCustomerCard", http.put(f"{cards}/{UNKNOWN}/default", headers=auth))
    record("setDefaultCustomerCard", http.put(default))
    for path in (f"{base}/token", f"{base}/payment-methods"):
        operation_id = (
            "createCustomerToken" if path.endswith("token") else "createCustomerPaymentMethod"
        )
        body = None if path.endswith("token") else CLABE
        record(operation_id, http.post(path, json=body, headers=auth))
        record(operation_id, http.post(path, json=body, headers={**auth, **BAD_LANG}))
        unknown = path.replace(one["id"], UNKNOWN)
        record(operation_id, http.post(unknown, json=body, headers=auth))
        record(operation_id, http.post(path, json=body))
    gone = f"{cards}/{card['id']}"
    record("deleteCustomerCard", http.delete(gone, headers=auth))
    record("deleteCustomerCard", http.delete(gone, headers=auth))
    record("deleteCustomerCard", http.delete(f"{cards}/0", headers=auth))
    record("deleteCustomerCard", http.delete(gone))
    record("deleteCustomer", http.delete(f"/api/customers/{two['id']}", headers=auth))
    record("deleteCustomer", http.delete(f"/api/customers/{two['id']}", headers=auth))
    record("deleteCustomer", http.delete("/api/customers/0", headers=auth))
    record("deleteCustomer", http.delete(base))
    return str(second["id"])


def _stored_cards(http: httpx.Client, auth: dict[str, str], record: Record) -> tuple[str, str]:
    card = record("createCard", http.post("/api/cards", json=CARD, headers=auth)).json()
    declined = record("createCard", http.post("/api/cards", json=DECLINED_CARD, headers=auth))
    record("createCard", http.post("/api/cards", json={}, headers=auth))
    record("createCard", http.post("/api/cards", json=CARD))
    record("listCards", http.get("/api/cards", headers=auth))
    record("listCards", http.get("/api/cards", headers={**auth, **BAD_LANG}))
    record("listCards", http.get("/api/cards"))
    spare = http.post("/api/cards", json=CARD, headers=auth).json()
    for operation_id, method in (("getCard", "GET"), ("deleteCard", "DELETE")):
        path = f"/api/cards/{spare['id'] if method == 'DELETE' else card['id']}"
        record(operation_id, http.request(method, path, headers=auth))
        record(operation_id, http.request(method, "/api/cards/0", headers=auth))
        record(operation_id, http.request(method, f"/api/cards/{UNKNOWN}", headers=auth))
        record(operation_id, http.request(method, path))
    return str(card["id"]), str(declined.json()["id"])


def _token(http: httpx.Client, auth: dict[str, str], record: Record, card_id: str) -> str:
    response = record(
        "createCardToken", http.post("/api/tokens", json={"id": card_id}, headers=auth)
    )
    return str(response.json()["token"])


def exchanges(
    http: httpx.Client,
    auth: dict[str, str],
    record: Record,
    new_customer: Callable[[], dict[str, Any]],
    order_body: Callable[..., dict[str, Any]],
) -> None:
    """Record at least one response per documented status of every part-A operation."""
    customer_card = _customers(http, auth, record, new_customer)
    stored, declined = _stored_cards(http, auth, record)
    record("createCardToken", http.post("/api/tokens", json={"id": 1}, headers=auth))
    record("createCardToken", http.post("/api/tokens", json={"id": UNKNOWN}, headers=auth))
    record("createCardToken", http.post("/api/tokens", json={"id": stored}))
    buyer = new_customer()["id"]
    paying = _token(http, auth, record, customer_card)
    paid = record(
        "createOrder", http.post("/api/orders", json=order_body(buyer, token=paying), headers=auth)
    ).json()
    again = order_body(buyer, token=paying)
    record("createOrder", http.post("/api/orders", json=again, headers=auth))
    refused = order_body(buyer, token=_token(http, auth, record, declined))
    record("createOrder", http.post("/api/orders", json=refused, headers=auth))
    lost = order_body(buyer, token="ca_0")
    record("createOrder", http.post("/api/orders", json=lost, headers=auth))
    refund = f"/api/orders/{paid['id']}/refund"
    record("createRefund", http.post(refund, json={"amount": 1, "name": "requested"}, headers=auth))
    record("createRefund", http.post(refund, json={"amount": 10**6}, headers=auth))
    record("createRefund", http.post(refund, json={"amount": 0}, headers=auth))
    unknown_refund = f"/api/orders/{UNKNOWN}/refund"
    record("createRefund", http.post(unknown_refund, json={"amount": 1}, headers=auth))
    record("createRefund", http.post(refund, json={"amount": 1}))
    open_order = http.post("/api/orders", json=order_body(buyer), headers=auth).json()
    update = f"/api/orders/{open_order['id']}"
    record("updateOrder", http.put(update, json={"city": "Monterrey"}, headers=auth))
    record("updateOrder", http.put(update, json={"state": "NL"}, headers=auth))
    record("updateOrder", http.put(f"/api/orders/{UNKNOWN}", json={}, headers=auth))
    record("updateOrder", http.put(update, json={}))
    process = f"/api/orders/{open_order['id']}/process"
    record("processOrder", http.post(process))
    record("processOrder", http.post(process, json={"method_id": "x"}))
    record("processOrder", http.post(process, json={"method_id": UNKNOWN}))
    record("processOrder", http.post(f"/api/orders/{paid['id']}/process"))
    public = f"/api/orders/public/{open_order['id']}"
    record("getPublicOrder", http.get(public))
    record("getPublicOrder", http.get("/api/orders/public/0"))
    record("getPublicOrder", http.get(f"/api/orders/public/{UNKNOWN}"))
    listed = record(
        "listTransactions", http.get("/api/transactions", params={"limit": 1}, headers=auth)
    )
    record("listTransactions", http.get("/api/transactions", params={"page": 11}, headers=auth))
    record("listTransactions", http.get("/api/transactions"))
    transaction = listed.json()["docs"][0]
    for key in ("id", "transaction_id"):
        path = f"/api/transactions/{transaction[key]}"
        record("getTransaction", http.get(path, headers=auth))
    record("getTransaction", http.get("/api/transactions/0", headers=auth))
    record("getTransaction", http.get(f"/api/transactions/{UNKNOWN}", headers=auth))
    record("getTransaction", http.get(f"/api/transactions/{transaction['id']}"))
    summary = "/api/transactions/summary"
    record("getTransactionSummary", http.get(summary, headers=auth))
    record("getTransactionSummary", http.get(summary, params={"currency": "mxn"}, headers=auth))
    record("getTransactionSummary", http.get(summary))
