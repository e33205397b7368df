"""Fingerprints and redaction: the only forms in which secrets may appear in output."""

from __future__ import annotations

import hashlib
from collections.abc import Iterable
from typing import TypeVar

import httpx

__all__ = ["fingerprint", "redact", "without_headers"]

E = TypeVar("E", bound=BaseException)


def fingerprint(secret: str) -> str:
    """First 8 hex digits of the secret's SHA-256: enough to correlate, useless to attack."""
    return hashlib.sha256(secret.encode("utf-8")).hexdigest()[:8]


def redact(text: str, secrets: Iterable[str]) -> str:
    """Replace every occurrence of each secret in `text` by its fingerprint."""
    for secret in secrets:
        if secret and secret in text:
            text = text.replace(secret, f"<redacted sha256:{fingerprint(secret)}>")
    return text


def without_headers(error: E) -> E:
    """`error`, after the headers of every request its chain holds are removed.

    httpx's exceptions keep their request, and a request's headers carry a token or, on
    the token request, the Basic keys; the chain (`__cause__`, `__context__`) is what
    error reporters walk. The exceptions stay, so the cause of a failure is still there.
    """
    seen: set[int] = set()
    todo: list[BaseException | None] = [error]
    while todo:
        link = todo.pop()
        if link is None or id(link) in seen:
            continue
        seen.add(id(link))
        request = vars(link).get("_request")  # httpx's `.request` raises when unset
        if isinstance(request, httpx.Request):
            request.headers = httpx.Headers()
        todo += [link.__cause__, link.__context__]
    return error
