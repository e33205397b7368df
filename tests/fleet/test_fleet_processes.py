"""One mint per fleet, across real processes (spawned) against the local sandbox.

`bench.fleet.run_fleet` starts P processes x T threads cold, then steady calls, then
revokes every token while they call. Counts only: token requests the sandbox saw, 401s
that reached callers, Redis commands during the steady calls.
"""

from __future__ import annotations

import multiprocessing
from collections.abc import Iterator
from multiprocessing.context import ForkContext, SpawnContext
from multiprocessing.queues import Queue

import pytest

from bench._server import SandboxProcess, sandbox_process
from bench.fleet import START_METHOD, Store, run_fleet
from contract_tests.redis_server import RedisServer

from ._support import HEALTHY_TIMEOUT, PRIVATE, PUBLIC, make_jwt


@pytest.fixture(scope="module")
def fleet_sandbox() -> Iterator[SandboxProcess]:
    with sandbox_process() as running:
        yield running


@pytest.mark.parametrize(("store", "processes"), [("redis", 3), ("file", 2)])
def test_one_mint_per_fleet_cold_and_after_a_revocation(
    fleet_sandbox: SandboxProcess, redis_server: RedisServer, store: Store, processes: int
) -> None:
    run = run_fleet(
        fleet_sandbox, redis_server, store, processes,
        threads=4, steady_calls=5, storm_calls=5, redis_timeout=HEALTHY_TIMEOUT,
    )  # fmt: skip
    assert run.cold_ok == processes * 4
    assert run.cold_token_requests == 1
    assert run.storm_token_requests == 1
    assert run.storm_caller_401 == 0
    assert run.errors == 0
    if store == "redis":
        assert run.redis_commands == 0  # steady state: the in-process cache answers


def test_in_memory_stores_mint_once_per_process(
    fleet_sandbox: SandboxProcess, redis_server: RedisServer
) -> None:
    # The baseline: without a shared store each process mints, or the counts above
    # would prove nothing.
    run = run_fleet(
        fleet_sandbox, redis_server, "memory", 2, threads=4, steady_calls=2, storm_calls=5
    )
    assert run.cold_token_requests == 2
    assert run.storm_token_requests == 2
    assert run.errors == 0


def _report_adopted(url: str, base_url: str, out: Queue[tuple[str, float, str]]) -> None:
    """In a child process: what a fresh EcartPayAuth reads from the shared store."""
    import ecartpay_auth

    store = ecartpay_auth.RedisTokenStore.from_url(url, socket_timeout=HEALTHY_TIMEOUT)
    auth = ecartpay_auth.EcartPayAuth(PUBLIC, PRIVATE, base_url=base_url, token_store=store)
    token = auth.get_token_info()
    out.put((token.value, token.remaining(), token.state().value))


def test_another_process_keeps_the_real_expiry(redis_server: RedisServer) -> None:
    """A token 50 minutes into its hour, written by this process, is read by a child
    process with 10 minutes left (not a new hour), and nobody mints."""
    import ecartpay_auth

    base_url = "http://127.0.0.1:9"  # nothing listens: a mint would fail the child
    old = make_jwt(3600)
    store = ecartpay_auth.RedisTokenStore.from_url(redis_server.url, socket_timeout=HEALTHY_TIMEOUT)
    slot = store.bind(base_url=base_url, public_key=PUBLIC, private_key=PRIVATE)
    with slot.open() as session:
        session.write(old, 600.0)
    context = multiprocessing.get_context(START_METHOD)
    assert isinstance(context, ForkContext | SpawnContext)
    out: Queue[tuple[str, float, str]] = context.Queue()
    child = context.Process(target=_report_adopted, args=(redis_server.url, base_url, out))
    child.start()
    value, remaining, state = out.get(timeout=60)
    child.join(30)
    assert child.exitcode == 0
    assert value == old
    assert 0 < remaining <= 600
    assert state == "fresh"
