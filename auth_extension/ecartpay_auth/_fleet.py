"""One mint per fleet: the token source's minter, routed through a shared store.

`FleetMinter` stands where the token source calls its minter, so the store is touched
only when this process has no usable token: once per token lifetime in steady state,
since the source's in-memory token is the in-process cache in front of the store.

A mint through the store (one flow, driven sync or async, so both behave alike):

1. read the entry (compare-and-delete first the token that last got a 401 here); a token
   that needs no refresh is adopted with its real expiry;
2. else take the fleet lease; the holder reads again (someone may just have written),
   mints, writes the token with its remaining lifetime and releases the lease;
3. else another process is minting: wait briefly (jittered, growing pauses) and go to 1.
   A crashed holder's lease expires by itself; a wait longer than `wait_limit` mints here.

Any store failure trips the slot's breaker: the mint happens locally (a token minted
before the failure is kept, never minted twice) and the store is skipped until the
breaker's cooldown ends; the next mint after that probes it and shares again.
"""

from __future__ import annotations

import random
import time
from collections.abc import Awaitable, Callable
from typing import Any

from ._aio import running_loop, sleep
from ._shared import AsyncSharedSession, Entry, SharedSession, SharedSlot, StoreUnavailable
from ._steps import Flow, Op, run_async, run_sync
from ._token import Margin, Token, TokenState, margin_value

__all__ = ["FleetMinter"]

_FIRST_PAUSE = 0.02
_MAX_PAUSE = 0.25


class FleetMinter:
    """`mint_sync`/`mint_async` for a `TokenSource`, shared through `slot`."""

    def __init__(
        self,
        slot: SharedSlot,
        *,
        mint_sync: Callable[[], Token],
        mint_async: Callable[[], Awaitable[Token]],
        refresh_margin: Margin,
        wait_limit: float,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self._slot = slot
        self._mint_sync = mint_sync
        self._mint_async = mint_async
        self._margin = refresh_margin
        self._wait_limit = wait_limit
        self._clock = clock
        self._rejected: str | None = None  # to delete from the store at the next read
        self._dead: str | None = None  # never adopt this one again
        self.shared_mints = 0  # counters for tests and the bench
        self.local_mints = 0
        self.adopted = 0

    @property
    def slot(self) -> SharedSlot:
        return self._slot

    def reject(self, token: Token) -> None:
        """`token` got a 401: the next read deletes it from the store if still there."""
        self._rejected = self._dead = token.value

    # -- the flow ------------------------------------------------------------------------

    def _adopt(self, entry: Entry | None, sent: float) -> Token | None:
        """The entry as a Token expiring when the store says (anchored at `sent`)."""
        if entry is None or entry.value == self._dead:
            return None
        token = Token.from_store(
            entry.value, remaining=entry.remaining, read_at_monotonic=sent,
            refresh_margin=margin_value(self._margin),
        )  # fmt: skip
        if token.state(self._clock()) is not TokenState.FRESH:
            return None
        self.adopted += 1
        return token

    def _flow(self) -> Flow[Token]:
        discard, self._rejected = self._rejected, None
        minted: Token | None = None
        deadline = self._clock() + self._wait_limit
        pause = _FIRST_PAUSE
        try:
            while True:
                sent = self._clock()
                token = self._adopt((yield ("read", discard)), sent)
                discard = None
                if token is not None:
                    break
                if (yield ("lease", None)):
                    try:
                        sent = self._clock()
                        token = self._adopt((yield ("read", None)), sent)
                        if token is None:
                            minted = token = yield ("mint", None)
                            self.shared_mints += 1
                            yield ("write", token)
                    finally:
                        yield ("release", None)
                    break
                if self._clock() >= deadline:  # the holder is too slow: mint here
                    self.local_mints += 1
                    return (yield ("mint", None))  # type: ignore[no-any-return]
                yield ("sleep", random.uniform(pause / 2, pause))
                pause = min(pause * 2, _MAX_PAUSE)
        except StoreUnavailable as exc:
            self._slot.breaker.failed(exc)
            if minted is not None:
                return minted
            self.local_mints += 1
            return (yield ("mint", None))  # type: ignore[no-any-return]
        self._slot.breaker.succeeded()
        return token

    # -- drivers -------------------------------------------------------------------------

    def mint_sync(self) -> Token:
        if not self._slot.breaker.allows():
            self.local_mints += 1
            return self._mint_sync()
        with self._slot.open() as session:  # opening and closing never raise
            # A failed mint or store operation goes into the flow: it releases the lease.
            return run_sync(self._flow(), lambda op: self._run_sync(op, session))

    def _run_sync(self, op: Op, session: SharedSession) -> Any:
        kind, arg = op
        if kind == "mint":
            return self._mint_sync()
        if kind == "sleep":
            return time.sleep(arg)
        return self._store_op(kind, arg, session)

    async def mint_async(self) -> Token:
        if not self._slot.breaker.allows() or not _on_asyncio():
            self.local_mints += 1
            return await self._mint_async()
        async with self._slot.aopen() as session:
            return await run_async(self._flow(), lambda op: self._run_async(op, session))

    async def _run_async(self, op: Op, session: AsyncSharedSession) -> Any:
        kind, arg = op
        if kind == "mint":
            return await self._mint_async()
        if kind == "sleep":
            return await sleep(arg)
        return await self._store_op(kind, arg, session)

    @staticmethod
    def _store_op(kind: str, arg: Any, session: Any) -> Any:
        if kind == "read":
            return session.read(arg)
        if kind == "lease":
            return session.try_lease()
        if kind == "write":
            return session.write(arg.value, arg.remaining())
        return session.release()


def _on_asyncio() -> bool:
    """Shared stores speak asyncio (redis.asyncio, worker threads); under another event
    loop (trio) a mint stays local rather than fail."""
    return running_loop() is not None
