"""Fixtures shared by every test folder: a typed client of the session's sandbox.

The sandbox fixtures themselves come from the plugins the root conftest registers."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

import ecartpay_auth
from contract_tests.sandbox import RunningSandbox
from ecartpay_client import AuthenticatedClient


@pytest.fixture
def client(sandbox: RunningSandbox) -> Iterator[AuthenticatedClient]:
    """An ``authenticated_client`` of the sandbox's primary account, closed afterwards."""
    client = ecartpay_auth.authenticated_client(
        sandbox.public_key, sandbox.private_key, base_url=sandbox.base_url
    )
    yield client
    client.get_httpx_client().close()
