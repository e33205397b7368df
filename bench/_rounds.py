"""Interleaved timing rounds for the in-process benchmarks (`overhead`, `retry_layer`).

Each round times one batch of the same GET per client, in an order that rotates from round
to round, so machine noise hits every client alike; time is this thread's CPU time
(`time.thread_time_ns`), so other processes do not count. Answers CPU microseconds per
request, one sample per round and client, and closes the clients.
"""

from __future__ import annotations

import contextlib
import gc
import time
from collections.abc import Mapping, Sequence

import httpx

PATH = "/api/orders/65a1b2c3d4e5f60718293b5c"


def _rotate(names: Sequence[str], shift: int) -> list[str]:
    shift %= len(names)
    return [*names[shift:], *names[:shift]]


def _time_sync(client: httpx.Client, batch: int) -> float:
    gc.collect()
    start = time.thread_time_ns()
    for _ in range(batch):
        client.get(PATH)
    return (time.thread_time_ns() - start) / batch / 1000


async def _time_async(client: httpx.AsyncClient, batch: int) -> float:
    gc.collect()
    start = time.thread_time_ns()
    for _ in range(batch):
        await client.get(PATH)
    return (time.thread_time_ns() - start) / batch / 1000


def _schedule(names: Sequence[str], rounds: int) -> list[str]:
    """Every name once per round, the order rotating by one each round."""
    return [name for r in range(rounds) for name in _rotate(names, r)]


def _by_name(order: Sequence[str], samples: Sequence[float]) -> dict[str, list[float]]:
    by_name: dict[str, list[float]] = {name: [] for name in order}
    for name, sample in zip(order, samples, strict=True):
        by_name[name].append(sample)
    return by_name


def sync_rounds(
    clients: Mapping[str, httpx.Client], rounds: int, batch: int, *, warm: bool = False
) -> dict[str, list[float]]:
    """`rounds` samples per client; `warm` sends one request each first (a pre-mint)."""
    with contextlib.ExitStack() as stack:
        for client in clients.values():
            stack.enter_context(client)
        for client in clients.values() if warm else ():
            client.get(PATH)
        order = _schedule(list(clients), rounds)
        return _by_name(order, [_time_sync(clients[name], batch) for name in order])


async def async_rounds(
    clients: Mapping[str, httpx.AsyncClient], rounds: int, batch: int, *, warm: bool = False
) -> dict[str, list[float]]:
    """The same with async clients, on the running event loop."""
    async with contextlib.AsyncExitStack() as stack:
        for client in clients.values():
            await stack.enter_async_context(client)
        for client in clients.values() if warm else ():
            await client.get(PATH)
        order = _schedule(list(clients), rounds)
        return _by_name(order, [await _time_async(clients[name], batch) for name in order])
