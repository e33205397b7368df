"""What a front-door call costs over the module-level call it wraps, counted, not timed:
the Python and C function calls of the same request through one client underneath (its
token minted, an in-process transport answering an order). `make bench` times it
(`bench/front_door.py`, goal <= 1.02); this pins that the front door adds no work."""

from __future__ import annotations

import asyncio
import sys
from collections.abc import Awaitable, Callable
from types import FrameType
from typing import Any

import httpx

import ecartpay
from bench._inproc import ORDER, CannedTransport
from ecartpay_client.api.orders import get_order
from ecartpay_sandbox import RunningSandbox

ORDER_ID = str(ORDER["id"])
CALLS = 20


class _Counter:
    def __init__(self) -> None:
        self.calls = 0

    def __call__(self, frame: FrameType, event: str, arg: Any) -> None:
        if event in ("call", "c_call"):
            self.calls += 1


def _count(call: Callable[[], object]) -> int:
    counter = _Counter()
    sys.setprofile(counter)
    try:
        for _ in range(CALLS):
            call()
    finally:
        sys.setprofile(None)
    return counter.calls


async def _acount(call: Callable[[], Awaitable[object]]) -> int:
    counter = _Counter()
    sys.setprofile(counter)
    try:
        for _ in range(CALLS):
            await call()
    finally:
        sys.setprofile(None)
    return counter.calls


def test_a_front_door_call_does_no_more_work_than_the_module_call(
    sandbox: RunningSandbox,
) -> None:
    http = httpx.Client(transport=CannedTransport())
    keys = (sandbox.public_key, sandbox.private_key)
    with ecartpay.EcartPay(*keys, base_url=sandbox.base_url, http_client=http) as front:
        low = front.low_level_client
        front.orders.retrieve(ORDER_ID)  # warm: token, resource, imports
        get_order.sync(id=ORDER_ID, client=low)
        module = _count(lambda: get_order.sync(id=ORDER_ID, client=low))
        door = _count(lambda: front.orders.retrieve(ORDER_ID))
    assert door <= module, (door, module)


def test_an_async_front_door_call_does_no_more_work_than_the_module_call(
    sandbox: RunningSandbox,
) -> None:
    async def measure() -> tuple[int, int]:
        http = httpx.AsyncClient(transport=CannedTransport())
        keys = (sandbox.public_key, sandbox.private_key)
        async with ecartpay.AsyncEcartPay(
            *keys, base_url=sandbox.base_url, http_client=http
        ) as front:
            low = front.low_level_client
            await front.orders.retrieve(ORDER_ID)
            await get_order.asyncio(id=ORDER_ID, client=low)
            module = await _acount(lambda: get_order.asyncio(id=ORDER_ID, client=low))
            door = await _acount(lambda: front.orders.retrieve(ORDER_ID))
        return door, module

    door, module = asyncio.run(measure())
    assert door <= module, (door, module)
