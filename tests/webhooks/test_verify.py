"""verify(): every accepted form, every rejection of issue 12, typed events, rotation."""

from __future__ import annotations

import json
import pickle
import time
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest

import ecartpay_auth
from ecartpay_auth import WebhookVerificationError, webhooks
from ecartpay_client.models import Order, WebhookEventName

from .conftest import SECRET


def _delivery(data: Any, event: str = "orders.confirmation", **kw: Any) -> webhooks.SignedDelivery:
    return webhooks.sign({"event": event, "data": data}, SECRET, **kw)


def _reason(payload: bytes | str, headers: Any, secret: Any = SECRET, **kw: Any) -> str:
    with pytest.raises(WebhookVerificationError) as caught:
        webhooks.verify(payload, headers, secret, **kw)
    assert "whsec" not in str(caught.value)
    assert isinstance(caught.value, ecartpay_auth.EcartPayError)
    return caught.value.reason


def test_round_trip_gives_a_typed_order_event(order: dict[str, Any]) -> None:
    delivery = _delivery(order, webhook_id="hook_1", timestamp=1_700_000_000_123)
    event = webhooks.verify(delivery.body, delivery.headers, SECRET, tolerance=None)
    assert isinstance(event.data, Order)
    assert event.data.id == order["id"]
    assert (event.event, event.webhook_id, event.signed_form) == (
        "orders.confirmation",
        "hook_1",
        "data",
    )
    assert event.timestamp == datetime(2023, 11, 14, 22, 13, 20, 123000, tzinfo=UTC)
    assert event.raw == delivery.body
    assert delivery.headers["x-pay-signature"].startswith("SHA256=")


def test_str_payloads_header_case_pairs_and_prefix_case_are_accepted(order: dict[str, Any]) -> None:
    delivery = _delivery(order)
    upper = {k.upper(): v for k, v in delivery.headers.items()}
    upper["X-PAY-SIGNATURE"] = "sha256=" + upper["X-PAY-SIGNATURE"][7:].upper()
    assert webhooks.verify(delivery.body.decode(), upper, SECRET).event == "orders.confirmation"
    raw_pairs = [(k.encode(), v.encode()) for k, v in delivery.headers.items()]  # ASGI scope
    assert webhooks.verify(delivery.body, raw_pairs, SECRET).webhook_id == delivery.webhook_id


def test_unknown_event_verifies_and_stays_untyped() -> None:
    delivery = _delivery({"id": "x", "weird": [1.5]}, event="teleport.completed")
    event = webhooks.verify(delivery.body, delivery.headers, SECRET)
    assert event.event == "teleport.completed"
    assert event.data == {"id": "x", "weird": [1.5]}


def test_an_order_event_whose_data_does_not_fit_the_model_stays_a_dict() -> None:
    delivery = _delivery({"status": "paid"})  # no id: verified, but not an Order
    assert webhooks.verify(delivery.body, delivery.headers, SECRET).data == {"status": "paid"}


def test_rotation_accepts_any_listed_secret(order: dict[str, Any]) -> None:
    delivery = _delivery(order)
    assert webhooks.verify(delivery.body, delivery.headers, ["whsec-new-other", SECRET])
    assert _reason(delivery.body, delivery.headers, ["whsec-new-other", "whsec-old"]) == (
        "signature_mismatch"
    )


@pytest.mark.parametrize("secret", ["", [], [""], [SECRET, b""]])
def test_an_empty_secret_is_a_configuration_error(secret: Any) -> None:
    delivery = _delivery({})
    with pytest.raises(ecartpay_auth.ConfigurationError):
        webhooks.verify(delivery.body, delivery.headers, secret)


def test_tampered_body_and_wrong_secret_are_refused(order: dict[str, Any]) -> None:
    delivery = _delivery(order)
    tampered = delivery.body.replace(order["id"].encode(), b"65a1b2c3d4e5f60718293fff")
    assert tampered != delivery.body
    assert _reason(tampered, delivery.headers) == "signature_mismatch"
    assert _reason(delivery.body, delivery.headers, "whsec-wrong") == "signature_mismatch"
    other_hook = {**delivery.headers, "x-pay-webhook-id": "hook_other"}
    assert _reason(delivery.body, other_hook) == "signature_mismatch"


