"""Fixtures of the API-call tests: a client of the session's sandbox."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

import ecartpay_auth
from contract_tests.sandbox import RunningSandbox
from ecartpay_client import AuthenticatedClient


@pytest.fixture
def client(sandbox: RunningSandbox) -> Iterator[AuthenticatedClient]:
    client = ecartpay_auth.authenticated_client(
        sandbox.public_key, sandbox.private_key, base_url=sandbox.base_url
    )
    yield client
    client.get_httpx_client().close()
