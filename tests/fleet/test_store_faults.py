"""Store faults never fail a mint: freeze, kill/restart and CLIENT PAUSE of a real Redis, a
file store that cannot be written. The breaker warns once and shares again on recovery."""

from __future__ import annotations

import asyncio
import logging
from pathlib import Path

import pytest

from contract_tests.redis_server import RedisServer
from ecartpay_auth import Token
from ecartpay_auth._file_store import FileTokenStore
from ecartpay_auth._redis_store import RedisTokenStore

from ._support import BASE_URL, PRIVATE, PUBLIC, CountingMinter, fleet_minter


def events(caplog: pytest.LogCaptureFixture, name: str) -> int:
    return sum(getattr(r, "ecartpay_event", None) == name for r in caplog.records)


@pytest.fixture
def fragile(private_redis_server: RedisServer) -> RedisTokenStore:
    """A store on the test's own server, 0.2 s timeouts, probed again at every mint."""
    return RedisTokenStore.from_url(private_redis_server.url, socket_timeout=0.2, cooldown=0)


def stored(store: RedisTokenStore) -> str | None:
    slot = store.bind(base_url=BASE_URL, public_key=PUBLIC, private_key=PRIVATE)
    with slot.open() as session:
        entry = session.read(None)
    return entry.value if entry else None


def test_frozen_redis_mints_locally_warns_once_and_skips_the_store(
    private_redis_server: RedisServer, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.WARNING, logger="ecartpay_auth")
    store = RedisTokenStore.from_url(private_redis_server.url, socket_timeout=0.2, cooldown=60)
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
    store = fragile
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
    private_redis_server.client_pause(1.0)
    token = fleet_minter(store, minter).mint_sync()
    assert minter.count == 1
    assert store.breaker.tripped
    private_redis_server.wait_until_answering()
    assert fleet_minter(store, minter).mint_sync().value != token.value  # shares again
    assert not store.breaker.tripped


def test_redis_failing_after_the_mint_keeps_the_minted_token(
    private_redis_server: RedisServer,
) -> None:
    store = RedisTokenStore.from_url(private_redis_server.url, socket_timeout=0.2, cooldown=60)
    minter = CountingMinter()
    real = minter.mint_sync

    def mint_then_freeze() -> Token:
        token = real()
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


def test_async_falls_back_without_blocking_the_loop(
    private_redis_server: RedisServer, fragile: RedisTokenStore
) -> None:
    store = fragile
    minter = CountingMinter()

    async def main() -> tuple[int, str]:
        ticks = 0
        stop = asyncio.Event()

        async def ticker() -> None:
            nonlocal ticks
            while not stop.is_set():
                ticks += 1
                await asyncio.sleep(0)

        task = asyncio.create_task(ticker())
        token = await fleet_minter(store, minter).mint_async()
        stop.set()
        await task
        return ticks, token.value

    private_redis_server.freeze()
    try:
        ticks, _ = asyncio.run(main())
    finally:
        private_redis_server.thaw()
    assert minter.count == 1
    assert ticks > 1  # the loop kept running while Redis did not answer
    assert store.breaker.tripped


def test_unwritable_file_store_degrades_to_memory(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.WARNING, logger="ecartpay_auth")
    store = FileTokenStore("/proc/self/ecartpay-tokens.json", cooldown=60)  # never writable
    minter = CountingMinter()
    tokens = {fleet_minter(store, minter).mint_sync().value for _ in range(2)}
    assert (minter.count, len(tokens)) == (2, 2)
    assert store.breaker.failures == 1
    assert events(caplog, "store_unavailable") == 1
