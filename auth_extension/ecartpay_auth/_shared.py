"""The protocol of shared token stores (Redis, file): what a cross-process single flight needs.

A `SharedTokenStore` is bound to one key pair (`bind`), which gives a `SharedSlot`: the
entry of that key pair in the store, with its lease. A slot opens sessions, sync
(`open`) or async (`aopen`); a session reads the entry (deleting first a token that got a
401, if it is still the stored one: compare-and-delete), takes and releases the lease,
and writes a token with its remaining lifetime. Backend failures raise `StoreUnavailable`;
the slot's `Breaker` then sends minting local for a while (see `_fleet.FleetMinter`).

Entries carry their remaining lifetime by the store's own clock (Redis PTTL, or a wall
clock expiry kept with the token in a file), which the reader anchors to its own monotonic
clock: a token read from a store keeps its real expiry.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import AsyncIterator, Callable
from contextlib import AbstractAsyncContextManager, AbstractContextManager, asynccontextmanager
from dataclasses import dataclass, field
from typing import Protocol, runtime_checkable

from ._aio import to_thread
from ._constants import DEFAULT_STORE_COOLDOWN

__all__ = [
    "AsyncSharedSession",
    "Breaker",
    "Entry",
    "SharedSession",
    "SharedSlot",
    "SharedTokenStore",
    "StoreUnavailable",
    "threaded",
]

logger = logging.getLogger("ecartpay_auth")


class StoreUnavailable(Exception):
    """The shared store failed (down, paused, slow, read-only, full): mint locally."""


@dataclass(frozen=True, slots=True, repr=False)
class Entry:
    """A token read from a shared store, with its seconds left by the store's clock."""

    value: str = field(repr=False)
    remaining: float

    def __repr__(self) -> str:
        return f"Entry(remaining={self.remaining:.0f}s)"


class SharedSession(Protocol):
    """One conversation with the store (sync). The lease, once taken, belongs to it."""

    def read(self, discard: str | None) -> Entry | None:
        """The live entry, or None; first deletes it if it holds the token `discard`."""

    def try_lease(self) -> bool:
        """Take the lease (owner-checked, expiring by itself); False if another holds it."""

    def write(self, value: str, remaining: float) -> None:
        """Store `value`, sealed, to expire `remaining` seconds from now."""

    def release(self) -> None:
        """Give the lease back if we still own it."""


class AsyncSharedSession(Protocol):
    """The same, for the event loop: awaiting never blocks it."""

    async def read(self, discard: str | None) -> Entry | None: ...

    async def try_lease(self) -> bool: ...

    async def write(self, value: str, remaining: float) -> None: ...

    async def release(self) -> None: ...


class SharedSlot(Protocol):
    """One key pair's entry in a shared store."""

    @property
    def breaker(self) -> Breaker: ...

    def open(self) -> AbstractContextManager[SharedSession]: ...

    def aopen(self) -> AbstractAsyncContextManager[AsyncSharedSession]: ...


@runtime_checkable
class SharedTokenStore(Protocol):
    """A store that several processes share: one mint per fleet (or per host).

    `bind` receives the keys once; the slot it returns derives what it needs (an entry
    name from a hash of the target and public key, an encryption key from the private
    key) and never keeps or stores the private key itself. Use `RedisTokenStore` (a
    fleet) or `FileTokenStore` (one host); the protocol is what they share.

    Example:
        ```python
        store: ecartpay_auth.SharedTokenStore = ecartpay.FileTokenStore("/run/app/tokens")
        client = ecartpay.EcartPay(token_store=store)
        ```
    """

    def bind(self, *, base_url: str, public_key: str, private_key: str) -> SharedSlot:
        """The slot of one account at one API (see the class docstring). The SDK calls
        it once per auth; you do not.

        Args:
            base_url: The API's base URL (a sandbox and production never share a token).
            public_key: The account's public key (hashed into the entry's name).
            private_key: The account's private key (the entry's encryption key is
                derived from it; it is not kept).

        Returns:
            The account's slot in the store.

        Example:
            ```python
            slot = store.bind(base_url=auth.base_url, public_key=pub, private_key=priv)
            ```
        """
        ...


class Breaker:
    """Circuit breaker: after a failure, skip the store for `cooldown` seconds.

    Logs one WARNING when the store becomes unavailable and one when it is back, however
    many failures come in between.
    """

    def __init__(
        self,
        what: str,
        *,
        cooldown: float = DEFAULT_STORE_COOLDOWN,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self._what = what
        self._cooldown = cooldown
        self._clock = clock
        self._lock = threading.Lock()
        self._open_until = float("-inf")
        self._tripped = False
        self.failures = 0  # counted for tests and the bench
        self.recoveries = 0

    def allows(self) -> bool:
        return self._clock() >= self._open_until

    @property
    def tripped(self) -> bool:
        return self._tripped

    def failed(self, exc: BaseException) -> None:
        with self._lock:
            self.failures += 1
            self._open_until = self._clock() + self._cooldown
            first, self._tripped = not self._tripped, True
        if first:
            logger.warning(
                "%s unavailable (%s); minting tokens in this process until it recovers",
                self._what,
                type(exc.__cause__ or exc).__name__,
                extra={"ecartpay_event": "store_unavailable"},
            )

    def succeeded(self) -> None:
        if not self._tripped:
            return
        with self._lock:
            back, self._tripped = self._tripped, False
            if back:
                self.recoveries += 1
        if back:
            logger.warning(
                "%s is back; sharing tokens again",
                self._what,
                extra={"ecartpay_event": "store_recovered"},
            )


class _Threaded:
    """An `AsyncSharedSession` over a sync one: each call runs in a worker thread."""

    def __init__(self, session: SharedSession) -> None:
        self._session = session

    async def read(self, discard: str | None) -> Entry | None:
        return await to_thread(self._session.read, discard)

    async def try_lease(self) -> bool:
        return await to_thread(self._session.try_lease)

    async def write(self, value: str, remaining: float) -> None:
        await to_thread(self._session.write, value, remaining)

    async def release(self) -> None:
        await to_thread(self._session.release)


@asynccontextmanager
async def threaded(
    opener: Callable[[], AbstractContextManager[SharedSession]],
) -> AsyncIterator[AsyncSharedSession]:
    """Serve a sync session to the event loop through worker threads."""
    manager = opener()
    session = await to_thread(manager.__enter__)
    try:
        yield _Threaded(session)
    finally:
        await to_thread(manager.__exit__, None, None, None)
