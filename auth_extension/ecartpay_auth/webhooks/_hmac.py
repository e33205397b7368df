"""The signature itself: HMAC-SHA256 over `"{timestamp}.{webhook_id}.{signed text}"`."""

from __future__ import annotations

import hashlib
import hmac
import re
from collections.abc import Sequence

from .._errors import ConfigurationError, WebhookVerificationError

__all__ = ["compute", "matches", "parse_signature", "secrets_of"]

_HEX = re.compile(r"[0-9a-fA-F]{64}")
_PREFIX = "sha256="


def secrets_of(secret: str | bytes | Sequence[str | bytes]) -> list[bytes]:
    """One secret or several (rotation: old and new both verify) as bytes; never empty."""
    items = [secret] if isinstance(secret, str | bytes) else list(secret)
    try:
        keys = [s.encode("utf-8") if isinstance(s, str) else s for s in items]
    except UnicodeEncodeError:
        raise ConfigurationError("the webhook secret is not text (a lone surrogate)") from None
    if not keys or not all(isinstance(k, bytes) and k for k in keys):
        raise ConfigurationError("the webhook secret must be a non-empty string (or a list)")
    return keys


def parse_signature(header: str) -> bytes:
    """The 32-byte digest from `SHA256=<hex>` (prefix in any case, or absent)."""
    text = header.strip()
    if text[: len(_PREFIX)].lower() == _PREFIX:
        text = text[len(_PREFIX) :]
    if not _HEX.fullmatch(text):
        raise WebhookVerificationError(
            "malformed x-pay-signature: expected SHA256= and 64 hex digits",
            reason="malformed_header",
        )
    return bytes.fromhex(text)


def compute(secret: bytes, timestamp: str, webhook_id: str, signed: bytes) -> bytes:
    message = timestamp.encode("utf-8") + b"." + webhook_id.encode("utf-8") + b"." + signed
    return hmac.new(secret, message, hashlib.sha256).digest()


def matches(
    expected: bytes, secrets: list[bytes], timestamp: str, webhook_id: str, signed: bytes
) -> bool:
    """Constant-time comparison against every secret (no early exit between secrets)."""
    found = False
    for key in secrets:
        found |= hmac.compare_digest(expected, compute(key, timestamp, webhook_id, signed))
    return found
