"""Fixtures of the API-call tests: a client of the session's sandbox."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest

import ecartpay_auth
from ecartpay_client import AuthenticatedClient


@pytest.fixture
def client(sandbox: Any) -> Iterator[AuthenticatedClient]:
    client = ecartpay_auth.authenticated_client(
        sandbox.public_key, sandbox.private_key, base_url=sandbox.base_url
    )
    yield client
    client.get_httpx_client().close()
