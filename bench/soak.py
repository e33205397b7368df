"""`make soak`: 64 workers through the typed client while the sandbox misbehaves.

32 threads and 32 asyncio tasks share one `authenticated_client` (one token source)
and make mixed reads and writes for a bounded time while `FaultDriver` injects 503s
and 429s on the token endpoint, revokes every token every few seconds, delays and
drops API requests, and the tokens themselves live a few seconds. On the client side,
1% of write responses are lost after the server applied the write
(`bench._soak_lossy`). Afterwards the writes whose outcome is unknown are looked up,
and the sandbox's state is compared with what the clients believe they created
(`bench._soak_ledger.verify`).

Exit status 1 when a correctness goal fails (untyped failures, duplicates, lost or
phantom writes); the table is printed either way.
"""

from __future__ import annotations

import argparse
import asyncio
import base64
import contextlib
import json
import random
import sys
import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any

import httpx

from bench._report import ratio, table
from bench._server import sandbox_process
from bench._soak_faults import FaultDriver, FaultLog, minimum_mints
from bench._soak_ledger import Ledger, Verdict, verify
from bench._soak_lossy import LossyTransport
from bench._soak_redis import RedisFaults
from bench._soak_workers import Call, Pool, Tally, choose
from contract_tests.redis_server import RedisServer
from ecartpay_auth import TOKEN_OPERATION_ID as TOKEN_OPERATION
from ecartpay_auth import RedisTokenStore, Token, authenticated_client
from ecartpay_client.api.customers import list_customers
from ecartpay_client.client import AuthenticatedClient
from ecartpay_client.models import CustomerList
from ecartpay_sandbox import SandboxControl

__all__ = ["SoakResult", "main", "soak"]

TOKEN_TTL = 5
REFRESH_MARGIN = 1.5
MAX_CALLS_PER_WORKER = 50_000
CLIENT_TIMEOUT = httpx.Timeout(15.0, connect=5.0)
LOST_RESPONSE_SHARE = 0.01
_State = tuple[Tally, Ledger, Pool]  # what the workers share
POLL = 0.5  # seconds between two looks at the fault coverage (`until_covered`)


@dataclass
class SoakResult:
    """Everything the report shows."""

    seconds: float
    threads: int
    tasks: int
    tally: Tally
    verdict: Verdict
    faults: FaultLog
    mints: int
    minimum_mints: int
    token_statuses: dict[int, int]
    dropped: int
    lookups: dict[str, int]
    lost_responses: int
    driver_error: str | None
    redis: str | None = None

    @property
    def correct(self) -> bool:
        return self.verdict.ok and not self.tally.untyped and self.driver_error is None


def refresh_period(ttl: int, margin: float) -> float:
    """Seconds from a mint to the SDK's next refresh, by its own rule (`Token.from_value`)."""
    claims = json.dumps({"iat": 1_700_000_000, "exp": 1_700_000_000 + ttl}).encode()
    payload = base64.urlsafe_b64encode(claims).decode().rstrip("=")
    token = Token.from_value(f"e30.{payload}.x", obtained_at_monotonic=0.0, refresh_margin=margin)
    return token.refresh_at_monotonic


def _calls(seed: int, stop: threading.Event, state: _State) -> Iterator[Call]:
    """One worker's calls, chosen by its own seeded generator, until `stop` is set."""
    _, ledger, pool = state
    rng = random.Random(seed)
    for _ in range(MAX_CALLS_PER_WORKER):
        if stop.is_set():
            return
        yield choose(rng, pool, ledger)


def _thread_worker(
    index: int, client: AuthenticatedClient, stop: threading.Event, state: _State
) -> None:
    tally, ledger, pool = state
    for call in _calls(1000 + index, stop, state):
        try:
            response = call.module.sync_detailed(client=client, **call.kwargs)
        except Exception as exc:  # classified, never hidden
            tally.exception(call, exc, ledger)
        else:
            tally.response(call, response, ledger, pool, "threads")


