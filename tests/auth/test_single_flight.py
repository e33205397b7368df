"""Single flight: N threads or N tasks at cold start cause one mint, and all succeed."""

from __future__ import annotations

import asyncio
import threading
from concurrent.futures import ThreadPoolExecutor

import anyio
import httpx
import pytest

import ecartpay_auth
from contract_tests.sandbox import RunningSandbox

from ._support import LIST_OP, TOKEN_OP, minted, requests_to, statuses_of, until_token_requested
from .conftest import AuthFactory

MINT_DELAY = 0.05  # the sandbox takes 50 ms to mint, so the callers really overlap


def test_64_threads_cold_start_mint_once(
    sandbox: RunningSandbox, auth: ecartpay_auth.EcartPayAuth
) -> None:
    sandbox.control.set_mint_delay(MINT_DELAY)
    barrier = threading.Barrier(64)
    limits = httpx.Limits(max_connections=64, max_keepalive_connections=64)
    with httpx.Client(base_url=sandbox.base_url, auth=auth, timeout=30, limits=limits) as client:

        def call(_: int) -> int:
            barrier.wait(timeout=10)
            return client.get("/api/customers").status_code

        with ThreadPoolExecutor(max_workers=64) as pool:
            codes = list(pool.map(call, range(64)))

    assert codes == [200] * 64
    assert minted(sandbox) == 1
    assert requests_to(sandbox, TOKEN_OP) == 1
    assert statuses_of(sandbox, LIST_OP) == {200: 64}


@pytest.mark.anyio
async def test_256_tasks_cold_start_mint_once(
    sandbox: RunningSandbox, auth: ecartpay_auth.EcartPayAuth
) -> None:
    sandbox.control.set_mint_delay(MINT_DELAY)
    limits = httpx.Limits(max_connections=64)
    async with httpx.AsyncClient(
        base_url=sandbox.base_url, auth=auth, timeout=30, limits=limits
    ) as client:
        codes = await asyncio.gather(*(client.get("/api/customers") for _ in range(256)))

    assert [r.status_code for r in codes] == [200] * 256
    assert minted(sandbox) == 1
    assert requests_to(sandbox, TOKEN_OP) == 1
    assert statuses_of(sandbox, LIST_OP) == {200: 256}


def test_threads_and_tasks_together_mint_once(
    sandbox: RunningSandbox, auth: ecartpay_auth.EcartPayAuth
) -> None:
    """Sync and async callers share one flight: one mint for both kinds at once."""
    sandbox.control.set_mint_delay(MINT_DELAY)
    start = threading.Barrier(9)

    async def tasks() -> list[str]:
        start.wait(timeout=10)
        return list(await asyncio.gather(*(auth.aget_token() for _ in range(32))))

    def sync_caller(_: int) -> str:
        start.wait(timeout=10)
        return auth.get_token()

    with ThreadPoolExecutor(max_workers=9) as pool:
        async_result = pool.submit(asyncio.run, tasks())
        sync_results = list(pool.map(sync_caller, range(8)))
    tokens = set(sync_results) | set(async_result.result())
    assert len(tokens) == 1
    assert minted(sandbox) == 1


@pytest.mark.anyio
async def test_event_loop_keeps_ticking_during_a_mint(
    sandbox: RunningSandbox, auth: ecartpay_auth.EcartPayAuth
) -> None:
    """A 1 ms ticker keeps ticking while a 50 ms mint is awaited (count, not timing)."""
    sandbox.control.set_mint_delay(MINT_DELAY)
    ticks = 0
    stop = asyncio.Event()

    async def ticker() -> None:
        nonlocal ticks
        while not stop.is_set():
            await asyncio.sleep(0.001)
            ticks += 1

    task = asyncio.create_task(ticker())
    await asyncio.sleep(0)
    ticks_before = ticks
    await auth.aget_token()
    ticks_during = ticks - ticks_before
    stop.set()
    await task
    # A loop blocked by the mint would tick at most once; a 50 ms mint allows ~50.
    assert ticks_during >= 10
    assert minted(sandbox) == 1


@pytest.mark.anyio
async def test_waiters_do_not_block_the_loop(
    sandbox: RunningSandbox, auth: ecartpay_auth.EcartPayAuth
) -> None:
    """A waiter whose leader is a thread awaits without blocking its own loop."""
    sandbox.control.add_fault(kind="delay", match="token", delay=0.3)
    ticks = 0
    stop = asyncio.Event()

    async def ticker() -> None:
        nonlocal ticks
        while not stop.is_set():
            await asyncio.sleep(0.001)
            ticks += 1

    thread = threading.Thread(target=auth.get_token)
    thread.start()
    await until_token_requested(sandbox)
    task = asyncio.create_task(ticker())
    before = ticks
    await auth.aget_token()
    during = ticks - before
    stop.set()
    await task
    await anyio.to_thread.run_sync(thread.join)
    assert minted(sandbox) == 1
    assert during >= 10  # the loop ran while waiting (a blocked loop gives 0)


