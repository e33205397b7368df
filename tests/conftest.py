"""Fixtures shared by every test folder: a typed client of the session's sandbox, and the
SDK's environment pointed at it.

The sandbox fixtures themselves come from the plugins the root conftest registers."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

import ecartpay_auth
from ecartpay_client import AuthenticatedClient
from ecartpay_sandbox import RunningSandbox


@pytest.fixture
def client(sandbox: RunningSandbox) -> Iterator[AuthenticatedClient]:
    """An ``authenticated_client`` of the sandbox's primary account, closed afterwards."""
    client = ecartpay_auth.authenticated_client(
        sandbox.public_key, sandbox.private_key, base_url=sandbox.base_url
    )
    yield client
    client.get_httpx_client().close()


@pytest.fixture
def sandbox_env(sandbox: RunningSandbox, monkeypatch: pytest.MonkeyPatch) -> RunningSandbox:
    """The sandbox, with its test keys and URL in ``ECARTPAY_*`` (as a user's shell has)."""
    monkeypatch.setenv("ECARTPAY_PUBLIC_KEY", sandbox.public_key)
    monkeypatch.setenv("ECARTPAY_PRIVATE_KEY", sandbox.private_key)
    monkeypatch.setenv("ECARTPAY_BASE_URL", sandbox.base_url)
    return sandbox
