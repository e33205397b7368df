"""Shared token stores on a real Redis and a real file: sharing, expiry, compare-and-delete,
encryption at rest, corrupt entries. Counts and states, never times."""

from __future__ import annotations

import asyncio
import os
import stat
import threading
from pathlib import Path

import pytest

from contract_tests.redis_server import RedisServer
from ecartpay_auth import FileTokenStore, RedisTokenStore, TokenState
from ecartpay_auth._fleet import FleetMinter
from ecartpay_auth._shared import Entry

from ._support import (
    BASE_URL,
    HEALTHY_TIMEOUT,
    PRIVATE,
    PUBLIC,
    CountingMinter,
    fleet_minter,
    make_jwt,
    token_parts,
)

Store = RedisTokenStore | FileTokenStore  # the shared stores, each on its real backend


def value(entry: Entry | None) -> str:
    assert entry is not None
    return entry.value


@pytest.fixture(params=["redis", "file"])
def store(request: pytest.FixtureRequest, tmp_path: Path) -> Store:
    if request.param == "redis":
        server: RedisServer = request.getfixturevalue("redis_server")
        return RedisTokenStore.from_url(server.url, cooldown=0, socket_timeout=HEALTHY_TIMEOUT)
    return FileTokenStore(tmp_path / "tokens.json", cooldown=0)


def at_rest(store: Store) -> bytes:
    """Everything the store keeps, as bytes."""
    if isinstance(store, FileTokenStore):
        return b"".join(p.read_bytes() for p in store.path.parent.iterdir() if p.is_file())
    kept = b""
    for key in store.client.keys("*"):
        record = store.client.get(key) or b""
        assert isinstance(key, bytes)  # no decode_responses: bytes in, bytes out
        assert isinstance(record, bytes)
        kept += key + b"=" + record
    return kept


def test_one_mint_shared_and_the_token_never_at_rest_in_clear(store: Store) -> None:
    minter = CountingMinter()
    first = fleet_minter(store, minter).mint_sync()
    others = [fleet_minter(store, minter).mint_sync() for _ in range(3)]
    assert minter.count == 1
    assert {t.value for t in others} == {first.value}
    kept = at_rest(store)
    assert kept
    for part in token_parts(first.value):
        assert part.encode() not in kept
    assert PRIVATE.encode() not in kept


def test_a_stored_token_keeps_its_real_expiry(store: Store) -> None:
    """A token 50 minutes into its hour is read with 10 minutes left, not a new hour."""
    old = make_jwt(3600)
    slot = store.bind(base_url=BASE_URL, public_key=PUBLIC, private_key=PRIVATE)
    with slot.open() as session:
        session.write(old, 600.0)
    adopted = fleet_minter(store, CountingMinter()).mint_sync()
    assert adopted.value == old
    assert adopted.lifetime == 3600
    assert 0 < adopted.remaining() <= 600
    assert adopted.state() is TokenState.FRESH


def test_a_token_inside_its_refresh_margin_is_replaced_once(store: Store) -> None:
    slot = store.bind(base_url=BASE_URL, public_key=PUBLIC, private_key=PRIVATE)
    with slot.open() as session:
        session.write(make_jwt(3600), 200.0)  # below the 300 s margin
    minter = CountingMinter()
    tokens = {fleet_minter(store, minter).mint_sync().value for _ in range(3)}
    assert minter.count == 1
    assert len(tokens) == 1


def test_compare_and_delete(store: Store) -> None:
    minter = CountingMinter()
    a, b = fleet_minter(store, minter), fleet_minter(store, minter)
    failed = a.mint_sync()
    slot = store.bind(base_url=BASE_URL, public_key=PUBLIC, private_key=PRIVATE)
    with slot.open() as session:
        assert session.read(make_jwt()) is not None  # another token: left in place
        assert value(session.read(None)) == failed.value
    a.reject(failed)
    b.reject(failed)
    fresh = a.mint_sync()  # deletes `failed`, mints its successor
    assert fresh.value != failed.value
    assert b.mint_sync().value == fresh.value  # `fresh` is not the one b saw fail: kept
    assert minter.count == 2


def test_corrupt_and_foreign_entries_read_as_a_miss_and_are_overwritten(
    store: Store, tmp_path: Path
) -> None:
    slot = store.bind(base_url=BASE_URL, public_key=PUBLIC, private_key=PRIVATE)
    other = store.bind(base_url=BASE_URL, public_key=PUBLIC, private_key=PRIVATE + "x")
    foreign = make_jwt()
    with other.open() as session:  # same entry name, another private key
        session.write(foreign, 3000.0)
    with slot.open() as session:
        assert session.read(None) is None
    minter = CountingMinter()
    mine = fleet_minter(store, minter).mint_sync()
    assert (minter.count, mine.value != foreign) == (1, True)
    if isinstance(store, FileTokenStore):
        store.path.write_bytes(b"\x00 not json")
    else:
        store.client.set(slot.name, b"garbage")
    with slot.open() as session:
        assert session.read(None) is None
    again = fleet_minter(store, minter).mint_sync()
    assert minter.count == 2
    with slot.open() as session:
        assert value(session.read(None)) == again.value


