"""Benchmark 6: resident memory before and after 50,000 authenticated calls.

One process, one `EcartPayAuth`, the in-process `CannedTransport` (the token is minted
once against the local sandbox): a leak per request (a retained request, response, token
or log record) would show as RSS growing with the call count. RSS is read from
/proc/self/status (psutil is not a dependency); a static header runs the same loop as
the reference for how much httpx itself moves.
"""

from __future__ import annotations

import gc
import resource
from collections.abc import Callable
from pathlib import Path

import httpx

from bench._inproc import CannedTransport
from bench._peers import make_auth
from bench._report import program_main, table
from bench._server import sandbox_process
from ecartpay_auth import TOKEN_PATH

__all__ = ["rss_kib", "run"]

PATH = "/api/orders/65a1b2c3d4e5f60718293b5c"
WARMUP = 2_000


def rss_kib() -> int:
    """Current resident set size in KiB (VmRSS), falling back to the peak on non-Linux."""
    status = Path("/proc/self/status")
    if status.exists():
        for line in status.read_text().splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1])
    return int(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)


def _settled_rss() -> int:
    gc.collect()
    return rss_kib()


def track(calls: int, checkpoints: int, send: Callable[[], object]) -> list[tuple[int, int]]:
    """(calls done, RSS KiB) after a warm-up and at `checkpoints` even steps."""
    for _ in range(WARMUP):
        send()
    points = [(0, _settled_rss())]
    step = calls // checkpoints
    for n in range(1, checkpoints + 1):
        for _ in range(step):
            send()
        points.append((n * step, _settled_rss()))
    return points


def run(quick: bool = False) -> str:
    calls = 10_000 if quick else 50_000
    checkpoints = 5
    transport = CannedTransport()
    with sandbox_process() as sandbox:
        auth = make_auth(
            "ecartpay",
            base_url=sandbox.base_url,
            public_key=sandbox.public_key,
            private_key=sandbox.private_key,
        )
        with httpx.Client(base_url=sandbox.base_url, transport=transport, auth=auth) as client:
            client.get(PATH)  # the one mint, over the socket
            ours = track(calls, checkpoints, lambda: client.get(PATH))
        minted = httpx.post(
            sandbox.base_url + TOKEN_PATH,
            auth=(sandbox.public_key, sandbox.private_key),
        )
        static = {"Authorization": minted.json()["token"]}
        with httpx.Client(base_url=sandbox.base_url, transport=transport, headers=static) as c:
            floor = track(calls, checkpoints, lambda: c.get(PATH))
    rows = [
        [n, mine / 1024, (mine - ours[0][1]) / 1024, base / 1024, (base - floor[0][1]) / 1024]
        for (n, mine), (_, base) in zip(ours, floor, strict=True)
    ]
    title = (
        f"6. Memory: RSS over {calls:,} authenticated calls in one process (in-process "
        f"transport, after {WARMUP:,} warm-up calls; goal flat)"
    )
    headers = ["calls", "EcartPayAuth MiB", "growth MiB", "static header MiB", "growth MiB"]
    growth = (ours[-1][1] - ours[0][1]) / 1024
    baseline = (floor[-1][1] - floor[0][1]) / 1024
    flat = growth <= max(baseline, 0.0) + 1.0
    note = (
        f"\n{transport.unauthenticated} of {transport.requests:,} requests lacked a token. "
        f"Goal flat (growth within 1 MiB of the static header's): "
        f"{'met' if flat else 'missed'} ({growth:+.2f} MiB vs {baseline:+.2f} MiB).\n"
    )
    return table(title, headers, rows) + note


def main(argv: list[str] | None = None) -> int:
    return program_main(run, __doc__, argv)


if __name__ == "__main__":
    raise SystemExit(main())
