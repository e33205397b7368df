"""Money out of the sandbox: payouts against the balance, single-use references, the
confirmation step, withdrawals and their one-time code, subscriptions' and chargebacks'
statuses. Every refusal answers the vendor's error body and changes nothing."""

from __future__ import annotations

from typing import Any

import httpx
import pytest

from ecartpay_sandbox import RunningSandbox
from tests.sandbox._money_exchanges import CARD

OTP = {"X-OTP": "000000"}


@pytest.fixture
def auth(token: str) -> dict[str, str]:
    return {"Authorization": token}


def _summary(http: httpx.Client, auth: dict[str, str], currency: str = "MXN") -> Any:
    return http.get("/api/transactions/summary", params={"currency": currency}, headers=auth).json()


def _payout(http: httpx.Client, auth: dict[str, str], **body: Any) -> httpx.Response:
    return http.post("/api/payouts", json={"currency": "MXN", **body}, headers=auth)


def test_a_payout_spends_the_balance_and_never_more(
    http: httpx.Client, sandbox: RunningSandbox, auth: dict[str, str]
) -> None:
    sandbox.control.deposit(sandbox.account_id, "MXN", "100.10")
    assert _payout(http, auth, amount=0.1, reference_id="a").status_code == 200
    assert _payout(http, auth, amount=0.2, reference_id="b").status_code == 200
    assert _summary(http, auth)["balance"] == 99.8  # decimal: 100.10 - 0.1 - 0.2
    over = _payout(http, auth, amount=99.81, reference_id="c")
    assert over.status_code == 409
    assert over.json() == {
        "message": "Insufficient balance: 99.80 MXN available, 99.81 requested",
        "statusCode": 409,
    }
    assert len(sandbox.control.data(sandbox.account_id)["payouts"]) == 2
    assert _summary(http, auth, "USD")["balance"] == 0  # balances are per currency
    assert _payout(http, auth, amount=1, currency="USD").status_code == 409


def test_a_reference_id_pays_once(
    http: httpx.Client, sandbox: RunningSandbox, auth: dict[str, str]
) -> None:
    sandbox.control.deposit(sandbox.account_id, "MXN", 100)
    first = _payout(http, auth, amount=10, reference_id="invoice-1").json()
    again = _payout(http, auth, amount=10, reference_id="invoice-1")
    assert again.status_code == 409
    assert again.json()["message"] == "reference_id invoice-1 was already used"
    spanish = http.post(
        "/api/payouts",
        json={"amount": 10, "currency": "MXN", "reference_id": "invoice-1"},
        headers={**auth, "Cookie": "lang=es"},
    )
    assert spanish.json()["message"] == "El reference_id invoice-1 ya fue usado"
    listed = http.get("/api/payouts", params={"reference_id": "invoice-1"}, headers=auth).json()
    assert [p["id"] for p in listed["docs"]] == [first["id"]]
    assert _summary(http, auth)["balance"] == 90


def test_confirmation_pays_now_or_at_its_date(
    http: httpx.Client, sandbox: RunningSandbox, auth: dict[str, str]
) -> None:
    sandbox.control.deposit(sandbox.account_id, "MXN", 100)
    held = _payout(http, auth, amount=30, require_confirmation=True).json()
    assert (held["status"], held["confirmed"]) == ("pending", False)
    assert _summary(http, auth)["balance"] == 70  # held money is not available
    changed = http.put(f"/api/payouts/{held['id']}", json={"amount": 100}, headers=auth)
    assert changed.status_code == 200  # its own 30 is not counted twice
    assert (
        http.put(f"/api/payouts/{held['id']}", json={"amount": 100.01}, headers=auth).status_code
        == 409
    )
    paid = http.put(f"/api/payouts/{held['id']}/confirm", headers=auth).json()
    assert (paid["status"], paid["amount"]) == ("paid", 100)
    assert http.put(f"/api/payouts/{held['id']}/confirm", headers=auth).status_code == 409
    sandbox.control.deposit(sandbox.account_id, "MXN", 10)
    later = _payout(http, auth, amount=10, require_confirmation=True).json()
    body = {"available_at": "2099-01-31 18:00:00"}
    dated = http.put(f"/api/payouts/{later['id']}/confirm", json=body, headers=auth).json()
    assert (dated["status"], dated["confirmed"]) == ("pending", True)
    assert dated["available_at"] == "2099-01-31T18:00:00.000Z"
    kinds = [t["type"] for t in sandbox.control.data(sandbox.account_id)["transactions"]]
    assert sorted(kinds) == ["deposit", "deposit", "payout", "payout"]


