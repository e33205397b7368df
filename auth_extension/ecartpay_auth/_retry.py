"""`RetryPolicy`: how often and how long to wait before trying a request again.

One value holds every knob (attempts, backoff, `Retry-After` cap) and the seams a test
needs (the sleep functions, the random source of the jitter, the wall clock that turns
an HTTP-date `Retry-After` into seconds), so nothing is a loose float passed along.

The waits are computed here (`delay`), so they can be tested without sleeping; tenacity
only drives the loop (`sync_retrying` / `async_retrying`). tenacity is imported on the
first retry loop, not with the package: most processes mint once an hour.
"""

from __future__ import annotations

import email.utils
import logging
import math
import random
import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any

from ._constants import (
    DEFAULT_BACKOFF,
    DEFAULT_MAX_BACKOFF,
    DEFAULT_MAX_RETRIES,
    DEFAULT_MAX_RETRY_AFTER,
)
from ._errors import ConfigurationError

if TYPE_CHECKING:
    import tenacity

__all__ = ["RetryPolicy", "RetryableMintError", "parse_retry_after"]

logger = logging.getLogger("ecartpay_auth")

RetryOn = type[BaseException] | tuple[type[BaseException], ...]


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


def _wall_now() -> datetime:
    return datetime.now(UTC)


def parse_retry_after(
    value: str | None, *, now: Callable[[], datetime] = _wall_now
) -> float | None:
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
        seconds = (when - now()).total_seconds()
    if not math.isfinite(seconds):
        return None
    return max(seconds, 0.0)


def _check(name: str, value: float, *, integer: bool = False) -> None:
    ok = isinstance(value, int) if integer else isinstance(value, int | float)
    if isinstance(value, bool) or not ok or not math.isfinite(value) or value < 0:
        kind = "a non-negative integer" if integer else "a non-negative number"
        raise ConfigurationError(f"{name} must be {kind}, got {value!r}")


