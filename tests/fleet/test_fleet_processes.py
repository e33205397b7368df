"""One mint per fleet, across real processes (spawned) against the local sandbox.

`bench.fleet.run_fleet` starts P processes x T threads cold, then steady calls, then
revokes every token while they call. Counts only: token requests the sandbox saw, 401s
that reached callers, Redis commands during the steady calls.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from bench._server import SandboxProcess, sandbox_process
from bench.fleet import run_fleet
from contract_tests.redis_server import RedisServer


@pytest.fixture(scope="module")
def fleet_sandbox() -> Iterator[SandboxProcess]:
    with sandbox_process() as running:
        yield running


@pytest.mark.parametrize(("store", "processes"), [("redis", 3), ("file", 2)])
def test_one_mint_per_fleet_cold_and_after_a_revocation(
    fleet_sandbox: SandboxProcess, redis_server: RedisServer, store: str, processes: int
) -> None:
    run = run_fleet(
        fleet_sandbox, redis_server, store, processes,  # type: ignore[arg-type]
        threads=4, steady_calls=5, storm_calls=5,
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
