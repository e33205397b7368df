"""Single-flight token source: however many threads and tasks ask, one mint at a time.

Design (double-checked locking around a shared "flight"):

* A lock-free fast path returns the current token while it is fresh.
* Otherwise one `threading.Lock` guards a few lines of bookkeeping: re-check the token,
  then either join the mint in progress (a `_Flight`) or start one and lead it. The lock
  is never held across I/O or an `await`, so taking it from an event loop costs
  microseconds, a cancelled task cannot leave it held, and the same object serves sync
  and async callers, on any number of threads and successive event loops.
* The leader mints outside the lock (blocking I/O in a thread, or awaited I/O in its
  task) and publishes the outcome on the flight. Sync waiters block on a
  `threading.Event`; async waiters await a future of their own loop, resolved with
  `call_soon_threadsafe`, so the loop keeps running during a mint.
* A failed mint is reported to every waiter (bad keys cost one request, not N). A leader
  that disappears (cancelled, KeyboardInterrupt) abandons the flight and the waiters
  elect a new leader. A flight older than `wait_limit` is presumed stuck and replaced.
* During a refresh (token valid but inside its refresh margin) non-leaders keep using
  the current token, so requests do not queue behind the refresh.
"""

from __future__ import annotations

import asyncio
import contextlib
import copy
import logging
import threading
import time
from collections.abc import Awaitable, Callable

from ._errors import ServiceUnavailableError
from ._token import Token, TokenStore

__all__ = ["TokenSource"]

logger = logging.getLogger("ecartpay_auth")


def _resolve(future: asyncio.Future[None]) -> None:
    if not future.done():
        future.set_result(None)


class _Flight:
    """One mint in progress and its outcome, observable from threads and event loops."""

    def __init__(self, deadline: float) -> None:
        self.deadline = deadline
        self.thread = threading.get_ident()  # the leader's thread
        self.token: Token | None = None
        self.error: BaseException | None = None
        self.abandoned = False
        self._done = threading.Event()
        self._lock = threading.Lock()
        self._waiters: list[tuple[asyncio.AbstractEventLoop, asyncio.Future[None]]] = []

    def finish(
        self,
        *,
        token: Token | None = None,
        error: BaseException | None = None,
        abandoned: bool = False,
    ) -> None:
        with self._lock:
            if self._done.is_set():
                return
            self.token, self.error, self.abandoned = token, error, abandoned
            self._done.set()
            waiters, self._waiters = self._waiters, []
        for loop, future in waiters:
            # The loop may be closed already (its asyncio.run() ended): nothing to wake.
            with contextlib.suppress(RuntimeError):
                loop.call_soon_threadsafe(_resolve, future)

    def wait_sync(self) -> bool:
        """Block until the flight ends or its deadline passes; False on the latter."""
        return self._done.wait(max(self.deadline - time.monotonic(), 0.0))

    async def wait_async(self) -> bool:
        """Await the flight's end without blocking the loop; False if the deadline passed."""
        try:
            loop = asyncio.get_running_loop()
        except RuntimeError:  # not asyncio (e.g. trio): poll, the mint is rare and short
            return await self._poll()
        future: asyncio.Future[None] = loop.create_future()
        with self._lock:
            if self._done.is_set():
                return True
            self._waiters.append((loop, future))
        try:
            await asyncio.wait_for(future, max(self.deadline - time.monotonic(), 0.0))
        except TimeoutError:
            return False
        finally:
            with self._lock, contextlib.suppress(ValueError):
                self._waiters.remove((loop, future))
        return True

    async def _poll(self) -> bool:
        import anyio  # only for non-asyncio event loops

        while not self._done.is_set():
            if time.monotonic() >= self.deadline:
                return False
            await anyio.sleep(0.005)
        return True