@dataclass(frozen=True, slots=True)
class RetryPolicy:
    """How a failed request is retried: the token endpoint's, and the API calls' of
    `authenticated_client` (which retry only what is safe to repeat, see `_calls`).

    Retry n (from 1) waits a random time in [0, min(max_backoff, backoff * 2**(n-1))]
    ("full jitter"), or the server's `Retry-After` if longer, capped at `max_retry_after`.
    `deadline` (seconds, None: none) bounds an API call, its retries and waits included:
    no retry starts, and no wait is taken, past it.

    Seams for tests (never needed in production): `sleep` and `async_sleep` do the
    waiting, `rng` draws the jitter (pass `random.Random(seed)` for repeatable waits),
    `wall_clock` reads the time an HTTP-date `Retry-After` is measured from, and `clock`
    (monotonic) measures elapsed time and deadlines.

    Attributes:
        max_retries: Retries after the first attempt (0: none).
        backoff: The first retry's largest wait, in seconds; it doubles each retry.
        max_backoff: The largest jittered wait, in seconds.
        max_retry_after: The longest `Retry-After` honoured, in seconds.
        sleep: Waits between sync attempts (default `time.sleep`).
        async_sleep: Waits between async attempts (default asyncio's, or trio's).
        rng: The random source of the jitter.
        wall_clock: The time an HTTP-date `Retry-After` is measured from.
        deadline: Seconds an API call may take, retries and waits included (None: no
            bound).
        clock: The monotonic clock of `deadline`.

    Raises:
        ecartpay.ConfigurationError: A negative or non-numeric setting.

    Example:
        ```python
        patient = ecartpay.RetryPolicy(max_retries=4, max_backoff=20.0, deadline=60.0)
        client = ecartpay.EcartPay(retry_policy=patient)
        ```
    """

    max_retries: int = DEFAULT_MAX_RETRIES
    backoff: float = DEFAULT_BACKOFF
    max_backoff: float = DEFAULT_MAX_BACKOFF
    max_retry_after: float = DEFAULT_MAX_RETRY_AFTER
    sleep: Callable[[float], None] = field(default=time.sleep, compare=False, repr=False)
    async_sleep: Callable[[float], Awaitable[None]] | None = field(
        default=None, compare=False, repr=False
    )
    rng: random.Random = field(default_factory=random.Random, compare=False, repr=False)
    wall_clock: Callable[[], datetime] = field(default=_wall_now, compare=False, repr=False)
    deadline: float | None = None
    clock: Callable[[], float] = field(default=time.monotonic, compare=False, repr=False)

    def __post_init__(self) -> None:
        _check("max_retries", self.max_retries, integer=True)
        _check("backoff", self.backoff)
        _check("max_backoff", self.max_backoff)
        _check("max_retry_after", self.max_retry_after)
        if self.deadline is not None:
            _check("deadline", self.deadline)

    @property
    def attempts(self) -> int:
        """The first try plus the retries.

        Example:
            ```python
            assert ecartpay.RetryPolicy(max_retries=2).attempts == 3
            ```
        """
        return self.max_retries + 1

    def worst_case_wait(self) -> float:
        """Upper bound of the total sleeping between attempts, e.g. to size a worker's
        own timeout above it.

        Returns:
            Seconds.

        Example:
            ```python
            policy = ecartpay.RetryPolicy(max_retries=2, max_backoff=8.0, max_retry_after=30.0)
            assert policy.worst_case_wait() == 60.0
            ```
        """
        return self.max_retries * max(self.max_backoff, self.max_retry_after)

    def backoff_cap(self, retry: int) -> float:
        """The largest jittered wait before retry number `retry`.

        Args:
            retry: The retry's number, from 1.

        Returns:
            Seconds: `backoff * 2**(retry - 1)`, at most `max_backoff`.

        Example:
            ```python
            policy = ecartpay.RetryPolicy(backoff=0.5, max_backoff=8.0)
            assert [policy.backoff_cap(n) for n in (1, 2, 6)] == [0.5, 1.0, 8.0]
            ```
        """
        exponent = min(max(retry - 1, 0), 64)  # 2**64 * backoff is past any max_backoff
        return min(self.max_backoff, self.backoff * 2.0**exponent)

    def delay(self, retry: int, retry_after: float | None = None) -> float:
        """Seconds to wait before retry number `retry`: a random time up to
        `backoff_cap(retry)` (so clients that failed together do not retry together), or
        the server's `Retry-After` if longer, capped at `max_retry_after`.

        Args:
            retry: The retry's number, from 1.
            retry_after: The server's `Retry-After` in seconds, if it sent one.

        Returns:
            Seconds to wait.

        Example:
            ```python
            policy = ecartpay.RetryPolicy(rng=random.Random(7))
            assert policy.delay(1, retry_after=5.0) == 5.0
            ```
        """
        jittered = self.rng.uniform(0.0, self.backoff_cap(retry))
        if retry_after is None:
            return jittered
        return max(min(retry_after, self.max_retry_after), jittered)

    def parse_retry_after(self, value: str | None) -> float | None:
        """A `Retry-After` header in seconds, HTTP-dates measured by `wall_clock`.

        Args:
            value: The header's value (delta-seconds or an HTTP-date), or None.

        Returns:
            Seconds (never negative), or None when absent or unreadable.

        Example:
            ```python
            assert ecartpay.RetryPolicy().parse_retry_after("12") == 12.0
            ```
        """
        return parse_retry_after(value, now=self.wall_clock)

    # -- the loop (tenacity) ---------------------------------------------------------------

    def _wait(self, state: tenacity.RetryCallState) -> float:
        exc = state.outcome.exception() if state.outcome is not None else None
        return self.delay(state.attempt_number, getattr(exc, "retry_after", None))

    def _logger(self, what: str) -> Callable[[tenacity.RetryCallState], None]:
        def before_sleep(state: tenacity.RetryCallState) -> None:
            exc = state.outcome.exception() if state.outcome is not None else None
            sleep = state.next_action.sleep if state.next_action is not None else 0.0
            reason = getattr(exc, "reason", None) or type(exc).__name__
            logger.debug(
                "%s attempt %d of %d failed (%s); retrying in %.3f s",
                what,
                state.attempt_number,
                self.attempts,
                reason,
                sleep,
                extra={
                    "ecartpay_event": "retry",
                    "ecartpay_attempt": state.attempt_number,
                    "ecartpay_retry_in": sleep,
                    "ecartpay_retry_after": getattr(exc, "retry_after", None),
                    "ecartpay_status": getattr(exc, "status_code", None),
                },
            )

        return before_sleep

    def _common(self, retry_on: RetryOn, what: str) -> dict[str, Any]:
        import tenacity

        return {
            "stop": tenacity.stop_after_attempt(self.attempts),
            "wait": self._wait,
            "retry": tenacity.retry_if_exception_type(retry_on),
            "before_sleep": self._logger(what),
            "reraise": True,
        }

    def sync_retrying(self, retry_on: RetryOn, *, what: str = "request") -> tenacity.Retrying:
        """A tenacity loop that retries the exceptions `retry_on`, sleeping with `sleep`,
        for your own calls that should back off like the SDK's.

        Args:
            retry_on: The exception class (or classes) worth another attempt.
            what: What is retried, for the DEBUG log line of each retry.

        Returns:
            A `tenacity.Retrying`; the last exception is re-raised when it gives up.

        Example:
            ```python
            for attempt in policy.sync_retrying(httpx.TransportError, what="report upload"):
                with attempt:
                    upload_report()
            ```
        """
        import tenacity

        return tenacity.Retrying(sleep=self.sleep, **self._common(retry_on, what))

    def async_retrying(self, retry_on: RetryOn, *, what: str = "request") -> tenacity.AsyncRetrying:
        """The async loop; sleeps with `async_sleep` (default: asyncio's, or trio's).

        Args:
            retry_on: The exception class (or classes) worth another attempt.
            what: What is retried, for the DEBUG log line of each retry.

        Returns:
            A `tenacity.AsyncRetrying`.

        Example:
            ```python
            async for attempt in policy.async_retrying(httpx.TransportError):
                with attempt:
                    await upload_report()
            ```
        """

        import tenacity

        options = self._common(retry_on, what)
        if self.async_sleep is not None:
            options["sleep"] = self.async_sleep
        return tenacity.AsyncRetrying(**options)
