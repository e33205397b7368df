"""Single flight end to end, against the sandbox: N threads or N tasks at cold start cause
one mint, and all succeed. The orderings (waiters, a cancelled or failing leader, a stuck
flight) are unit-tested with held fake mints in `test_token_source.py`."""

from __future__ import annotations

import asyncio
import threading
from concurrent.futures import ThreadPoolExecutor

import httpx
import pytest

import ecartpay_auth
from ecartpay_sandbox import RunningSandbox

from ._support import LIST_OP, TOKEN_OP, minted, requests_to, statuses_of

# The sandbox takes 50 ms to mint, so that the callers overlap (the counts asserted hold
# whether or not they do: it makes the test meaningful, it does not order anything).
MINT_DELAY = 0.05
BOUND = 10.0  # seconds before a test that hangs fails (never reached when it passes)


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
async def test_128_tasks_cold_start_mint_once(
    sandbox: RunningSandbox, auth: ecartpay_auth.EcartPayAuth
) -> None:
    sandbox.control.set_mint_delay(MINT_DELAY)
    limits = httpx.Limits(max_connections=64)
    async with httpx.AsyncClient(
        base_url=sandbox.base_url, auth=auth, timeout=30, limits=limits
    ) as client:
        codes = await asyncio.gather(*(client.get("/api/customers") for _ in range(128)))

    assert [r.status_code for r in codes] == [200] * 128
    assert minted(sandbox) == 1
    assert requests_to(sandbox, TOKEN_OP) == 1
    assert statuses_of(sandbox, LIST_OP) == {200: 128}


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


class HoldFirstList(httpx.BaseTransport):
    """Holds the first `GET /api/customers` in the transport (after the auth put its
    token on it) until the test releases it; everything else goes straight through."""

    def __init__(self) -> None:
        self._inner = httpx.HTTPTransport()
        self._lock = threading.Lock()
        self._held = False
        self.entered = threading.Event()
        self.release = threading.Event()

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        with self._lock:
            hold, self._held = not self._held and request.url.path == "/api/customers", True
        if hold:
            self.entered.set()
            assert self.release.wait(BOUND), "the test never released the request"
        return self._inner.handle_request(request)

    def close(self) -> None:
        self._inner.close()


def test_no_lock_is_held_while_a_request_is_in_flight(
    sandbox: RunningSandbox, auth: ecartpay_auth.EcartPayAuth
) -> None:
    """A request held in flight does not hold up other callers, nor a forced re-mint."""
    transport = HoldFirstList()
    with (
        httpx.Client(base_url=sandbox.base_url, auth=auth, transport=transport) as held,
        httpx.Client(base_url=sandbox.base_url, auth=auth) as other,
        ThreadPoolExecutor(max_workers=1) as pool,
    ):
        slow = pool.submit(held.get, "/api/customers")
        assert transport.entered.wait(BOUND)  # in flight, its token already on it
        auth.forget()
        assert other.get("/api/customers").status_code == 200  # mints and calls meanwhile
        assert not slow.done()  # held by the transport until released: no lock involved
        transport.release.set()
        assert slow.result(BOUND).status_code == 200
    assert minted(sandbox) == 2
    assert statuses_of(sandbox, LIST_OP) == {200: 2}