@pytest.mark.anyio
async def test_cancelled_leader_leaves_no_lock_held(
    sandbox: RunningSandbox, auth: ecartpay_auth.EcartPayAuth
) -> None:
    """Cancel the task that leads a mint: a waiter takes over and later calls succeed."""
    sandbox.control.add_fault(kind="delay", match="token", delay=2.0)
    leader = asyncio.create_task(auth.aget_token())
    await until_token_requested(sandbox)
    waiter = asyncio.create_task(auth.aget_token())
    await asyncio.sleep(0.01)
    leader.cancel()
    with pytest.raises(asyncio.CancelledError):
        await leader
    token = await asyncio.wait_for(waiter, 10)  # the waiter minted on its own
    assert token == await auth.aget_token()
    assert auth.get_token() == token  # the sync path is not blocked either
    assert requests_to(sandbox, TOKEN_OP) == 2


@pytest.mark.anyio
async def test_cancelled_waiter_leaves_no_lock_held(
    sandbox: RunningSandbox, auth: ecartpay_auth.EcartPayAuth
) -> None:
    sandbox.control.set_mint_delay(0.2)
    leader = asyncio.create_task(auth.aget_token())
    await until_token_requested(sandbox)
    waiters = [asyncio.create_task(auth.aget_token()) for _ in range(8)]
    await asyncio.sleep(0.01)
    for waiter in waiters:
        waiter.cancel()
    token = await leader
    assert all(w.cancelled() for w in waiters)
    assert await auth.aget_token() == token
    assert minted(sandbox) == 1


def test_same_auth_across_successive_event_loops(
    sandbox: RunningSandbox, auth: ecartpay_auth.EcartPayAuth
) -> None:
    async def run_once() -> list[int]:
        async with httpx.AsyncClient(base_url=sandbox.base_url, auth=auth) as client:
            responses = await asyncio.gather(*(client.get("/api/customers") for _ in range(4)))
        return [r.status_code for r in responses]

    assert asyncio.run(run_once()) == [200] * 4
    assert asyncio.run(run_once()) == [200] * 4
    auth.forget()  # a mint in the third loop, after tokens came from the first
    assert asyncio.run(run_once()) == [200] * 4
    assert minted(sandbox) == 2


def test_bad_keys_64_threads_one_request(sandbox: RunningSandbox, make_auth: AuthFactory) -> None:
    """Bad keys: every caller gets AuthenticationError from a single token request."""
    # A refusal is not cached, so a thread arriving after it would ask again: hold the
    # refusal long enough that all 64 released threads have joined the flight, even on a
    # loaded machine. (The mint delay applies to successful mints only; a delay fault
    # fires before the keys are checked.)
    sandbox.control.add_fault(kind="delay", match="token", delay=0.5, count=1)
    auth = make_auth(private_key="priv-wrong")
    barrier = threading.Barrier(64)

    def call(_: int) -> str:
        barrier.wait(timeout=10)
        try:
            auth.get_token()
        except ecartpay_auth.AuthenticationError as exc:
            return type(exc).__name__
        return "no error"

    with ThreadPoolExecutor(max_workers=64) as pool:
        outcomes = list(pool.map(call, range(64)))
    assert outcomes == ["AuthenticationError"] * 64
    assert requests_to(sandbox, TOKEN_OP) == 1


@pytest.mark.anyio
async def test_sync_call_inside_the_loop_does_not_deadlock(
    sandbox: RunningSandbox, auth: ecartpay_auth.EcartPayAuth
) -> None:
    """A sync call on the loop's thread while a task of that loop leads: it mints alone."""
    sandbox.control.add_fault(kind="delay", match="token", delay=0.3)
    leader = asyncio.create_task(auth.aget_token())
    await until_token_requested(sandbox)
    token = auth.get_token()  # blocking the loop; waiting on the leader would never end
    assert token.count(".") == 2
    assert (await leader).count(".") == 2
    assert requests_to(sandbox, TOKEN_OP) == 2


def test_a_stuck_mint_is_taken_over_after_the_wait_limit(
    sandbox: RunningSandbox, auth: ecartpay_auth.EcartPayAuth
) -> None:
    auth._source._wait_limit = 0.2  # normally minutes: timeouts x attempts + backoff
    sandbox.control.add_fault(kind="delay", match="token", delay=1.0)
    with ThreadPoolExecutor(max_workers=2) as pool:
        slow = pool.submit(auth.get_token)
        asyncio.run(until_token_requested(sandbox))
        fast = pool.submit(auth.get_token)
        assert fast.result(timeout=10).count(".") == 2
        assert slow.result(timeout=10).count(".") == 2
    assert requests_to(sandbox, TOKEN_OP) == 2
    assert auth.get_token() == fast.result()  # the late leader did not overwrite it


def test_no_lock_is_held_while_a_request_is_in_flight(
    sandbox: RunningSandbox, auth: ecartpay_auth.EcartPayAuth, http: httpx.Client
) -> None:
    """A slow API call does not hold up other callers, nor a forced re-mint."""
    auth.get_token()
    sandbox.control.add_fault(kind="delay", match="api", delay=1.0)
    with ThreadPoolExecutor(max_workers=1) as pool:
        slow = pool.submit(http.get, "/api/customers")
        for _ in range(2000):  # until the slow request reached the server
            if requests_to(sandbox, LIST_OP) >= 1:
                break
            threading.Event().wait(0.005)
        auth.forget()
        assert http.get("/api/customers").status_code == 200  # mints and calls meanwhile
        assert not slow.done()  # ... while the slow request is still in flight
        assert slow.result(timeout=10).status_code == 200
    assert minted(sandbox) == 2
