"""`RetryPolicy` on its own: waits computed from a stubbed or seeded random source, and
loops whose sleeps are recorded instead of slept."""

from __future__ import annotations

import random
from datetime import UTC, datetime

import pytest

from ecartpay_auth import DEFAULT_MAX_RETRIES, RetryPolicy

from ._support import Highest


def _run(policy: RetryPolicy, retry_on: type[BaseException], fail: BaseException) -> int:
    """Drive the sync loop with a body that always raises `fail`; return the calls made."""
    calls = 0
    try:
        for attempt in policy.sync_retrying(retry_on):
            with attempt:
                calls += 1
                raise fail
    except type(fail):
        return calls
    raise AssertionError("the loop did not re-raise")


class Boom(Exception):
    def __init__(self, retry_after: float | None = None) -> None:
        super().__init__("boom")
        self.retry_after = retry_after


def test_the_cap_doubles_at_each_retry_up_to_max_backoff() -> None:
    policy = RetryPolicy(max_retries=6, backoff=0.5, max_backoff=8.0, rng=Highest())
    assert [policy.delay(n) for n in range(1, 7)] == [0.5, 1.0, 2.0, 4.0, 8.0, 8.0]


def test_jitter_is_drawn_from_the_policy_rng_within_the_cap() -> None:
    waits = [RetryPolicy(rng=random.Random(7)).delay(n) for n in (1, 2, 3)]
    again = [RetryPolicy(rng=random.Random(7)).delay(n) for n in (1, 2, 3)]
    assert waits == again  # seeded: repeatable, independent of the global random state
    caps = [0.5, 1.0, 2.0]
    assert all(0 <= w <= cap for w, cap in zip(waits, caps, strict=True))
    assert len(set(waits)) == 3  # drawn, not constant


def test_retry_after_wins_when_longer_and_is_capped() -> None:
    policy = RetryPolicy(backoff=0.001, max_backoff=0.001, max_retry_after=30.0, rng=Highest())
    assert policy.delay(1, retry_after=12.0) == 12.0
    assert policy.delay(1, retry_after=3600.0) == 30.0
    assert policy.delay(1, retry_after=0.0) == 0.001  # shorter than the backoff: backoff


def test_sync_loop_records_growing_sleeps_and_reraises() -> None:
    slept: list[float] = []
    policy = RetryPolicy(
        max_retries=3, backoff=1.0, max_backoff=60.0, rng=Highest(), sleep=slept.append
    )
    assert _run(policy, Boom, Boom()) == 4
    assert slept == [1.0, 2.0, 4.0]


@pytest.mark.anyio
async def test_async_loop_uses_the_async_sleep_and_retry_after() -> None:
    slept: list[float] = []

    async def record(seconds: float) -> None:
        slept.append(seconds)

    policy = RetryPolicy(max_retries=2, backoff=0.0, rng=Highest(), async_sleep=record)
    outcomes = iter([Boom(retry_after=5.0), Boom(retry_after=50.0)])
    result = None
    async for attempt in policy.async_retrying(Boom):
        with attempt:
            error = next(outcomes, None)
            if error is not None:
                raise error
            result = "ok"
    assert result == "ok"
    assert slept == [5.0, 30.0]  # the server's wish, capped at max_retry_after


def test_other_exceptions_are_not_retried() -> None:
    slept: list[float] = []
    policy = RetryPolicy(sleep=slept.append)
    assert _run(policy, Boom, KeyError("x")) == 1
    assert slept == []


def test_http_date_retry_after_is_measured_by_the_policy_wall_clock() -> None:
    policy = RetryPolicy(wall_clock=lambda: datetime(2030, 1, 1, 0, 0, 0, tzinfo=UTC))
    assert policy.parse_retry_after("Tue, 01 Jan 2030 00:00:42 GMT") == 42.0
    assert policy.parse_retry_after("Mon, 31 Dec 2029 23:00:00 GMT") == 0.0
    assert policy.parse_retry_after("7") == 7.0
    assert policy.parse_retry_after("soon") is None
    assert policy.parse_retry_after(None) is None


def test_defaults_come_from_the_constants() -> None:
    policy = RetryPolicy()
    assert policy.max_retries == DEFAULT_MAX_RETRIES
    assert policy.attempts == DEFAULT_MAX_RETRIES + 1
    assert policy == RetryPolicy(rng=random.Random(1))  # seams do not change equality
