"""`with_headers`, `with_cookies` and `with_timeout` of the generated client, as
`authenticated_client` builds it: a new client that keeps the SDK's auth, retries,
`raise_on_error` and call log, and never changes the client it was called on."""

from __future__ import annotations

import logging
from collections.abc import Iterator

import httpx
import pytest

import ecartpay
import ecartpay_auth
from ecartpay_auth._calls import ApiAsyncClient, ApiClient
from ecartpay_client import AuthenticatedClient
from ecartpay_client.api.orders import get_order
from ecartpay_sandbox import RunningSandbox

from .conftest import MISSING


@pytest.fixture
def strict(sandbox: RunningSandbox) -> Iterator[AuthenticatedClient]:
    client = ecartpay_auth.authenticated_client(
        sandbox.public_key, sandbox.private_key, base_url=sandbox.base_url, raise_on_error=True
    )
    yield client
    client.get_httpx_client().close()


def test_copies_keep_the_sdk_and_leave_the_original(
    sandbox: RunningSandbox, strict: AuthenticatedClient, caplog: pytest.LogCaptureFixture
) -> None:
    original = strict.get_httpx_client()
    before = (dict(original.headers), dict(original.cookies), original.timeout)
    copies = [
        strict.with_headers({"X-Copy": "1"}),
        strict.with_cookies({"lang": "es"}),
        strict.with_timeout(httpx.Timeout(4.0)),
    ]
    assert (dict(original.headers), dict(original.cookies), original.timeout) == before
    assert strict.get_httpx_client() is original
    for copy in copies:
        sent = copy.get_httpx_client()
        assert isinstance(sent, ApiClient)
        assert sent is not original
        assert isinstance(copy.get_async_httpx_client(), ApiAsyncClient)
        assert ecartpay_auth.auth_of(copy) is ecartpay_auth.auth_of(strict)  # one token
        sandbox.control.add_fault(kind="status", status=503, match="getOrder", count=1)
        with (
            caplog.at_level(logging.DEBUG, logger="ecartpay_auth"),
            pytest.raises(ecartpay.NotFoundError),
        ):
            get_order.sync(id=MISSING, client=copy)  # the 503 retried, the 404 raised
        attempts = [r for r in caplog.records if getattr(r, "ecartpay_event", None) == "api_call"]
        assert [getattr(r, "ecartpay_status", None) for r in attempts[-2:]] == [503, 404]
        caplog.clear()
    assert copies[0].get_httpx_client().headers["X-Copy"] == "1"
    assert copies[1].get_httpx_client().cookies["lang"] == "es"
    assert copies[2].get_httpx_client().timeout == httpx.Timeout(4.0)
    assert "authorization" not in {k.lower() for k in copies[0].get_httpx_client().headers}
