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
* During a refresh (the token is `REFRESH_DUE`: valid, inside its refresh margin)
  non-leaders keep using it, so requests do not queue behind the refresh.
* Time comes from one injectable `clock` (default `time.monotonic`), so tests drive
  expiry and stuck flights without sleeping.
"""

from __future__ import annotations

import contextlib
import copy
import logging
import threading
import time
from collections.abc import Awaitable, Callable
from typing import TYPE_CHECKING, NamedTuple

from ._aio import running_loop, sleep
from ._errors import ServiceUnavailableError
from ._token import Token, TokenState, TokenStore

if TYPE_CHECKING:
    import asyncio

__all__ = ["TokenSource"]

logger = logging.getLogger("ecartpay_auth")


def _resolve(future: asyncio.Future[None]) -> None:
    if not future.done():
        future.set_result(None)


class _Flight:
    """One mint in progress and its outcome, observable from threads and event loops."""

    def __init__(self, deadline: float, clock: Callable[[], float]) -> None:
        self.deadline = deadline
        self._clock = clock
        self.thread = threading.get_ident()  # the leader's thread
        self.token: Token | None = None
        self.error: BaseException | None = None
        self._done = threading.Event()
        self._lock = threading.Lock()
        self._waiters: list[tuple[asyncio.AbstractEventLoop, asyncio.Future[None]]] = []

    def finish(self, *, token: Token | None = None, error: BaseException | None = None) -> None:
        """Publish the outcome; neither a token nor an error means "leader gone, retry"."""
        with self._lock:
            if self._done.is_set():
                return
            self.token, self.error = token, error
            self._done.set()
            waiters, self._waiters = self._waiters, []
        for loop, future in waiters:
            # The loop may be closed already (its asyncio.run() ended): nothing to wake.
            with contextlib.suppress(RuntimeError):
                loop.call_soon_threadsafe(_resolve, future)

    def wait_sync(self) -> bool:
        """Block until the flight ends or its deadline passes; False on the latter."""
        return self._done.wait(self._left())

    async def wait_async(self) -> bool:
        """Await the flight's end without blocking the loop; False if the deadline passed."""
        loop = running_loop()
        if loop is None:  # not asyncio (e.g. trio): poll, the mint is rare and short
            return await self._poll()
        import asyncio  # loaded: its loop is running

        future: asyncio.Future[None] = loop.create_future()
        with self._lock:
            if self._done.is_set():
                return True
            self._waiters.append((loop, future))
        try:
            await asyncio.wait_for(future, self._left())
        except TimeoutError:
            return False
        finally:
            with self._lock, contextlib.suppress(ValueError):
                self._waiters.remove((loop, future))
        return True

    async def _poll(self) -> bool:
        while not self._done.is_set():
            if self._left() <= 0:
                return False
            await sleep(0.005)
        return True

    def _left(self) -> float:
        return max(self.deadline - self._clock(), 0.0)


class _Plan(NamedTuple):
    """What a caller does next, decided under the lock."""

    token: Token | None
    """Use this token now (when `flight` is None), or the one being replaced (leader)."""
    flight: _Flight | None
    """The mint to lead or wait on; None when `token` can be used at once."""
    leading: bool
    generation: int
    """`forget()` count when planned: a mint from an older generation is not stored."""


