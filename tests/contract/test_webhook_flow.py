"""The harness's webhook flow: live against the local sandbox, skipped (with the reason)
against a remote target, and failing when a delivery does not verify."""

from __future__ import annotations

import secrets

import pytest

from contract_tests.harness import flows
from contract_tests.harness.flows import FlowEnv
from contract_tests.harness.webhook_flow import SKIP_REMOTE, webhook_flow
from ecartpay_auth import WebhookVerificationError
from ecartpay_sandbox import RunningSandbox


def _env(sandbox: RunningSandbox) -> FlowEnv:
    return FlowEnv(sandbox.base_url, sandbox.public_key, sandbox.private_key, secrets.token_hex(4))


def test_orders_create_and_confirmation_arrive_and_verify(sandbox: RunningSandbox) -> None:
    facts = webhook_flow(_env(sandbox), sandbox.control)
    assert sorted(facts["events"]) == ["orders.confirmation", "orders.create"]
    assert facts["forms"] == ["data", "data"]
    assert "paid" in facts["statuses"]
    (paid,) = [o for o in sandbox.control.data(sandbox.account_id).orders]
    assert (paid["id"], paid["status"]) == (facts["order"], "paid")
    assert [d["status"] for d in sandbox.control.deliveries()] == ["success", "success"]


def test_a_delivery_that_does_not_verify_fails_the_flow(sandbox: RunningSandbox) -> None:
    sandbox.control.add_webhook_fault("bad_signature")
    with pytest.raises(WebhookVerificationError, match="signature does not match"):
        webhook_flow(_env(sandbox), sandbox.control)


def test_check_live_runs_it_locally_and_says_why_not_remotely(sandbox: RunningSandbox) -> None:
    keys = (sandbox.base_url, sandbox.public_key, sandbox.private_key)
    local = flows.check_live(*keys, control=sandbox.control, revoke_all=sandbox.control.revoke_all)
    assert local["webhooks"] == "ok"
    remote = flows.check_live(*keys)
    assert remote["webhooks"] == SKIP_REMOTE
    assert "cannot deliver to a receiver on this machine" in SKIP_REMOTE
