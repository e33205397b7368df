"""The token value object, its JWT claims, and where it is kept (`TokenStore`).

Scheduling uses only `time.monotonic()`: the lifetime is `exp - iat` from the JWT, and
the deadlines are that lifetime added to the monotonic instant the mint request was sent.
The wall clock is never consulted, so a client whose clock is hours off refreshes on time.
Field names carry their clock: `*_monotonic` instants schedule, `*_utc` datetimes display.
"""

from __future__ import annotations

import base64
import binascii
import enum
import math
import threading
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime
from types import MappingProxyType
from typing import Any, Protocol, runtime_checkable

from ._constants import DEFAULT_LIFETIME, DEFAULT_REFRESH_MARGIN
from ._json import loads
from ._redact import fingerprint

__all__ = ["InMemoryTokenStore", "Margin", "Token", "TokenState", "TokenStore", "margin_value"]

_CLAIM_RESOLUTION = 1.0


def _decode_claims(value: str) -> dict[str, Any] | None:
    """Decode a JWT's payload without verifying it (the signing key is the server's).

    Returns None when the value is not a JWT with a JSON object payload.
    """
    parts = value.split(".")
    if len(parts) != 3:
        return None
    payload = parts[1]
    try:
        raw = base64.urlsafe_b64decode(payload + "=" * (-len(payload) % 4))
        claims = loads(raw)
    except (binascii.Error, ValueError):
        return None
    return claims if isinstance(claims, dict) else None


def _number(value: object) -> float | None:
    if isinstance(value, bool) or not isinstance(value, int | float):
        return None
    return float(value) if math.isfinite(value) else None


def _wall(seconds: float | None) -> datetime | None:
    if seconds is None:
        return None
    try:
        return datetime.fromtimestamp(seconds, tz=UTC)
    except (OverflowError, OSError, ValueError):
        return None


def _str_claim(claims: dict[str, Any], name: str) -> str | None:
    value = claims.get(name)
    return value if isinstance(value, str) else None


Margin = float | Callable[[], float]
"""A refresh margin in seconds, or a function giving one per token (a jittered margin)."""


def margin_value(margin: Margin) -> float:
    """The margin for the token being built now."""
    return margin() if callable(margin) else margin


class TokenState(enum.Enum):
    """Where a token stands in its life, by the monotonic clock (as google-auth's).

    Three states, not two: in `REFRESH_DUE` the token is still sent while one caller mints
    its successor, so nobody waits for a refresh.

    Example:
        ```python
        token = auth.get_token_info()
        if token.state() is ecartpay_auth.TokenState.REFRESH_DUE:
            print("a new token will be minted on the next call")
        ```
    """

    FRESH = "fresh"
    """Before `refresh_at_monotonic`: use it, nothing to do."""
    REFRESH_DUE = "refresh_due"
    """Inside the refresh margin: still valid; one caller mints its successor while the
    others keep sending it."""
    EXPIRED = "expired"
    """Past `expires_at_monotonic`: never sent again; callers wait for a new one."""


