"""Benchmark 3: expiry storm, 32 busy workers across several token lifetimes.

The sandbox mints tokens that live a few seconds; 32 workers (threads, then async tasks)
call the API non-stop through one client. Each time the token enters its refresh margin
all of them notice at once: a single-flight source mints once per refresh, a naive one
once per worker that noticed. A poller reads the sandbox's mint counter every 50 ms;
mints that follow each other within 0.5 s form one refresh burst. Counted: mints per
burst (goal 1), mints per token lifetime, 401s on the wire (a token used after the
server expired it, replayed by EcartPayAuth) and 401s seen by callers (goal 0).
"""

from __future__ import annotations

import asyncio
import threading
import time
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Literal

import httpx

from bench._peers import CONTENDERS, Contender, make_auth, reset_peer_caches
from bench._report import program_main, ratio, table
from bench._server import SandboxProcess, sandbox_process

__all__ = ["Storm", "count_bursts", "run", "storm"]

Mode = Literal["threads", "tasks"]
PATH = "/api/customers"
WORKERS = 32
MAX_REQUESTS_PER_WORKER = 20_000
POLL_EVERY = 0.05
BURST_GAP = 0.5


@dataclass(frozen=True)
class Storm:
    """One storm's counts."""

    contender: str
    mode: Mode
    seconds: float
    ttl: int
    calls: int
    mints: int
    bursts: int
    wire_401: int
    caller_401: int
    errors: int


def count_bursts(samples: Sequence[tuple[float, int]], gap: float = BURST_GAP) -> int:
    """Refresh bursts in (time, mints so far) samples: increases closer than `gap`
    seconds to the previous increase belong to the same burst."""
    bursts, last_rise, previous = 0, None, None
    for moment, minted in samples:
        if previous is not None and minted > previous:
            if last_rise is None or moment - last_rise > gap:
                bursts += 1
            last_rise = moment
        previous = minted
    return bursts


class _Poller:
    """Samples the sandbox's mint counter from a thread while a storm runs."""

    def __init__(self, sandbox: SandboxProcess) -> None:
        self._sandbox = sandbox
        self._stop = threading.Event()
        self.samples: list[tuple[float, int]] = [(time.monotonic(), 0)]
        self._thread = threading.Thread(target=self._run, daemon=True)

    def _run(self) -> None:
        while not self._stop.wait(POLL_EVERY):
            self.samples.append((time.monotonic(), self._sandbox.control.stats().tokens_minted))

    def __enter__(self) -> _Poller:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        self._thread.join(timeout=10)
        self.samples.append((time.monotonic(), self._sandbox.control.stats().tokens_minted))


class _Tally:
    """Thread-safe counters fed by workers and by a response hook on the client."""

    def __init__(self) -> None:
        self.lock = threading.Lock()
        self.calls = self.wire_401 = self.caller_401 = self.errors = 0

    def on_wire(self, response: httpx.Response) -> None:
        if response.status_code == 401:
            with self.lock:
                self.wire_401 += 1

    async def aon_wire(self, response: httpx.Response) -> None:
        self.on_wire(response)

    def outcome(self, status: int | None) -> None:
        with self.lock:
            self.calls += 1
            if status is None:
                self.errors += 1
            elif status == 401:
                self.caller_401 += 1


def _threads(client: httpx.Client, tally: _Tally, deadline: float) -> None:
    def worker() -> None:
        for _ in range(MAX_REQUESTS_PER_WORKER):
            if time.monotonic() >= deadline:
                return
            try:
                status: int | None = client.get(PATH, params={"limit": 1}).status_code
            except httpx.HTTPError:
                status = None
            tally.outcome(status)

    threads = [threading.Thread(target=worker, daemon=True) for _ in range(WORKERS)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=deadline - time.monotonic() + 60)


