"""Real deliveries: the sandbox POSTs signed events to a receiver this test starts.

The retry waits are scaled down (``delay_scale``); every test synchronises on conditions
(the receiver's request count, the sandbox's "no delivery pending"), never on sleeps.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator
from typing import Any

import pytest

import ecartpay_auth
from contract_tests.webhook_receiver import WebhookReceiver
from ecartpay_auth import WebhookVerificationError, webhooks
from ecartpay_client.api.orders import create_order, create_refund
from ecartpay_client.api.webhooks import create_webhook
from ecartpay_client.client import AuthenticatedClient
from ecartpay_client.models import (
    Order,
    OrderCreate,
    OrderItemCreate,
    Refund,
    RefundCreate,
    Webhook,
    WebhookCreate,
)
from ecartpay_sandbox import RunningSandbox

FAST = 0.001  # 10 s -> 10 ms


@pytest.fixture
def hooks(sandbox: RunningSandbox) -> Iterator[RunningSandbox]:
    sandbox.control.webhook_settings(delay_scale=FAST)
    yield sandbox
    assert sandbox.control.wait_deliveries(10)


def _client(sandbox: RunningSandbox, account: int = 0) -> AuthenticatedClient:
    keys = sandbox.accounts[account]
    return ecartpay_auth.authenticated_client(
        public_key=keys.public_key, private_key=keys.private_key, base_url=sandbox.base_url
    )


def _create_order(client: AuthenticatedClient, item: OrderItemCreate) -> Order:
    body = OrderCreate(currency="MXN", email="ana@example.com", items=[item])
    order = create_order.sync(client=client, body=body)
    assert isinstance(order, Order)
    return order


def _register(sandbox: RunningSandbox, url: str, *events: str, account: int = 0) -> Webhook:
    with _client(sandbox, account) as client:
        made = create_webhook.sync(client=client, body=WebhookCreate(url=url, events=list(events)))
    assert isinstance(made, Webhook)
    return made


def _verify(sandbox: RunningSandbox, delivered: tuple[dict[str, str], bytes]) -> Any:
    headers, body = delivered
    return webhooks.verify(body, headers, sandbox.control.webhook_secret())


def test_order_creation_is_delivered_signed_and_typed(hooks: RunningSandbox) -> None:
    with WebhookReceiver() as receiver:
        _register(hooks, receiver.url, "orders.create")
        with _client(hooks) as client:
            order = _create_order(client, OrderItemCreate(name="Café ☕", quantity=3, price=0.1))
        assert receiver.wait_for(1)
        assert hooks.control.wait_deliveries(10)
    event = _verify(hooks, receiver.requests[0])
    assert (event.event, event.signed_form) == ("orders.create", "data")
    assert isinstance(event.data, Order)
    assert event.data.id == order.id
    assert isinstance(event.data.items, list)
    assert event.data.items[0].name == "Café ☕"
    assert "Café ☕".encode() in event.raw  # non-ASCII unescaped, as Node writes it
    (logged,) = hooks.control.deliveries(event="orders.create")
    assert (logged["status"], len(logged["attempts"])) == ("success", 1)
    assert logged["webhook_id"] == event.webhook_id


def test_paying_and_refunding_emit_confirmation_then_update(hooks: RunningSandbox) -> None:
    with WebhookReceiver() as receiver:
        _register(hooks, receiver.url, "orders.confirmation", "orders.update")
        with _client(hooks) as client:
            order = _create_order(client, OrderItemCreate(name="Tee", quantity=1, price=100))
            hooks.control.pay_order(order.id)
            assert receiver.wait_for(1)
            refund = create_refund.sync(order.id, client=client, body=RefundCreate(amount=40))
            assert isinstance(refund, Refund)
        assert receiver.wait_for(2)
        assert hooks.control.wait_deliveries(10)
    paid, refunded = (_verify(hooks, r) for r in receiver.requests)
    assert (paid.event, paid.data.id, paid.data.status) == ("orders.confirmation", order.id, "paid")
    assert (refunded.event, refunded.data.status) == ("orders.update", "partially_refunded")
    assert [d["event"] for d in hooks.control.deliveries()] == [
        "orders.confirmation",
        "orders.update",
    ]


def test_failing_twice_then_succeeding_takes_three_attempts(hooks: RunningSandbox) -> None:
    with WebhookReceiver(statuses=[500, 503]) as receiver:
        _register(hooks, receiver.url, "orders.confirmation")
        hooks.control.emit("orders.confirmation", {"id": "65a1b2c3d4e5f60718293b5c", "n": 1e-7})
        assert hooks.control.wait_deliveries(10)
    (logged,) = hooks.control.deliveries()
    assert logged["status"] == "success"
    assert [a["outcome"] for a in logged["attempts"]] == ["failed", "failed", "success"]
    assert [a["status_code"] for a in logged["attempts"]] == [500, 503, 200]
    assert len(receiver.requests) == 3
    events = [_verify(hooks, r) for r in receiver.requests]
    assert {e.webhook_id for e in events} == {logged["webhook_id"]}  # one delivery, retried
    assert len({e.idempotency_key for e in events}) == 1


@pytest.mark.parametrize(
    ("answers", "status", "attempts"),
    [
        pytest.param({"statuses": [400]}, "client_error", 1, id="400-never-retried"),
        pytest.param({"default_status": 502}, "failed", 5, id="5xx-every-time"),
    ],
)
def test_a_refused_delivery_is_attempted_as_the_schedule_says_then_settled(
    hooks: RunningSandbox, answers: dict[str, Any], status: str, attempts: int
) -> None:
    """A 400 is a client error, attempted exactly once; a receiver failing every time gets
    five attempts, then the delivery is failed."""
    with WebhookReceiver(**answers) as receiver:
        _register(hooks, receiver.url, "orders.update")
        hooks.control.emit("orders.update", {"id": "1"})
        assert hooks.control.wait_deliveries(10)
    (logged,) = hooks.control.deliveries()
    assert (logged["status"], len(logged["attempts"])) == (status, attempts)
    assert len(receiver.requests) == attempts


def test_no_handler_waits_for_a_delivery_in_flight(hooks: RunningSandbox) -> None:
    hooks.control.webhook_settings(timeout=30)  # only the receiver's release ends the attempt
    release = threading.Event()
    with WebhookReceiver(hold=release) as receiver:
        _register(hooks, receiver.url, "orders.create")
        hooks.control.emit("orders.create", {"id": "1"})
        assert receiver.wait_for(1)  # the delivery is in flight, held by the receiver
        (logged,) = hooks.control.deliveries()
        assert logged["status"] == "pending"  # the control plane answered meanwhile
        release.set()
        assert hooks.control.wait_deliveries(10)
    (logged,) = hooks.control.deliveries()
    assert (logged["status"], len(logged["attempts"])) == ("success", 1)


def test_a_receiver_slower_than_the_timeout_is_a_failure(hooks: RunningSandbox) -> None:
    hooks.control.webhook_settings(timeout=0.2, attempts=2)
    release = threading.Event()  # never set before the deliveries settle: each one times out
    with WebhookReceiver(hold=release) as receiver:
        _register(hooks, receiver.url, "orders.create")
        hooks.control.emit("orders.create", {"id": "1"})
        assert hooks.control.wait_deliveries(10)
        release.set()
    (logged,) = hooks.control.deliveries()
    assert logged["status"] == "failed"
    assert [a["error"] for a in logged["attempts"]] == ["no answer within the timeout"] * 2


def test_duplicate_fault_is_handled_once_through_the_helper(hooks: RunningSandbox) -> None:
    hooks.control.add_webhook_fault("duplicate")
    with WebhookReceiver() as receiver:
        _register(hooks, receiver.url, "orders.confirmation")
        hooks.control.emit("orders.confirmation", {"id": "1", "status": "paid"})
        assert receiver.wait_for(2)
        assert hooks.control.wait_deliveries(10)
    assert receiver.requests[0] == receiver.requests[1]
    handled: list[str] = []
    dedupe = webhooks.Deduplicator()
    for delivered in receiver.requests:
        dedupe.run_once(_verify(hooks, delivered), lambda e: handled.append(e.data.id))
    assert handled == ["1"]
    (logged,) = hooks.control.deliveries()
    assert [a["duplicate"] for a in logged["attempts"]] == [False, True]


def test_out_of_order_fault_delivers_the_next_event_first(hooks: RunningSandbox) -> None:
    hooks.control.add_webhook_fault("out_of_order")
    with WebhookReceiver() as receiver:
        _register(hooks, receiver.url, "orders.create", "orders.confirmation")
        hooks.control.emit("orders.create", {"id": "1"})
        hooks.control.emit("orders.confirmation", {"id": "1"})
        assert receiver.wait_for(2)
        assert hooks.control.wait_deliveries(10)
    assert [_verify(hooks, r).event for r in receiver.requests] == [
        "orders.confirmation",
        "orders.create",
    ]


def test_bad_signature_fault_is_refused_by_verify(hooks: RunningSandbox) -> None:
    hooks.control.add_webhook_fault("bad_signature")
    with WebhookReceiver(statuses=[401]) as receiver:
        _register(hooks, receiver.url, "orders.update")
        hooks.control.emit("orders.update", {"id": "1"})
        assert hooks.control.wait_deliveries(10)
    with pytest.raises(WebhookVerificationError) as caught:
        _verify(hooks, receiver.requests[0])
    assert caught.value.reason == "signature_mismatch"
    assert hooks.control.deliveries()[0]["status"] == "client_error"


def test_resend_repeats_the_delivery_and_accounts_are_isolated(hooks: RunningSandbox) -> None:
    with WebhookReceiver() as first, WebhookReceiver() as second:
        _register(hooks, first.url, "transfer.created")
        _register(hooks, second.url, "transfer.created", account=1)
        hooks.control.emit("transfer.created", {"id": "t1"})
        assert hooks.control.wait_deliveries(10)
        (logged,) = hooks.control.deliveries()
        assert hooks.control.resend(logged["id"])["status"] == "pending"
        assert first.wait_for(2)
        assert hooks.control.wait_deliveries(10)
    assert second.requests == []
    again = [_verify(hooks, r) for r in first.requests]
    assert again[0].webhook_id == again[1].webhook_id
    assert again[0].data == {"id": "t1"}  # an event the spec does not type stays a dict
    assert hooks.control.deliveries()[0]["attempts"][-1]["number"] == 2
    other = hooks.control.webhook_secret(hooks.accounts[1].account_id)
    assert other != hooks.control.webhook_secret()


def test_only_loopback_receivers_are_reached_by_default(hooks: RunningSandbox) -> None:
    _register(hooks, "http://receiver.example.invalid/hooks", "orders.update")
    hooks.control.emit("orders.update", {"id": "1"})
    assert hooks.control.wait_deliveries(10)
    (logged,) = hooks.control.deliveries()
    assert logged["status"] == "failed"
    assert [a["outcome"] for a in logged["attempts"]] == ["blocked"]
