"""Helpers shared by the auth tests: sandbox counters, a pinned jitter, a jumping clock."""

from __future__ import annotations

import random
import time

import ecartpay_auth
from ecartpay_sandbox import RunningSandbox

TOKEN_OP = ecartpay_auth.TOKEN_OPERATION_ID
LIST_OP = "listCustomers"


def minted(sandbox: RunningSandbox) -> int:
    return int(sandbox.control.stats().tokens_minted)


def requests_to(sandbox: RunningSandbox, operation: str) -> int:
    return int(sandbox.control.stats().requests.get(operation, 0))


def statuses_of(sandbox: RunningSandbox, operation: str) -> dict[int, int]:
    return dict(sandbox.control.stats().operation_statuses.get(operation, {}))


class Highest(random.Random):
    """A random source that always draws the top of the range: the jitter's cap."""

    def uniform(self, a: float, b: float) -> float:
        return b


class SkipAhead:
    """An auth's monotonic clock (`EcartPayAuth(clock=...)`): the real one plus the jumps
    the test makes, so a test reaches a refresh point without waiting for it."""

    def __init__(self) -> None:
        self.offset = 0.0

    def __call__(self) -> float:
        return time.monotonic() + self.offset

    def to(self, instant: float) -> None:
        """Jump forward to monotonic `instant` (never back)."""
        self.offset = max(self.offset, instant - time.monotonic())
