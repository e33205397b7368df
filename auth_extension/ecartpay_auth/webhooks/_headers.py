"""The delivery headers: their names, and reading them from any mapping in any case."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import TypeAlias

from .._errors import WebhookVerificationError

__all__ = [
    "SIGNATURE",
    "TIMESTAMP",
    "WEBHOOK_ID",
    "HeadersLike",
    "is_text",
    "read_headers",
]

TIMESTAMP = "x-pay-timestamp"
"""Milliseconds since the epoch, UTC, as decimal digits."""
WEBHOOK_ID = "x-pay-webhook-id"
"""The vendor's id of the webhook (`hook_<uuid>`)."""
SIGNATURE = "x-pay-signature"
"""`SHA256=<hex HMAC>`."""

HeadersLike: TypeAlias = Mapping[str, str] | Iterable[tuple[str | bytes, str | bytes]]
"""A dict, Starlette/werkzeug/httpx headers, or (name, value) pairs."""


def is_text(value: str) -> bool:
    """False for a `str` holding a lone surrogate (it has no UTF-8 form)."""
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


def _pairs(headers: HeadersLike) -> Iterable[tuple[str | bytes, str | bytes]]:
    if isinstance(headers, Mapping):
        return headers.items()
    return headers


def read_headers(headers: HeadersLike) -> tuple[str, str, str]:
    """(timestamp, webhook id, signature) as sent; a clear error for a missing or doubled one."""
    wanted = {TIMESTAMP: set[str](), WEBHOOK_ID: set[str](), SIGNATURE: set[str]()}
    for name, value in _pairs(headers):
        key = name.decode("latin-1") if isinstance(name, bytes) else str(name)
        values = wanted.get(key.strip().lower())
        if values is not None:
            text = value.decode("latin-1") if isinstance(value, bytes) else str(value)
            values.add(text.strip())
    found: list[str] = []
    for name, values in wanted.items():
        if not values or values == {""}:
            raise WebhookVerificationError(f"missing header {name}", reason="missing_header")
        if len(values) > 1:
            raise WebhookVerificationError(
                f"header {name} given more than once with different values",
                reason="malformed_header",
            )
        value = values.pop()
        if not is_text(value):
            raise WebhookVerificationError(
                f"malformed {name}: not text (a lone surrogate)", reason="malformed_header"
            )
        found.append(value)
    return found[0], found[1], found[2]