def test_withdrawal_accounts_need_the_one_time_code(
    http: httpx.Client, sandbox: RunningSandbox, auth: dict[str, str]
) -> None:
    body = {"method": "clabe", "name": "Personal", "number": "001112125452458751"}
    path = "/api/accounts/payments/method"
    for headers in ({}, {"X-OTP": "123456"}):
        refused = http.post(path, json=body, headers={**auth, **headers})
        assert refused.json() == {"message": "Invalid verification code", "statusCode": 403}
    assert http.get(path, headers=auth).json() == []
    created = http.post(path, json=body, headers={**auth, **OTP}).json()
    assert created["number"] == "**************8751"
    wrong = http.delete(f"{path}/{created['id']}", headers={**auth, "X-OTP": "999999"})
    assert wrong.status_code == 403
    assert [a["id"] for a in http.get(path, headers=auth).json()] == [created["id"]]
    assert http.delete(f"{path}/{created['id']}", headers={**auth, **OTP}).status_code == 200
    assert http.get(path, headers=auth).json() == []


def test_withdrawals_hold_money_until_cancelled(
    http: httpx.Client, sandbox: RunningSandbox, auth: dict[str, str]
) -> None:
    sandbox.control.deposit(sandbox.account_id, "MXN", 50)
    first = sandbox.control.withdraw(sandbox.account_id, "MXN", 30)
    second = sandbox.control.withdraw(sandbox.account_id, "MXN", 20)
    with pytest.raises(RuntimeError, match="409"):
        sandbox.control.withdraw(sandbox.account_id, "MXN", 1)
    sandbox.control.settle_withdrawal(first["id"], "paid")
    sandbox.control.settle_withdrawal(second["id"], "cancelled")
    assert _summary(http, auth)["balance"] == 20
    with pytest.raises(RuntimeError, match="409"):
        sandbox.control.settle_withdrawal(second["id"], "paid")
    page = http.get("/api/withdrawals", params={"status": "paid"}, headers=auth).json()
    assert [w["id"] for w in page["docs"]] == [first["id"]]
    day = first["created_at"][:10]
    dated = {"date_[start]": day, "date_[end]": day, "q": first["reference"]}
    assert http.get("/api/withdrawals", params=dated, headers=auth).json()["count"] == 1


def test_subscription_statuses(
    http: httpx.Client, auth: dict[str, str], create_customer: Any
) -> None:
    customer = create_customer()
    plan = {"amount": 100, "currency": "MXN", "interval": "monthly", "trial_period_days": 30}
    created = http.post(
        "/api/subscriptions", json={"customer_id": customer["id"], **plan}, headers=auth
    ).json()
    assert created["status"] == "pending"
    assert created["next_payment_date"] > created["created_at"]
    path = f"/api/subscriptions/{created['id']}"
    assert http.put(path, json={"status": "active"}, headers=auth).status_code == 409  # no card
    card = http.post(f"/api/customers/{customer['id']}/cards", json=CARD, headers=auth).json()
    active = http.put(
        f"/api/subscriptions/from-customer/{created['id']}",
        json={"card_ids": [card["id"]]},
        headers=auth,
    ).json()
    assert (active["status"], active["activated"]) == ("active", True)
    assert http.put(path, json={"status": "paused"}, headers=auth).json()["status"] == "paused"
    assert http.put(path, json={"status": "cancelled"}, headers=auth).status_code == 200
    refused = http.put(path, json={"status": "active"}, headers=auth)
    assert refused.json()["message"] == (
        f"Subscription {created['id']} is cancelled and cannot become active"
    )
    euros = http.post(
        "/api/subscriptions",
        json={**plan, "customer_id": customer["id"], "currency": "EUR"},
        headers=auth,
    )
    assert euros.status_code == 400  # MXN or USD only
    listed = http.get("/api/subscriptions", params={"status": "cancelled"}, headers=auth).json()
    assert listed["count"] == 1


