"""The webhook flow of ``make contract-test``, on the local target only.

Register a receiver this process serves, create an order, let the customer pay it, then
receive and verify ``orders.create`` and ``orders.confirmation`` with
``ecartpay_auth.webhooks``; the payment is read from the signed ``data`` (the order's
status), since the event name is not signed. It needs the local sandbox: the vendor's
sandbox cannot reach a server on this machine, and only the local control plane can make a
customer pay and tell the account's global secret. Live only, never recorded into a
cassette (the deliveries are the sandbox's own outgoing requests).
"""

from __future__ import annotations

from typing import Any

from contract_tests.harness.flows import FlowEnv, FlowError, expect
from contract_tests.webhook_receiver import WebhookReceiver
from ecartpay_auth import webhooks
from ecartpay_client.api.orders import create_order
from ecartpay_client.api.webhooks import create_webhook
from ecartpay_client.models import Order, OrderCreate, OrderItemCreate, Webhook, WebhookCreate
from ecartpay_sandbox import SandboxControl

EVENTS = ("orders.create", "orders.confirmation")
SKIP_REMOTE = (
    "skipped: the vendor's sandbox cannot deliver to a receiver on this machine, nor make "
    "a customer pay on demand (local target only)"
)
WAIT_SECONDS = 30.0


def webhook_flow(env: FlowEnv, control: SandboxControl) -> dict[str, Any]:
    """Register, create, pay; then both deliveries arrive and verify as typed orders."""
    with WebhookReceiver() as receiver, env.client() as client:
        body = WebhookCreate(url=receiver.url, events=list(EVENTS))
        expect(create_webhook.sync(client=client, body=body), Webhook, "create webhook")
        order = expect(
            create_order.sync(
                client=client,
                body=OrderCreate(
                    currency="MXN",
                    email=f"hooks.{env.run_id}@example.com",
                    items=[OrderItemCreate(name="T-shirt", quantity=2, price=150.5)],
                ),
            ),
            Order,
            "create order",
        )
        control.pay_order(order.id)
        if not receiver.wait_for(len(EVENTS), timeout=WAIT_SECONDS):
            raise FlowError(f"{len(receiver.requests)} of {len(EVENTS)} deliveries arrived")
    secret = control.webhook_secret()
    received = [webhooks.verify(body, headers, secret) for headers, body in receiver.requests]
    names = [str(event.event) for event in received]
    if sorted(names) != sorted(EVENTS):
        raise FlowError(f"received {names}, expected {list(EVENTS)}")
    statuses = []
    for event in received:
        data = expect(event.data, Order, f"{event.event} data")
        if data.id != order.id:
            raise FlowError(f"{event.event} carries order {data.id}, not {order.id}")
        statuses.append(str(data.status))
    if "paid" not in statuses:  # the signed data says it, not the (unsigned) event name
        raise FlowError(f"no delivery's signed data has the order paid: {statuses}")
    return {
        "events": names,
        "statuses": statuses,
        "order": order.id,
        "forms": [e.signed_form for e in received],
    }
