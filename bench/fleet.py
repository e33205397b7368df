"""Benchmark 7: a fleet of processes sharing one token (issue 13).

P processes (P up to 16) x T = 8 threads each start cold against the local sandbox (a
child process, 50 ms mint delay) and make one `GET /api/customers` per thread, all
released together by one cross-process barrier. Counted by the sandbox: token requests.
Stores: in-memory (one token per process), `FileTokenStore` (goal 1), `RedisTokenStore`
on a private `redis-server` (goal 1), and httpx-auth's `OAuth2ClientCredentials` with its
`JsonTokenFileCache` on the same load (no cross-process lock).

Then, per store, the fleet keeps calling: Redis commands per API call in steady state
(Redis's own `total_commands_processed`, goal about 0), and a fleet-wide revocation storm
(every token revoked while all processes call: token requests it causes, goal 1; 401s
that reached callers, goal 0).
"""

from __future__ import annotations

import multiprocessing
import tempfile
import threading
import time
from collections.abc import Sequence
from dataclasses import dataclass
from multiprocessing.synchronize import Barrier as ProcessBarrier
from multiprocessing.synchronize import Event as ProcessEvent
from pathlib import Path
from typing import Any, Literal

import httpx

from bench._report import program_main, ratio, table
from bench._server import SandboxProcess, sandbox_process
from contract_tests.redis_server import RedisServer
from ecartpay_auth import TOKEN_OPERATION_ID as TOKEN_OPERATION

__all__ = ["FleetRun", "run", "run_fleet"]

Store = Literal["memory", "file", "redis", "httpx-auth file cache"]
STORES: tuple[Store, ...] = ("memory", "file", "redis", "httpx-auth file cache")
THREADS = 8
MINT_DELAY = 0.05
PATH = "/api/customers"
STEADY_CALLS = 25  # per thread, after the cold start
# fork where there is one: a child builds its own auth, store and clients after the fork
# (nothing of the parent's is reused) and starts in milliseconds instead of re-importing.
START_METHOD = "fork" if "fork" in multiprocessing.get_all_start_methods() else "spawn"


@dataclass(frozen=True)
class Job:
    store: Store
    base_url: str
    public_key: str
    private_key: str
    redis_url: str
    redis_timeout: float | None  # the store's socket timeouts (None: the library's default)
    folder: str
    threads: int
    steady_calls: int


@dataclass(frozen=True)
class FleetRun:
    """One fleet's counts."""

    store: str
    processes: int
    threads: int
    cold_token_requests: int
    cold_ok: int
    steady_calls: int
    redis_commands: int | None
    storm_token_requests: int
    storm_caller_401: int | None
    errors: int


def _auth(job: Job) -> httpx.Auth:
    import ecartpay_auth

    if job.store == "httpx-auth file cache":
        import httpx_auth

        from bench._peers import make_auth

        httpx_auth.OAuth2.token_cache = httpx_auth.JsonTokenFileCache(
            str(Path(job.folder) / "httpx-auth-tokens.json")
        )
        return make_auth(
            "httpx-auth",
            base_url=job.base_url,
            public_key=job.public_key,
            private_key=job.private_key,
        )
    store: Any = None
    if job.store == "file":
        store = ecartpay_auth.FileTokenStore(Path(job.folder) / "tokens.json")
    elif job.store == "redis":
        timeouts: dict[str, Any] = {}
        if job.redis_timeout is not None:
            timeouts["socket_timeout"] = job.redis_timeout
        store = ecartpay_auth.RedisTokenStore.from_url(job.redis_url, **timeouts)
    return ecartpay_auth.EcartPayAuth(
        job.public_key, job.private_key, base_url=job.base_url, token_store=store
    )


def _calls(http: httpx.Client, count: int, results: list[int]) -> None:
    for _ in range(count):
        try:
            results.append(http.get(PATH).status_code)
        except httpx.HTTPError:
            results.append(0)


def _child(
    job: Job,
    start: ProcessBarrier,
    phase: ProcessBarrier,
    storm: ProcessEvent,
    stop: ProcessEvent,
    out: Any,
) -> None:
    """One process of the fleet: T threads, cold start, steady calls, then the storm."""
    auth = _auth(job)
    limits = httpx.Limits(max_connections=job.threads, max_keepalive_connections=job.threads)
    with httpx.Client(base_url=job.base_url, auth=auth, limits=limits, timeout=60) as http:
        cold: list[int] = []
        ready = threading.Barrier(job.threads + 1)

        def first_call() -> None:
            ready.wait()
            _calls(http, 1, cold)

        threads = [threading.Thread(target=first_call) for _ in range(job.threads)]
        for t in threads:
            t.start()
        start.wait()  # every process built, every thread waiting: go
        ready.wait()
        for t in threads:
            t.join()
        phase.wait()  # the parent reads the cold counts
        steady: list[int] = []
        workers = [
            threading.Thread(target=_calls, args=(http, job.steady_calls, steady))
            for _ in range(job.threads)
        ]
        for t in workers:
            t.start()
        for t in workers:
            t.join()
        phase.wait()  # the parent reads Redis's counters, then revokes every token
        storm.wait(60)
        during: list[int] = []
        while not stop.is_set():
            _calls(http, 1, during)
    out.put(
        {
            "cold_ok": sum(s == 200 for s in cold),
            "steady_ok": sum(s == 200 for s in steady),
            "caller_401": during.count(401),
            "errors": sum(s not in (200, 401) for s in cold + steady + during),
        }
    )