def test_a_re_encoded_body_with_python_numbers_is_refused_when_signed_on_data() -> None:
    delivery = _delivery({"amount": 1e-7, "whole": 1.0})
    python_body = b'{"event":"orders.confirmation","data":{"amount":1e-07,"whole":1.0}}'
    assert webhooks.verify(delivery.body, delivery.headers, SECRET).signed_form == "data"
    # json.dumps's numbers differ, but the JavaScript re-serialisation still recovers them.
    assert webhooks.verify(python_body, delivery.headers, SECRET).signed_form == "data-js"
    assert _reason(python_body.replace(b"1e-07", b"2e-07"), delivery.headers) == (
        "signature_mismatch"
    )


@pytest.mark.parametrize(
    ("shift", "reason"), [(-301, "timestamp_too_old"), (301, "timestamp_in_future")]
)
def test_stale_and_future_timestamps_are_refused(shift: int, reason: str) -> None:
    when = datetime.now(UTC) + timedelta(seconds=shift)
    delivery = _delivery({"id": "1"}, timestamp=when)
    assert _reason(delivery.body, delivery.headers) == reason
    assert webhooks.verify(delivery.body, delivery.headers, SECRET, tolerance=None)
    assert webhooks.verify(delivery.body, delivery.headers, SECRET, tolerance=400)


@pytest.mark.parametrize("missing", ["x-pay-timestamp", "x-pay-webhook-id", "x-pay-signature"])
def test_a_missing_header_is_named(missing: str) -> None:
    delivery = _delivery({})
    headers = {k: v for k, v in delivery.headers.items() if k != missing}
    with pytest.raises(WebhookVerificationError, match=missing) as caught:
        webhooks.verify(delivery.body, headers, SECRET)
    assert caught.value.reason == "missing_header"


@pytest.mark.parametrize(
    ("header", "value"),
    [
        ("x-pay-signature", "SHA256=xyz"),
        ("x-pay-signature", "MD5=" + "0" * 64),
        ("x-pay-signature", "SHA256=" + "0" * 63),
        ("x-pay-timestamp", "12.5"),
        ("x-pay-timestamp", "-1"),
        ("x-pay-timestamp", "9" * 14),
    ],
)
def test_malformed_headers_are_refused(header: str, value: str) -> None:
    delivery = _delivery({})
    assert _reason(delivery.body, {**delivery.headers, header: value}) == "malformed_header"


def test_the_same_header_twice_with_different_values_is_refused() -> None:
    delivery = _delivery({})
    pairs = [*delivery.headers.items(), ("X-Pay-Timestamp", "1")]
    assert _reason(delivery.body, pairs) == "malformed_header"


