"""Seeders for the money-out list operations (see ``_lists.SEEDERS``): each creates ``n``
items through the generated client, funding the account first where money must leave it
(the local sandbox's control plane stands in for payments and the dashboard)."""

from __future__ import annotations

import uuid
from typing import Any, TypeVar

from ecartpay_client import AuthenticatedClient
from ecartpay_client.api.chargebacks import create_chargeback
from ecartpay_client.api.payment_links import create_payment_link
from ecartpay_client.api.payouts import create_payout, get_payout
from ecartpay_client.api.scopes import list_scopes
from ecartpay_client.api.subscriptions import create_subscription, create_subscription_template
from ecartpay_client.api.withdrawals import create_withdrawal_account
from ecartpay_client.models import (
    Chargeback,
    ChargebackCreate,
    PaymentLink,
    PaymentLinkCreate,
    PaymentLinkItemCreate,
    Payout,
    PayoutCreate,
    Scope,
    Subscription,
    SubscriptionCreate,
    SubscriptionCurrency,
    SubscriptionInterval,
    SubscriptionTemplate,
    SubscriptionTemplateCreate,
    WithdrawalAccount,
    WithdrawalAccountCreate,
)
from ecartpay_sandbox import SandboxControl

from ._lists import Seeded, create_customers

T = TypeVar("T")
TEST_OTP = "000000"


def _ok(value: object, kind: type[T]) -> T:
    assert isinstance(value, kind), value
    return value


def _fund_all(client: AuthenticatedClient, amount: float) -> SandboxControl:
    """Deposit ``amount`` MXN in every account of the client's sandbox (control plane)."""
    control = SandboxControl(str(client.get_httpx_client().base_url))
    for account in control.accounts():
        control.deposit(account["account_id"], "MXN", amount)
    return control


def payouts(client: AuthenticatedClient, n: int) -> list[str]:
    """``n`` paid payouts of 1 MXN."""
    _fund_all(client, n).close()
    body = PayoutCreate(amount=1, currency="MXN", email="provider@example.com")
    return [_ok(create_payout.sync(client=client, body=body), Payout).id for _ in range(n)]


def payment_links(client: AuthenticatedClient, n: int) -> Seeded:
    item = PaymentLinkItemCreate(name="Necklace", price=10, quantity=1)
    body = PaymentLinkCreate(currency="MXN", items=[item])
    ids = [
        _ok(create_payment_link.sync(client=client, body=body), PaymentLink).id for _ in range(n)
    ]
    return Seeded(ids, {})


def chargebacks(client: AuthenticatedClient, n: int) -> Seeded:
    ids = [
        _ok(
            create_chargeback.sync(client=client, body=ChargebackCreate(payout_id=payout_id)),
            Chargeback,
        ).id
        for payout_id in payouts(client, n)
    ]
    return Seeded(ids, {})


def withdrawals(client: AuthenticatedClient, n: int) -> Seeded:
    """``n`` processing withdrawals of 1 MXN (the client's account is learnt from a payout)."""
    (probe,) = payouts(client, 1)
    found = _ok(get_payout.sync(payout_id=probe, client=client), Payout).account_id
    with _fund_all(client, n) as control:
        ids = [control.withdraw(_ok(found, str), "MXN", 1)["id"] for _ in range(n)]
    return Seeded(ids, {"currency": "MXN"})


def withdrawal_accounts(client: AuthenticatedClient, n: int) -> Seeded:
    ids = []
    for i in range(n):
        body = WithdrawalAccountCreate(method="clabe", name=f"Account {i}")
        created = create_withdrawal_account.sync(client=client, body=body, x_otp=TEST_OTP)
        ids.append(_ok(created, WithdrawalAccount).id)
    return Seeded(ids, {})


def _template(client: AuthenticatedClient) -> SubscriptionTemplate:
    body = SubscriptionTemplateCreate(
        service=f"Gold {uuid.uuid4().hex[:6]}",
        amount=100,
        currency=SubscriptionCurrency.MXN,
        interval=SubscriptionInterval.MONTHLY,
        frequency=1,
    )
    return _ok(create_subscription_template.sync(client=client, body=body), SubscriptionTemplate)


def subscription_templates(client: AuthenticatedClient, n: int) -> Seeded:
    return Seeded([_template(client).id for _ in range(n)], {})


def subscriptions(client: AuthenticatedClient, n: int) -> Seeded:
    (customer_id,) = create_customers(client, 1)
    body = SubscriptionCreate(customer_id=customer_id, template_id=_template(client).id)
    ids = [
        _ok(create_subscription.sync(client=client, body=body), Subscription).id for _ in range(n)
    ]
    return Seeded(ids, {"customer_id": customer_id})


def scopes(client: AuthenticatedClient, n: int) -> Seeded:
    """Scopes are a fixed catalogue: nothing to create, every one must come back."""
    return Seeded([_ok(s, Scope).id for s in _ok(list_scopes.sync(client=client), list)], {})


SEEDERS: dict[str, Any] = {
    "listPaymentLinks": payment_links,
    "listPayouts": lambda client, n: Seeded(payouts(client, n), {"status": "paid"}),
    "listChargebacks": chargebacks,
    "listWithdrawals": withdrawals,
    "listWithdrawalAccounts": withdrawal_accounts,
    "listSubscriptionTemplates": subscription_templates,
    "listSubscriptions": subscriptions,
    "listMySubscriptions": lambda client, n: Seeded(subscriptions(client, n).ids, {}),
    "listScopes": scopes,
}