@dataclass(frozen=True, slots=True, repr=False, eq=False)
class Token:
    """A token and its schedule. `repr`/`str` show a fingerprint, never the value.

    `*_monotonic` fields are `time.monotonic()` instants of this process (they drive the
    schedule, so a wrong wall clock cannot); `*_utc` fields are the JWT's own
    `iat`/`exp`, by the server's clock, for display only.

    Attributes:
        value: The token itself, as sent in `Authorization` (never log it).
        lifetime: Seconds it lives, from the JWT's `exp - iat` (else 3600).
        obtained_at_monotonic: When the mint request was sent.
        refresh_at_monotonic: When a successor should be minted.
        expires_at_monotonic: When it must no longer be sent.
        account_id: The JWT's `account_id` claim, when it has one.
        token_id: The JWT's `id` claim.
        issued_at_utc: The JWT's `iat`, as a UTC datetime.
        expires_at_utc: The JWT's `exp`, as a UTC datetime.
        claims_readable: True when the lifetime came from the JWT's `iat`/`exp`.
        claims: The JWT payload, decoded without verification (the signing key is the
            server's); empty when the value is not a readable JWT.

    Example:
        ```python
        token = auth.get_token_info()
        print(token)  # Token(sha256:1a2b3c4d, account_id='...', expires_in=3299s)
        print(token.expires_at_utc, token.remaining())
        ```
    """

    value: str = field(repr=False)
    lifetime: float
    obtained_at_monotonic: float
    refresh_at_monotonic: float
    expires_at_monotonic: float
    account_id: str | None = None
    token_id: str | None = None
    """The JWT's `id` claim."""
    issued_at_utc: datetime | None = None
    expires_at_utc: datetime | None = None
    claims_readable: bool = False
    """True when the lifetime came from the JWT's `iat`/`exp` (else the documented 3600 s)."""
    claims: Mapping[str, Any] = field(default_factory=lambda: MappingProxyType({}))

    @classmethod
    def from_value(
        cls,
        value: str,
        *,
        obtained_at_monotonic: float | None = None,
        refresh_margin: float = DEFAULT_REFRESH_MARGIN,
    ) -> Token:
        """Build the schedule from the JWT claims (fallback: the documented 3600 s).

        The lifetime is counted from when the request was sent, not from when the answer
        came, so a slow answer can only make the token refresh early.

        Args:
            value: The token, as the token endpoint answered it.
            obtained_at_monotonic: When the mint request was sent (default: now).
            refresh_margin: Seconds before expiry to refresh (at most half the lifetime).

        Returns:
            The token with its schedule.

        Example:
            ```python
            token = ecartpay_auth.Token.from_value(jwt, refresh_margin=300)
            assert token.state() is ecartpay_auth.TokenState.FRESH
            ```
        """
        start = time.monotonic() if obtained_at_monotonic is None else obtained_at_monotonic
        claims = _decode_claims(value) or {}
        iat = _number(claims.get("iat"))
        exp = _number(claims.get("exp"))
        readable = iat is not None and exp is not None and exp > iat
        lifetime = (exp - iat) if readable and iat is not None and exp is not None else None
        if lifetime is None:
            lifetime = DEFAULT_LIFETIME
        # `iat` has one-second resolution: the server's clock may have been up to 1 s
        # past `iat` when we sent the request, so count the lifetime 1 s short.
        usable = lifetime - min(_CLAIM_RESOLUTION, lifetime / 2)
        margin = min(max(refresh_margin, 0.0), usable / 2)
        return cls(
            value=value,
            lifetime=lifetime,
            obtained_at_monotonic=start,
            refresh_at_monotonic=start + usable - margin,
            expires_at_monotonic=start + usable,
            account_id=_str_claim(claims, "account_id"),
            token_id=_str_claim(claims, "id"),
            issued_at_utc=_wall(iat),
            expires_at_utc=_wall(exp),
            claims_readable=readable,
            claims=MappingProxyType(claims),
        )

    @classmethod
    def from_store(
        cls,
        value: str,
        *,
        remaining: float,
        read_at_monotonic: float,
        refresh_margin: float = DEFAULT_REFRESH_MARGIN,
    ) -> Token:
        """A token read from a shared store, which said it has `remaining` seconds left.

        Its schedule is anchored so that it expires `remaining` seconds after
        `read_at_monotonic` (when the read was sent: never later than the truth), and
        never beyond what its claims allow: it keeps its real expiry instead of starting
        a new hour in this process.

        Args:
            value: The token, as the store holds it.
            remaining: Seconds of life the store says it has left.
            read_at_monotonic: When the read was sent.
            refresh_margin: Seconds before expiry to refresh.

        Returns:
            The token with its schedule.

        Example:
            ```python
            sent = time.monotonic()
            value, ttl = my_store.read()
            token = ecartpay_auth.Token.from_store(value, remaining=ttl, read_at_monotonic=sent)
            ```
        """
        probe = cls.from_value(value, obtained_at_monotonic=0.0, refresh_margin=refresh_margin)
        left = min(remaining, probe.expires_at_monotonic)
        return cls.from_value(
            value,
            obtained_at_monotonic=read_at_monotonic + left - probe.expires_at_monotonic,
            refresh_margin=refresh_margin,
        )

    @property
    def fingerprint(self) -> str:
        """First 8 hex digits of the token's SHA-256: safe to log, and enough to tell
        two tokens apart in the logs.

        Example:
            ```python
            log.info("using token %s", token.fingerprint)
            ```
        """
        return fingerprint(self.value)

    def state(self, now: float | None = None) -> TokenState:
        """Where the token stands at a monotonic instant.

        Args:
            now: A `time.monotonic()` instant (default: now).

        Returns:
            FRESH, REFRESH_DUE or EXPIRED.

        Example:
            ```python
            in_an_hour = time.monotonic() + 3600
            assert token.state(in_an_hour) is ecartpay_auth.TokenState.EXPIRED
            ```
        """
        t = time.monotonic() if now is None else now
        if t < self.refresh_at_monotonic:
            return TokenState.FRESH
        if t < self.expires_at_monotonic:
            return TokenState.REFRESH_DUE
        return TokenState.EXPIRED

    def remaining(self, now: float | None = None) -> float:
        """Seconds of life left by the monotonic clock.

        Args:
            now: A `time.monotonic()` instant (default: now).

        Returns:
            The seconds left (negative once expired).

        Example:
            ```python
            print(f"{token.remaining():.0f} s left")
            ```
        """
        return self.expires_at_monotonic - (time.monotonic() if now is None else now)

    def __repr__(self) -> str:
        return (
            f"Token(sha256:{self.fingerprint}, account_id={self.account_id!r}, "
            f"expires_in={self.remaining():.0f}s)"
        )

    __str__ = __repr__


