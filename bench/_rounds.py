"""Interleaved timing rounds for the in-process benchmarks (`overhead`, `retry_layer`,
`front_door`, the platform's pooled client).

Each round times one batch of calls per contender, in an order that rotates from round to
round, so machine noise hits every contender alike; time is this thread's CPU time
(`time.thread_time_ns`), so other processes do not count. Answers CPU microseconds per
call, one sample per round and contender; the ratios are then taken per round
(`_report.paired_ratio`) and their median reported.

On a machine shared with other jobs the samples still move: another process's run
pollutes the caches, and a full cycle collection, which walks every object the process
holds, lands in whichever batch crosses its threshold. So that the median of per-round
ratios settles:

* many short rounds rather than a few long ones (`rounds_for`: about as many calls), so
  the two batches of a pair are close in time and a disturbed pair is one of many;
* a few warm-up rounds first, measured and dropped (first-call costs, caches);
* what the process held before the rounds is frozen (`gc.freeze`): the collector still
  runs during every batch, on what the calls allocate (their own cost, counted), but no
  longer walks the benchmark's unrelated heap at random moments; and it is run before
  each batch, so every batch starts from the same state.
"""

from __future__ import annotations

import contextlib
import gc
import time
from collections.abc import Awaitable, Callable, Iterator, Mapping, Sequence

import httpx

PATH = "/api/orders/65a1b2c3d4e5f60718293b5c"
#: Rounds measured then dropped before the ones reported.
WARMUP_ROUNDS = 4
#: Calls per round (per contender) in a full run; a quick run uses fewer, shorter rounds.
BATCH, QUICK_BATCH = 60, 40


def rounds_for(quick: bool) -> tuple[int, int]:
    """(rounds, batch) of the in-process benchmarks: about 12,000 timed calls per
    contender in a full run (2,000 quick), in short rounds."""
    return (51, QUICK_BATCH) if quick else (201, BATCH)


def _rotate(names: Sequence[str], shift: int) -> list[str]:
    shift %= len(names)
    return [*names[shift:], *names[:shift]]


@contextlib.contextmanager
def _heap_frozen() -> Iterator[None]:
    """What the process holds now is left out of cycle collections until the end."""
    gc.collect()
    gc.freeze()
    try:
        yield
    finally:
        gc.unfreeze()


def _time(call: Callable[[], object], batch: int) -> float:
    gc.collect()
    start = time.thread_time_ns()
    for _ in range(batch):
        call()
    return (time.thread_time_ns() - start) / batch / 1000


async def _atime(call: Callable[[], Awaitable[object]], batch: int) -> float:
    gc.collect()
    start = time.thread_time_ns()
    for _ in range(batch):
        await call()
    return (time.thread_time_ns() - start) / batch / 1000


def _schedule(names: Sequence[str], rounds: int) -> list[str]:
    """Every name once per round, the order rotating by one each round; the warm-up
    rounds come first."""
    return [name for r in range(WARMUP_ROUNDS + rounds) for name in _rotate(names, r)]


def _by_name(order: Sequence[str], samples: Sequence[float]) -> dict[str, list[float]]:
    """Samples per name, the warm-up rounds' dropped."""
    by_name: dict[str, list[float]] = {name: [] for name in order}
    for name, sample in zip(order, samples, strict=True):
        by_name[name].append(sample)
    return {name: values[WARMUP_ROUNDS:] for name, values in by_name.items()}


def call_rounds(
    calls: Mapping[str, Callable[[], object]], rounds: int, batch: int
) -> dict[str, list[float]]:
    """CPU us per call of each contender: `rounds` samples each (after the warm-up)."""
    order = _schedule(list(calls), rounds)
    with _heap_frozen():
        return _by_name(order, [_time(calls[name], batch) for name in order])


async def acall_rounds(
    calls: Mapping[str, Callable[[], Awaitable[object]]], rounds: int, batch: int
) -> dict[str, list[float]]:
    """`call_rounds` for coroutine functions, on the running event loop."""
    order = _schedule(list(calls), rounds)
    with _heap_frozen():
        return _by_name(order, [await _atime(calls[name], batch) for name in order])


def sync_rounds(
    clients: Mapping[str, httpx.Client], rounds: int, batch: int, *, warm: bool = False
) -> dict[str, list[float]]:
    """A GET of one order per call, per client; `warm` sends one request each first (a
    pre-mint). Closes the clients."""
    with contextlib.ExitStack() as stack:
        for client in clients.values():
            stack.enter_context(client)
        for client in clients.values() if warm else ():
            client.get(PATH)
        calls = {name: (lambda c=client: c.get(PATH)) for name, client in clients.items()}
        return call_rounds(calls, rounds, batch)


async def async_rounds(
    clients: Mapping[str, httpx.AsyncClient], rounds: int, batch: int, *, warm: bool = False
) -> dict[str, list[float]]:
    """The same with async clients, on the running event loop."""
    async with contextlib.AsyncExitStack() as stack:
        for client in clients.values():
            await stack.enter_async_context(client)
        for client in clients.values() if warm else ():
            await client.get(PATH)
        calls = {name: (lambda c=client: c.get(PATH)) for name, client in clients.items()}
        return await acall_rounds(calls, rounds, batch)
