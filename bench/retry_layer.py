"""Benchmark: client-side cost of the API-call layer (safe retries, deadline, call log,
`raise_on_error`) per request, against the same client without it.

Both clients use one `EcartPayAuth` (its token minted beforehand against the local
sandbox), the same User-Agent and the same in-process `CannedTransport`, so the only
difference is `ecartpay_auth._calls`: the `send` of every client `authenticated_client`
builds. Nothing fails, so this is the price every successful call pays for retries being
possible. Interleaved rounds, this thread's CPU time, median of per-round ratios.
"""

from __future__ import annotations

import asyncio
from typing import Any

import httpx

from bench._inproc import CannedTransport
from bench._report import goal_table, program_main
from bench._rounds import async_rounds, rounds_for, sync_rounds
from bench._server import sandbox_process
from ecartpay_auth import EcartPayAuth, RetryPolicy
from ecartpay_auth._calls import ApiAsyncClient, ApiClient, CallOptions
from ecartpay_auth._user_agent import user_agent

__all__ = ["GOAL", "measure", "render", "run"]

BARE = "no retry layer"
LAYER = "retry layer"
GOAL = 1.02


def measure(
    base_url: str, public_key: str, private_key: str, *, rounds: int, batch: int
) -> dict[str, dict[str, list[float]]]:
    """CPU us per request, per round: {"sync"|"async": {BARE|LAYER: [...]}}."""
    transport = CannedTransport()
    auth = EcartPayAuth(public_key, private_key, base_url=base_url)
    auth.get_token()
    common: dict[str, Any] = {
        "base_url": base_url,
        "transport": transport,
        "auth": auth,
        "headers": {"User-Agent": user_agent()},
    }
    options = CallOptions(retry_policy=RetryPolicy())
    sync_clients = {BARE: httpx.Client(**common), LAYER: ApiClient(call_options=options, **common)}
    result = {"sync": sync_rounds(sync_clients, rounds, batch)}

    async def run_async() -> dict[str, list[float]]:
        clients = {
            BARE: httpx.AsyncClient(**common),
            LAYER: ApiAsyncClient(call_options=options, **common),
        }
        return await async_rounds(clients, rounds, batch)

    result["async"] = asyncio.run(run_async())
    if transport.unauthenticated:
        raise RuntimeError(f"{transport.unauthenticated} requests went out without a token")
    return result


def render(result: dict[str, dict[str, list[float]]], *, rounds: int, batch: int) -> str:
    """The markdown table: median us/request, and the layer's paired ratio."""
    title = (
        f"Retry layer overhead per request (in-process transport, CPU us per request, median "
        f"of {rounds} rounds x {batch}; goal retry layer / none <= {GOAL})"
    )
    return goal_table(
        title,
        result,
        base=BARE,
        candidate=LAYER,
        headers=(f"{BARE} us/req", f"{LAYER} us/req"),
        goal=GOAL,
        goal_text="retry layer / none",
    )


def run(quick: bool = False) -> str:
    """Measure and render; `quick` trades precision for time."""
    rounds, batch = rounds_for(quick)
    with sandbox_process() as sandbox:
        result = measure(
            sandbox.base_url, sandbox.public_key, sandbox.private_key, rounds=rounds, batch=batch
        )
    return render(result, rounds=rounds, batch=batch)


def main(argv: list[str] | None = None) -> int:
    return program_main(run, __doc__, argv)


if __name__ == "__main__":
    raise SystemExit(main())