def test_chargebacks_move_one_step_at_a_time(
    http: httpx.Client, sandbox: RunningSandbox, auth: dict[str, str]
) -> None:
    sandbox.control.deposit(sandbox.account_id, "MXN", 5)
    payout = _payout(http, auth, amount=5).json()
    opened = http.post("/api/chargebacks", json={"payout_id": payout["id"]}, headers=auth).json()
    assert (opened["amount"], opened["status"]) == (5, "created")
    assert opened["expiration_at"] > opened["created_at"]
    again = http.post("/api/chargebacks", json={"payout_id": payout["id"]}, headers=auth)
    assert again.status_code == 409
    path = f"/api/chargebacks/{opened['id']}"
    assert http.put(path, json={"status": "won"}, headers=auth).status_code == 409
    assert http.put(path, json={"status": "in_review"}, headers=auth).status_code == 200
    assert http.put(path, json={"status": "lost"}, headers=auth).json()["status"] == "lost"
    assert http.get("/api/chargebacks", headers=auth).json()["count"] == 1


def test_a_checkout_is_public_without_its_secrets(http: httpx.Client, auth: dict[str, str]) -> None:
    body = {"currency": "MXN", "amounts": [100, 250.5], "concept": "Top-up", "reference_id": "r"}
    checkout = http.post("/api/checkouts", json=body, headers=auth).json()
    assert checkout["token"].count(".") == 2
    public = http.get(f"/api/checkout/{checkout['id']}")
    assert public.status_code == 200
    assert {"token", "reference_id", "notify_url"} & set(public.json()) == set()
    other = http.get(
        f"/api/checkouts/{checkout['id']}", headers={"Authorization": checkout["token"]}
    )
    assert other.status_code == 401  # a checkout's token is not an API token


def test_withdrawals_and_subscriptions_emit_their_events(
    http: httpx.Client, sandbox: RunningSandbox, auth: dict[str, str], create_customer: Any
) -> None:
    events = [
        "withdrawals.processing",
        "withdrawals.paid",
        "withdrawals.cancelled",
        "subscription.created",
        "subscription.cancelled",
    ]
    hook = {"url": f"{sandbox.base_url}/__sandbox__/health", "events": events}
    assert http.post("/api/webhooks", json=hook, headers=auth).status_code == 200
    sandbox.control.deposit(sandbox.account_id, "MXN", 10)
    paid = sandbox.control.withdraw(sandbox.account_id, "MXN", 4)
    cancelled = sandbox.control.withdraw(sandbox.account_id, "MXN", 5)
    sandbox.control.settle_withdrawal(paid["id"], "paid")
    sandbox.control.settle_withdrawal(cancelled["id"], "cancelled")
    body = {"customer_id": create_customer()["id"], "amount": 100, "currency": "MXN"}
    subscription = http.post("/api/subscriptions", json=body, headers=auth).json()
    path = f"/api/subscriptions/{subscription['id']}"
    assert http.put(path, json={"status": "cancelled"}, headers=auth).status_code == 200
    assert http.put(path, json={"status": "cancelled"}, headers=auth).status_code == 409
    sent = [(d["event"], d["data"]["id"]) for d in sandbox.control.deliveries()]
    assert sent == [
        ("withdrawals.processing", paid["id"]),
        ("withdrawals.processing", cancelled["id"]),
        ("withdrawals.paid", paid["id"]),
        ("withdrawals.cancelled", cancelled["id"]),
        ("subscription.created", subscription["id"]),
        ("subscription.cancelled", subscription["id"]),
    ]
    assert sandbox.control.wait_deliveries()