@runtime_checkable
class TokenStore(Protocol):
    """Where this process keeps its current token. Implementations must be thread-safe.

    The in-memory default is the one a `TokenSource` reads on every request, so it must
    be cheap. To share tokens between processes, do not implement this protocol: pass a
    `SharedTokenStore` (`RedisTokenStore`, `FileTokenStore`), which keeps this in-memory
    store as the in-process cache in front of it. A token read from elsewhere must keep
    its real expiry (`Token.from_store`); `Token.from_value` would start a new lifetime
    at the moment of reading, since monotonic instants mean nothing in another process.

    Example:
        ```python
        class LoggingStore(ecartpay.InMemoryTokenStore):
            def set(self, token: ecartpay_auth.Token) -> None:
                log.info("new token %s", token.fingerprint)
                super().set(token)

        client = ecartpay.EcartPay(token_store=LoggingStore())
        ```
    """

    def get(self) -> Token | None:
        """The stored token, read on every request (so it must be cheap).

        Returns:
            The token, or None when there is none.

        Example:
            ```python
            token = store.get()
            ```
        """
        ...

    def set(self, token: Token) -> None:
        """Keep `token`, replacing the one stored before.

        Args:
            token: The newly minted token.

        Example:
            ```python
            store.set(ecartpay_auth.Token.from_value(jwt))
            ```
        """
        ...

    def clear(self) -> None:
        """Forget the stored token.

        Example:
            ```python
            store.clear()  # the next request mints a new one
            ```
        """
        ...


class InMemoryTokenStore:
    """The default store: one token in this process's memory, which is all a single
    process needs.

    Example:
        ```python
        store = ecartpay.InMemoryTokenStore()
        client = ecartpay.EcartPay(token_store=store)
        client.customers.list()
        print(store.get())  # Token(sha256:..., expires_in=...s)
        ```
    """

    def __init__(self) -> None:
        self._token: Token | None = None
        self._lock = threading.Lock()

    def get(self) -> Token | None:
        """The stored token.

        Returns:
            The token, or None when there is none.

        Example:
            ```python
            token = store.get()
            ```
        """
        return self._token

    def set(self, token: Token) -> None:
        """Keep `token`, replacing the one stored before.

        Args:
            token: The newly minted token.

        Example:
            ```python
            store.set(ecartpay_auth.Token.from_value(jwt))
            ```
        """
        with self._lock:
            self._token = token

    def clear(self) -> None:
        """Forget the stored token.

        Example:
            ```python
            store.clear()  # the next request mints a new one
            ```
        """

        with self._lock:
            self._token = None

    def __repr__(self) -> str:
        token = self._token
        return f"InMemoryTokenStore({token!r})"
