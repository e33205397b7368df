"""Front-door clients of the session's sandbox, closed after each test."""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator

import pytest

import ecartpay
from ecartpay_sandbox import RunningSandbox

MISSING = "65a1b2c3d4e5f60718293b5c"


@pytest.fixture
def front(sandbox: RunningSandbox) -> Iterator[ecartpay.EcartPay]:
    with ecartpay.EcartPay(
        sandbox.public_key, sandbox.private_key, base_url=sandbox.base_url
    ) as client:
        yield client


@pytest.fixture
async def afront(sandbox: RunningSandbox) -> AsyncIterator[ecartpay.AsyncEcartPay]:
    async with ecartpay.AsyncEcartPay(
        sandbox.public_key, sandbox.private_key, base_url=sandbox.base_url
    ) as client:
        yield client
