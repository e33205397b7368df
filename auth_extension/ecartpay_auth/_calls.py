"""The API-call layer of `authenticated_client`: safe retries, a deadline, a DEBUG line
per attempt, and (opt-in) `ApiError` for error answers.

It sits in the httpx clients' `send`, above the auth flow: each attempt runs the auth
flow again (a fresh token, its own 401 replay), and an error status is only final once
the auth flow is done with it.

What is retried, and why (the decisions live in `_Attempts`, without I/O):

- a connection that failed before the request was sent (`ConnectError`,
  `ConnectTimeout`, `PoolTimeout`), on any method: the API never saw it;
- 429, on any method: the API refused the request, so nothing was applied;
- 502, 503, 504, a read timeout or a connection lost after sending, on GET (and HEAD)
  only: the request may have been applied, which only a safe method can afford.

POST, PUT, PATCH and DELETE are never replayed after such an ambiguous failure: the API
has no idempotency key, so a replayed POST could charge or pay out twice. Waits come
from the one `RetryPolicy` (jittered exponential backoff, `Retry-After` honoured up to
its cap); the policy's `deadline` bounds a call, its retries and waits included.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from typing import Any

import httpx

from ._aio import sleep as _default_async_sleep
from ._api_error import ApiError
from ._retry import RetryPolicy
from ._steps import Flow, Op, run_async, run_sync

__all__ = ["CALL_OPTIONS", "ApiAsyncClient", "ApiClient", "CallOptions"]

#: The request extension that overrides a client's `CallOptions` for one request (the
#: front door's `with_options(max_retries=...)`); httpx passes unknown extensions along.
CALL_OPTIONS = "ecartpay_call_options"

logger = logging.getLogger("ecartpay_auth")

SAFE_METHODS = frozenset({"GET", "HEAD"})
ALWAYS_RETRIED_STATUSES = frozenset({429})
SAFE_RETRIED_STATUSES = frozenset({502, 503, 504})
RETRIED_STATUSES = ALWAYS_RETRIED_STATUSES | SAFE_RETRIED_STATUSES
#: The request never left: connecting (TCP, TLS) or waiting for a pooled connection failed.
NOT_SENT = (httpx.ConnectError, httpx.ConnectTimeout, httpx.PoolTimeout)
#: The request may have reached the API: safe methods only.
AMBIGUOUS = (
    httpx.ReadTimeout,
    httpx.ReadError,
    httpx.WriteError,
    httpx.WriteTimeout,
    httpx.RemoteProtocolError,
)


#: The timeout phase each timeout error ends (httpx's `timeout` extension keys).
_PHASES: dict[type[BaseException], str] = {
    httpx.ConnectTimeout: "connect",
    httpx.ReadTimeout: "read",
    httpx.WriteTimeout: "write",
    httpx.PoolTimeout: "pool",
}


@dataclass(frozen=True, slots=True)
class CallOptions:
    """How one client's API calls behave: its retry policy and whether errors raise."""

    retry_policy: RetryPolicy
    raise_on_error: bool = False