class TokenSource:
    """Hands out valid tokens; mints through `mint_sync`/`mint_async` when needed."""

    def __init__(
        self,
        *,
        store: TokenStore,
        mint_sync: Callable[[], Token],
        mint_async: Callable[[], Awaitable[Token]],
        wait_limit: float,
    ) -> None:
        self._store = store
        self._mint_sync = mint_sync
        self._mint_async = mint_async
        self._wait_limit = wait_limit
        self._lock = threading.Lock()
        self._flight: _Flight | None = None
        self._generation = 0

    @property
    def store(self) -> TokenStore:
        return self._store

    def current(self) -> Token | None:
        return self._store.get()

    def fresh(self) -> Token | None:
        """The current token if it needs no refresh: the lock-free fast path."""
        token = self._store.get()
        return token if token is not None and not token.needs_refresh() else None

    # -- planning under the lock ----------------------------------------------------------

    def _plan(self) -> tuple[Token | None, _Flight | None, bool, int]:
        """Return (token to use now, flight to wait on or lead, leading?, generation)."""
        with self._lock:
            now = time.monotonic()
            token = self._store.get()
            if token is not None and not token.needs_refresh(now):
                return token, None, False, self._generation
            flight = self._flight
            if flight is not None and now >= flight.deadline:
                logger.warning("token mint in progress for too long; starting another")
                flight.finish(abandoned=True)
                flight = self._flight = None
            if flight is not None:
                if token is not None and token.usable_while_refreshing(now):
                    return token, None, False, self._generation
                return None, flight, False, self._generation
            flight = self._flight = _Flight(deadline=now + self._wait_limit)
            return token, flight, True, self._generation

    def _settle(
        self,
        flight: _Flight,
        generation: int,
        previous: Token | None,
        *,
        token: Token | None = None,
        error: BaseException | None = None,
    ) -> None:
        with self._lock:
            official = self._flight is flight
            if official:
                self._flight = None
            stored = token is not None and official and generation == self._generation
            if stored and token is not None:
                self._store.set(token)
        if stored and token is not None and logger.isEnabledFor(logging.DEBUG):
            event = "refresh" if previous is not None else "mint"
            logger.debug(
                "%s token sha256:%s (account %s), lifetime %.0f s, expires %s",
                "refreshed" if previous is not None else "minted",
                token.fingerprint,
                token.account_id,
                token.lifetime,
                token.expires_at_wall.isoformat() if token.expires_at_wall else "?",
                extra={"ecartpay_event": event, "ecartpay_fingerprint": token.fingerprint},
            )
        if token is not None:
            flight.finish(token=token)
        elif error is not None:
            flight.finish(error=error)
        else:
            flight.finish(abandoned=True)

    @staticmethod
    def _outcome(flight: _Flight) -> Token | None:
        """The flight's token, its error raised, or None to try again (leader gone)."""
        if flight.token is not None:
            return flight.token
        if flight.error is not None:
            # A copy per waiter: one exception object raised in many threads would
            # have its traceback rewritten concurrently.
            try:
                error = copy.copy(flight.error)
            except Exception:  # an exception type that cannot be copied: share it
                error = flight.error
            raise error
        return None

    # -- sync ------------------------------------------------------------------------

    def get_sync(self) -> Token:
        token = self.fresh()
        if token is not None:
            return token
        while True:
            token, flight, leading, generation = self._plan()
            if flight is None:
                assert token is not None
                return token
            if leading:
                return self._lead_sync(flight, generation, token)
            if flight.thread == threading.get_ident():
                # The leader is an async task of the event loop running on this very
                # thread (a sync client used inside async code): blocking here would
                # stall it forever, so mint on our own instead of waiting.
                return self._mint_alone(generation)
            if not flight.wait_sync():
                continue
            result = self._outcome(flight)
            if result is not None:
                return result

    def _lead_sync(self, flight: _Flight, generation: int, previous: Token | None) -> Token:
        try:
            token = self._mint_sync()
        except Exception as exc:
            self._settle(flight, generation, previous, error=exc)
            return self._fallback(previous, exc)
        except BaseException:
            self._settle(flight, generation, previous)
            raise
        self._settle(flight, generation, previous, token=token)
        return token

    def _mint_alone(self, generation: int) -> Token:
        token = self._mint_sync()
        with self._lock:
            if generation == self._generation:
                self._store.set(token)
        logger.debug(
            "minted token sha256:%s outside the shared flight (sync call inside the loop)",
            token.fingerprint,
            extra={"ecartpay_event": "mint", "ecartpay_fingerprint": token.fingerprint},
        )
        return token

    # -- async -------------------------------------------------------------------------

    async def get_async(self) -> Token:
        token = self.fresh()
        if token is not None:
            return token
        while True:
            token, flight, leading, generation = self._plan()
            if flight is None:
                assert token is not None
                return token
            if leading:
                return await self._lead_async(flight, generation, token)
            if not await flight.wait_async():
                continue
            result = self._outcome(flight)
            if result is not None:
                return result

    async def _lead_async(self, flight: _Flight, generation: int, previous: Token | None) -> Token:
        try:
            token = await self._mint_async()
        except Exception as exc:
            self._settle(flight, generation, previous, error=exc)
            return self._fallback(previous, exc)
        except BaseException:  # cancelled: let a waiter take over
            self._settle(flight, generation, previous)
            raise
        self._settle(flight, generation, previous, token=token)
        return token

    @staticmethod
    def _fallback(previous: Token | None, exc: Exception) -> Token:
        """A refresh that fails transiently keeps the still-valid token; else re-raise."""
        if (
            isinstance(exc, ServiceUnavailableError)
            and previous is not None
            and previous.remaining() > 0
        ):
            logger.warning(
                "could not refresh token sha256:%s (%s); using it for its last %.0f s",
                previous.fingerprint,
                exc,
                previous.remaining(),
            )
            return previous
        raise exc

    # -- invalidation ------------------------------------------------------------------

    def invalidate(self, failed: Token) -> bool:
        """Drop `failed` if it is still the current token; True if it was dropped."""
        with self._lock:
            current = self._store.get()
            if current is None or current.value != failed.value:
                return False
            self._store.clear()
        logger.debug(
            "invalidated token sha256:%s after a 401 (it had %.0f s left by our clock)",
            failed.fingerprint,
            failed.remaining(),
            extra={"ecartpay_event": "invalidate", "ecartpay_fingerprint": failed.fingerprint},
        )
        return True

    def forget(self) -> Token | None:
        """Drop the current token; a mint in progress will not be stored."""
        with self._lock:
            token = self._store.get()
            self._store.clear()
            self._generation += 1
        if token is not None:
            logger.debug(
                "forgot token sha256:%s",
                token.fingerprint,
                extra={"ecartpay_event": "forget", "ecartpay_fingerprint": token.fingerprint},
            )
        return token