async def _tasks(client: httpx.AsyncClient, tally: _Tally, deadline: float) -> None:
    async def worker() -> None:
        for _ in range(MAX_REQUESTS_PER_WORKER):
            if time.monotonic() >= deadline:
                return
            try:
                status: int | None = (await client.get(PATH, params={"limit": 1})).status_code
            except httpx.HTTPError:
                status = None
            tally.outcome(status)

    await asyncio.gather(*(worker() for _ in range(WORKERS)))


def storm(
    sandbox: SandboxProcess,
    contender: Contender,
    mode: Mode,
    *,
    ttl: int,
    margin: float,
    seconds: float,
) -> Storm:
    """Run one storm of `seconds` against a sandbox whose tokens live `ttl` seconds."""
    sandbox.control.reset()
    sandbox.control.revoke_all()
    sandbox.control.set_ttl(ttl)
    reset_peer_caches()
    auth = make_auth(
        contender,
        base_url=sandbox.base_url,
        public_key=sandbox.public_key,
        private_key=sandbox.private_key,
        margin=margin,
        lifetime=float(ttl),
    )
    tally = _Tally()
    limits = httpx.Limits(max_connections=WORKERS)
    start = time.monotonic()
    deadline = start + seconds
    with _Poller(sandbox) as poller:
        if mode == "threads":
            hooks = {"response": [tally.on_wire]}
            with httpx.Client(
                base_url=sandbox.base_url, auth=auth, limits=limits, event_hooks=hooks
            ) as client:
                _threads(client, tally, deadline)
        else:

            async def main() -> None:
                ahooks = {"response": [tally.aon_wire]}
                async with httpx.AsyncClient(
                    base_url=sandbox.base_url, auth=auth, limits=limits, event_hooks=ahooks
                ) as client:
                    await _tasks(client, tally, deadline)

            asyncio.run(main())
    return Storm(
        contender=contender,
        mode=mode,
        seconds=time.monotonic() - start,
        ttl=ttl,
        calls=tally.calls,
        mints=poller.samples[-1][1],
        bursts=count_bursts(poller.samples),
        wire_401=tally.wire_401,
        caller_401=tally.caller_401,
        errors=tally.errors,
    )


def render(results: Sequence[Storm], *, ttl: int, margin: float) -> str:
    rows = [
        [
            "EcartPayAuth" if r.contender == "ecartpay" else r.contender,
            r.mode,
            r.calls,
            r.mints,
            r.bursts,
            ratio(r.mints, r.bursts),
            ratio(r.mints, r.seconds / r.ttl),
            r.wire_401,
            r.caller_401,
            r.errors,
        ]
        for r in results
    ]
    headers = [
        "client",
        "workers",
        "calls",
        "mints",
        "refresh bursts",
        "mints per burst",
        "mints per token lifetime",
        "401 on the wire",
        "401 seen by callers",
        "transport errors",
    ]
    title = (
        f"3. Expiry storm ({WORKERS} workers, token ttl {ttl} s, refresh margin {margin:g} s; "
        f"goal 1 mint per refresh burst, 0 401 seen by callers)"
    )
    ours = [r for r in results if r.contender == "ecartpay"]
    met = all(r.mints == r.bursts and r.caller_401 == 0 for r in ours)
    note = (
        f"\nGoal 1 mint per refresh and 0 401 seen by callers (EcartPayAuth): "
        f"{'met' if met else 'missed'}.\n"
    )
    return table(title, headers, rows) + note


def run(quick: bool = False) -> str:
    ttl, margin, seconds = (3, 0.5, 4.0) if quick else (4, 0.5, 8.0)
    results = []
    with sandbox_process(token_ttl=ttl) as sandbox:
        for mode in ("threads", "tasks"):
            for contender in CONTENDERS:
                results.append(
                    storm(sandbox, contender, mode, ttl=ttl, margin=margin, seconds=seconds)
                )
    return render(results, ttl=ttl, margin=margin)


def main(argv: list[str] | None = None) -> int:
    return program_main(run, __doc__, argv)


if __name__ == "__main__":
    raise SystemExit(main())
