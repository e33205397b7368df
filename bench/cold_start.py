"""Benchmark 2: cold start, N threads or N async tasks asking for a token at once.

Against the local sandbox (real sockets, a child process) with a 50 ms mint delay, every
worker makes one `GET /api/customers` with one shared auth object whose token cache is
empty, all released together. Workers share httpx clients in groups of 64 (one pool per
group, all with the same auth): httpcore's pool scans every queued request against
every connection, so 1024 requests on one pool cost seconds of CPU that would be
measured instead of the auth object. Counts are the result: token requests the server saw,
mints, successes. Latency p50/p99 is measured from the release. For async runs a 1 ms
ticker task shows whether the event loop kept running while the token was minted:
ticks before the first response (which cannot come before the mint), and the longest
gap between ticks.
"""

from __future__ import annotations

import asyncio
import itertools
import threading
import time
from collections.abc import Sequence
from dataclasses import dataclass, replace
from typing import Literal

import httpx

from bench._peers import CONTENDERS, Contender, make_auth, reset_peer_caches
from bench._report import median, percentile, program_main, table
from bench._server import SandboxProcess, sandbox_process
from ecartpay_auth import TOKEN_OPERATION_ID as TOKEN_OPERATION

__all__ = ["ColdStart", "run", "run_tasks", "run_threads"]

Mode = Literal["threads", "tasks"]
MINT_DELAY = 0.05
PATH = "/api/customers"
TIMEOUT = httpx.Timeout(60.0)
GROUP = 64


@dataclass(frozen=True)
class ColdStart:
    """One burst: how many token requests and mints it caused, and how it went."""

    contender: str
    mode: Mode
    size: int
    token_requests: int
    mints: int
    succeeded: int
    p50_ms: float
    p99_ms: float
    ticks_before_first: int | None = None
    first_response_ms: float | None = None
    longest_stall_ms: float | None = None


def _groups(size: int) -> list[int]:
    """Worker index -> client index, `GROUP` workers per client."""
    return [i // GROUP for i in range(size)]


def _limits() -> httpx.Limits:
    return httpx.Limits(max_connections=GROUP, max_keepalive_connections=GROUP)


def _counts(sandbox: SandboxProcess) -> tuple[int, int]:
    stats = sandbox.control.stats()
    return stats.requests.get(TOKEN_OPERATION, 0), stats.tokens_minted


def _prepare(sandbox: SandboxProcess, mint_delay: float) -> None:
    sandbox.control.reset()
    sandbox.control.revoke_all()
    sandbox.control.set_mint_delay(mint_delay)
    reset_peer_caches()


def _auth(contender: Contender, sandbox: SandboxProcess) -> httpx.Auth:
    return make_auth(
        contender,
        base_url=sandbox.base_url,
        public_key=sandbox.public_key,
        private_key=sandbox.private_key,
    )


def _burst_result(
    sandbox: SandboxProcess,
    contender: Contender,
    mode: Mode,
    size: int,
    outcomes: list[tuple[bool, float]],
    latencies_ms: list[float],
) -> ColdStart:
    """What every burst reports: the sandbox's counts, successes and latency percentiles."""
    token_requests, mints = _counts(sandbox)
    return ColdStart(
        contender=contender,
        mode=mode,
        size=size,
        token_requests=token_requests,
        mints=mints,
        succeeded=sum(ok for ok, _ in outcomes),
        p50_ms=percentile(latencies_ms, 50),
        p99_ms=percentile(latencies_ms, 99),
    )


def run_threads(
    sandbox: SandboxProcess, contender: Contender, size: int, *, mint_delay: float = MINT_DELAY
) -> ColdStart:
    """`size` threads released by one barrier, one request each, one shared auth."""
    _prepare(sandbox, mint_delay)
    auth = _auth(contender, sandbox)
    groups = _groups(size)
    clients = [
        httpx.Client(base_url=sandbox.base_url, auth=auth, timeout=TIMEOUT, limits=_limits())
        for _ in range(groups[-1] + 1)
    ]
    barrier = threading.Barrier(size)
    outcomes: list[tuple[bool, float]] = []
    lock = threading.Lock()

    def worker(client: httpx.Client) -> None:
        barrier.wait()
        start = time.perf_counter()
        try:
            ok = client.get(PATH, params={"limit": 1}).status_code == 200
        except Exception:  # a failure is a result here, counted below
            ok = False
        elapsed = time.perf_counter() - start
        with lock:
            outcomes.append((ok, elapsed))

    threads = [threading.Thread(target=worker, args=(clients[g],), daemon=True) for g in groups]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=120)
    for client in clients:
        client.close()
    latencies = [1000 * elapsed for _, elapsed in outcomes]
    return _burst_result(sandbox, contender, "threads", size, outcomes, latencies)


async def _burst(
    sandbox: SandboxProcess, contender: Contender, size: int
) -> tuple[list[tuple[bool, float]], list[float], float]:
    """Run the tasks; answer (outcomes with end times, tick times, release time)."""
    ticks: list[float] = []
    done = asyncio.Event()

    async def ticker() -> None:
        while not done.is_set():
            await asyncio.sleep(0.001)
            ticks.append(time.perf_counter())

    go = asyncio.Event()
    outcomes: list[tuple[bool, float]] = []
    auth = _auth(contender, sandbox)
    groups = _groups(size)
    clients = [
        httpx.AsyncClient(base_url=sandbox.base_url, auth=auth, timeout=TIMEOUT, limits=_limits())
        for _ in range(groups[-1] + 1)
    ]

    async def worker(client: httpx.AsyncClient) -> None:
        await go.wait()
        try:
            response = await client.get(PATH, params={"limit": 1})
            ok = response.status_code == 200
        except Exception:  # a failure is a result here, counted below
            ok = False
        outcomes.append((ok, time.perf_counter()))

    workers = [asyncio.create_task(worker(clients[g])) for g in groups]
    await asyncio.sleep(0.01)  # every worker is now parked on `go`
    tick_task = asyncio.create_task(ticker())
    await asyncio.sleep(0.005)
    released = time.perf_counter()
    go.set()
    await asyncio.wait_for(asyncio.gather(*workers), timeout=120)
    done.set()
    await tick_task
    for client in clients:
        await client.aclose()
    return outcomes, ticks, released


