"""Store faults never fail a mint: freeze, kill/restart and CLIENT PAUSE of a real Redis, a
file store that cannot be written. The breaker warns once and shares again on recovery.

A fault is waited out by a command that cannot be answered (FAULT_TIMEOUT, under
`impatient`); a healthy Redis always gets HEALTHY_TIMEOUT, so no outcome depends on how
fast it answers on a loaded machine.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import AsyncIterator
from contextlib import AbstractContextManager, asynccontextmanager

import pytest

from contract_tests.redis_server import RedisServer
from ecartpay_auth import FileTokenStore, RedisTokenStore, Token
from ecartpay_auth._shared import AsyncSharedSession, Breaker, Entry, SharedSession, SharedSlot

from ._support import (
    BASE_URL,
    FAULT_TIMEOUT,
    HEALTHY_TIMEOUT,
    PRIVATE,
    PUBLIC,
    CountingMinter,
    fleet_minter,
    impatient,
    set_timeouts,
)


def events(caplog: pytest.LogCaptureFixture, name: str) -> int:
    return sum(getattr(r, "ecartpay_event", None) == name for r in caplog.records)


@pytest.fixture
def fragile(private_redis_server: RedisServer) -> RedisTokenStore:
    """A store on the test's own server, probed again at every mint."""
    url = private_redis_server.url
    return RedisTokenStore.from_url(url, socket_timeout=HEALTHY_TIMEOUT, cooldown=0)


def stored(store: RedisTokenStore) -> str | None:
    slot = store.bind(base_url=BASE_URL, public_key=PUBLIC, private_key=PRIVATE)
    with slot.open() as session:
        entry = session.read(None)
    return entry.value if entry else None


def test_frozen_redis_mints_locally_warns_once_and_skips_the_store(
    private_redis_server: RedisServer, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.WARNING, logger="ecartpay_auth")
    url = private_redis_server.url  # frozen all along: every command is a fault's
    store = RedisTokenStore.from_url(url, socket_timeout=FAULT_TIMEOUT, cooldown=60)
    minter = CountingMinter()
    private_redis_server.freeze()
    tokens = [fleet_minter(store, minter).mint_sync() for _ in range(3)]
    private_redis_server.thaw()
    assert minter.count == 3  # each "process" minted for itself: no call failed
    assert len({t.value for t in tokens}) == 3
    assert store.breaker.failures == 1  # the open breaker kept the others off the store
    assert events(caplog, "store_unavailable") == 1
    text = caplog.text
    for token in tokens:
        assert token.value not in text


def test_shares_again_after_thaw(
    private_redis_server: RedisServer, fragile: RedisTokenStore, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.WARNING, logger="ecartpay_auth")
    store = fragile
    minter = CountingMinter()
    with impatient(store):
        private_redis_server.freeze()
        fleet_minter(store, minter).mint_sync()
        private_redis_server.thaw()
    shared = fleet_minter(store, minter).mint_sync()
    assert fleet_minter(store, minter).mint_sync().value == shared.value
    assert minter.count == 2
    assert stored(store) == shared.value
    assert (store.breaker.failures, store.breaker.recoveries) == (1, 1)
    assert (events(caplog, "store_unavailable"), events(caplog, "store_recovered")) == (1, 1)


def test_kill_and_restart(private_redis_server: RedisServer, fragile: RedisTokenStore) -> None:
    store = fragile  # a killed Redis refuses at once: no timeout is waited out
    minter = CountingMinter()
    before = fleet_minter(store, minter).mint_sync()
    private_redis_server.kill()
    during = fleet_minter(store, minter).mint_sync()
    private_redis_server.start()  # same port, empty
    after = fleet_minter(store, minter).mint_sync()
    again = fleet_minter(store, minter).mint_sync()
    assert minter.count == 3
    assert len({before.value, during.value, after.value}) == 3
    assert again.value == after.value
    assert stored(store) == after.value


def test_client_pause_of_writes_falls_back(
    private_redis_server: RedisServer, fragile: RedisTokenStore
) -> None:
    store = fragile
    minter = CountingMinter()
    with impatient(store):
        private_redis_server.client_pause(30, mode="WRITE")  # reads answer, the lease waits
        fleet_minter(store, minter).mint_sync()
        assert store.breaker.tripped
        private_redis_server.client_unpause()
    shared = fleet_minter(store, minter).mint_sync()
    assert fleet_minter(store, minter).mint_sync().value == shared.value
    assert minter.count == 2


