"""Token endpoint resilience: retries, Retry-After, refusals, malformed answers."""

from __future__ import annotations

import logging
import socket
import ssl
from typing import Any

import httpx
import pytest

from ecartpay_auth import (
    AuthenticationError,
    EcartPayError,
    ServiceUnavailableError,
    TokenResponseError,
)
from ecartpay_sandbox import RunningSandbox

from ._support import TOKEN_OP, Highest, SkipAhead, minted, requests_to, statuses_of
from .conftest import AuthFactory


def _retry_records(caplog: pytest.LogCaptureFixture) -> list[logging.LogRecord]:
    return [r for r in caplog.records if getattr(r, "ecartpay_event", None) == "retry"]


@pytest.mark.parametrize("status", [503, 500, 502])
def test_5xx_twice_then_success(
    sandbox: RunningSandbox, make_auth: AuthFactory, status: int
) -> None:
    sandbox.control.add_fault(kind="status", status=status, match="token", count=2)
    token = make_auth(max_retries=2).get_token()
    assert token.count(".") == 2
    assert requests_to(sandbox, TOKEN_OP) == 3
    assert statuses_of(sandbox, TOKEN_OP) == {status: 2, 200: 1}
    assert minted(sandbox) == 1


@pytest.mark.anyio
async def test_503_twice_then_success_async(
    sandbox: RunningSandbox, make_auth: AuthFactory
) -> None:
    sandbox.control.add_fault(kind="status", status=503, match="token", count=2)
    await make_auth().aget_token()
    assert statuses_of(sandbox, TOKEN_OP) == {503: 2, 200: 1}


def test_429_retry_after_is_honoured_up_to_the_cap(
    sandbox: RunningSandbox,
    make_auth: AuthFactory,
    sleeps: list[float],
    caplog: pytest.LogCaptureFixture,
) -> None:
    caplog.set_level(logging.DEBUG, logger="ecartpay_auth")
    sandbox.control.add_fault(kind="status", status=429, match="token", retry_after=3)
    auth = make_auth(backoff=0.0001, max_backoff=0.0001, max_retry_after=2.5)
    auth.get_token()
    assert statuses_of(sandbox, TOKEN_OP) == {429: 1, 200: 1}
    (record,) = _retry_records(caplog)
    assert record.ecartpay_status == 429  # type: ignore[attr-defined]
    assert record.ecartpay_retry_after == 3.0  # type: ignore[attr-defined]
    # Waited the server's Retry-After, capped, rather than the (tiny) backoff.
    assert sleeps == [2.5]


def test_retry_after_below_the_cap_is_used_as_is(
    sandbox: RunningSandbox, make_auth: AuthFactory, sleeps: list[float]
) -> None:
    sandbox.control.add_fault(kind="status", status=503, match="token", retry_after=4)
    make_auth(backoff=0.0001, max_backoff=0.0001, max_retry_after=30).get_token()
    assert sleeps == [4.0]


def test_backoff_grows_exponentially(
    sandbox: RunningSandbox, make_auth: AuthFactory, sleeps: list[float]
) -> None:
    """With the jitter pinned to its cap, the recorded waits double up to max_backoff."""
    sandbox.control.add_fault(kind="status", status=503, match="token", count=3)
    make_auth(max_retries=3, backoff=1.0, max_backoff=3.0, rng=Highest()).get_token()
    assert sleeps == [1.0, 2.0, 3.0]
    assert statuses_of(sandbox, TOKEN_OP) == {503: 3, 200: 1}


def test_exhausted_retries_raise_service_unavailable(
    sandbox: RunningSandbox, make_auth: AuthFactory
) -> None:
    sandbox.control.add_fault(kind="status", status=503, match="token", count=10)
    with pytest.raises(ServiceUnavailableError) as caught:
        make_auth(max_retries=2).get_token()
    assert requests_to(sandbox, TOKEN_OP) == 3
    assert caught.value.status_code == 503
    assert caught.value.api_message  # the sandbox's message is carried
    assert "3 attempts" in str(caught.value)
    assert isinstance(caught.value, EcartPayError)


def test_dropped_connection_is_retried(sandbox: RunningSandbox, make_auth: AuthFactory) -> None:
    sandbox.control.add_fault(kind="drop", match="token")
    make_auth().get_token()
    assert requests_to(sandbox, TOKEN_OP) == 2
    assert minted(sandbox) == 1


def test_unreachable_host_is_a_typed_error_without_httpx_traceback(make_auth: AuthFactory) -> None:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]  # nothing listens here once closed
    auth = make_auth(base_url=f"http://127.0.0.1:{port}", max_retries=1)
    with pytest.raises(ServiceUnavailableError) as caught:
        auth.get_token()
    assert caught.value.status_code is None
    assert f"127.0.0.1:{port}" in str(caught.value)
    assert isinstance(caught.value.__cause__, httpx.ConnectError)  # chained, not shown alone