async def _task_worker(
    index: int, client: AuthenticatedClient, stop: threading.Event, state: _State
) -> None:
    tally, ledger, pool = state
    for call in _calls(2000 + index, stop, state):
        try:
            response = await call.module.asyncio_detailed(client=client, **call.kwargs)
        except Exception as exc:  # classified, never hidden
            tally.exception(call, exc, ledger)
        else:
            tally.response(call, response, ledger, pool, "tasks")


def _run_workers(
    clients: tuple[AuthenticatedClient, AuthenticatedClient],
    until: Callable[[threading.Event], None],
    state: _State,
    threads: int,
    tasks: int,
) -> None:
    """Threads on the first client, tasks on the second (the same one but in the Redis run),
    until `until(stop)` returns (it sets `stop`)."""
    client, task_client = clients
    stop = threading.Event()

    async def all_tasks() -> None:
        await asyncio.gather(*(_task_worker(i, task_client, stop, state) for i in range(tasks)))

    workers = [
        threading.Thread(target=_thread_worker, args=(i, client, stop, state), daemon=True)
        for i in range(threads)
    ]
    workers.append(threading.Thread(target=asyncio.run, args=(all_tasks(),), daemon=True))
    for worker in workers:
        worker.start()
    try:
        until(stop)
    finally:
        stop.set()
        for worker in workers:
            worker.join(timeout=120)  # a hang guard: each worker ends after its current call


def _reconcile(
    client: AuthenticatedClient, ledger: Ledger, orders: list[dict[str, Any]]
) -> dict[str, int]:
    """Look up every write with an unknown outcome (faults are off by now).

    Customers through the typed API (`listCustomers?email=`); orders through the
    control plane's state, as the API has no way to search orders.
    """
    found = {"customers applied": 0, "customers not applied": 0}
    found |= {"orders applied": 0, "orders not applied": 0}
    order_emails = {o.get("email") for o in orders}
    for kind, marker in ledger.unknown():
        if kind == "customer":
            result = list_customers.sync(client=client, email=marker)
            if not isinstance(result, CustomerList):
                raise RuntimeError(f"lookup of {marker} failed: {result!r}")
            applied = len(result.docs) > 0
        else:
            applied = marker in order_emails
        found[f"{kind}s {'applied' if applied else 'not applied'}"] += 1
    return found


class FaultCoverage:
    """Whether every fault the soak is about has fired and been survived at least once:
    a revocation, a dropped request, a lost write response, a 503 on the token endpoint,
    and a 401 replayed out of sight of the caller."""

    def __init__(
        self, control: SandboxControl, log: FaultLog, tally: Tally, lossy: LossyTransport
    ) -> None:
        self._control, self._log, self._tally, self._lossy = control, log, tally, lossy

    def missing(self) -> list[str]:
        stats = self._control.stats()
        token_503 = stats.operation_statuses.get(TOKEN_OPERATION, {}).get(503, 0)
        checks = {
            "revocation": bool(self._log.revocations),
            "dropped request": stats.dropped > 0,
            "lost response": self._lossy.lost > 0,
            "token 503": token_503 > 0,
            "replayed 401": self._tally.wire_401 > self._tally.caller_401,
        }
        return [name for name, seen in checks.items() if not seen]

    def complete(self) -> bool:
        return not self.missing()


