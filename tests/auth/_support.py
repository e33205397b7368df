"""Small helpers shared by the auth tests: counters read from the sandbox's control plane."""

from __future__ import annotations

import random

from contract_tests.sandbox import RunningSandbox

TOKEN_OP = "createAuthorizationToken"
LIST_OP = "listCustomers"


def minted(sandbox: RunningSandbox) -> int:
    return int(sandbox.control.stats().tokens_minted)


def requests_to(sandbox: RunningSandbox, operation: str) -> int:
    return int(sandbox.control.stats().requests.get(operation, 0))


def statuses_of(sandbox: RunningSandbox, operation: str) -> dict[int, int]:
    return dict(sandbox.control.stats().operation_statuses.get(operation, {}))


async def until_token_requested(sandbox: RunningSandbox, count: int = 1) -> None:
    """Poll the sandbox until it has seen `count` token requests (bounded: ~10 s)."""
    import asyncio

    for _ in range(2000):
        if requests_to(sandbox, TOKEN_OP) >= count:
            return
        await asyncio.sleep(0.005)
    raise AssertionError("the token request never reached the sandbox")


class Highest(random.Random):
    """A random source that always draws the top of the range: the jitter's cap."""

    def uniform(self, a: float, b: float) -> float:
        return b
