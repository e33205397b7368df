"""Benchmark: what the front door costs per call, against the module-level call it wraps.

`client.orders.retrieve(id)` (`ecartpay.EcartPay`) against `get_order.sync(id=id,
client=client.low_level_client)` (the generated module), and their async twins: the same
client underneath (one `EcartPayAuth`, its token minted beforehand against the local
sandbox; the same API-call layer), the same in-process `CannedTransport` answering the same
order, so the difference is the front door alone (request options, typed errors, its
parser). Interleaved rounds (`bench._rounds`: many short ones after a warm-up, the heap
held before frozen), this thread's CPU time, median of per-round ratios, measured in one run.
"""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable

import httpx

import ecartpay
from bench._inproc import ORDER, CannedTransport
from bench._report import goal_table, program_main
from bench._rounds import acall_rounds, call_rounds, rounds_for
from bench._server import sandbox_process
from ecartpay_client.api.orders import get_order
from ecartpay_client.models import Order

__all__ = ["GOAL", "measure", "render", "run"]

MODULE = "module-level get_order"
FRONT = "front door orders.retrieve"
GOAL = 1.02
ORDER_ID = str(ORDER["id"])

Samples = dict[str, dict[str, list[float]]]


def measure(
    base_url: str, public_key: str, private_key: str, *, rounds: int, batch: int
) -> Samples:
    """CPU us per call, per round: {"sync"|"async": {MODULE|FRONT: [...]}}."""
    transport = CannedTransport()
    result: Samples = {}
    http = httpx.Client(transport=transport)
    with ecartpay.EcartPay(public_key, private_key, base_url=base_url, http_client=http) as front:
        low = front.low_level_client
        calls: dict[str, Callable[[], object]] = {
            MODULE: lambda: get_order.sync(id=ORDER_ID, client=low),
            FRONT: lambda: front.orders.retrieve(ORDER_ID),
        }
        if not isinstance(calls[FRONT](), Order) or not isinstance(calls[MODULE](), Order):
            raise RuntimeError("both ways must answer the order")
        result["sync"] = call_rounds(calls, rounds, batch)

    async def run_async() -> dict[str, list[float]]:
        ahttp = httpx.AsyncClient(transport=transport)
        async with ecartpay.AsyncEcartPay(
            public_key, private_key, base_url=base_url, http_client=ahttp
        ) as afront:
            low = afront.low_level_client
            calls: dict[str, Callable[[], Awaitable[object]]] = {
                MODULE: lambda: get_order.asyncio(id=ORDER_ID, client=low),
                FRONT: lambda: afront.orders.retrieve(ORDER_ID),
            }
            for call in calls.values():
                if not isinstance(await call(), Order):
                    raise RuntimeError("both ways must answer the order")
            return await acall_rounds(calls, rounds, batch)

    result["async"] = asyncio.run(run_async())
    if transport.unauthenticated:
        raise RuntimeError(f"{transport.unauthenticated} requests went out without a token")
    return result


def render(result: Samples, *, rounds: int, batch: int) -> str:
    """The markdown table: median us per call each way, and the paired ratio."""
    title = (
        f"Front door vs module-level calls (in-process transport, CPU us per call, median of "
        f"{rounds} rounds x {batch}; goal front door / module-level <= {GOAL})"
    )
    return goal_table(
        title,
        result,
        base=MODULE,
        candidate=FRONT,
        headers=(f"{MODULE} us", f"{FRONT} us"),
        goal=GOAL,
        goal_text="front door / module-level",
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
