"""Handle each delivery once, although the vendor retries and may deliver twice.

A claim is an atomic "add if absent, with an expiry": a dict under a lock in one process,
`SET key 1 NX PX ttl` in Redis for a fleet of receivers.
"""

from __future__ import annotations

import importlib
import threading
import time
from collections.abc import Callable
from typing import Any, Protocol, TypeVar, runtime_checkable

from .._constants import DEFAULT_REDIS_SOCKET_TIMEOUT
from .._errors import ConfigurationError
from .._redis_store import _no_retry, _shown
from ._event import WebhookEvent

__all__ = [
    "DEFAULT_TTL",
    "Deduplicator",
    "DeliveryStore",
    "InMemoryDeliveryStore",
    "RedisDeliveryStore",
]

T = TypeVar("T")

DEFAULT_TTL = 24 * 3600.0
"""Seconds a delivery is remembered. The vendor's retries end within about two minutes;
a day also covers a resend from the dashboard the same day."""


@runtime_checkable
class DeliveryStore(Protocol):
    """Where claimed delivery keys live."""

    def add(self, key: str, ttl: float) -> bool:
        """Store `key` for `ttl` seconds unless present; True if this call stored it."""

    def discard(self, key: str) -> None:
        """Forget `key` (handling failed: let the vendor's retry be handled)."""


class InMemoryDeliveryStore:
    """One process. Expired keys are pruned as new ones arrive."""

    def __init__(self, *, clock: Callable[[], float] = time.monotonic) -> None:
        self._lock = threading.Lock()
        self._expiry: dict[str, float] = {}
        self._clock = clock

    def add(self, key: str, ttl: float) -> bool:
        """Claim `key` for `ttl` seconds: True if it was free, False if already claimed."""
        now = self._clock()
        with self._lock:
            if len(self._expiry) > 1024:
                self._expiry = {k: t for k, t in self._expiry.items() if t > now}
            if self._expiry.get(key, now) > now:
                return False
            self._expiry[key] = now + ttl
            return True

    def discard(self, key: str) -> None:
        """Release `key` (its handler failed: the next delivery may claim it)."""
        with self._lock:
            self._expiry.pop(key, None)

    def __len__(self) -> int:
        now = self._clock()
        with self._lock:
            return sum(1 for t in self._expiry.values() if t > now)


class _RedisClient(Protocol):
    """The two calls of `redis.Redis` used here."""

    def set(self, name: str, value: bytes, *, nx: bool, px: int) -> Any: ...
    def delete(self, *names: str) -> Any: ...


class RedisDeliveryStore:
    """A fleet of receivers sharing one Redis (redis-py, extra `ecartpay[redis]`)."""

    def __init__(self, client: _RedisClient) -> None:
        self._client = client

    @classmethod
    def from_url(
        cls,
        url: str,
        *,
        socket_timeout: float = DEFAULT_REDIS_SOCKET_TIMEOUT,
        **redis_options: Any,
    ) -> RedisDeliveryStore:
        """A store on the Redis at `url`, with `RedisTokenStore.from_url`'s short socket
        timeouts and no client-side retry: a stuck Redis costs a delivery one short timeout
        and an error (the receiver answers 5xx, the vendor retries), never a hung worker."""
        try:
            redis_module = importlib.import_module("redis")
        except ImportError:
            raise ConfigurationError(
                "RedisDeliveryStore needs redis-py: pip install 'ecartpay[redis]'"
            ) from None
        options: dict[str, Any] = {
            "socket_timeout": socket_timeout,
            "socket_connect_timeout": socket_timeout,
            "retry": _no_retry(),
            **redis_options,
        }
        try:
            return cls(redis_module.Redis.from_url(url, **options))
        except ValueError as exc:
            raise ConfigurationError(f"bad Redis URL {_shown(url)!r}: {exc}") from None

    @property
    def client(self) -> Any:
        """The redis-py client (e.g. `redis.Redis`) this store talks through."""
        return self._client

    def add(self, key: str, ttl: float) -> bool:
        """Claim `key` for `ttl` seconds (`SET NX PX`): True if it was free."""
        return bool(self._client.set(key, b"1", nx=True, px=max(1, round(ttl * 1000))))

    def discard(self, key: str) -> None:
        """Release `key` (`DEL`): the next delivery may claim it."""
        self._client.delete(key)


class Deduplicator:
    """Claims deliveries by `WebhookEvent.idempotency_key`.

    dedupe = Deduplicator()                  # or Deduplicator(RedisDeliveryStore.from_url(...))
    event = webhooks.verify(body, headers, secret)
    dedupe.run_once(event, handle)           # a repeat returns None without calling handle
    """

    def __init__(self, store: DeliveryStore | None = None, *, ttl: float = DEFAULT_TTL) -> None:
        if ttl <= 0:
            raise ConfigurationError("Deduplicator(ttl=...) must be positive")
        self.store: DeliveryStore = store if store is not None else InMemoryDeliveryStore()
        self.ttl = ttl

    def claim(self, event: WebhookEvent) -> bool:
        """True the first time this delivery is seen (within `ttl`), False for a repeat."""
        return self.store.add(event.idempotency_key, self.ttl)

    def release(self, event: WebhookEvent) -> None:
        """Forget a claim, so that the vendor's next retry is handled."""
        self.store.discard(event.idempotency_key)

    def run_once(self, event: WebhookEvent, handler: Callable[[WebhookEvent], T]) -> T | None:
        """Call `handler(event)` for the first copy only; release the claim if it raises."""
        if not self.claim(event):
            return None
        try:
            return handler(event)
        except BaseException:
            self.release(event)
            raise
