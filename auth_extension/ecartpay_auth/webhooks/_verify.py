"""`verify`: check a delivery before anything reads it (stripe-python's order of work)."""

from __future__ import annotations

import json
import math
import time
from collections.abc import Sequence
from datetime import UTC, datetime
from typing import Any

from .._errors import ConfigurationError, WebhookVerificationError
from . import _hmac
from ._depth import MAX_DEPTH, deeper_than
from ._event import SignedForm, WebhookEvent, event_name, typed_data
from ._headers import HeadersLike, is_text, read_headers
from ._jsjson import js_exact, js_stringify
from ._span import member_span

__all__ = ["DEFAULT_MAX_BODY_BYTES", "DEFAULT_TOLERANCE", "check_tolerance", "verify"]

DEFAULT_TOLERANCE = 300
"""Seconds a timestamp may differ from now, either way. The vendor documents none: five
minutes, as Stripe and Svix use, absorbs clock skew and the vendor's retries re-signed
within the window."""

DEFAULT_MAX_BODY_BYTES = 1 << 20
"""Assumed: an event is an order or a subscription, a few kB; 1 MiB refuses abuse early."""


def _fail(message: str, reason: str) -> WebhookVerificationError:
    return WebhookVerificationError(message, reason=reason)


def check_tolerance(tolerance: object) -> float | None:
    """`tolerance` if it is None or a finite number of seconds >= 0; ConfigurationError else.

    NaN would compare false with every skew and so accept any timestamp; a negative one
    would refuse every delivery as a timing error.
    """
    if tolerance is None:
        return None
    if isinstance(tolerance, int) and not isinstance(tolerance, bool):
        tolerance = float(min(tolerance, 2**53))  # any int is finite; 2**53 s is forever
    if isinstance(tolerance, float) and math.isfinite(tolerance) and tolerance >= 0:
        return tolerance
    raise ConfigurationError(
        "the webhook tolerance must be a finite number of seconds >= 0 (None skips the "
        f"timestamp check), not {tolerance!r:.40}"
    )


def _parse_timestamp(text: str) -> int:
    if not text.isascii() or not text.isdigit() or len(text) > 13:
        raise _fail(
            "malformed x-pay-timestamp: expected milliseconds since the epoch",
            reason="malformed_header",
        )
    return int(text)


def _reject_constant(name: str) -> Any:
    raise ValueError(f"{name} is not JSON")


def _raw_bytes(payload: bytes | str) -> bytes:
    if not isinstance(payload, str):
        return bytes(payload)
    try:
        return payload.encode("utf-8")
    except UnicodeEncodeError:
        raise _fail("the body is not UTF-8 text (a lone surrogate)", reason="not_utf8") from None


def _parse_body(raw: bytes) -> dict[str, Any]:
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError:
        raise _fail("the body is not UTF-8", reason="not_utf8") from None
    if deeper_than(raw):
        raise _fail(f"the body nests deeper than {MAX_DEPTH} levels", reason="too_deep")
    try:
        body = json.loads(text, parse_constant=_reject_constant)
    except (ValueError, RecursionError):
        raise _fail("the body is not JSON", reason="not_json") from None
    if not isinstance(body, dict) or not isinstance(body.get("event"), str) or "data" not in body:
        raise _fail(
            'the body is JSON but not an event {"event": "...", "data": ...}',
            reason="not_an_event",
        )
    if not is_text(body["event"]):
        raise _fail("the event name is not text (a lone surrogate)", reason="not_an_event")
    return body


def _check_webhook_id(webhook_id: str) -> None:
    # The signed text is "{digits}.{webhook id}.{data}": with no dot in the id it splits
    # one way only, so no id and data can be traded for another pair.
    if "." in webhook_id:
        raise _fail("malformed x-pay-webhook-id: it contains '.'", reason="malformed_header")


