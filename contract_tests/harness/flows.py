"""The SDK's real flows, as recorded into cassettes and replayed from them.

Each flow drives the generated client through ``ecartpay_auth`` exactly as a user would,
and returns a small dict of facts the replay tests assert on. The same code runs live
(``make record``) and offline (replay), so a cassette can only drift from the SDK if the
SDK itself changed.
"""

from __future__ import annotations

import ssl
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, TypeVar

import ecartpay_auth
from ecartpay_client.api.card_tokens import create_card_token
from ecartpay_client.api.customers import create_customer, create_customer_card, list_customers
from ecartpay_client.api.orders import create_order, create_refund, get_order
from ecartpay_client.api.payouts import confirm_payout, create_payout, get_payout
from ecartpay_client.client import AuthenticatedClient
from ecartpay_client.models import (
    CardCreate,
    CardToken,
    CardTokenCreate,
    Customer,
    CustomerCard,
    CustomerCreate,
    CustomerList,
    Order,
    OrderCreate,
    OrderItemCreate,
    Payout,
    PayoutCreate,
    Refund,
    RefundCreate,
)
from ecartpay_client.types import Unset

if TYPE_CHECKING:
    from ecartpay_sandbox import SandboxControl

#: Keys that are well-formed but belong to no account (the "bad keys" flow).
WRONG_PUBLIC_KEY = "pub" + "f" * 24
WRONG_PRIVATE_KEY = "priv" + "f" * 24


class FlowError(AssertionError):
    """The API answered, but not what the flow expects (the message says what)."""


@dataclass(frozen=True)
class FlowEnv:
    """Where and as whom a flow runs. ``run_id`` keeps recorded data unique per run (the
    API refuses a second customer with the same email); ``revoke_all`` exists only
    where tokens can be revoked on demand (the local sandbox's control plane)."""

    base_url: str
    public_key: str = field(repr=False)
    private_key: str = field(repr=False)
    run_id: str
    verify: bool | ssl.SSLContext = True
    revoke_all: Callable[[], object] | None = None

    def client(
        self, public_key: str | None = None, private_key: str | None = None
    ) -> AuthenticatedClient:
        """The SDK's client for this target (the generated AuthenticatedClient)."""
        return ecartpay_auth.authenticated_client(
            public_key=public_key or self.public_key,
            private_key=private_key or self.private_key,
            base_url=self.base_url,
            verify=self.verify,
            retry_policy=ecartpay_auth.RetryPolicy(max_retries=0),
        )


T = TypeVar("T")


def expect(value: object, kind: type[T], what: str) -> T:
    if not isinstance(value, kind):
        raise FlowError(f"{what}: expected {kind.__name__}, got {type(value).__name__}")
    return value


def customer_body(env: FlowEnv, tag: str) -> CustomerCreate:
    """A customer unique to this run and flow (email, phone and user_id must be)."""
    digits = f"{int(env.run_id, 16) % 10**8:08d}"
    return CustomerCreate(
        first_name="Ana",
        last_name="López",
        email=f"ana.{tag}.{env.run_id}@example.com",
        phone=f"+5255{tag_digit(tag)}{digits}",
        user_id=f"sdk-{tag}-{env.run_id}",
    )


def _new_customer(env: FlowEnv, client: AuthenticatedClient, tag: str) -> Customer:
    body = customer_body(env, tag)
    return expect(create_customer.sync(client=client, body=body), Customer, "create customer")


def tag_digit(tag: str) -> str:
    """One digit per flow, so each flow's customer has its own phone number."""
    return str(sum(tag.encode()) % 10)


def _new_order(client: AuthenticatedClient, customer: Customer) -> Order:
    body = OrderCreate(
        customer_id=customer.id,
        currency="MXN",
        items=[OrderItemCreate(name="T-shirt", quantity=2, price=150.5)],
    )
    return expect(create_order.sync(client=client, body=body), Order, "create order")