def soak(
    seconds: float,
    *,
    threads: int = 32,
    tasks: int = 32,
    seed: int = 6,
    redis: bool = False,
    until_covered: float | None = None,
) -> SoakResult:
    """Run the soak for `seconds` against a fresh sandbox child and check the result.

    `redis=True`: threads and tasks get one `EcartPayAuth` each (two token sources, as two
    processes) over one `RedisTokenStore`, and Redis is frozen, then killed and restarted,
    mid-run (`bench._soak_redis`).

    `until_covered` (seconds, a hang guard): after `seconds`, go on until every kind of
    fault has fired and been survived (`FaultCoverage`), for at most that long in all. A
    slow machine makes fewer calls in `seconds`; the test must not pass or fail on speed.
    """
    tally, ledger, pool = Tally(), Ledger(), Pool()
    lossy = LossyTransport(LOST_RESPONSE_SHARE, seed)
    with contextlib.ExitStack() as stack:
        sandbox = stack.enter_context(sandbox_process(token_ttl=TOKEN_TTL))
        server = stack.enter_context(RedisServer()) if redis else None
        store = RedisTokenStore.from_url(server.url) if server is not None else None

        def build() -> AuthenticatedClient:
            client = authenticated_client(
                sandbox.public_key,
                sandbox.private_key,
                base_url=sandbox.base_url,
                refresh_margin=REFRESH_MARGIN,
                timeout=CLIENT_TIMEOUT,
                token_store=store,
                httpx_args={"transport": lossy},
            )
            client.get_httpx_client().event_hooks = {"response": [tally.on_wire]}
            client.get_async_httpx_client().event_hooks = {"response": [tally.aon_wire]}
            return client

        client = build()
        clients = (client, build() if store is not None else client)
        driver = FaultDriver(sandbox.control, seed=seed)
        start = time.monotonic()
        redis_faults = RedisFaults(server, seconds) if server is not None else None
        driver.start()
        if redis_faults is not None:
            redis_faults.start()
        coverage = FaultCoverage(sandbox.control, driver.log, tally, lossy)

        def until(stop: threading.Event) -> None:
            stop.wait(seconds)  # the soak's length, not a synchronisation
            if until_covered is not None:
                limit = start + max(until_covered, seconds)
                while not coverage.complete() and time.monotonic() < limit:
                    stop.wait(POLL)

        _run_workers(clients, until, (tally, ledger, pool), threads, tasks)
        end = time.monotonic()
        driver.stop()
        if redis_faults is not None:
            redis_faults.stop()
        stats = sandbox.control.stats()
        sandbox.control.clear_faults()
        lookups = _reconcile(client, ledger, sandbox.control.data(sandbox.account_id).orders)
        held = sandbox.control.data(sandbox.account_id)
        verdict = verify(ledger, held.customers, held.orders)
        for made in {id(c): c for c in clients}.values():
            made.get_httpx_client().close()
        period = refresh_period(TOKEN_TTL, REFRESH_MARGIN)
        errors = [e for e in (driver.error, redis_faults and redis_faults.error) if e]
        return SoakResult(
            seconds=end - start,
            threads=threads,
            tasks=tasks,
            tally=tally,
            verdict=verdict,
            faults=driver.log,
            mints=stats.tokens_minted,
            minimum_mints=minimum_mints(start, end, driver.log.revocations, period),
            token_statuses=stats.operation_statuses.get(TOKEN_OPERATION, {}),
            dropped=stats.dropped,
            lookups=lookups,
            lost_responses=lossy.lost,
            driver_error="; ".join(repr(e) for e in errors) or None,
            redis=_redis_outcome(store, redis_faults),
        )


def _redis_outcome(store: RedisTokenStore | None, faults: RedisFaults | None) -> str | None:
    if store is None or faults is None:
        return None
    log = faults.log
    return (
        f"{', '.join(log.events)}; frozen {log.frozen_s:.1f} s, down {log.down_s:.1f} s; "
        f"breaker opened {store.breaker.failures} times, recovered {store.breaker.recoveries}"
    )