def _candidates(raw: bytes, body: dict[str, Any]) -> list[tuple[SignedForm, bytes]]:
    """The texts that may be `JSON.stringify(data)`, most faithful first (see
    docs/guides/webhooks.md).

    The exact bytes of `data`, then, for a body re-encoded on its way, `data` written again
    as Node writes it. The second only when every number of `data` is one JavaScript holds
    exactly: otherwise two different values (`1e400` and `null`, 2**53 + 1 and 2**53) would
    write the same text, and the signature of one would vouch for the other.
    """
    span = member_span(raw, "data")
    forms: list[tuple[SignedForm, bytes]] = [] if span is None else [("data", span)]
    if js_exact(body["data"]):
        rewritten = js_stringify(body["data"]).encode("utf-8")
        if rewritten != span:
            forms.append(("data-js", rewritten))
    return forms


def _check_tolerance(sent_ms: int, tolerance: float, now: float) -> None:
    skew = now - sent_ms / 1000
    if skew > tolerance:
        raise _fail(
            f"the timestamp is {skew:.0f} s old, beyond the tolerance of {tolerance:g} s",
            reason="timestamp_too_old",
        )
    if -skew > tolerance:
        raise _fail(
            f"the timestamp is {-skew:.0f} s in the future, beyond the tolerance of "
            f"{tolerance:g} s (check this machine's clock)",
            reason="timestamp_in_future",
        )


def verify(
    payload: bytes | str,
    headers: HeadersLike,
    secret: str | bytes | Sequence[str | bytes],
    *,
    tolerance: float | None = DEFAULT_TOLERANCE,
    max_body_bytes: int = DEFAULT_MAX_BODY_BYTES,
) -> WebhookEvent:
    """Verify a delivery and return its event; raise `WebhookVerificationError` otherwise.

    The signature covers `"{x-pay-timestamp}.{x-pay-webhook-id}.{JSON.stringify(data)}"`
    and nothing else: the event name and any other member of the body are not signed.
    `payload` is the raw request body, exactly as received: re-encoding parsed JSON changes
    the signed bytes. Verify before any business logic: only `data` can be trusted.

    Args:
        payload: The raw request body, exactly as received.
        headers: The request's headers (any mapping; names are case-insensitive).
        secret: The webhook secret, or a list of them during a rotation (any one may
            match).
        tolerance: Seconds a delivery's timestamp may be off (a finite number >= 0);
            None turns the timestamp check off.
        max_body_bytes: A larger body is refused before it is parsed.

    Returns:
        The verified event.

    Raises:
        ecartpay.WebhookVerificationError: Any check failed; its `reason` says which.
        ecartpay.ConfigurationError: A bad `secret` or `tolerance`.

    Example:
        ```python
        @app.post("/webhooks/ecartpay")
        async def receive(request: Request) -> Response:
            body = await request.body()
            try:
                event = ecartpay.webhooks.verify(body, request.headers, WEBHOOK_SECRET)
            except ecartpay.WebhookVerificationError:
                return Response(status_code=401)
            handle(event.event, event.data)
            return Response(status_code=200)
        ```
    """
    tolerance = check_tolerance(tolerance)
    secrets = _hmac.secrets_of(secret)
    raw = _raw_bytes(payload)
    timestamp, webhook_id, signature = read_headers(headers)
    expected = _hmac.parse_signature(signature)
    sent_ms = _parse_timestamp(timestamp)
    _check_webhook_id(webhook_id)
    if len(raw) > max_body_bytes:
        raise _fail(
            f"the body is {len(raw)} bytes, more than max_body_bytes={max_body_bytes}",
            reason="body_too_large",
        )
    body = _parse_body(raw)
    signed_form = next(
        (
            form
            for form, text in _candidates(raw, body)
            if _hmac.matches(expected, secrets, timestamp, webhook_id, text)
        ),
        None,
    )
    if signed_form is None:
        raise _fail(
            "the signature does not match (wrong secret, or a body changed after it was "
            "signed: pass the raw request body, never re-encoded JSON; only `data` is "
            "signed)",
            reason="signature_mismatch",
        )
    if tolerance is not None:
        _check_tolerance(sent_ms, tolerance, time.time())
    event: str = body["event"]
    return WebhookEvent(
        event=event_name(event),
        data=typed_data(event, body.get("data")),
        webhook_id=webhook_id,
        timestamp=datetime.fromtimestamp(sent_ms / 1000, tz=UTC),
        raw=raw,
        signed_form=signed_form,
        body=body,
    )