def mint_token(env: FlowEnv) -> dict[str, Any]:
    """POST /api/authorizations/token through EcartPayAuth."""
    auth = ecartpay_auth.EcartPayAuth(
        env.public_key, env.private_key, base_url=env.base_url, verify=env.verify
    )
    claims = dict(auth.get_token_info().claims)
    auth.forget()
    return {"claims": sorted(claims), "lifetime": claims.get("exp", 0) - claims.get("iat", 0)}


def create_customer_flow(env: FlowEnv) -> dict[str, Any]:
    with env.client() as client:
        customer = _new_customer(env, client, "create")
    return {"email": customer.email, "account_id": customer.account_id, "id": customer.id}


def list_customers_flow(env: FlowEnv) -> dict[str, Any]:
    with env.client() as client:
        customer = _new_customer(env, client, "list")
        page = expect(
            list_customers.sync(client=client, email=customer.email),
            CustomerList,
            "list customers",
        )
    return {"created": customer.id, "listed": [c.id for c in page.docs], "count": page.count}


def create_order_flow(env: FlowEnv) -> dict[str, Any]:
    with env.client() as client:
        customer = _new_customer(env, client, "order")
        order = _new_order(client, customer)
    return {
        "customer": customer.id,
        "order_customer": order.customer_id,
        "status": str(order.status),
        "total": None if isinstance(order.totals, Unset) else order.totals.total,
    }


def get_order_flow(env: FlowEnv) -> dict[str, Any]:
    with env.client() as client:
        created = _new_order(client, _new_customer(env, client, "get"))
        fetched = expect(get_order.sync(id=created.id, client=client), Order, "get order")
    return {"created": created.id, "fetched": fetched.id, "status": str(fetched.status)}


def payout_flow(env: FlowEnv) -> dict[str, Any]:
    """Pay out 10 MXN with confirmation: pending, confirmed (paid), read back. Needs an
    available balance (the local sandbox's accounts are funded before a run)."""
    body = PayoutCreate(
        amount=10,
        currency="MXN",
        email=f"provider.{env.run_id}@example.com",
        reference_id=f"sdk-payout-{env.run_id}",
        require_confirmation=True,
    )
    with env.client() as client:
        created = expect(create_payout.sync(client=client, body=body), Payout, "create payout")
        confirmed = expect(
            confirm_payout.sync(payout_id=created.id, client=client), Payout, "confirm payout"
        )
        fetched = expect(get_payout.sync(payout_id=created.id, client=client), Payout, "get")
    return {
        "created": str(created.status),
        "confirmed": str(confirmed.status),
        "fetched": str(fetched.status),
        "same": created.id == confirmed.id == fetched.id,
        "amount": fetched.amount,
        "reference_id": fetched.reference_id,
    }


def refresh_after_revocation(env: FlowEnv) -> dict[str, Any]:
    """A token revoked mid-session: the SDK sees 401, mints once and replays the call."""
    with env.client() as client:
        before = list_customers.sync_detailed(client=client, limit=1)
        if env.revoke_all is not None:
            env.revoke_all()
        after = list_customers.sync_detailed(client=client, limit=1)
    return {"before": int(before.status_code), "after": int(after.status_code)}


def bad_keys(env: FlowEnv) -> dict[str, Any]:
    """Keys the API does not know: AuthenticationError, no retry, no token."""
    with env.client(WRONG_PUBLIC_KEY, WRONG_PRIVATE_KEY) as client:
        try:
            list_customers.sync(client=client)
        except ecartpay_auth.AuthenticationError as exc:
            return {"error": type(exc).__name__, "status": exc.status_code}
    raise FlowError("bad keys were accepted")


# --- the money path (issue 10): a card payment and a refund ------------------------------

#: The sandbox's approved test card (docs/guides/sandbox.md, "Test cards").
TEST_CARD = CardCreate(
    number="4242424242424242", exp_month="12", exp_year="2030", cvc="123", name="Ana López"
)