def test_client_pause_of_everything_falls_back(
    private_redis_server: RedisServer, fragile: RedisTokenStore
) -> None:
    store = fragile
    minter = CountingMinter()
    with impatient(store):
        private_redis_server.client_pause(30)  # outlasts the mint however slow the machine
        token = fleet_minter(store, minter).mint_sync()
        assert minter.count == 1
        assert store.breaker.tripped
        private_redis_server.restart()  # an ALL pause cannot be lifted early on Redis 6.2
    assert fleet_minter(store, minter).mint_sync().value != token.value  # shares again
    assert not store.breaker.tripped


def test_redis_failing_after_the_mint_keeps_the_minted_token(
    private_redis_server: RedisServer,
) -> None:
    url = private_redis_server.url
    store = RedisTokenStore.from_url(url, socket_timeout=HEALTHY_TIMEOUT, cooldown=60)
    minter = CountingMinter()
    real = minter.mint_sync

    def mint_then_freeze() -> Token:
        token = real()
        set_timeouts(store, FAULT_TIMEOUT)  # the read and the lease had HEALTHY_TIMEOUT
        private_redis_server.freeze()
        return token

    minter.mint_sync = mint_then_freeze  # type: ignore[method-assign]
    try:
        token = fleet_minter(store, minter).mint_sync()
    finally:
        private_redis_server.thaw()
    assert minter.count == 1  # minted once, not again because the write failed
    assert token.value
    assert store.breaker.tripped


class WatchedSlot:
    """`slot`, whose async sessions set `reading` as a read starts: from then until the read
    ends, the mint is waiting on the store."""

    def __init__(self, slot: SharedSlot) -> None:
        self._slot = slot
        self.reading = asyncio.Event()

    @property
    def breaker(self) -> Breaker:
        return self._slot.breaker

    def open(self) -> AbstractContextManager[SharedSession]:
        return self._slot.open()

    @asynccontextmanager
    async def aopen(self) -> AsyncIterator[AsyncSharedSession]:
        async with self._slot.aopen() as session:
            yield _WatchedSession(session, self.reading)


class _WatchedSession:
    def __init__(self, session: AsyncSharedSession, reading: asyncio.Event) -> None:
        self._session = session
        self._reading = reading

    async def read(self, discard: str | None) -> Entry | None:
        self._reading.set()
        return await self._session.read(discard)

    async def try_lease(self) -> bool:
        return await self._session.try_lease()

    async def write(self, value: str, remaining: float) -> None:
        await self._session.write(value, remaining)

    async def release(self) -> None:
        await self._session.release()


def test_async_falls_back_without_blocking_the_loop(private_redis_server: RedisServer) -> None:
    url = private_redis_server.url  # frozen all along: every command is a fault's
    store = RedisTokenStore.from_url(url, socket_timeout=FAULT_TIMEOUT, cooldown=0)
    minter = CountingMinter()

    async def main() -> tuple[bool, int]:
        slot = WatchedSlot(store.bind(base_url=BASE_URL, public_key=PUBLIC, private_key=PRIVATE))
        mint = asyncio.create_task(fleet_minter(slot, minter).mint_async())
        mint.add_done_callback(lambda _: slot.reading.set())  # a mint that never read
        await slot.reading.wait()
        # This coroutine runs on the loop the mint uses, before the frozen Redis's timeout
        # can end the read: possible only if the read awaits rather than blocks.
        seen = (mint.done(), minter.count)
        await mint
        return seen

    private_redis_server.freeze()
    try:
        seen = asyncio.run(main())
    finally:
        private_redis_server.thaw()
    assert seen == (False, 0)  # the mint was still waiting on Redis, nothing minted yet
    assert minter.count == 1  # then it minted here
    assert store.breaker.tripped


def test_unwritable_file_store_degrades_to_memory(caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.WARNING, logger="ecartpay_auth")
    store = FileTokenStore("/proc/self/ecartpay-tokens.json", cooldown=60)  # never writable
    minter = CountingMinter()
    tokens = {fleet_minter(store, minter).mint_sync().value for _ in range(2)}
    assert (minter.count, len(tokens)) == (2, 2)
    assert store.breaker.failures == 1
    assert events(caplog, "store_unavailable") == 1
