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
    """Where claimed delivery keys live: implement it over your own database to keep
    claims with your data.

    Example:
        ```python
        class SqlDeliveryStore:
            def add(self, key: str, ttl: float) -> bool:
                return db.insert_if_absent("deliveries", key, expires_in=ttl)

            def discard(self, key: str) -> None:
                db.delete("deliveries", key)

        dedupe = ecartpay.webhooks.Deduplicator(SqlDeliveryStore())
        ```
    """

    def add(self, key: str, ttl: float) -> bool:
        """Store `key` for `ttl` seconds unless present, atomically (two receivers of the
        same delivery must not both win).

        Args:
            key: The delivery's key (`WebhookEvent.idempotency_key`).
            ttl: Seconds to keep it.

        Returns:
            True if this call stored it.

        Example:
            ```python
            first = store.add(event.idempotency_key, 3600)
            ```
        """

    def discard(self, key: str) -> None:
        """Forget `key` (handling failed: let the vendor's retry be handled).

        Args:
            key: The delivery's key.

        Example:
            ```python
            store.discard(event.idempotency_key)
            ```
        """


class InMemoryDeliveryStore:
    """One process's claims, in memory (a single receiver, or tests). Expired keys are
    pruned as new ones arrive.

    Args:
        clock: The monotonic clock of the expiries (a seam for tests).

    Example:
        ```python
        dedupe = ecartpay.webhooks.Deduplicator(ecartpay.webhooks.InMemoryDeliveryStore())
        ```
    """

    def __init__(self, *, clock: Callable[[], float] = time.monotonic) -> None:
        self._lock = threading.Lock()
        self._expiry: dict[str, float] = {}
        self._clock = clock

    def add(self, key: str, ttl: float) -> bool:
        """Claim `key` for `ttl` seconds.

        Args:
            key: The delivery's key.
            ttl: Seconds to keep it.

        Returns:
            True if it was free, False if already claimed.

        Example:
            ```python
            store = ecartpay.webhooks.InMemoryDeliveryStore()
            assert store.add("k", 60) and not store.add("k", 60)
            ```
        """
        now = self._clock()
        with self._lock:
            if len(self._expiry) > 1024:
                self._expiry = {k: t for k, t in self._expiry.items() if t > now}
            if self._expiry.get(key, now) > now:
                return False
            self._expiry[key] = now + ttl
            return True

    def discard(self, key: str) -> None:
        """Release `key` (its handler failed: the next delivery may claim it).

        Args:
            key: The delivery's key.

        Example:
            ```python
            store.discard("k")
            assert store.add("k", 60)
            ```
        """
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
    """A fleet of receivers sharing one Redis (redis-py, extra `ecartpay[redis]`): a
    delivery retried to another worker is still handled once.

    Args:
        client: A `redis.Redis` (anything with its `set(..., nx=, px=)` and `delete`).

    Example:
        ```python
        store = ecartpay.webhooks.RedisDeliveryStore.from_url("redis://redis.internal:6379/1")
        dedupe = ecartpay.webhooks.Deduplicator(store)
        ```
    """

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
        and an error (the receiver answers 5xx, the vendor retries), never a hung worker.

        Args:
            url: `redis://`, `rediss://` or `unix://`.
            socket_timeout: Seconds for connecting and for each command.
            **redis_options: More options for `redis.Redis.from_url`.

        Returns:
            The store.

        Raises:
            ecartpay.ConfigurationError: redis-py is missing, or a bad URL.

        Example:
            ```python
            store = ecartpay.webhooks.RedisDeliveryStore.from_url("redis://localhost:6379/1")
            ```
        """
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
        """The redis-py client (e.g. `redis.Redis`) this store talks through.

        Example:
            ```python
            store.client.ping()
            ```
        """
        return self._client

    def add(self, key: str, ttl: float) -> bool:
        """Claim `key` for `ttl` seconds (`SET NX PX`, atomic across the fleet).

        Args:
            key: The delivery's key.
            ttl: Seconds to keep it (at least one millisecond).

        Returns:
            True if it was free.

        Example:
            ```python
            first = store.add(event.idempotency_key, 3600)
            ```
        """
        return bool(self._client.set(key, b"1", nx=True, px=max(1, round(ttl * 1000))))

    def discard(self, key: str) -> None:
        """Release `key` (`DEL`): the next delivery may claim it.

        Args:
            key: The delivery's key.

        Example:
            ```python
            store.discard(event.idempotency_key)
            ```
        """
        self._client.delete(key)


class Deduplicator:
    """Claims deliveries by `WebhookEvent.idempotency_key`: the vendor retries and may
    deliver twice, and a payment must be fulfilled once.

    Args:
        store: Where claims live (default one process's memory; a `RedisDeliveryStore`
            for a fleet).
        ttl: Seconds a delivery is remembered (default a day).

    Attributes:
        store: Where claims live.
        ttl: Seconds a delivery is remembered.

    Raises:
        ecartpay.ConfigurationError: A `ttl` that is not positive.

    Example:
        ```python
        dedupe = ecartpay.webhooks.Deduplicator()
        event = ecartpay.webhooks.verify(body, headers, secret)
        dedupe.run_once(event, handle)  # a repeat returns None without calling handle
        ```
    """

    def __init__(self, store: DeliveryStore | None = None, *, ttl: float = DEFAULT_TTL) -> None:
        if ttl <= 0:
            raise ConfigurationError("Deduplicator(ttl=...) must be positive")
        self.store: DeliveryStore = store if store is not None else InMemoryDeliveryStore()
        self.ttl = ttl

    def claim(self, event: WebhookEvent) -> bool:
        """Claim a delivery, for handlers that cannot be wrapped by `run_once`.

        Args:
            event: The verified delivery.

        Returns:
            True the first time it is seen (within `ttl`), False for a repeat.

        Example:
            ```python
            if dedupe.claim(event):
                try:
                    handle(event)
                except Exception:
                    dedupe.release(event)
                    raise
            ```
        """
        return self.store.add(event.idempotency_key, self.ttl)

    def release(self, event: WebhookEvent) -> None:
        """Forget a claim, so that the vendor's next retry is handled.

        Args:
            event: The delivery whose handling failed.

        Example:
            ```python
            dedupe.release(event)
            ```
        """
        self.store.discard(event.idempotency_key)

    def run_once(self, event: WebhookEvent, handler: Callable[[WebhookEvent], T]) -> T | None:
        """Call `handler(event)` for the first copy only; release the claim if it raises,
        so the vendor's retry gets another chance.

        Args:
            event: The verified delivery.
            handler: What to do with it.

        Returns:
            What `handler` returned, or None for a repeat.

        Raises:
            Exception: Whatever `handler` raised (after releasing the claim).

        Example:
            ```python
            dedupe.run_once(event, lambda e: fulfil(e.data.id))
            ```
        """

        if not self.claim(event):
            return None
        try:
            return handler(event)
        except BaseException:
            self.release(event)
            raise
