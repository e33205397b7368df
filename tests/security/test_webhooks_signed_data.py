"""Issue 19, must fix 4: a webhook is trusted for what the vendor signs, and nothing else.

The vendor (a Node sender, played here by Node itself) signs
`"{timestamp}.{webhook_id}.{JSON.stringify(data)}"`. Each test is one attack by someone who
holds a genuine delivery but not the secret; each one succeeded before the fix.
"""

from __future__ import annotations

import json
import time
from typing import Any

import pytest

from contract_tests.redis_server import RedisServer
from ecartpay_auth import WebhookVerificationError, webhooks
from tests.docs import _pages
from tests.webhooks._node import node_sign
from tests.webhooks._receivers import FRAMEWORKS, docs_receiver
from tests.webhooks.conftest import SECRET

HOOK = "hook_6f1c2d3e-4b5a-4c6d-8e7f-0123456789ab"
ORDER = {"id": "65a1b2c3d4e5f60718293b5c", "status": "in_review", "currency": "MXN"}


def _genuine(data_js: str, event: str = "orders.update", mode: str = "data") -> Any:
    """(body, headers) of a delivery Node signs now, with `data_js` as its data."""
    ts = str(time.time_ns() // 1_000_000)
    body, sig = node_sign(event, data_js, SECRET, ts, HOOK, mode=mode)
    headers = {"x-pay-timestamp": ts, "x-pay-webhook-id": HOOK, "x-pay-signature": f"SHA256={sig}"}
    return body, headers


def _refused(body: bytes, headers: dict[str, str]) -> str:
    with pytest.raises(WebhookVerificationError) as caught:
        webhooks.verify(body, headers, SECRET)
    return caught.value.reason


def test_a_signature_over_the_whole_body_is_not_accepted() -> None:
    """Whoever signs whole bodies is not the vendor: that reading is gone."""
    body, headers = _genuine(json.dumps(ORDER), event="orders.confirmation", mode="body")
    assert _refused(body, headers) == "signature_mismatch"


def test_signed_data_shaped_like_a_body_cannot_be_posted_as_the_body() -> None:
    """A genuine `data` that itself reads `{"event", "data"}` (say, an audit record the
    vendor forwards) is not a delivery of that inner event: the whole-body reading let the
    attacker post the signed `data` as the body and have the inner order believed paid."""
    inner = {"event": "orders.confirmation", "data": {**ORDER, "status": "paid"}}
    body, headers = _genuine(json.dumps(inner), event="transfer.created")
    signed_data = json.loads(body)["data"]
    as_body = json.dumps(signed_data, separators=(",", ":")).encode()
    assert webhooks.verify(body, headers, SECRET).event == "transfer.created"  # genuine
    assert _refused(as_body, headers) == "signature_mismatch"


@pytest.mark.parametrize("framework", FRAMEWORKS)
def test_renaming_the_event_does_not_make_the_docs_receiver_act(
    framework: str, monkeypatch: pytest.MonkeyPatch, capsys: Any
) -> None:
    """An `orders.update` of an order in review, resent as `orders.confirmation`: the
    receiver must not ship it. The rename still verifies (the name is not signed)."""
    body, headers = _genuine(json.dumps(ORDER))
    renamed = body.replace(b'"event":"orders.update"', b'"event":"orders.confirmation"')
    assert webhooks.verify(renamed, headers, SECRET).event == "orders.confirmation"
    post = docs_receiver(framework, monkeypatch)
    assert post(renamed, headers).status_code == 204
    assert capsys.readouterr().out == ""


@pytest.mark.parametrize("store", ["memory", "redis"])
def test_a_renamed_copy_is_a_repeat_for_the_deduplicator(
    store: str, request: pytest.FixtureRequest
) -> None:
    if store == "redis":
        server: RedisServer = request.getfixturevalue("redis_server")
        dedupe = webhooks.Deduplicator(webhooks.RedisDeliveryStore.from_url(server.url))
    else:
        dedupe = webhooks.Deduplicator()
    body, headers = _genuine(json.dumps({**ORDER, "id": f"65a1b2c3d4e5f6071829{store[:4]}"}))
    renamed = body.replace(b'"event":"orders.update"', b'"event":"orders.confirmation"')
    handled: list[str] = []
    for copy in (body, renamed):
        event = webhooks.verify(copy, headers, SECRET)
        dedupe.run_once(event, lambda e: handled.append(str(e.event)))
    assert handled == ["orders.update"]


def test_a_number_javascript_writes_as_null_cannot_replace_the_null() -> None:
    """`1e400` parses to inf and `JSON.stringify(Infinity)` is `null`: before the fix the
    re-serialisation turned a signed `null` into an attacker's infinite amount."""
    body, headers = _genuine('{"id": "65a1b2c3d4e5f60718293b5c", "refund_limit": null}')
    forged = body.replace(b'"refund_limit":null', b'"refund_limit":1e400')
    assert forged != body
    assert _refused(forged, headers) == "signature_mismatch"


def test_an_integer_beyond_2_to_the_53_cannot_replace_its_rounded_neighbour() -> None:
    """JavaScript reads 9007199254740993 as 9007199254740992: the signed text of one
    vouched for the other after re-serialisation."""
    body, headers = _genuine('{"id": "65a1b2c3d4e5f60718293b5c", "amount": 9007199254740992}')
    forged = body.replace(b"9007199254740992", b"9007199254740993")
    assert forged != body
    assert _refused(forged, headers) == "signature_mismatch"


def test_a_webhook_id_with_a_dot_cannot_move_signed_text_out_of_data() -> None:
    """`{ts}.hook_1.150.75` is also `{ts}.hook_1.150.` + `75`: the same signature, another
    id and another amount, unless an id may not contain a dot."""
    body, headers = _genuine("150.75")
    assert webhooks.verify(body, headers, SECRET).data == 150.75
    shifted_body = body.replace(b'"data":150.75', b'"data":75')
    shifted = {**headers, "x-pay-webhook-id": HOOK + ".150"}
    assert _refused(shifted_body, shifted) == "malformed_header"


def test_the_event_and_the_security_page_say_the_event_name_is_unsigned() -> None:
    security = _pages.section("guides/security.md", "What it cannot promise")
    assert "The event name (`event.event`) is unsigned" in " ".join(security.split())
    assert "event name" in (webhooks.WebhookEvent.__doc__ or "")
    assert "NOT signed" in (webhooks.WebhookEvent.__doc__ or "")
