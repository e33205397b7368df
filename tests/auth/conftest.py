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

AuthFactory = Callable[..., ecartpay_auth.EcartPayAuth]


@pytest.fixture
def make_auth(sandbox: Any) -> AuthFactory:
    """Build an EcartPayAuth for the sandbox; tiny backoffs so retry tests stay fast."""

    def build(**overrides: Any) -> ecartpay_auth.EcartPayAuth:
        options: dict[str, Any] = {
            "base_url": sandbox.base_url,
            "backoff": 0.001,
            "max_backoff": 0.005,
            "max_retry_after": 0.02,
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
def http(sandbox: Any, auth: ecartpay_auth.EcartPayAuth) -> Iterator[httpx.Client]:
    """A plain httpx.Client authenticated by `auth`."""
    with httpx.Client(base_url=sandbox.base_url, auth=auth, timeout=30) as client:
        yield client