def _signed_raw(body: bytes) -> dict[str, str]:
    """Headers with a valid signature over the raw `data` of `body` (or, if it has none, the
    whole body), so only the body's shape can be at fault."""
    ts = str(time.time_ns() // 1_000_000)
    digest = webhooks.sign(
        b'{"event":"x","data":0}', SECRET, webhook_id="hook_1", timestamp=int(ts)
    )
    from ecartpay_auth.webhooks import _hmac, _span

    try:
        signed = _span.member_span(body, "data") if isinstance(json.loads(body), dict) else None
    except (ValueError, RecursionError):
        signed = None
    sig = _hmac.compute(SECRET.encode(), ts, "hook_1", body if signed is None else signed).hex()
    return {**digest.headers, "x-pay-signature": f"SHA256={sig}"}


@pytest.mark.parametrize(
    ("body", "reason"),
    [
        (b"not json at all", "not_json"),
        (b'{"event":"x","data":NaN}', "not_json"),
        (b"\xff\xfe{}", "not_utf8"),
        (b'["event","data"]', "not_an_event"),
        (b'{"data":{}}', "not_an_event"),
        (b'{"event":"orders.update"}', "not_an_event"),
        (b"[" * 100_000 + b"]" * 100_000, "too_deep"),
        (b'{"event":"x","data":' + b"[" * 200 + b"}", "too_deep"),  # unclosed: as deep
    ],
)
def test_bodies_that_are_not_events_are_refused_even_when_signed(body: bytes, reason: str) -> None:
    assert _reason(body, _signed_raw(body)) == reason


def test_nesting_up_to_the_limit_verifies_and_one_level_more_is_refused() -> None:
    limit = webhooks.MAX_DEPTH  # the body object is one level, data the others
    deepest = '{"event":"x","data":' + "[" * (limit - 1) + '"[{"' + "]" * (limit - 1) + "}"
    assert webhooks.verify(deepest, _signed_raw(deepest.encode()), SECRET).data
    deeper = deepest.replace('"[{"', '[{"\\"":0}]')
    assert _reason(deeper, _signed_raw(deeper.encode())) == "too_deep"
    with pytest.raises(ecartpay_auth.ConfigurationError, match="deeper"):
        webhooks.sign(deeper, SECRET)


def test_a_huge_body_is_refused_before_parsing() -> None:
    body = b'{"event":"orders.update","data":"' + b"x" * (1 << 20) + b'"}'
    assert _reason(body, _signed_raw(body)) == "body_too_large"
    assert webhooks.verify(body, _signed_raw(body), SECRET, max_body_bytes=2 << 20)


def test_the_error_pickles_with_its_reason() -> None:
    error = WebhookVerificationError("the signature does not match", reason="signature_mismatch")
    copy = pickle.loads(pickle.dumps(error))
    assert (str(copy), copy.reason) == (str(error), "signature_mismatch")


def test_sign_refuses_what_is_not_a_delivery_body() -> None:
    with pytest.raises(ecartpay_auth.ConfigurationError, match="whole delivery body"):
        webhooks.sign({"id": "1"}, SECRET)
    with pytest.raises(ecartpay_auth.ConfigurationError, match="data"):
        webhooks.sign({"event": "x"}, SECRET)
    with pytest.raises(ecartpay_auth.ConfigurationError, match="not JSON"):
        webhooks.sign("{nope", SECRET)
    with pytest.raises(ecartpay_auth.ConfigurationError, match="one secret"):
        webhooks.sign({"event": "x", "data": 1}, [SECRET])  # type: ignore[arg-type]
    with pytest.raises(ecartpay_auth.ConfigurationError, match="aware"):
        webhooks.sign({"event": "x", "data": 1}, SECRET, timestamp=datetime(2024, 1, 1))
    with pytest.raises(ecartpay_auth.ConfigurationError, match="set"):
        webhooks.sign({"event": "x", "data": {1, 2}}, SECRET)


def test_sign_keeps_an_exact_text_and_signs_its_data_bytes() -> None:
    text = '{ "event" : "orders.update" , "data" : { "amount" : 1.50 } }'
    delivery = webhooks.sign(text, SECRET)
    assert delivery.body == text.encode()
    event = webhooks.verify(delivery.body, delivery.headers, SECRET)
    assert event.signed_form == "data"
    assert event.body["data"] == {"amount": 1.5}


def test_sign_writes_models_as_javascript_would(order: dict[str, Any]) -> None:
    model = Order.from_dict({**order, "fee": 301.0})  # an extra field, kept as it came
    delivery = webhooks.sign({"event": "orders.create", "data": model}, SECRET)
    assert b'"fee":301' in delivery.body  # 301.0 written as JavaScript writes it
    assert b"301.0" not in delivery.body
    assert webhooks.verify(delivery.body, delivery.headers, SECRET).data == model


def test_typed_events_follow_the_specs_webhooks(spec: dict[str, Any]) -> None:
    """openapi.yaml's top-level `webhooks:` drives which events come back typed, and how."""
    declared = spec["webhooks"]
    models = {
        name: item["post"]["requestBody"]["content"]["application/json"]["schema"]["$ref"]
        for name, item in declared.items()
    }
    typed = {name for name, ref in models.items() if ref.endswith("/OrderEvent")}
    assert set(webhooks.TYPED_EVENTS) == typed
    order_event = spec["components"]["schemas"]["OrderEvent"]["properties"]["data"]["$ref"]
    assert order_event.endswith("/Order")
    assert all(parse == Order.from_dict for parse in webhooks.TYPED_EVENTS.values())
    assert set(spec["components"]["schemas"]["WebhookEventName"]["enum"]) == set(declared)


def test_known_event_names_are_the_specs_enum_and_unknown_ones_plain_strings() -> None:
    known = webhooks.sign({"event": "orders.update", "data": {}}, SECRET)
    event = webhooks.verify(known.body, known.headers, SECRET)
    assert event.event is WebhookEventName.ORDERS_UPDATE
    unknown = webhooks.sign({"event": "direct_debit.created", "data": {}}, SECRET)
    name = webhooks.verify(unknown.body, unknown.headers, SECRET).event
    assert type(name) is str
    assert name == "direct_debit.created"
