"""Benchmark: a platform serving many merchants with `ecartpay.MerchantPool` (issue 22).

Against the local sandbox in a child process, holding N extra merchant accounts:

1. One process, N merchants (10,000), each called twice through `pool.client(...)` from
   one of `WORKERS` threads (a platform serves its merchants concurrently): token requests
   counted by the sandbox (goal exactly N), and the memory the pool still holds per
   merchant after the run, measured with tracemalloc (goal <= 4 KiB).
2. A fleet: 4 processes x 2,000 merchants sharing a `RedisTokenStore`, started together,
   each visiting the merchants in its own order (from `WORKERS` threads): token requests in
   all (goal 2,000), then Redis commands per API call in steady state (Redis's
   `total_commands_processed`, goal 0).
3. A refresh wave: 2,000 merchants minted in the same (simulated) second; the pool's clock
   then moves second by second through the refresh window while every merchant calls, and
   the sandbox counts the mints of each second. Busiest second, without jitter and with the
   default jitter.
4. The overhead of a pooled merchant client against a single `EcartPay`, both sending to
   the same in-process `CannedTransport` (tokens minted beforehand): CPU time per call,
   interleaved rounds, median of per-round ratios, sync and async (goal <= 1.02).
"""

from __future__ import annotations

import asyncio
import gc
import multiprocessing
import random
import tracemalloc
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from typing import Any

import httpx

import ecartpay
import ecartpay_auth
from bench._inproc import CannedTransport
from bench._report import median, paired_ratio, program_main, ratio, table
from bench._rounds import acall_rounds, call_rounds, rounds_for
from bench._server import SandboxProcess, merchant_keys, sandbox_process
from contract_tests.redis_server import RedisServer
from ecartpay_auth import TOKEN_OPERATION_ID as TOKEN_OPERATION

__all__ = ["Goal", "busiest_second", "run", "verdict", "visit_all"]

MEMORY_GOAL = 4096  # bytes per merchant
OVERHEAD_GOAL = 1.02
START_METHOD = "fork" if "fork" in multiprocessing.get_all_start_methods() else "spawn"
#: Threads calling merchants at once, in each process. One thread alone waits out every round
#: trip, and on a loaded machine each of them also waits for the scheduler twice (client and
#: sandbox woken in turn; measured: 2/3 of the wall time at load 8): with a few calls in
#: flight the client and the sandbox work at the same time and those waits overlap.
WORKERS = 8


@dataclass(frozen=True)
class Goal:
    """One line of the section's verdict."""

    what: str
    measured: str
    goal: str
    met: bool


def verdict(goals: Iterable[Goal]) -> str:
    """The goals table: what was measured, the goal, and whether it was met."""
    rows = [[g.what, g.measured, g.goal, "met" if g.met else "MISSED"] for g in goals]
    return table("Platform goals", ["measure", "measured", "goal", "met"], rows)


