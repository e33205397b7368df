"""The interleaved rounds every in-process benchmark times its contenders with."""

from __future__ import annotations

import asyncio
import gc
from collections.abc import Awaitable, Callable

from bench._rounds import WARMUP_ROUNDS, acall_rounds, call_rounds, rounds_for


def test_rounds_rotate_drop_the_warm_up_and_leave_the_collector_as_it_was() -> None:
    log: list[tuple[str, bool, int]] = []

    def contender(name: str) -> Callable[[], object]:
        return lambda: log.append((name, gc.isenabled(), gc.get_freeze_count()))

    samples = call_rounds({"a": contender("a"), "b": contender("b")}, rounds=3, batch=2)
    assert {name: len(values) for name, values in samples.items()} == {"a": 3, "b": 3}
    assert all(value >= 0 for values in samples.values() for value in values)
    batches = [log[i][0] for i in range(0, len(log), 2)]  # the warm-up rounds run too
    rotating = [("a", "b") if r % 2 == 0 else ("b", "a") for r in range(WARMUP_ROUNDS + 3)]
    assert batches == [name for pair in rotating for name in pair]
    # The collector runs during the batches, over a heap frozen for the rounds only.
    assert all(enabled and frozen > 0 for _, enabled, frozen in log)
    assert gc.get_freeze_count() == 0
    assert gc.isenabled()


def test_async_rounds_take_coroutine_functions() -> None:
    calls = {"a": 0, "b": 0}

    def contender(name: str) -> Callable[[], Awaitable[None]]:
        async def call() -> None:
            calls[name] += 1

        return call

    samples = asyncio.run(acall_rounds({n: contender(n) for n in calls}, rounds=2, batch=5))
    assert {name: len(values) for name, values in samples.items()} == {"a": 2, "b": 2}
    assert calls == {"a": (WARMUP_ROUNDS + 2) * 5, "b": (WARMUP_ROUNDS + 2) * 5}
    assert gc.get_freeze_count() == 0


def test_full_runs_time_many_short_rounds() -> None:
    (rounds, batch), (quick_rounds, quick_batch) = rounds_for(False), rounds_for(True)
    assert rounds > 100
    assert rounds * batch >= 12_000
    assert quick_rounds < rounds
    assert quick_batch <= batch