def _card_payment(
    env: FlowEnv, client: AuthenticatedClient, tag: str
) -> tuple[CustomerCard, Order]:
    """Customer -> card -> card token -> an order the token pays at once."""
    customer = _new_customer(env, client, tag)
    card = expect(
        create_customer_card.sync(customer.id, client=client, body=TEST_CARD),
        CustomerCard,
        "create customer card",
    )
    token = expect(
        create_card_token.sync(client=client, body=CardTokenCreate(id=card.id, cvc="123")),
        CardToken,
        "create card token",
    )
    body = OrderCreate(
        customer_id=customer.id,
        currency="MXN",
        items=[OrderItemCreate(name="T-shirt", quantity=2, price=150.5)],
        token=token.token,
    )
    return card, expect(create_order.sync(client=client, body=body), Order, "pay an order")


def card_payment(env: FlowEnv) -> dict[str, Any]:
    """A card payment: the order answers paid."""
    with env.client() as client:
        card, order = _card_payment(env, client, "card")
    return {
        "brand": str(card.brand),
        "last": card.last,
        "status": str(order.status),
        "total": None if isinstance(order.totals, Unset) else order.totals.total,
    }


def refund(env: FlowEnv) -> dict[str, Any]:
    """A paid order refunded in part, then in full; the order reads back refunded."""
    with env.client() as client:
        _, order = _card_payment(env, client, "refund")
        partial = expect(
            create_refund.sync(order.id, client=client, body=RefundCreate(amount=100.5)),
            Refund,
            "partial refund",
        )
        rest = expect(
            create_refund.sync(order.id, client=client, body=RefundCreate(amount=200.5)),
            Refund,
            "full refund",
        )
        fetched = expect(get_order.sync(id=order.id, client=client), Order, "get refunded order")
    return {
        "statuses": [str(partial.order_status), str(rest.order_status)],
        "remaining": [partial.remaining, rest.remaining],
        "final": str(fetched.status),
    }


#: Cassette name -> flow. Order matters only for readability of the README.
FLOWS: dict[str, Callable[[FlowEnv], dict[str, Any]]] = {
    "mint_token": mint_token,
    "create_customer": create_customer_flow,
    "list_customers": list_customers_flow,
    "create_order": create_order_flow,
    "get_order": get_order_flow,
    "payout": payout_flow,
    "refresh_after_revocation": refresh_after_revocation,
    "bad_keys": bad_keys,
    "card_payment": card_payment,
    "refund": refund,
}

#: Flows that need the local sandbox's control plane: the vendor cannot revoke on demand.
LOCAL_ONLY = frozenset({"refresh_after_revocation"})


def check_live(
    base_url: str,
    public_key: str,
    private_key: str,
    *,
    verify: bool | ssl.SSLContext = True,
    revoke_all: Callable[[], object] | None = None,
    read_only: bool = False,
    control: SandboxControl | None = None,
) -> dict[str, str]:
    """Run the flows live (nothing recorded): flow -> "ok", "skipped: ..." or the error.

    Part of ``make contract-test``: schemathesis proves the API matches the spec, this
    proves the generated client and ecartpay_auth work against the same target. In
    production only the token flow runs (the others write). The webhook flow needs the
    local sandbox's ``control`` plane (``webhook_flow``).
    """
    import secrets

    from contract_tests.harness.webhook_flow import SKIP_REMOTE, webhook_flow

    results: dict[str, str] = {}
    for name, flow in FLOWS.items():
        if read_only and name != "mint_token":
            results[name] = "skipped: writes (production is read-only)"
            continue
        if name in LOCAL_ONLY and revoke_all is None:
            results[name] = "skipped: needs the local sandbox's control plane"
            continue
        env = FlowEnv(base_url, public_key, private_key, secrets.token_hex(4), verify, revoke_all)
        try:
            flow(env)
        except Exception as exc:  # reported per flow; the other flows still run
            results[name] = f"FAILED: {type(exc).__name__}: {exc}"
        else:
            results[name] = "ok"
    if read_only:
        results["webhooks"] = "skipped: writes (production is read-only)"
    elif control is None:
        results["webhooks"] = SKIP_REMOTE
    else:
        env = FlowEnv(base_url, public_key, private_key, secrets.token_hex(4), verify, revoke_all)
        try:
            webhook_flow(env, control)
        except Exception as exc:
            results["webhooks"] = f"FAILED: {type(exc).__name__}: {exc}"
        else:
            results["webhooks"] = "ok"
    return results