class _Attempts:
    """The attempts of one call: logs each, decides whether and when to try again.

    Built for every call, so it does no more than a successful call needs: the clock is
    read only when a deadline is set or DEBUG logging is on, and the path only to log.
    """

    __slots__ = ("attempt", "cut", "deadline_at", "logging", "options", "request", "started")

    def __init__(self, options: CallOptions, request: httpx.Request) -> None:
        self.options = options
        self.request = request
        self.attempt = 0
        self.cut: frozenset[str] = frozenset()  # timeouts of this attempt cut to the deadline
        self.logging = logger.isEnabledFor(logging.DEBUG)
        deadline = options.retry_policy.deadline
        timed = self.logging or deadline is not None
        self.started = options.retry_policy.clock() if timed else 0.0
        self.deadline_at = None if deadline is None else self.started + deadline

    @property
    def method(self) -> str:
        return self.request.method

    @property
    def path(self) -> str:
        """The URL's path, never its query: filters such as `email` are personal data."""
        return self.request.url.path

    def begin(self) -> None:
        """Count an attempt; cut its timeouts to what the deadline leaves."""
        self.attempt += 1
        if self.deadline_at is not None:
            left = max(self.deadline_at - self.options.retry_policy.clock(), 0.001)
            timeout = self.request.extensions.get("timeout") or {}
            self.cut = frozenset(
                phase
                for phase in _PHASES.values()
                if timeout.get(phase) is None or timeout[phase] > left
            )
            self.request.extensions["timeout"] = {
                phase: left if timeout.get(phase) is None else min(timeout[phase], left)
                for phase in _PHASES.values()
            }

    def _log(self, outcome: object, wait: float | None) -> None:
        elapsed_ms = (self.options.retry_policy.clock() - self.started) * 1000
        retry = "" if wait is None else f"; retrying in {wait:.3f} s"
        method, path = self.method, self.path
        logger.debug(
            "%s %s -> %s (attempt %d, %.1f ms)%s",
            method,
            path,
            outcome,
            self.attempt,
            elapsed_ms,
            retry,
            extra={
                "ecartpay_event": "api_call",
                "ecartpay_method": method,
                "ecartpay_path": path,
                "ecartpay_status": outcome if isinstance(outcome, int) else None,
                "ecartpay_error": None if isinstance(outcome, int) else outcome,
                "ecartpay_attempt": self.attempt,
                "ecartpay_elapsed_ms": elapsed_ms,
                "ecartpay_retry_in": wait,
            },
        )

    def _wait(self, retry_after: float | None) -> float | None:
        policy = self.options.retry_policy
        if self.attempt > policy.max_retries or not isinstance(
            self.request.stream, httpx.ByteStream
        ):
            return None  # out of retries, or a one-shot body that cannot be sent again
        wait = policy.delay(self.attempt, retry_after)
        if self.deadline_at is not None and policy.clock() + wait >= self.deadline_at:
            return None
        return wait

    def after_response(self, response: httpx.Response) -> float | None:
        """Seconds to wait before trying again, or None: `response` is the answer."""
        status = response.status_code
        wait = None
        if status in RETRIED_STATUSES and (
            status in ALWAYS_RETRIED_STATUSES or self.request.method in SAFE_METHODS
        ):
            policy = self.options.retry_policy
            wait = self._wait(policy.parse_retry_after(response.headers.get("retry-after")))
        if self.logging:
            self._log(status, wait)
        return wait

    def after_error(self, exc: httpx.TransportError) -> float | None:
        """Seconds to wait before trying again, or None: `exc` propagates."""
        retryable = isinstance(exc, NOT_SENT) or (
            isinstance(exc, AMBIGUOUS) and self.request.method in SAFE_METHODS
        )
        if _PHASES.get(type(exc)) in self.cut:
            retryable = False  # a timeout cut to the deadline: the deadline itself ran out
        wait = self._wait(None) if retryable else None
        if self.logging:
            self._log(type(exc).__name__, wait)
        return wait

    def error(self, response: httpx.Response) -> ApiError:
        return ApiError.from_parts(
            status_code=response.status_code,
            method=self.method,
            path=self.path,
            content=response.content,
        )

    def after(self, outcome: httpx.Response | httpx.TransportError) -> float | None:
        """Seconds to wait before trying again, or None: `outcome` is final."""
        if isinstance(outcome, httpx.Response):
            return self.after_response(outcome)
        return self.after_error(outcome)

    def final(self, outcome: httpx.Response | httpx.TransportError) -> httpx.Response:
        """The answer to return: raises the error, or `ApiError` when asked to."""
        if isinstance(outcome, BaseException):
            raise outcome
        if self.options.raise_on_error and outcome.status_code >= 400:
            raise self.error(outcome)
        return outcome


_DEBUG = logging.DEBUG
_debug_on = logger.isEnabledFor


Outcome = httpx.Response | httpx.TransportError | None


