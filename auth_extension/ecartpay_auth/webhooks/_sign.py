"""`sign`: a delivery exactly as the vendor sends it, for tests and for the local sandbox."""

from __future__ import annotations

import json
import re
import time
import uuid
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from .._errors import ConfigurationError
from . import _hmac
from ._depth import MAX_DEPTH, deeper_than
from ._headers import SIGNATURE, TIMESTAMP, WEBHOOK_ID
from ._jsjson import js_stringify
from ._span import member_span

__all__ = ["SignedDelivery", "sign"]

_HEADER_TEXT = re.compile(r"[\x21-\x7e]+")


@dataclass(frozen=True, slots=True)
class SignedDelivery:
    """The headers and body to POST, as `sign` makes them.

    Attributes:
        headers: `content-type` and the three `x-pay-*` headers, lower-case names as
            Node sends them.
        body: The body's bytes, exactly as signed.
        webhook_id: The delivery's `x-pay-webhook-id`.
        timestamp: Milliseconds since the epoch, as in `x-pay-timestamp`.

    Example:
        ```python
        delivery = ecartpay_auth.webhooks.sign({"event": "orders.update", "data": {}}, secret)
        httpx.post(receiver_url, content=delivery.body, headers=delivery.headers)
        ```
    """

    headers: dict[str, str]
    body: bytes
    webhook_id: str
    timestamp: int
    """Milliseconds since the epoch, as in `x-pay-timestamp`."""


def _millis(timestamp: datetime | int | float | None) -> int:
    if timestamp is None:
        return time.time_ns() // 1_000_000
    if isinstance(timestamp, datetime):
        if timestamp.tzinfo is None:
            raise ConfigurationError("sign(timestamp=...) needs an aware datetime")
        return round(timestamp.timestamp() * 1000)
    if isinstance(timestamp, bool) or not isinstance(timestamp, int | float) or timestamp < 0:
        raise ConfigurationError("sign(timestamp=...) takes a datetime or milliseconds")
    return int(timestamp)


def _text_bytes(data: str | bytes) -> bytes:
    try:
        raw = data.encode("utf-8") if isinstance(data, str) else bytes(data)
    except UnicodeEncodeError:
        raise ConfigurationError("sign() got a body that is not text (a lone surrogate)") from None
    if deeper_than(raw):
        raise ConfigurationError(f"sign() got a body nested deeper than {MAX_DEPTH} levels")
    return raw


def _body_bytes(data: Mapping[str, Any] | str | bytes) -> bytes:
    if isinstance(data, str | bytes):
        raw = _text_bytes(data)
        try:
            parsed = json.loads(raw)
        except (ValueError, RecursionError):
            raise ConfigurationError("sign() got a body that is not JSON") from None
    else:
        raw, parsed = b"", data
    if not isinstance(parsed, Mapping) or not isinstance(parsed.get("event"), str):
        raise ConfigurationError(
            'sign() takes the whole delivery body, {"event": "<name>", "data": {...}}'
        )
    if "data" not in parsed:
        raise ConfigurationError('sign() got a body without a top-level "data" member')
    if raw:
        return raw
    try:
        return _text_bytes(js_stringify(parsed))
    except TypeError as exc:
        raise ConfigurationError(f"sign(): {exc}") from None


def sign(
    data: Mapping[str, Any] | str | bytes,
    secret: str | bytes,
    *,
    webhook_id: str | None = None,
    timestamp: datetime | int | float | None = None,
) -> SignedDelivery:
    """Sign a delivery body the way the vendor does.

    `data` is the whole body: a mapping `{"event": name, "data": ...}` (written as Node's
    `JSON.stringify` writes it; models with `to_dict()` are accepted inside), or a JSON
    text that is sent and signed as is (to test exact bytes). The signature is
    HMAC-SHA256(secret, "{timestamp}.{webhook_id}.{data as it stands in the body}"): the
    event name is not signed, as the vendor does not sign it. For testing a receiver
    with deliveries that `verify` (and the vendor's own checks) accept.

    Args:
        data: The whole body: a mapping, or a JSON text signed as is.
        secret: The webhook secret.
        webhook_id: The delivery's id (default a fresh `hook_<uuid>`); printable ASCII
            without `.`.
        timestamp: When it was sent: an aware datetime or milliseconds (default now).

    Returns:
        The headers and body to POST.

    Raises:
        ecartpay.ConfigurationError: A body without `event` and `data`, not JSON, too
            deep, or a bad `webhook_id` / `timestamp`.

    Example:
        ```python
        from ecartpay_auth import webhooks

        delivery = webhooks.sign({"event": "orders.update", "data": {"id": "o1"}}, "whsec")
        event = webhooks.verify(delivery.body, delivery.headers, "whsec")
        assert event.event == "orders.update"
        ```
    """
    if not isinstance(secret, str | bytes):
        raise ConfigurationError("sign() takes one secret (verify() takes several)")
    (key,) = _hmac.secrets_of(secret)
    body = _body_bytes(data)
    hook = webhook_id if webhook_id is not None else f"hook_{uuid.uuid4()}"
    if not isinstance(hook, str) or not _HEADER_TEXT.fullmatch(hook) or "." in hook:
        raise ConfigurationError(
            "sign(webhook_id=...) takes printable ASCII without '.' (it is a header)"
        )
    millis = str(_millis(timestamp))
    signed = member_span(body, "data")
    assert signed is not None  # _body_bytes guarantees a data member
    digest = _hmac.compute(key, millis, hook, signed).hex()
    headers = {
        "content-type": "application/json",
        TIMESTAMP: millis,
        WEBHOOK_ID: hook,
        SIGNATURE: f"SHA256={digest}",
    }
    return SignedDelivery(headers=headers, body=body, webhook_id=hook, timestamp=int(millis))