def render(result: SoakResult) -> str:
    """The soak's tables: calls, failures by type, tokens, and the no-loss check."""
    t, v = result.tally, result.verdict
    token_total = sum(result.token_statuses.values())
    token_503 = result.token_statuses.get(503, 0)
    replays = t.wire_401 - t.caller_401
    rows: list[list[object]] = [
        ["duration s", result.seconds, ""],
        ["workers", f"{result.threads} threads + {result.tasks} asyncio tasks", ""],
        ["calls made", t.calls, ", ".join(f"{op} {n:,}" for op, n in sorted(t.by_op.items()))],
        ["succeeded", t.succeeded, ""],
    ]
    rows += [[f"typed failure: {name}", n, ""] for name, n in sorted(t.typed.items())]
    rows += [
        [
            "untyped failures",
            sum(t.untyped.values()),
            "goal 0; " + ", ".join(f"{name} {n}" for name, n in sorted(t.untyped.items())),
        ]
    ]
    rows += [
        ["reads that did not find a confirmed write", t.read_mismatches, ""],
        ["requests on the wire (API)", t.wire_requests, "replays included"],
        [
            "401 on the wire / seen by callers",
            f"{t.wire_401} / {t.caller_401}",
            "seen by callers: "
            + (", ".join(f"{k} {n}" for k, n in sorted(t.caller_401_from.items())) or "none"),
        ],
        ["replays after a 401", replays, "one per 401 the SDK absorbed"],
        [
            "token requests",
            token_total,
            ", ".join(f"HTTP {s}: {n}" for s, n in sorted(result.token_statuses.items())),
        ],
        ["token 503 share", ratio(token_503, token_total), "target about 0.10"],
        ["revocations", len(result.faults.revocations), ""],
        [
            "tokens minted / minimum the revocations force",
            f"{result.mints} / {result.minimum_mints}",
            f"ratio {ratio(result.mints, result.minimum_mints):.3f}, goal <= 1.10 (see note)",
        ],
        ["connections dropped by the sandbox", result.dropped, "before the request was read"],
        ["write responses lost after the write", result.lost_responses, "client side, 1%"],
        ["latency spikes scripted", result.faults.delays, "requests delayed 0.3-1.2 s"],
    ]
    if result.redis is not None:
        rows.append(["token sources sharing one RedisTokenStore", 2, result.redis])
    out = table("Soak: calls, failures, tokens", ["what", "count", "detail"], rows)
    check = [
        ["writes attempted", v.writes, ""],
        ["confirmed (200)", v.confirmed, ""],
        ["refused (typed error)", v.refused, ""],
        [
            "unknown outcome, applied (found by lookup)",
            v.unknown_applied,
            f"customers {result.lookups['customers applied']}, "
            f"orders {result.lookups['orders applied']}",
        ],
        [
            "unknown outcome, not applied",
            v.unknown_not_applied,
            f"customers {result.lookups['customers not applied']}, "
            f"orders {result.lookups['orders not applied']}",
        ],
        ["lost (confirmed, not held)", v.lost, "goal 0"],
        ["duplicates (held twice)", v.duplicates, "goal 0"],
        ["phantoms (refused, yet held)", v.phantoms, "goal 0"],
        ["unexpected records", v.unexpected, "goal 0"],
    ]
    out += "\n" + table(
        "Soak: no-loss / no-duplicate check against the sandbox state",
        ["what", "count", "detail"],
        check,
    )
    verdict = "PASS" if result.correct else "FAIL"
    out += (
        "\nNote: the minimum counts one mint at start, one per revocation and one per refresh "
        "period of the SDK's schedule between revocations, each at the ideal instant. Faults "
        "delay real mints (503/429 retries), which pushes the next refresh later, so a real "
        "client can come in slightly under it; what the goal catches is extra mints.\n"
    )
    out += f"\nCorrectness goals (untyped, lost, duplicate, phantom, unexpected): {verdict}\n"
    for problem in v.problems[:20]:
        out += f"- {problem}\n"
    for sample in t.untyped_samples:
        out += f"\nUntyped failure:\n```\n{sample}\n```\n"
    if result.driver_error:
        out += f"\nThe fault driver failed: {result.driver_error}\n"
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--seconds", type=float, default=60.0)
    parser.add_argument("--threads", type=int, default=32)
    parser.add_argument("--tasks", type=int, default=32)
    parser.add_argument("--seed", type=int, default=6)
    parser.add_argument(
        "--redis", action="store_true", help="two token sources share a Redis that fails mid-run"
    )
    args = parser.parse_args(argv)
    if not 0 < args.seconds <= 3600:
        parser.error("--seconds must be in (0, 3600]")
    result = soak(
        args.seconds, threads=args.threads, tasks=args.tasks, seed=args.seed, redis=args.redis
    )
    print(render(result))
    return 0 if result.correct else 1


if __name__ == "__main__":
    sys.exit(main())