def test_single_flight_across_many_processes_worth_of_minters(store: Store) -> None:
    minter = CountingMinter()
    minter.gate.clear()  # hold the first mint until every minter is in flight
    minters = [fleet_minter(store, minter) for _ in range(8)]
    results: list[str] = []
    started = threading.Barrier(len(minters) + 1)

    def run(m: FleetMinter) -> None:
        started.wait()
        results.append(m.mint_sync().value)

    threads = [threading.Thread(target=run, args=(m,)) for m in minters]
    for t in threads:
        t.start()
    started.wait()
    minter.gate.set()
    for t in threads:
        t.join()
    assert minter.count == 1
    assert len(set(results)) == 1
    assert len(results) == 8


def test_async_sessions_across_event_loops(store: Store) -> None:
    minter = CountingMinter()

    async def burst() -> set[str]:
        minters = [fleet_minter(store, minter) for _ in range(4)]
        return {t.value for t in await asyncio.gather(*(m.mint_async() for m in minters))}

    first = asyncio.run(burst())
    second = asyncio.run(burst())
    assert minter.count == 1
    assert first == second
    assert len(first) == 1


def test_file_store_mode_0600(tmp_path: Path) -> None:
    store = FileTokenStore(tmp_path / "tokens.json")
    fleet_minter(store, CountingMinter()).mint_sync()
    for path in (store.path, Path(f"{store.path}.lock")):
        assert stat.S_IMODE(os.stat(path).st_mode) == 0o600
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".")] == []  # no temp left


def test_redis_lease_expires_by_itself(redis_server: RedisServer) -> None:
    store = RedisTokenStore.from_url(
        redis_server.url, lease_timeout=7, socket_timeout=HEALTHY_TIMEOUT
    )
    slot = store.bind(base_url=BASE_URL, public_key=PUBLIC, private_key=PRIVATE)
    with slot.open() as holder, slot.open() as other:
        assert holder.try_lease()
        assert not other.try_lease()
        assert 0 < store.client.pttl(slot.lease_name) <= 7000  # a crashed holder's lease ends
        holder.release()
        assert other.try_lease()
        other.release()
    assert store.client.exists(slot.lease_name) == 0


def test_redis_entry_without_expiry_is_foreign(redis_server: RedisServer) -> None:
    store = RedisTokenStore.from_url(redis_server.url, socket_timeout=HEALTHY_TIMEOUT)
    slot = store.bind(base_url=BASE_URL, public_key=PUBLIC, private_key=PRIVATE)
    record = slot.record(make_jwt(), now=store.client.time(), remaining=3600.0)
    store.client.set(slot.name, record)  # sealed by us, but immortal
    with slot.open() as session:
        assert session.read(None) is None


def test_outside_asyncio_an_async_mint_stays_local(store: Store) -> None:
    """Under another event loop (trio) the shared store is not used rather than fail."""
    minter = CountingMinter()
    shared = fleet_minter(store, minter).mint_sync()
    coroutine = fleet_minter(store, minter).mint_async()
    with pytest.raises(StopIteration) as done:  # driven by hand: no asyncio loop runs
        coroutine.send(None)
    assert minter.count == 2
    assert done.value.value.value != shared.value


def test_a_store_on_your_own_clients_serves_async_code(redis_server: RedisServer) -> None:
    """Built on a sync client only, async callers go through worker threads; with an
    async client too, through it. Either way one mint, the loop never blocked."""
    import redis
    import redis.asyncio

    sync_only = RedisTokenStore(redis_server.client())
    minter = CountingMinter()

    async def burst(store: RedisTokenStore) -> set[str]:
        minters = [fleet_minter(store, minter) for _ in range(3)]
        return {t.value for t in await asyncio.gather(*(m.mint_async() for m in minters))}

    first = asyncio.run(burst(sync_only))

    async def with_async_client() -> set[str]:
        client = redis.asyncio.Redis.from_url(redis_server.url)
        try:
            return await burst(
                RedisTokenStore(redis.Redis.from_url(redis_server.url), async_client=client)
            )
        finally:
            await client.aclose()

    second = asyncio.run(with_async_client())
    assert minter.count == 1
    assert first == second
    assert len(first) == 1