def run_tasks(
    sandbox: SandboxProcess, contender: Contender, size: int, *, mint_delay: float = MINT_DELAY
) -> ColdStart:
    """`size` tasks on one event loop, released by one event, one shared AsyncClient."""
    _prepare(sandbox, mint_delay)
    outcomes, ticks, released = asyncio.run(_burst(sandbox, contender, size))
    ends = [end for _, end in outcomes]
    first = min(ends) if ends else released
    window = [released, *(t for t in ticks if t >= released)]
    gaps = [b - a for a, b in itertools.pairwise(window)]
    latencies = [1000 * (end - released) for end in ends]
    return replace(
        _burst_result(sandbox, contender, "tasks", size, outcomes, latencies),
        ticks_before_first=sum(1 for t in ticks if released <= t < first),
        first_response_ms=1000 * (first - released),
        longest_stall_ms=1000 * max(gaps, default=0.0),
    )


def _num(value: float) -> float | int:
    return int(value) if value.is_integer() else value


def _label(name: str) -> str:
    return "EcartPayAuth" if name == "ecartpay" else name


def render(results: Sequence[Sequence[ColdStart]]) -> str:
    """Two tables (threads, tasks); each cell is the median over repeats."""
    out = []
    for mode in ("threads", "tasks"):
        rows = []
        for runs in results:
            if not runs or runs[0].mode != mode:
                continue
            head = runs[0]
            row: list[object] = [
                _label(head.contender),
                head.size,
                _num(median(float(r.token_requests) for r in runs)),
                _num(median(float(r.mints) for r in runs)),
                f"{min(r.succeeded for r in runs)}/{head.size}",
                median(r.p50_ms for r in runs),
                median(r.p99_ms for r in runs),
            ]
            if mode == "tasks":
                row += [
                    _num(median(float(r.ticks_before_first or 0) for r in runs)),
                    median(r.first_response_ms or 0.0 for r in runs),
                    median(r.longest_stall_ms or 0.0 for r in runs),
                ]
            rows.append(row)
        headers = [
            "client",
            mode,
            "token requests",
            "mints",
            "succeeded (worst)",
            "p50 ms",
            "p99 ms",
        ]
        if mode == "tasks":
            headers += ["1 ms ticks before 1st response", "1st response ms", "longest stall ms"]
        repeats = max((len(r) for r in results), default=0)
        title = (
            f"2. Cold start, {mode} ({MINT_DELAY * 1000:.0f} ms mint delay, real sockets, "
            f"median of {repeats} runs up to {GROUP} workers, 1 run above; goal: 1 mint, "
            "all succeed, loop never blocked)"
        )
        out.append(table(title, headers, rows))
    ours = [r for runs in results for r in runs if r.contender == "ecartpay"]
    single = all(r.mints == 1 and r.token_requests == 1 for r in ours)
    complete = all(r.succeeded == r.size for r in ours)
    out.append(
        f"Goal exactly 1 mint at every size, all succeed (EcartPayAuth, {len(ours)} runs): "
        f"{'met' if single and complete else 'missed'}.\n"
    )
    alone = {
        r.contender: r.longest_stall_ms
        for runs in results
        for r in runs[:1]
        if r.mode == "tasks" and r.size == 1 and r.longest_stall_ms is not None
    }
    if alone:
        stalls = ", ".join(f"{_label(name)} {ms:.0f} ms" for name, ms in alone.items())
        out.append(
            "Event loop during a mint with one task (nothing else to run, so any gap is "
            f"the mint blocking the loop; 1 ms ticker, longest gap): {stalls}.\n"
        )
    return "\n".join(out)


def _times(size: int, repeats: int) -> int:
    return repeats if size <= GROUP else 1


def measure(threads: Sequence[int], tasks: Sequence[int], repeats: int) -> list[list[ColdStart]]:
    """Every contender at every size, `repeats` times (once above 64 workers, where a
    run of the peers takes tens of seconds), against one sandbox."""
    results: list[list[ColdStart]] = []
    with sandbox_process(mint_delay=MINT_DELAY) as sandbox:
        for contender in CONTENDERS:
            for size in threads:
                results.append(
                    [run_threads(sandbox, contender, size) for _ in range(_times(size, repeats))]
                )
        for contender in CONTENDERS:
            for size in tasks:
                results.append(
                    [run_tasks(sandbox, contender, size) for _ in range(_times(size, repeats))]
                )
    return results


def run(quick: bool = False) -> str:
    if quick:
        return render(measure((1, 8, 64), (1, 64, 256), repeats=1))
    return render(measure((1, 8, 64, 256), (1, 64, 256, 1024), repeats=3))


def main(argv: list[str] | None = None) -> int:
    return program_main(run, __doc__, argv)


if __name__ == "__main__":
    raise SystemExit(main())