def _flow(attempts: _Attempts, outcome: Outcome) -> Flow[httpx.Response]:
    """Every attempt of one call, as operations for a sync or an async driver: `send`,
    `close` (a response not kept), `sleep` and `read` (the body `ApiError` quotes).
    `outcome` is the first attempt's when already made."""
    while True:
        attempts.begin()
        if outcome is None:
            try:
                outcome = yield ("send", None)
            except httpx.TransportError as exc:
                outcome = exc
        wait = attempts.after(outcome)
        if wait is None:
            break
        if isinstance(outcome, httpx.Response):
            yield ("close", outcome)
        yield ("sleep", wait)
        outcome = None
    if isinstance(outcome, httpx.Response) and attempts.options.raise_on_error:
        yield ("read", outcome)
    return attempts.final(outcome)


def _options(default: CallOptions, request: httpx.Request) -> CallOptions:
    """The request's own `CallOptions` (extension `CALL_OPTIONS`), else the client's."""
    options = request.extensions.get(CALL_OPTIONS)
    return options if isinstance(options, CallOptions) else default


class ApiClient(httpx.Client):
    """An httpx.Client whose `send` retries safely, logs and (opt-in) raises `ApiError`."""

    def __init__(self, *, call_options: CallOptions, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self._ecartpay_calls = call_options
        # A first attempt needs no bookkeeping without a deadline and with DEBUG off.
        self._ecartpay_timed = call_options.retry_policy.deadline is not None

    def send(self, request: httpx.Request, **kwargs: Any) -> httpx.Response:
        if self._ecartpay_timed or _debug_on(_DEBUG) or CALL_OPTIONS in request.extensions:
            return self._attempts(request, kwargs, None)
        try:  # the common case: one attempt, a 2xx/3xx, no object built
            response = super().send(request, **kwargs)
        except httpx.TransportError as exc:
            return self._attempts(request, kwargs, exc)
        if response.status_code < 400:
            return response
        return self._attempts(request, kwargs, response)

    def _attempts(self, request: httpx.Request, kwargs: Any, outcome: Outcome) -> httpx.Response:
        options = _options(self._ecartpay_calls, request)

        def run(op: Op) -> Any:
            kind, arg = op
            if kind == "send":
                return super(ApiClient, self).send(request, **kwargs)
            if kind == "sleep":
                return options.retry_policy.sleep(arg)
            try:
                if kind == "read":
                    arg.read()
            finally:
                arg.close()

        return run_sync(_flow(_Attempts(options, request), outcome), run)


class ApiAsyncClient(httpx.AsyncClient):
    """`ApiClient` for asyncio (and trio): the same flow, awaited operations."""

    def __init__(self, *, call_options: CallOptions, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self._ecartpay_calls = call_options
        # A first attempt needs no bookkeeping without a deadline and with DEBUG off.
        self._ecartpay_timed = call_options.retry_policy.deadline is not None

    async def send(self, request: httpx.Request, **kwargs: Any) -> httpx.Response:
        if self._ecartpay_timed or _debug_on(_DEBUG) or CALL_OPTIONS in request.extensions:
            return await self._attempts(request, kwargs, None)
        try:
            response = await super().send(request, **kwargs)
        except httpx.TransportError as exc:
            return await self._attempts(request, kwargs, exc)
        if response.status_code < 400:
            return response
        return await self._attempts(request, kwargs, response)

    async def _attempts(
        self, request: httpx.Request, kwargs: Any, outcome: Outcome
    ) -> httpx.Response:
        options = _options(self._ecartpay_calls, request)
        sleep = options.retry_policy.async_sleep or _default_async_sleep

        async def run(op: Op) -> Any:
            kind, arg = op
            if kind == "send":
                return await super(ApiAsyncClient, self).send(request, **kwargs)
            if kind == "sleep":
                return await sleep(arg)
            try:
                if kind == "read":
                    await arg.aread()
            finally:
                await arg.aclose()

        return await run_async(_flow(_Attempts(options, request), outcome), run)
