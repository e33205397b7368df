"""Node's own JSON.stringify and crypto sign; ecartpay_auth.webhooks verifies (and back)."""

from __future__ import annotations

import json
import time

import pytest

from ecartpay_auth import webhooks

from ._node import node_check, node_sign

SECRET = "whsec-test-only-0123456789abcdef"
HOOK = "hook_6f1c2d3e-4b5a-4c6d-8e7f-0123456789ab"

# JSON texts as Node will parse them: the numbers and strings json.dumps writes differently.
DATA_CASES = {
    "tiny": '{"amount": 1e-7, "fee": 0.000001, "big": 1e21, "whole": 1.0, "neg": -0.0}',
    "more-numbers": '{"a": 1.5e-7, "b": 123456789012345678901234, "c": 0.1, "d": 100.50, '
    '"e": 5e-324, "f": 1.7976931348623157e308, "g": 12345678901234567890}',
    "unicode": '{"name": "Ana López 😀 \\u2028 ✓", "ctl": "\\u0001\\u001f\\u007f", '
    '"esc": "quote \\" back \\\\ slash / nl \\n tab \\t", "lone": "\\ud800x"}',
    "key-order": '{"b": 1, "10": 2, "2": 3, "01": 4, "4294967295": 5, '
    '"a": [1.0, {"z": 0, "1": 1}]}',
    "not-an-object": '[1e-7, "x", null, true]',
}


def _headers(ts: str, sig: str) -> dict[str, str]:
    return {"X-Pay-Timestamp": ts, "X-PAY-WEBHOOK-ID": HOOK, "x-pay-signature": f"SHA256={sig}"}


@pytest.mark.parametrize("case", sorted(DATA_CASES))
def test_node_signed_deliveries_verify_on_the_exact_data_bytes(case: str) -> None:
    ts = str(time.time_ns() // 1_000_000)
    body, sig = node_sign("orders.update", DATA_CASES[case], SECRET, ts, HOOK)
    python_text = json.dumps(json.loads(DATA_CASES[case]), separators=(",", ":"))
    assert python_text.encode() not in body  # json.dumps alone would not verify
    event = webhooks.verify(body, _headers(ts, sig), SECRET)
    assert event.signed_form == "data"
    assert event.event == "orders.update"
    assert event.webhook_id == HOOK
    assert event.raw == body


def test_a_re_indented_body_verifies_through_the_javascript_re_serialisation() -> None:
    ts = str(time.time_ns() // 1_000_000)
    body, sig = node_sign("orders.update", DATA_CASES["tiny"], SECRET, ts, HOOK, mode="pretty")
    assert b"\n  " in body
    event = webhooks.verify(body, _headers(ts, sig), SECRET)
    assert event.signed_form == "data-js"
    assert event.body["data"]["amount"] == 1e-7


def test_a_signature_over_the_whole_body_is_refused() -> None:
    """The vendor signs `data` only: a whole-body signature is nobody's genuine delivery."""
    ts = str(time.time_ns() // 1_000_000)
    body, sig = node_sign("transfer.created", DATA_CASES["unicode"], SECRET, ts, HOOK, mode="body")
    with pytest.raises(webhooks.WebhookVerificationError) as caught:
        webhooks.verify(body, _headers(ts, sig), SECRET)
    assert caught.value.reason == "signature_mismatch"
    ok, _ = node_check(body, ts, HOOK, f"SHA256={sig}", SECRET)
    assert not ok  # Node, checking as the vendor documents it, refuses it too


def test_python_sign_is_what_node_computes_from_the_body() -> None:
    data = json.loads(DATA_CASES["tiny"]) | json.loads(DATA_CASES["unicode"])
    data |= json.loads(DATA_CASES["key-order"])
    delivery = webhooks.sign({"event": "orders.create", "data": data}, SECRET, webhook_id=HOOK)
    headers = delivery.headers
    ok, node_text = node_check(
        delivery.body, headers["x-pay-timestamp"], HOOK, headers["x-pay-signature"], SECRET
    )
    assert ok
    assert node_text.encode() in delivery.body
    assert '"amount":1e-7,"fee":0.000001,"big":1e+21,"whole":1,"neg":0' in node_text
    assert webhooks.js_stringify(data) == node_text
