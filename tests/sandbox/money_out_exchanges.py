"""Drives the money-out operations (checkouts, payment links, payouts, withdrawals,
subscriptions, chargebacks, scopes) through every status they document, for
``test_sandbox_conformance``.

Each operation gets a successful call, one without credentials (401), one with an invalid
``lang`` cookie (400), and, where it documents them, an unknown id (404), a state conflict
(409) or a refused one-time code (403).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import httpx

from ecartpay_sandbox import RunningSandbox
from tests.sandbox._money_exchanges import CARD

Record = Callable[[str, httpx.Response], httpx.Response]
UNKNOWN = "0" * 24
OTP = {"X-OTP": "000000"}


def drive(http: httpx.Client, sandbox: RunningSandbox, token: str, record: Record) -> None:
    """Call every money-out operation with each of its documented statuses."""
    auth = {"Authorization": token}
    bad_lang = {**auth, "Cookie": "lang=fr"}
    body: Any  # each table below gives its own bodies

    def call(op: str, method: str, path: str, *, ok: bool = True, **kwargs: Any) -> Any:
        headers = {**auth, **kwargs.pop("headers", {})}
        response = record(op, http.request(method, path, headers=headers, **kwargs))
        if ok:
            assert response.status_code == 200, (op, response.text)
        return response.json()

    def refusals(op: str, method: str, path: str, **kwargs: Any) -> None:
        """401 without a token, 400 for a bad lang cookie (the public view only gets 400)."""
        headers = kwargs.pop("headers", {})
        if op != "getPublicCheckout":
            record(op, http.request(method, path, headers=headers, **kwargs))
        record(op, http.request(method, path, headers={**bad_lang, **headers}, **kwargs))

    def create(op: str, path: str, body: dict[str, Any], *, customer: bool = False) -> Any:
        """200, then (``customer``) 404 for an unknown ``customer_id``, then the refusals."""
        created = call(op, "POST", path, json=body)
        if customer:
            call(op, "POST", path, ok=False, json={**body, "customer_id": UNKNOWN})
        refusals(op, "POST", path, json=body)
        return created

    sandbox.control.deposit(sandbox.account_id, "MXN", 1000)
    customer = call(
        "createCustomer",
        "POST",
        "/api/customers",
        json={"first_name": "Ana", "last_name": "López", "email": "ana.out@example.com"},
    )

    # Checkouts
    checkout_body = {"currency": "MXN", "amounts": [100], "concept": "Recharge"}
    checkout_body["items"] = [{"name": "Recharge", "quantity": 1, "price": 100}]
    checkout = create("createCheckout", "/api/checkouts", checkout_body, customer=True)
    item_path = f"/api/checkouts/{checkout['id']}/items/{checkout['items'][0]['id']}"
    for op, method, path, body in [
        ("getCheckout", "GET", f"/api/checkouts/{checkout['id']}", None),
        (
            "updateCheckout",
            "PUT",
            f"/api/checkouts/{checkout['id']}",
            {"notify_url": "https://m.example.com/n"},
        ),
        ("updateCheckoutItem", "PUT", item_path, {"quantity": 2}),
        ("getPublicCheckout", "GET", f"/api/checkout/{checkout['id']}", None),
    ]:
        call(op, method, path, json=body)
        call(op, method, path.replace(checkout["id"], UNKNOWN), ok=False, json=body)
        refusals(op, method, path, json=body)
    call(
        "updateCheckoutItem",
        "PUT",
        item_path.rsplit("/", 1)[0] + f"/{UNKNOWN}",
        ok=False,
        json={"quantity": 2},
    )

    # Payment links
    link_body = {"currency": "USD", "items": [{"name": "Neck", "price": 2, "quantity": 1}]}
    link = create("createPaymentLink", "/api/templates", link_body)
    call("listPaymentLinks", "GET", "/api/templates")
    refusals("listPaymentLinks", "GET", "/api/templates")
    for op, method, path, body in [
        ("getPaymentLink", "GET", f"/api/templates/{link['id']}/info", None),
        ("updatePaymentLink", "PUT", f"/api/templates/{link['id']}", {"quantity_uses": 5}),
        ("deletePaymentLink", "DELETE", f"/api/templates/{link['id']}", None),
    ]:
        refusals(op, method, path, json=body)
        call(op, method, path, json=body)
        call(op, method, path.replace(link["id"], UNKNOWN), ok=False, json=body)

    # Payouts and chargebacks
    payout_body = {"amount": 10, "currency": "MXN", "reference_id": "conformance-1"}
    payout = call(
        "createPayout", "POST", "/api/payouts", json={**payout_body, "require_confirmation": True}
    )
    call("createPayout", "POST", "/api/payouts", ok=False, json=payout_body)  # reused: 409
    call(
        "createPayout",
        "POST",
        "/api/payouts",
        ok=False,
        json={**payout_body, "reference_id": "c-2", "customer_id": UNKNOWN},
    )
    refusals("createPayout", "POST", "/api/payouts", json=payout_body)
    call("listPayouts", "GET", "/api/payouts", params={"status": "pending"})
    refusals("listPayouts", "GET", "/api/payouts")
    payout_path = f"/api/payouts/{payout['id']}"
    for op, method, path, body in [
        ("getPayout", "GET", payout_path, None),
        ("updatePayout", "PUT", payout_path, {"amount": 12}),
        ("confirmPayout", "PUT", payout_path + "/confirm", None),
    ]:
        refusals(op, method, path, json=body)
        call(op, method, path, json=body)
        call(op, method, path.replace(payout["id"], UNKNOWN), ok=False, json=body)
    call("updatePayout", "PUT", payout_path, ok=False, json={"amount": 1})  # paid: 409
    call("confirmPayout", "PUT", payout_path + "/confirm", ok=False)  # paid: 409
    chargeback = call(
        "createChargeback", "POST", "/api/chargebacks", json={"payout_id": payout["id"]}
    )
    call("createChargeback", "POST", "/api/chargebacks", ok=False, json={"payout_id": payout["id"]})
    call("createChargeback", "POST", "/api/chargebacks", ok=False, json={"payout_id": UNKNOWN})
    refusals("createChargeback", "POST", "/api/chargebacks", json={"payout_id": payout["id"]})
    call("listChargebacks", "GET", "/api/chargebacks")
    refusals("listChargebacks", "GET", "/api/chargebacks")
    chargeback_path = f"/api/chargebacks/{chargeback['id']}"
    for op, method, body in [
        ("getChargeback", "GET", None),
        ("updateChargeback", "PUT", {"status": "in_review"}),
    ]:
        refusals(op, method, chargeback_path, json=body)
        call(op, method, chargeback_path, json=body)
        call(op, method, chargeback_path.replace(chargeback["id"], UNKNOWN), ok=False, json=body)
    call("updateChargeback", "PUT", chargeback_path, ok=False, json={"status": "accepted"})

    # Withdrawals and their bank accounts
    account_body = {"method": "clabe", "name": "Personal", "number": "001112125452458751"}
    bank = call(
        "createWithdrawalAccount",
        "POST",
        "/api/accounts/payments/method",
        headers=OTP,
        json=account_body,
    )
    call(
        "createWithdrawalAccount",
        "POST",
        "/api/accounts/payments/method",
        ok=False,
        headers={"X-OTP": "123456"},
        json=account_body,
    )
    refusals("createWithdrawalAccount", "POST", "/api/accounts/payments/method", json=account_body)
    call("listWithdrawalAccounts", "GET", "/api/accounts/payments/method")
    refusals("listWithdrawalAccounts", "GET", "/api/accounts/payments/method")
    bank_path = f"/api/accounts/payments/method/{bank['id']}"
    for op, method, body in [
        ("updateWithdrawalAccount", "PUT", {"name": "Business"}),
        ("deleteWithdrawalAccount", "DELETE", None),
    ]:
        refusals(op, method, bank_path, headers=OTP, json=body)
        call(op, method, bank_path, ok=False, json=body)  # no code: 403
        call(op, method, bank_path, headers=OTP, json=body)
        call(op, method, bank_path.replace(bank["id"], UNKNOWN), ok=False, headers=OTP, json=body)
    sandbox.control.withdraw(sandbox.account_id, "MXN", 5)
    call("listWithdrawals", "GET", "/api/withdrawals", params={"status": "processing"})
    refusals("listWithdrawals", "GET", "/api/withdrawals")

    # Subscriptions
    plan = {
        "service": "Gold",
        "amount": 100,
        "currency": "MXN",
        "interval": "monthly",
        "frequency": 1,
    }
    template = create("createSubscriptionTemplate", "/api/subscriptions-template", plan)
    call("listSubscriptionTemplates", "GET", "/api/subscriptions-template")
    refusals("listSubscriptionTemplates", "GET", "/api/subscriptions-template")
    sub_body = {"customer_id": customer["id"], "template_id": template["id"]}
    subscription = create("createSubscription", "/api/subscriptions", sub_body, customer=True)
    for op in ("listSubscriptions", "listMySubscriptions"):
        path = "/api/subscriptions" + ("/my-subscriptions" if op == "listMySubscriptions" else "")
        call(op, "GET", path)
        refusals(op, "GET", path)
    sub_path = f"/api/subscriptions/{subscription['id']}"
    cards = f"/api/customers/{customer['id']}/cards"
    card = http.post(cards, json=CARD, headers=auth).json()
    for op, method, path, body in [
        ("getSubscription", "GET", sub_path, None),
        ("resendSubscriptionInvitation", "POST", sub_path + "/resend-invitation-link", None),
        (
            "updateSubscriptionFromCustomer",
            "PUT",
            f"/api/subscriptions/from-customer/{subscription['id']}",
            {"card_ids": [card["id"]]},
        ),
        ("updateSubscription", "PUT", sub_path, {"status": "cancelled"}),
    ]:
        refusals(op, method, path, json=body)
        call(op, method, path, json=body)
        call(op, method, path.replace(subscription["id"], UNKNOWN), ok=False, json=body)
    for op, method, path in [  # cancelled is final: 409
        ("resendSubscriptionInvitation", "POST", sub_path + "/resend-invitation-link"),
        (
            "updateSubscriptionFromCustomer",
            "PUT",
            f"/api/subscriptions/from-customer/{subscription['id']}",
        ),
        ("updateSubscription", "PUT", sub_path),
    ]:
        response = record(op, http.request(method, path, headers=auth, json={"status": "active"}))
        assert response.status_code == 409, (op, response.text)

    # Scopes
    scopes = call("listScopes", "GET", "/api/scopes")
    refusals("listScopes", "GET", "/api/scopes")
    call("createScopeToken", "POST", "/api/scopes/token", json={"id": scopes[0]["id"]})
    call("createScopeToken", "POST", "/api/scopes/token", ok=False, json={"id": UNKNOWN})
    refusals("createScopeToken", "POST", "/api/scopes/token", json={"id": scopes[0]["id"]})
