"""Fixtures of the ecartpay_auth tests: auth objects wired to the local sandbox.

The sandbox itself (`sandbox`, `tls_sandbox`, `anyio_backend`) comes from
`contract_tests.sandbox.pytest_plugin`, registered by the root conftest.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any

import httpx
import pytest

import ecartpay_auth
from ecartpay_sandbox import RunningSandbox

AuthFactory = Callable[..., ecartpay_auth.EcartPayAuth]


_POLICY_FIELDS = ("max_retries", "backoff", "max_backoff", "max_retry_after", "rng")


@pytest.fixture
def sleeps() -> list[float]:
    """Every wait the retry policy of `make_auth` asked for, in order (none is slept)."""
    return []


@pytest.fixture
def make_auth(sandbox: RunningSandbox, sleeps: list[float]) -> AuthFactory:
    """Build an EcartPayAuth for the sandbox. Retry waits are recorded in `sleeps`, not
    slept; `max_retries`, `backoff`, ... overrides go into its RetryPolicy."""

    async def record_async(seconds: float) -> None:
        sleeps.append(seconds)

    def build(**overrides: Any) -> ecartpay_auth.EcartPayAuth:
        policy = {k: overrides.pop(k) for k in _POLICY_FIELDS if k in overrides}
        options: dict[str, Any] = {
            "base_url": sandbox.base_url,
            "retry_policy": ecartpay_auth.RetryPolicy(
                **policy, sleep=sleeps.append, async_sleep=record_async
            ),
        }
        options.update(overrides)
        public = options.pop("public_key", sandbox.public_key)
        private = options.pop("private_key", sandbox.private_key)
        return ecartpay_auth.EcartPayAuth(public, private, **options)

    return build


@pytest.fixture
def auth(make_auth: AuthFactory) -> ecartpay_auth.EcartPayAuth:
    return make_auth()


@pytest.fixture
def http(sandbox: RunningSandbox, auth: ecartpay_auth.EcartPayAuth) -> Iterator[httpx.Client]:
    """A plain httpx.Client authenticated by `auth`."""
    with httpx.Client(base_url=sandbox.base_url, auth=auth, timeout=30) as client:
        yield client