def _redis_commands(counter: Any) -> int:
    """Commands Redis has processed (each INFO counts once, in the next reading)."""
    return int(counter.info("stats")["total_commands_processed"])


def run_fleet(
    sandbox: SandboxProcess,
    redis: RedisServer,
    store: Store,
    processes: int,
    *,
    threads: int = THREADS,
    steady_calls: int = STEADY_CALLS,
    storm_calls: int = 20,
    redis_timeout: float | None = None,
) -> FleetRun:
    """Start `processes` x `threads` cold, then steady calls, then a revocation storm.

    `redis_timeout`: the Redis store's socket timeouts (tests give a healthy Redis a long
    one, so that no count depends on how fast it answers on a loaded machine)."""
    context: Any = multiprocessing.get_context(START_METHOD)
    sandbox.control.reset()
    sandbox.control.revoke_all()
    sandbox.control.set_mint_delay(MINT_DELAY)
    redis.flush()
    with tempfile.TemporaryDirectory(prefix="ecartpay-fleet-") as folder:
        job = Job(
            store, sandbox.base_url, sandbox.public_key, sandbox.private_key,
            redis.url, redis_timeout, folder, threads, steady_calls,
        )  # fmt: skip
        start = context.Barrier(processes)
        phase = context.Barrier(processes + 1)
        storm, stop = context.Event(), context.Event()
        out = context.Queue()
        children = [
            context.Process(target=_child, args=(job, start, phase, storm, stop, out))
            for _ in range(processes)
        ]
        for child in children:
            child.start()
        counter = redis.client()
        phase.wait()
        cold = _token_requests(sandbox)
        before = _redis_commands(counter)
        phase.wait()
        commands = _redis_commands(counter) - before - 1  # minus our first INFO
        storm_base = _token_requests(sandbox)
        sandbox.control.revoke_all()
        storm.set()
        _await_calls(sandbox, processes * storm_calls)
        stop.set()
        reports = [out.get(timeout=120) for _ in children]
        for child in children:
            child.join(60)
        storm_requests = _token_requests(sandbox) - storm_base
    sandbox.control.set_mint_delay(0.0)
    return FleetRun(
        store=store,
        processes=processes,
        threads=threads,
        cold_token_requests=cold,
        cold_ok=sum(r["cold_ok"] for r in reports),
        steady_calls=sum(r["steady_ok"] for r in reports),
        redis_commands=commands if store == "redis" else None,
        storm_token_requests=storm_requests,
        storm_caller_401=sum(r["caller_401"] for r in reports),
        errors=sum(r["errors"] for r in reports),
    )


def _token_requests(sandbox: SandboxProcess) -> int:
    return int(sandbox.control.stats().requests.get(TOKEN_OPERATION, 0))


def _await_calls(sandbox: SandboxProcess, calls: int) -> None:
    """Until the sandbox has answered `calls` more list requests (the storm's load)."""
    stats = sandbox.control.stats()
    target = stats.requests.get("listCustomers", 0) + calls
    deadline = time.monotonic() + 60
    while stats.requests.get("listCustomers", 0) < target and time.monotonic() < deadline:
        time.sleep(0.02)
        stats = sandbox.control.stats()


def render(runs: Sequence[FleetRun]) -> str:
    rows = [
        [
            r.store,
            f"{r.processes} x {r.threads}",
            str(r.cold_token_requests),
            f"{r.cold_ok}/{r.processes * r.threads}",
            "-" if r.redis_commands is None else f"{ratio(r.redis_commands, r.steady_calls):.3f}",
            str(r.storm_token_requests),
            str(r.storm_caller_401),
            str(r.errors),
        ]
        for r in runs
    ]
    return table(
        "Fleet: P processes x T threads, cold start then a revocation storm (counts)",
        [
            "store", "P x T", "token requests at cold start", "first calls ok",
            "Redis commands per API call (steady)", "token requests in the storm",
            "401s to callers", "errors",
        ],
        rows,
    )  # fmt: skip


def run(quick: bool = False) -> str:
    sizes = (2, 4) if quick else (1, 4, 16)
    runs: list[FleetRun] = []
    with sandbox_process() as sandbox, RedisServer() as redis:
        for size in sizes:
            for store in STORES:
                runs.append(run_fleet(sandbox, redis, store, size))
    return render(runs)


def main(argv: list[str] | None = None) -> int:
    return program_main(run, __doc__, argv)


if __name__ == "__main__":
    raise SystemExit(main())
