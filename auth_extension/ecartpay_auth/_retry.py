"""Retry policy of the token endpoint, built on tenacity.

tenacity is maintained, does sync and async (asyncio and trio) with the same policy
object, has exponential backoff with jitter built in, and its `wait` hook receives the
failed attempt, which is how `Retry-After` is honoured. Only the token endpoint is
retried here: API calls are the caller's to retry (they may not be idempotent).
"""

from __future__ import annotations

import email.utils
import logging
import math
import time
from datetime import UTC, datetime
from typing import Any

import attrs
import tenacity

from ._errors import ConfigurationError

__all__ = ["RetryPolicy", "RetryableMintError", "parse_retry_after"]

logger = logging.getLogger("ecartpay_auth")


class RetryableMintError(Exception):
    """Internal: one mint attempt failed in a way worth retrying (never leaves the package)."""

    def __init__(
        self,
        reason: str,
        *,
        status_code: int | None = None,
        retry_after: float | None = None,
        api_message: str | None = None,
    ) -> None:
        super().__init__(reason)
        self.reason = reason
        self.status_code = status_code
        self.retry_after = retry_after
        self.api_message = api_message


def parse_retry_after(value: str | None) -> float | None:
    """Seconds to wait from a `Retry-After` header (delta-seconds or HTTP-date)."""
    if value is None:
        return None
    value = value.strip()
    try:
        seconds = float(value)
    except ValueError:
        try:
            when = email.utils.parsedate_to_datetime(value)
        except (TypeError, ValueError, IndexError):
            return None
        if when.tzinfo is None:
            when = when.replace(tzinfo=UTC)
        seconds = (when - datetime.now(UTC)).total_seconds()
    if not math.isfinite(seconds):
        return None
    return max(seconds, 0.0)


def _check(name: str, value: float, *, integer: bool = False) -> None:
    ok = isinstance(value, int) if integer else isinstance(value, int | float)
    if isinstance(value, bool) or not ok or not math.isfinite(value) or value < 0:
        kind = "a non-negative integer" if integer else "a non-negative number"
        raise ConfigurationError(f"{name} must be {kind}, got {value!r}")


@attrs.frozen
class RetryPolicy:
    """How the token endpoint is retried.

    Attempt n (from 1) that fails waits a random time in [0, min(max_backoff,
    backoff * 2**(n-1))] ("full jitter"), or the server's `Retry-After` if longer,
    capped at `max_retry_after`.
    """

    max_retries: int = 2
    backoff: float = 0.5
    max_backoff: float = 8.0
    max_retry_after: float = 30.0

    def __attrs_post_init__(self) -> None:
        _check("max_retries", self.max_retries, integer=True)
        _check("backoff", self.backoff)
        _check("max_backoff", self.max_backoff)
        _check("max_retry_after", self.max_retry_after)

    def worst_case_wait(self) -> float:
        """Upper bound of the total sleeping between attempts."""
        return self.max_retries * max(self.max_backoff, self.max_retry_after)

    def _wait(self, state: tenacity.RetryCallState) -> float:
        jittered = tenacity.wait_random_exponential(
            multiplier=self.backoff, max=self.max_backoff, exp_base=2
        )(state)
        exc = state.outcome.exception() if state.outcome is not None else None
        retry_after = exc.retry_after if isinstance(exc, RetryableMintError) else None
        if retry_after is None:
            return float(jittered)
        return max(min(retry_after, self.max_retry_after), float(jittered))

    def _before_sleep(self, state: tenacity.RetryCallState) -> None:
        exc = state.outcome.exception() if state.outcome is not None else None
        sleep = state.next_action.sleep if state.next_action is not None else 0.0
        reason = exc.reason if isinstance(exc, RetryableMintError) else type(exc).__name__
        retry_after = exc.retry_after if isinstance(exc, RetryableMintError) else None
        logger.debug(
            "token endpoint attempt %d of %d failed (%s); retrying in %.3f s",
            state.attempt_number,
            self.max_retries + 1,
            reason,
            sleep,
            extra={
                "ecartpay_event": "retry",
                "ecartpay_attempt": state.attempt_number,
                "ecartpay_retry_in": sleep,
                "ecartpay_retry_after": retry_after,
                "ecartpay_status": getattr(exc, "status_code", None),
            },
        )

    def _common(self) -> dict[str, Any]:
        return {
            "stop": tenacity.stop_after_attempt(self.max_retries + 1),
            "wait": self._wait,
            "retry": tenacity.retry_if_exception_type(RetryableMintError),
            "before_sleep": self._before_sleep,
            "reraise": True,
        }

    def sync_retrying(self) -> tenacity.Retrying:
        return tenacity.Retrying(sleep=time.sleep, **self._common())

    def async_retrying(self) -> tenacity.AsyncRetrying:
        return tenacity.AsyncRetrying(**self._common())
