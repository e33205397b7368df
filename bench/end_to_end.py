"""Benchmark 4: a typed `get_order` through the SDK vs raw httpx + `json.loads`.

Both read the same order from the local sandbox (child process, real sockets) one call
after another on one keep-alive connection, sync and async. The SDK path is everything a
user gets: the generated endpoint, `EcartPayAuth`, the generated parser into attrs
models. The raw path is the least a hand-written client can do. Rounds alternate; the
result is requests per second and the SDK/raw ratio (medians of per-round values).
"""

from __future__ import annotations

import asyncio
import json
import time
from collections.abc import Awaitable, Callable
from typing import Any

import httpx

from bench._report import median, program_main, ratio, table
from bench._server import SandboxProcess, sandbox_process
from ecartpay_auth import auth_of, authenticated_client
from ecartpay_client.api.customers import create_customer
from ecartpay_client.api.orders import create_order, get_order
from ecartpay_client.client import AuthenticatedClient
from ecartpay_client.models import Customer, CustomerCreate, Order, OrderCreate, OrderItemCreate

__all__ = ["run", "seed_order"]


def seed_order(client: AuthenticatedClient) -> str:
    """Create one customer and one order through the typed client; answer the order id."""
    customer = create_customer.sync(
        client=client,
        body=CustomerCreate(first_name="Bench", last_name="Mark", email="bench@example.com"),
    )
    if not isinstance(customer, Customer):
        raise RuntimeError(f"could not create the bench customer: {customer!r}")
    order = create_order.sync(
        client=client,
        body=OrderCreate(
            customer_id=customer.id,
            currency="MXN",
            items=[OrderItemCreate(name="T-shirt", quantity=1, price=10.0)],
        ),
    )
    if not isinstance(order, Order):
        raise RuntimeError(f"could not create the bench order: {order!r}")
    return order.id


def _rate(calls: int, fn: Callable[[], object]) -> float:
    start = time.perf_counter()
    for _ in range(calls):
        fn()
    return calls / (time.perf_counter() - start)


async def _arate(calls: int, fn: Callable[[], Awaitable[object]]) -> float:
    start = time.perf_counter()
    for _ in range(calls):
        await fn()
    return calls / (time.perf_counter() - start)


def _check_typed(result: object) -> Order:
    if not isinstance(result, Order):
        raise RuntimeError(f"typed get_order failed: {result!r}")
    return result


def _check_raw(response: httpx.Response) -> dict[str, Any]:
    if response.status_code != 200:
        raise RuntimeError(f"raw get failed: HTTP {response.status_code}")
    data: dict[str, Any] = json.loads(response.content)
    return data


def measure(sandbox: SandboxProcess, *, rounds: int, calls: int) -> dict[str, list[float]]:
    """Per-round req/s for typed/raw x sync/async."""
    samples: dict[str, list[float]] = {k: [] for k in ("typed", "raw", "atyped", "araw")}
    sdk = authenticated_client(sandbox.public_key, sandbox.private_key, base_url=sandbox.base_url)
    order_id = seed_order(sdk)
    token = auth_of(sdk).get_token()
    path = f"/api/orders/{order_id}"
    raw = httpx.Client(base_url=sandbox.base_url, headers={"Authorization": token})
    try:
        for r in range(rounds):
            pair = [
                ("typed", lambda: _check_typed(get_order.sync(id=order_id, client=sdk))),
                ("raw", lambda: _check_raw(raw.get(path))),
            ]
            for name, fn in pair if r % 2 == 0 else pair[::-1]:
                samples[name].append(_rate(calls, fn))
    finally:
        raw.close()
        sdk.get_httpx_client().close()

    async def run_async() -> None:
        asdk = authenticated_client(
            sandbox.public_key, sandbox.private_key, base_url=sandbox.base_url
        )
        async with httpx.AsyncClient(
            base_url=sandbox.base_url, headers={"Authorization": token}
        ) as araw:

            async def typed() -> Order:
                return _check_typed(await get_order.asyncio(id=order_id, client=asdk))

            async def rawcall() -> dict[str, Any]:
                return _check_raw(await araw.get(path))

            for r in range(rounds):
                apair: list[tuple[str, Callable[[], Awaitable[object]]]] = [
                    ("atyped", typed),
                    ("araw", rawcall),
                ]
                for name, afn in apair if r % 2 == 0 else apair[::-1]:
                    samples[name].append(await _arate(calls, afn))
        await asdk.get_async_httpx_client().aclose()

    asyncio.run(run_async())
    return samples


def render(samples: dict[str, list[float]], *, rounds: int, calls: int) -> str:
    def paired(a: str, b: str) -> float:
        return median(ratio(x, y) for x, y in zip(samples[a], samples[b], strict=True))

    rows = [
        ["sync", median(samples["typed"]), median(samples["raw"]), paired("typed", "raw")],
        ["async", median(samples["atyped"]), median(samples["araw"]), paired("atyped", "araw")],
    ]
    title = (
        f"4. End to end: typed get_order (generated client + EcartPayAuth) vs raw httpx + "
        f"json.loads, local sandbox (median of {rounds} rounds x {calls} sequential calls)"
    )
    headers = ["mode", "SDK req/s", "raw req/s", "SDK/raw"]
    return table(title, headers, rows)


def run(quick: bool = False) -> str:
    rounds, calls = (3, 100) if quick else (7, 200)
    with sandbox_process() as sandbox:
        samples = measure(sandbox, rounds=rounds, calls=calls)
    return render(samples, rounds=rounds, calls=calls)


def main(argv: list[str] | None = None) -> int:
    return program_main(run, __doc__, argv)


if __name__ == "__main__":
    raise SystemExit(main())