@pytest.mark.anyio
async def test_exhausted_retries_async(sandbox: RunningSandbox, make_auth: AuthFactory) -> None:
    sandbox.control.add_fault(kind="status", status=500, match="token", count=10)
    with pytest.raises(ServiceUnavailableError):
        await make_auth(max_retries=1).aget_token()
    assert requests_to(sandbox, TOKEN_OP) == 2


def test_bad_keys_one_request_and_authentication_error(
    sandbox: RunningSandbox, make_auth: AuthFactory
) -> None:
    auth = make_auth(private_key="privWRONGbbbbbbbbbbbbbbbb0001")
    with pytest.raises(AuthenticationError) as caught:
        auth.get_token()
    assert requests_to(sandbox, TOKEN_OP) == 1
    error = caught.value
    assert error.status_code == 401
    assert error.api_message
    host = httpx.URL(sandbox.base_url).host
    assert host in str(error)
    assert "sandbox and production keys are different" in str(error)


@pytest.mark.anyio
async def test_bad_keys_async(sandbox: RunningSandbox, make_auth: AuthFactory) -> None:
    with pytest.raises(AuthenticationError):
        await make_auth(public_key="pubNOPE").aget_token()
    assert requests_to(sandbox, TOKEN_OP) == 1


def test_403_is_an_authentication_error_without_retry(
    sandbox: RunningSandbox, make_auth: AuthFactory
) -> None:
    sandbox.control.add_fault(kind="status", status=403, match="token", count=5)
    with pytest.raises(AuthenticationError) as caught:
        make_auth().get_token()
    assert caught.value.status_code == 403
    assert requests_to(sandbox, TOKEN_OP) == 1


def test_environment_is_named_in_the_refusal() -> None:
    """Errors name the environment (and its host) when one was chosen by name."""
    from ecartpay_auth._config import resolve_target

    assert resolve_target("production", None).describe() == (
        "the production environment (ecartpay.com)"
    )
    assert resolve_target(None, None).describe() == "the sandbox environment (sandbox.ecartpay.com)"
    assert "127.0.0.1:8" in resolve_target("production", "http://127.0.0.1:8").describe()


@pytest.mark.parametrize(
    "body",
    [
        None,  # the sandbox's default: truncated JSON
        '{"tok": "x"}',
        '{"token": 42}',
        '{"token": ""}',
        '{"token": "has space"}',
        "[]",
        "not json",
    ],
)
def test_malformed_200_is_a_token_response_error(
    sandbox: RunningSandbox, make_auth: AuthFactory, body: str | None
) -> None:
    sandbox.control.add_fault(kind="malformed", match="token", body=body)
    with pytest.raises(TokenResponseError) as caught:
        make_auth().get_token()
    assert caught.value.status_code == 200
    assert requests_to(sandbox, TOKEN_OP) == 1  # not retried
    assert "eyJ" not in str(caught.value)  # the body is described, never quoted


@pytest.mark.anyio
async def test_malformed_200_async(sandbox: RunningSandbox, make_auth: AuthFactory) -> None:
    sandbox.control.add_fault(kind="malformed", match="token")
    with pytest.raises(TokenResponseError):
        await make_auth().aget_token()


def test_unexpected_status_is_a_token_response_error(
    sandbox: RunningSandbox, make_auth: AuthFactory
) -> None:
    sandbox.control.add_fault(kind="status", status=404, match="token")
    with pytest.raises(TokenResponseError) as caught:
        make_auth().get_token()
    assert caught.value.status_code == 404
    assert requests_to(sandbox, TOKEN_OP) == 1


def test_failed_refresh_keeps_the_valid_token(
    sandbox: RunningSandbox, make_auth: AuthFactory
) -> None:
    """A refresh that meets an outage keeps using the still-valid token."""
    clock = SkipAhead()
    auth = make_auth(max_retries=0, refresh_margin=300, clock=clock)
    first = auth.get_token_info()
    sandbox.control.add_fault(kind="status", status=503, match="token", count=1)
    clock.to(first.refresh_at_monotonic)
    assert auth.get_token() == first.value  # refresh failed, old token still good
    assert auth.get_token() != first.value  # next call refreshes


@pytest.mark.anyio
async def test_a_mint_builds_no_tls_context_on_the_event_loop(
    sandbox: RunningSandbox, make_auth: AuthFactory, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Loading a CA bundle blocks for tens of ms: it happens once, at construction."""
    built: list[object] = []
    real = ssl.SSLContext.load_verify_locations

    def counting(self: ssl.SSLContext, *args: Any, **kwargs: Any) -> None:
        built.append(args or kwargs)
        real(self, *args, **kwargs)

    monkeypatch.setattr(ssl.SSLContext, "load_verify_locations", counting)
    auth = make_auth()
    at_construction = len(built)
    for _ in range(3):
        await auth.aget_token()
        auth.forget()
    auth.get_token()
    assert minted(sandbox) == 4
    assert len(built) == at_construction