def busiest_second(instants: Iterable[float]) -> int:
    """How many of `instants` (seconds) fall in the busiest whole second."""
    counts = Counter(int(t // 1) for t in instants)
    return max(counts.values(), default=0)


def _tokens(sandbox: SandboxProcess) -> int:
    return int(sandbox.control.stats().requests.get(TOKEN_OPERATION, 0))


def _call(client: ecartpay.EcartPay) -> None:
    page = client.customers.list()
    if page.items:  # new merchants have no customers: one request, one empty page
        raise RuntimeError("unexpected customers")


def visit_all(merchants: Sequence[int], visit: Callable[[int], int], workers: int) -> int:
    """`visit(n)` for every merchant, from `workers` threads, each taking every
    `workers`-th merchant in order (so a merchant's calls stay in one thread, in sequence);
    answers the sum of what the visits answered. Any error of a visit is raised."""

    with ThreadPoolExecutor(workers, thread_name_prefix="merchants") as threads:
        shares = [
            threads.submit(_visit_share, merchants[i::workers], visit) for i in range(workers)
        ]
        return sum(share.result() for share in shares)


def _visit_share(merchants: Sequence[int], visit: Callable[[int], int]) -> int:
    done = 0
    for n in merchants:
        done += visit(n)
    return done


# -- 1. one process --------------------------------------------------------------------


def one_process(sandbox: SandboxProcess, merchants: int) -> tuple[int, float]:
    """(token requests, bytes held per merchant) for `merchants` x 2 calls."""
    sandbox.control.reset()
    bound = merchants + 1  # and the warm-up account
    with ecartpay.MerchantPool(base_url=sandbox.base_url, max_merchants=bound) as pool:
        _call(pool.client(sandbox.public_key, sandbox.private_key))  # warm: imports, socket
        gc.collect()
        before_tokens = _tokens(sandbox)

        def twice(n: int) -> int:
            public, private = merchant_keys(n)
            for _ in range(2):
                _call(pool.client(public, private))
            return 2

        tracemalloc.start()
        start = tracemalloc.get_traced_memory()[0]
        calls = visit_all(range(merchants), twice, WORKERS)
        gc.collect()
        held = tracemalloc.get_traced_memory()[0] - start
        tracemalloc.stop()
        if len(pool) != bound or calls != 2 * merchants:
            raise RuntimeError(f"{calls} calls; the pool holds {len(pool)} merchants")
    return _tokens(sandbox) - before_tokens, held / merchants


# -- 2. a fleet sharing Redis ----------------------------------------------------------


def _fleet_child(
    base_url: str, redis_url: str, merchants: int, seed: int, phase: Any, out: Any
) -> None:
    order = list(range(merchants))
    random.Random(seed).shuffle(order)
    store = ecartpay_auth.RedisTokenStore.from_url(redis_url, socket_timeout=5.0)
    with ecartpay.MerchantPool(store, max_merchants=merchants, base_url=base_url) as pool:

        def once(n: int) -> int:
            _call(pool.client(*merchant_keys(n)))
            return 1

        phase.wait()  # all built: go
        visit_all(order, once, WORKERS)
        phase.wait()  # the parent counts token requests and reads Redis's counter
        phase.wait()
        calls = visit_all(order, once, WORKERS)
        phase.wait()  # the parent reads Redis's counter again
    out.put(calls)


def fleet(
    sandbox: SandboxProcess, redis: RedisServer, processes: int, merchants: int
) -> tuple[int, int, int]:
    """(token requests at cold start, steady API calls, Redis commands during them)."""
    sandbox.control.reset()
    redis.flush()
    context: Any = multiprocessing.get_context(START_METHOD)
    phase, out = context.Barrier(processes + 1), context.Queue()
    children = [
        context.Process(
            target=_fleet_child,
            args=(sandbox.base_url, redis.url, merchants, seed, phase, out),
        )
        for seed in range(processes)
    ]
    for child in children:
        child.start()
    counter = redis.client()
    before = _tokens(sandbox)
    phase.wait()
    phase.wait()
    cold = _tokens(sandbox) - before
    commands_before = int(counter.info("stats")["total_commands_processed"])
    phase.wait()
    phase.wait()
    commands = int(counter.info("stats")["total_commands_processed"]) - commands_before - 1
    calls = sum(out.get(timeout=600) for _ in children)
    for child in children:
        child.join(60)
    return cold, calls, commands


# -- 3. a refresh wave -----------------------------------------------------------------


class _Clock:
    """A monotonic clock the bench moves: the pool's view of time."""

    def __init__(self) -> None:
        self.now = 1_000_000.0

    def __call__(self) -> float:
        return self.now


def refresh_wave(sandbox: SandboxProcess, merchants: int, jitter: float) -> tuple[int, int]:
    """(busiest second's mints, all refresh mints) for a wave of `merchants`."""
    clock = _Clock()
    pool = ecartpay_auth.MerchantAuths(
        base_url=sandbox.base_url, max_merchants=merchants, refresh_jitter=jitter, clock=clock
    )
    auths = [pool.auth(*merchant_keys(n)) for n in range(merchants)]
    for auth in auths:  # every first mint "in the same second": the clock stands still
        auth.get_token()
    first = min(a.get_token_info().refresh_at_monotonic for a in auths)
    last = max(a.get_token_info().expires_at_monotonic for a in auths)
    clock.now = first - 1
    per_second: list[int] = []
    while clock.now < last:
        before = _tokens(sandbox)
        for auth in auths:
            auth.get_token()
        per_second.append(_tokens(sandbox) - before)
        clock.now += 1.0
    return max(per_second, default=0), sum(per_second)


# -- 4. the overhead of a pooled merchant client -----------------------------------------


def overhead(
    sandbox: SandboxProcess, rounds: int, batch: int
) -> dict[str, tuple[float, float, float]]:
    """{mode: (single us, pooled us, paired ratio)} per call, sync and async."""
    transport = CannedTransport()
    keys = (sandbox.public_key, sandbox.private_key)
    order_id = "65a1b2c3d4e5f60718293b5c"
    result: dict[str, tuple[float, float, float]] = {}
    http = httpx.Client(transport=transport)
    single = ecartpay.EcartPay(*keys, base_url=sandbox.base_url, http_client=http)
    pool = ecartpay.MerchantPool(
        base_url=sandbox.base_url,
        http_client=httpx.Client(transport=transport),
        async_http_client=httpx.AsyncClient(transport=transport),
    )
    pooled = pool.client(*keys)
    calls = {"single": lambda: single.orders.retrieve(order_id),
             "pooled": lambda: pooled.orders.retrieve(order_id)}  # fmt: skip
    for name in calls:
        calls[name]()  # mint beforehand, against the sandbox
    samples = call_rounds(calls, rounds, batch)
    result["sync"] = (
        median(samples["single"]), median(samples["pooled"]),
        paired_ratio(samples["pooled"], samples["single"]),
    )  # fmt: skip

    async def run_async() -> tuple[float, float, float]:
        asingle = ecartpay.AsyncEcartPay(
            *keys, base_url=sandbox.base_url, http_client=httpx.AsyncClient(transport=transport)
        )
        apooled = pool.async_client(*keys)
        acalls = {"single": lambda: asingle.orders.retrieve(order_id),
                  "pooled": lambda: apooled.orders.retrieve(order_id)}  # fmt: skip
        for name in acalls:
            await acalls[name]()
        asamples = await acall_rounds(acalls, rounds, batch)
        return (
            median(asamples["single"]), median(asamples["pooled"]),
            paired_ratio(asamples["pooled"], asamples["single"]),
        )  # fmt: skip

    result["async"] = asyncio.run(run_async())
    if transport.unauthenticated:
        raise RuntimeError(f"{transport.unauthenticated} requests went out without a token")
    return result


# -- the section -------------------------------------------------------------------------


class _Printed(list[str]):
    """Each table is printed as soon as it is measured (a full run takes long; a run cut
    short still shows what it measured); the goals table comes last, as the result."""

    def append(self, part: str) -> None:
        print(part, flush=True)
        super().append(part)


def run(quick: bool = False) -> str:
    merchants, fleet_merchants, wave = (1_000, 200, 200) if quick else (10_000, 2_000, 2_000)
    processes = 4
    rounds, batch = rounds_for(quick)
    parts = _Printed()
    goals: list[Goal] = []
    with sandbox_process(merchants=max(merchants, fleet_merchants, wave)) as sandbox:
        tokens, per_merchant = one_process(sandbox, merchants)
        parts.append(table(
            f"One process: {merchants:,} merchants x 2 calls through MerchantPool "
            f"({WORKERS} threads)",
            ["token requests", "memory held per merchant (bytes, tracemalloc)"],
            [[tokens, per_merchant]],
        ))  # fmt: skip
        goals.append(Goal("token requests, one process", f"{tokens:,}",
                          f"= {merchants:,}", tokens == merchants))  # fmt: skip
        goals.append(Goal("memory per merchant", f"{per_merchant:,.0f} B",
                          f"<= {MEMORY_GOAL:,} B", per_merchant <= MEMORY_GOAL))  # fmt: skip
        with RedisServer() as redis:
            cold, calls, commands = fleet(sandbox, redis, processes, fleet_merchants)
        per_call = ratio(commands, calls)
        parts.append(table(
            f"Fleet: {processes} processes x {fleet_merchants:,} merchants ({WORKERS} threads "
            "each), one RedisTokenStore",
            ["token requests in all", "steady API calls", "Redis commands", "per API call"],
            [[cold, calls, commands, per_call]],
        ))  # fmt: skip
        goals.append(Goal("token requests, fleet", f"{cold:,}", f"= {fleet_merchants:,}",
                          cold == fleet_merchants))  # fmt: skip
        goals.append(Goal("Redis commands per API call (steady)", f"{per_call:.3f}", "0",
                          commands == 0))  # fmt: skip
        rows = []
        waves = {}
        for label, jitter in (
            ("no jitter", 0.0),
            ("jitter (default)", ecartpay_auth.DEFAULT_REFRESH_JITTER),
        ):
            sandbox.control.reset()
            waves[label] = refresh_wave(sandbox, wave, jitter)
            rows.append([label, waves[label][0], waves[label][1]])
        parts.append(table(
            f"Refresh wave: {wave:,} merchants minted in the same second",
            ["refresh margin", "busiest second's mints", "refresh mints in all"], rows,
        ))  # fmt: skip
        calm, storm = waves["jitter (default)"][0], waves["no jitter"][0]
        goals.append(Goal("busiest second of a refresh wave",
                          f"{calm:,} (without jitter: {storm:,})",
                          "fewer with jitter", calm < storm))  # fmt: skip
        result = overhead(sandbox, rounds, batch)
        parts.append(table(
            f"Pooled merchant client vs a single EcartPay (in-process transport, CPU us per "
            f"call, median of {rounds} rounds x {batch})",
            ["mode", "single EcartPay us", "pooled client us", "ratio"],
            [[mode, *values] for mode, values in result.items()],
        ))  # fmt: skip
        worst = max(values[2] for values in result.values())
        goals.append(Goal("pooled client / single EcartPay", f"{worst:.3f}",
                          f"<= {OVERHEAD_GOAL}", worst <= OVERHEAD_GOAL))  # fmt: skip
    return verdict(goals)


def main(argv: list[str] | None = None) -> int:
    return program_main(run, __doc__, argv)


if __name__ == "__main__":
    raise SystemExit(main())
