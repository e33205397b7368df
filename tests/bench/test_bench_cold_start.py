"""Single flight at cold start, by count: a regression of EcartPayAuth's lock fails here.

The local sandbox (a child process, real sockets) takes 50 ms to mint, so every worker
released together finds the cache empty. Counts only, never times.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from bench._server import SandboxProcess, sandbox_process
from bench.cold_start import run_tasks, run_threads


@pytest.fixture(scope="module")
def sandbox() -> Iterator[SandboxProcess]:
    with sandbox_process(mint_delay=0.05) as running:
        yield running


def test_16_threads_cause_exactly_one_mint(sandbox: SandboxProcess) -> None:
    result = run_threads(sandbox, "ecartpay", 16)
    assert result.succeeded == 16
    assert (result.token_requests, result.mints) == (1, 1)


def test_32_tasks_cause_exactly_one_mint(sandbox: SandboxProcess) -> None:
    result = run_tasks(sandbox, "ecartpay", 32)
    assert result.succeeded == 32
    assert (result.token_requests, result.mints) == (1, 1)


def test_the_harness_sees_a_cache_without_single_flight(sandbox: SandboxProcess) -> None:
    # The unlocked baseline must mint more than once, or the counts above prove nothing.
    result = run_tasks(sandbox, "naive", 32)
    assert result.succeeded == 32
    assert result.mints > 1