class TokenSource:
    """Hands out valid tokens; mints through `mint_sync`/`mint_async` when needed.

    `get_sync()` / `get_async()` return a valid token (minting if needed); `peek()`
    shows the stored one without minting. `clock` is the monotonic clock of every
    decision (a seam for tests); `wait_limit` is how long a mint may run before a
    caller presumes it stuck and starts another.
    """

    def __init__(
        self,
        *,
        store: TokenStore,
        mint_sync: Callable[[], Token],
        mint_async: Callable[[], Awaitable[Token]],
        wait_limit: float,
        clock: Callable[[], float] = time.monotonic,
        on_invalidate: Callable[[Token], None] | None = None,
    ) -> None:
        self._store = store
        self._on_invalidate = on_invalidate
        self._mint_sync = mint_sync
        self._mint_async = mint_async
        self._wait_limit = wait_limit
        self._clock = clock
        self._lock = threading.Lock()
        self._flight: _Flight | None = None
        self._generation = 0

    def minting(self) -> bool:
        """True while a mint is in progress (read without the lock: a hint)."""
        return self._flight is not None

    def peek(self) -> Token | None:
        """The stored token in whatever state, without locking or minting (for display)."""
        return self._store.get()

    def _fresh(self) -> Token | None:
        """The stored token if FRESH: the lock-free fast path."""
        token = self._store.get()
        if token is not None and token.state(self._clock()) is TokenState.FRESH:
            return token
        return None

    # -- planning under the lock ----------------------------------------------------------

    def _plan(self) -> _Plan:
        with self._lock:
            now = self._clock()
            token = self._store.get()
            state = token.state(now) if token is not None else TokenState.EXPIRED
            if state is TokenState.FRESH:
                return _Plan(token, None, False, self._generation)
            flight = self._flight
            if flight is not None and now >= flight.deadline:
                logger.warning("token mint in progress for too long; starting another")
                flight.finish()
                flight = self._flight = None
            if flight is not None:
                if state is TokenState.REFRESH_DUE:
                    return _Plan(token, None, False, self._generation)
                return _Plan(None, flight, False, self._generation)
            flight = self._flight = _Flight(now + self._wait_limit, self._clock)
            return _Plan(token, flight, True, self._generation)

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
                token.expires_at_utc.isoformat() if token.expires_at_utc else "?",
                extra={"ecartpay_event": event, "ecartpay_fingerprint": token.fingerprint},
            )
        flight.finish(token=token, error=error)

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
        """A valid token; blocks while one thread or task mints it."""
        token = self._fresh()
        if token is not None:
            return token
        while True:
            plan = self._plan()
            flight = plan.flight
            if flight is None:
                assert plan.token is not None
                return plan.token
            if plan.leading:
                return self._lead_sync(flight, plan.generation, plan.token)
            if flight.thread == threading.get_ident():
                # The leader is an async task of the event loop running on this very
                # thread (a sync client used inside async code): blocking here would
                # stall it forever, so mint on our own instead of waiting.
                return self._mint_alone(plan.generation)
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
        """A valid token; awaits (never blocks the loop) while someone mints it."""
        token = self._fresh()
        if token is not None:
            return token
        while True:
            plan = self._plan()
            flight = plan.flight
            if flight is None:
                assert plan.token is not None
                return plan.token
            if plan.leading:
                return await self._lead_async(flight, plan.generation, plan.token)
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

    def _fallback(self, previous: Token | None, exc: Exception) -> Token:
        """A refresh that fails transiently keeps the still-valid token; else re-raise."""
        now = self._clock()
        if (
            isinstance(exc, ServiceUnavailableError)
            and previous is not None
            and previous.state(now) is not TokenState.EXPIRED
        ):
            logger.warning(
                "could not refresh token sha256:%s (%s); using it for its last %.0f s",
                previous.fingerprint,
                exc,
                previous.remaining(now),
            )
            return previous
        raise exc

    # -- invalidation ------------------------------------------------------------------

    def invalidate(self, failed: Token) -> bool:
        """Drop `failed` if it is still the current token; True if it was dropped.

        `on_invalidate` hears of every token that got a 401, current or not (a shared
        store deletes it there, if it is still the stored one, at its next read).
        """
        if self._on_invalidate is not None:
            self._on_invalidate(failed)
        with self._lock:
            current = self._store.get()
            if current is None or current.value != failed.value:
                return False
            self._store.clear()
        logger.debug(
            "invalidated token sha256:%s after a 401 (it had %.0f s left by our clock)",
            failed.fingerprint,
            failed.remaining(self._clock()),
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
