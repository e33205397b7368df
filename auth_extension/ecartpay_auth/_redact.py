"""Fingerprints and redaction: the only forms in which secrets may appear in output."""

from __future__ import annotations

import hashlib
from collections.abc import Iterable

__all__ = ["fingerprint", "redact"]


def fingerprint(secret: str) -> str:
    """First 8 hex digits of the secret's SHA-256: enough to correlate, useless to attack."""
    return hashlib.sha256(secret.encode("utf-8")).hexdigest()[:8]


def redact(text: str, secrets: Iterable[str]) -> str:
    """Replace every occurrence of each secret in `text` by its fingerprint."""
    for secret in secrets:
        if secret and secret in text:
            text = text.replace(secret, f"<redacted sha256:{fingerprint(secret)}>")
    return text
