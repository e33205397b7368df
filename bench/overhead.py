"""Benchmark 1: client-side cost of the auth object per request, no network.

Every contender sends the same requests through the same in-process `CannedTransport`;
tokens are minted once beforehand against the local sandbox, so the loop measures only
what the auth object adds to a request: the floor is a static `Authorization` header.
Contenders run interleaved in rounds (rotating order) so that machine noise hits all of
them alike, and time is this thread's CPU time (`time.thread_time_ns`), so that other
processes on the machine do not count: everything measured is CPU work in this thread.
The result is the median per-request time and its ratio to the floor.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any

import httpx

from bench._inproc import CannedTransport
from bench._peers import CONTENDERS, make_auth
from bench._report import median, program_main, ratio, table
from bench._rounds import async_rounds, rounds_for, sync_rounds
from bench._server import sandbox_process
from contract_tests.redis_server import RedisServer
from ecartpay_auth import TOKEN_PATH, EcartPayAuth, RedisTokenStore

__all__ = ["OverheadResult", "measure", "render", "run"]

STATIC = "static header"
REDIS = "ecartpay + RedisTokenStore"
GOAL = 1.03


@dataclass(frozen=True)
class OverheadResult:
    """Per-round CPU microseconds per request, per contender, sync and async."""

    sync_us: dict[str, list[float]]
    async_us: dict[str, list[float]]
    requests: int
    unauthenticated: int


def paired_ratio(samples: dict[str, list[float]], name: str) -> float:
    """Median over rounds of (contender / static) measured in the same round.

    Pairing cancels slow drifts of the machine that a ratio of medians would keep.
    """
    return median(ratio(a, b) for a, b in zip(samples[name], samples[STATIC], strict=True))


def measure(
    base_url: str,
    public_key: str,
    private_key: str,
    *,
    rounds: int,
    batch: int,
    extra: Mapping[str, Callable[[], httpx.Auth]] | None = None,
) -> OverheadResult:
    """Run `rounds` interleaved batches of `batch` requests per contender, sync then async.

    `extra` adds contenders by name (a factory each), e.g. EcartPayAuth on a shared store.
    """
    transport = CannedTransport()
    extra = dict(extra or {})

    def auths() -> dict[str, httpx.Auth | None]:
        made: dict[str, httpx.Auth | None] = {STATIC: None}
        for name in CONTENDERS:
            made[name] = make_auth(
                name, base_url=base_url, public_key=public_key, private_key=private_key
            )
        for label, factory in extra.items():
            made[label] = factory()
        return made

    # One static token for the floor: a real one, so every contender sends a real JWT.
    static_token = httpx.post(base_url + TOKEN_PATH, auth=(public_key, private_key)).json()["token"]
    headers = {"Authorization": static_token}

    def sends(auth: httpx.Auth | None) -> dict[str, Any]:
        """How a client of `auth` sends its credentials: the floor sends the header."""
        common = {"base_url": base_url, "transport": transport}
        return {**common, "auth": auth} if auth is not None else {**common, "headers": headers}

    sync_clients = {n: httpx.Client(**sends(a)) for n, a in auths().items()}
    sync_samples = sync_rounds(sync_clients, rounds, batch, warm=True)

    async def run_async() -> dict[str, list[float]]:
        clients = {n: httpx.AsyncClient(**sends(a)) for n, a in auths().items()}
        return await async_rounds(clients, rounds, batch, warm=True)

    async_samples = asyncio.run(run_async())
    return OverheadResult(
        sync_us=sync_samples,
        async_us=async_samples,
        requests=transport.requests,
        unauthenticated=transport.unauthenticated,
    )


def render(result: OverheadResult, *, rounds: int, batch: int) -> str:
    """The markdown table: median us/request and the paired ratio to the static header."""
    rows = []
    for name in result.sync_us:
        rows.append(
            [
                "EcartPayAuth" if name == "ecartpay" else name,
                median(result.sync_us[name]),
                paired_ratio(result.sync_us, name),
                median(result.async_us[name]),
                paired_ratio(result.async_us, name),
            ]
        )
    title = (
        f"1. Client-side overhead per request (in-process transport, CPU us per request, "
        f"median of {rounds} rounds x {batch}; goal EcartPayAuth/static <= {GOAL})"
    )
    note = (
        f"\nRatios are medians of per-round ratios. {result.requests:,} requests sent, "
        f"{result.unauthenticated} without a token.\n"
    )
    headers = ["client", "sync us/req", "sync ratio", "async us/req", "async ratio"]
    for name in [n for n in result.sync_us if n.startswith("ecartpay")]:
        ours = (paired_ratio(result.sync_us, name), paired_ratio(result.async_us, name))
        verdict = "met" if max(ours) <= GOAL else "missed"
        label = "EcartPayAuth" if name == "ecartpay" else name
        note += (
            f"Goal {label}/static <= {GOAL}: {verdict} (sync {ours[0]:.3f}, async {ours[1]:.3f}).\n"
        )
    return table(title, headers, rows) + note


def run(quick: bool = False) -> str:
    """Measure and render; `quick` trades precision for time."""
    rounds, batch = rounds_for(quick)
    with sandbox_process() as sandbox, RedisServer() as redis:

        def on_redis() -> httpx.Auth:
            store = RedisTokenStore.from_url(redis.url)
            keys = (sandbox.public_key, sandbox.private_key)
            return EcartPayAuth(*keys, base_url=sandbox.base_url, token_store=store)

        result = measure(
            sandbox.base_url,
            sandbox.public_key,
            sandbox.private_key,
            rounds=rounds,
            batch=batch,
            extra={REDIS: on_redis},
        )
    return render(result, rounds=rounds, batch=batch)


def main(argv: list[str] | None = None) -> int:
    return program_main(run, __doc__, argv)


if __name__ == "__main__":
    raise SystemExit(main())
