"""As strict as a real gateway (issue 21, item 2): each case a careless or hostile client
tried gets a clear 4xx in the vendor's ``{message, statusCode}`` shape, and the sandbox's
state (every account's data) is exactly what it was before."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any

import httpx
import pytest

from contract_tests.webhook_receiver import WebhookReceiver
from ecartpay_auth import webhooks
from ecartpay_sandbox import RunningSandbox

from ._money_exchanges import CARD

Json = dict[str, Any]
Api = Callable[..., httpx.Response]
UNKNOWN_ID = "0" * 24


@pytest.fixture
def refused(sandbox: RunningSandbox) -> Callable[..., str]:
    """``refused(status, send)``: ``send()`` answers ``status`` with the vendor's error body
    and changes nothing; answers the message."""

    def state() -> dict[str, Json]:
        """Every record of every account (an account is opened on first use, empty)."""
        found = {
            account_id: {name: records for name, records in data.collections.items() if records}
            for account_id, data in sandbox.control.state().items()
        }
        return {account_id: records for account_id, records in found.items() if records}

    def check(status: int, send: Callable[[], httpx.Response]) -> str:
        before = state()
        response = send()
        assert response.status_code == status, response.text
        body = response.json()
        assert set(body) == {"message", "statusCode"}
        assert body["statusCode"] == status
        assert isinstance(body["message"], str)
        assert body["message"]
        assert state() == before
        return str(body["message"])

    return check


def _ok(response: httpx.Response) -> Json:
    assert response.status_code == 200, response.text
    data: Json = response.json()
    return data


def _order(api: Api, **overrides: Any) -> httpx.Response:
    body: Json = {
        "email": "ana@example.com",
        "currency": "MXN",
        "items": [{"name": "T-shirt", "quantity": 1, "price": 100}],
        **overrides,
    }
    return api("POST", "/api/orders", json=body)


def _funded_paid_order(api: Api, sandbox: RunningSandbox, total: float = 100) -> Json:
    order = _ok(_order(api, items=[{"name": "T-shirt", "quantity": 1, "price": total}]))
    return sandbox.control.pay_order(order["id"])


# --- mass assignment -----------------------------------------------------------------------


@pytest.mark.parametrize(
    "field", [{"id": UNKNOWN_ID}, {"account_id": UNKNOWN_ID}, {"created_at": "2020"}, {"vip": 1}]
)
def test_a_customer_update_refuses_read_only_and_unknown_fields(
    api: Api, create_customer: Callable[..., Json], refused: Callable[..., str], field: Json
) -> None:
    customer = create_customer()
    path = f"/api/customers/{customer['id']}"
    refused(400, lambda: api("PUT", path, json={"first_name": "Eve", **field}))
    assert _ok(api("PUT", path, json={"first_name": "Eve"}))["first_name"] == "Eve"


@pytest.mark.parametrize("field", [{"id": UNKNOWN_ID}, {"total": 0}, {"checkout_id": "x"}])
def test_a_checkout_item_update_refuses_id_and_total(
    api: Api, refused: Callable[..., str], field: Json
) -> None:
    item = {"name": "Recharge", "quantity": 2, "price": 100}
    body = {"currency": "MXN", "amounts": [100], "concept": "Top up", "items": [item]}
    checkout = _ok(api("POST", "/api/checkouts", json=body))
    path = f"/api/checkouts/{checkout['id']}/items/{checkout['items'][0]['id']}"
    refused(400, lambda: api("PUT", path, json={"quantity": 3, **field}))
    updated = _ok(api("PUT", path, json={"quantity": 3}))
    assert updated["items"][0]["id"] == checkout["items"][0]["id"]
    assert updated["items"][0]["quantity"] == 3


# --- money ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "discounts",
    [
        b'[{"amount": -50}]',  # would make the total 150
        b'[{"amount": 1e400}]',  # infinity
        b'[{"amount": 60}, {"amount": 41}]',  # together above the subtotal of 100
        b'[{"amount": 0.005}]',  # finer than the cent
    ],
)
def test_discounts_are_finite_and_between_zero_and_the_subtotal(
    api: Api, refused: Callable[..., str], discounts: bytes
) -> None:
    body = (
        b'{"email": "ana@example.com", "currency": "MXN", "discounts": '
        + discounts
        + b', "items": [{"name": "T-shirt", "quantity": 1, "price": 100}]}'
    )
    headers = {"Content-Type": "application/json"}
    refused(400, lambda: api("POST", "/api/orders", content=body, headers=headers))
    totals = _ok(_order(api, discounts=[{"amount": 60}, {"amount": 39.5}]))["totals"]
    assert (totals["discount"], totals["total"]) == (99.5, 0.5)


def test_a_line_is_multiplied_first_and_rounded_once_to_the_currency(api: Api) -> None:
    mxn = _ok(_order(api, items=[{"name": "Screw", "quantity": 10_000, "price": 0.004}]))
    assert (mxn["items"][0]["total"], mxn["totals"]["total"]) == (40, 40)
    cents = _ok(_order(api, items=[{"name": "Bolt", "quantity": 3, "price": 0.335}]))
    assert cents["totals"]["total"] == 1.01  # 1.005 rounded half-up once, not 3 x 0.34
    jpy = _ok(_order(api, currency="JPY", items=[{"name": "Tea", "quantity": 3, "price": 100.5}]))
    assert jpy["totals"]["total"] == 302  # 301.5 -> 302: JPY has no minor unit


def test_an_order_needs_a_total_above_zero(api: Api, refused: Callable[..., str]) -> None:
    free = [{"name": "Sticker", "quantity": 1, "price": 0}]
    assert "above 0" in refused(400, lambda: _order(api, items=free))


def test_amounts_finer_than_their_currency_get_400(
    api: Api, sandbox: RunningSandbox, refused: Callable[..., str]
) -> None:
    for currency in ("MXN", "JPY"):
        sandbox.control.deposit(sandbox.account_id, currency, 1000)
    payout = {"email": "provider@example.com"}
    refused(
        400,
        lambda: api("POST", "/api/payouts", json={**payout, "amount": 0.014, "currency": "MXN"}),
    )
    refused(
        400,
        lambda: api("POST", "/api/payouts", json={**payout, "amount": 100.57, "currency": "JPY"}),
    )
    order = _funded_paid_order(api, sandbox)
    refund = f"/api/orders/{order['id']}/refund"
    refused(400, lambda: api("POST", refund, json={"amount": 10.005}))
    assert _ok(api("POST", "/api/payouts", json={**payout, "amount": 100, "currency": "JPY"}))


def test_a_refund_that_would_take_the_balance_below_zero_gets_409(
    api: Api, sandbox: RunningSandbox, refused: Callable[..., str]
) -> None:
    order = _funded_paid_order(api, sandbox, total=100)
    payout = {"email": "provider@example.com", "amount": 95, "currency": "MXN"}
    _ok(api("POST", "/api/payouts", json=payout))  # 5 MXN left in the balance
    refund = f"/api/orders/{order['id']}/refund"
    assert "Insufficient balance" in refused(409, lambda: api("POST", refund, json={"amount": 10}))
    assert _ok(api("POST", refund, json={"amount": 5}))["order_status"] == "partially_refunded"


# --- cards ---------------------------------------------------------------------------------


def test_a_card_number_must_pass_the_luhn_check(
    api: Api, create_customer: Callable[..., Json], refused: Callable[..., str]
) -> None:
    customer = create_customer()
    invalid = {**CARD, "number": "4242 4242 4242 4241"}
    path = f"/api/customers/{customer['id']}/cards"
    assert "Luhn" in refused(400, lambda: api("POST", path, json=invalid))
    assert "Luhn" in refused(400, lambda: api("POST", "/api/cards", json=invalid))


@pytest.mark.parametrize(
    "card", [{"exp_month": "01", "exp_year": "2020"}, {"number": "4000000000000069"}]
)
def test_an_expired_card_gets_402_when_charged(
    api: Api, create_customer: Callable[..., Json], refused: Callable[..., str], card: Json
) -> None:
    customer = create_customer()
    stored = _ok(api("POST", f"/api/customers/{customer['id']}/cards", json={**CARD, **card}))
    token = _ok(api("POST", "/api/tokens", json={"id": stored["id"]}))["token"]
    order = {"customer_id": customer["id"], "token": token}
    assert "expired" in refused(402, lambda: _order(api, **order))


# --- other rules ---------------------------------------------------------------------------


def test_a_subscription_needs_cards_that_exist(
    api: Api, create_customer: Callable[..., Json], refused: Callable[..., str]
) -> None:
    customer = create_customer()
    body = {"customer_id": customer["id"], "amount": 100, "currency": "MXN"}
    refused(404, lambda: api("POST", "/api/subscriptions", json={**body, "card_ids": [UNKNOWN_ID]}))
    subscription = _ok(api("POST", "/api/subscriptions", json=body))
    assert subscription["status"] == "pending"
    path = f"/api/subscriptions/{subscription['id']}"
    refused(404, lambda: api("PUT", path, json={"card_ids": [UNKNOWN_ID]}))


def test_duplicate_emails_are_found_whatever_their_case(
    api: Api, create_customer: Callable[..., Json], refused: Callable[..., str]
) -> None:
    ana = create_customer(email="Ana.Lopez@Example.com")
    refused(409, lambda: api("POST", "/api/customers", json={
        "first_name": "Ana", "last_name": "L", "email": "ana.lopez@example.COM",
    }))  # fmt: skip
    other = create_customer()
    refused(409, lambda: api("PUT", f"/api/customers/{other['id']}", json={
        "email": "ANA.LOPEZ@EXAMPLE.COM",
    }))  # fmt: skip
    # Its own address in another case is no clash.
    renamed = _ok(
        api("PUT", f"/api/customers/{ana['id']}", json={"email": "ana.lopez@example.com"})
    )
    assert renamed["email"] == "ana.lopez@example.com"


@pytest.fixture
def receiver(sandbox: RunningSandbox) -> Iterator[WebhookReceiver]:
    sandbox.control.webhook_settings(delay_scale=0.001)
    with WebhookReceiver() as running:
        yield running
    assert sandbox.control.wait_deliveries(10)


def test_notify_url_receives_the_orders_webhooks_signed(
    api: Api, sandbox: RunningSandbox, receiver: WebhookReceiver
) -> None:
    order = _ok(_order(api, notify_url=receiver.url))
    sandbox.control.pay_order(order["id"])
    assert receiver.wait_for(2)
    assert sandbox.control.wait_deliveries(10)
    secret = sandbox.control.webhook_secret()
    # Each event is its own delivery, sent concurrently: they may arrive in either order.
    verified = [webhooks.verify(body, headers, secret) for headers, body in receiver.requests]
    events = {str(e.event): e for e in verified}
    assert sorted(events) == ["orders.confirmation", "orders.create"]
    assert {e.data.id for e in verified} == {order["id"]}
    assert events["orders.confirmation"].data.status == "paid"
    assert [d["registration_id"] for d in sandbox.control.deliveries()] == [None, None]


# --- the vendor's shapes -------------------------------------------------------------------


def test_a_banks_clave_is_a_number_in_its_single_view(api: Api) -> None:
    banks = _ok(api("GET", "/api/banks"))
    assert isinstance(banks, list)
    assert {type(b["clave"]) for b in banks} == {str}
    for bank in banks:
        single = _ok(api("GET", f"/api/banks/{bank['id']}"))
        assert single["clave"] == int(bank["clave"])


def test_a_payment_links_shipping_address_reference_is_a_string(
    api: Api, refused: Callable[..., str]
) -> None:
    body: Json = {"currency": "USD", "items": [{"name": "Neck", "price": 2, "quantity": 1}]}
    address = {"city": "Miami", "reference": {"nested": "object"}}
    refused(400, lambda: api("POST", "/api/templates", json={**body, "shipping_address": address}))
    address["reference"] = "Blue door"
    link = _ok(api("POST", "/api/templates", json={**body, "shipping_address": address}))
    assert link["shipping_address"]["reference"] == "Blue door"


def test_geocode_stat_fields_are_strings(http: httpx.Client) -> None:
    for country in ("MX", "US"):
        places = http.get("/_/geocodes/zipcode", params={"country": country}).json()
        assert places
        for place in places:
            assert isinstance(place["info"]["stat"], str)
            assert isinstance(place["info"]["stat_8digit"], str)
