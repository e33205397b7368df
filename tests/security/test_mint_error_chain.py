"""Attack: read the keys out of a failed mint's exception. httpx's exceptions keep their
request, and the token request carries `Authorization: Basic base64(public:private)`; an
exception chained to one (`__cause__` or `__context__`) hands it to every error reporter
that walks the chain (Sentry, logging's traceback, a pickled job result). The chain stays
(it says what failed), its requests without their headers."""

from __future__ import annotations

import asyncio
import base64
import socket
from collections.abc import Iterator

import pytest

import ecartpay_auth
from ecartpay_sandbox import RunningSandbox


def _chain(error: BaseException) -> Iterator[BaseException]:
    seen: set[int] = set()
    todo: list[BaseException | None] = [error]
    while todo:
        current = todo.pop()
        if current is None or id(current) in seen:
            continue
        seen.add(id(current))
        yield current
        todo += [current.__cause__, current.__context__]


def _assert_no_keys(error: BaseException, public_key: str, private_key: str) -> None:
    basic = base64.b64encode(f"{public_key}:{private_key}".encode()).decode()
    for link in _chain(error):
        request = vars(link).get("_request")  # httpx's: `.request` raises when unset
        if request is not None:
            assert "authorization" not in {k.lower() for k in request.headers}, link
        shown = repr(link) + str(link) + repr(vars(link))
        assert basic not in shown
        assert private_key not in shown
    links = list(_chain(error))
    assert any(vars(link).get("_request") is not None for link in links)  # cause kept


def _closed_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def test_an_unreachable_token_endpoint_leaves_no_keys_in_the_chain() -> None:
    public, private = "pub-chain-test", "priv-chain-test"
    auth = ecartpay_auth.EcartPayAuth(
        public, private, base_url=f"http://127.0.0.1:{_closed_port()}",
        retry_policy=ecartpay_auth.RetryPolicy(max_retries=0),
    )  # fmt: skip
    with pytest.raises(ecartpay_auth.ServiceUnavailableError) as raised:
        auth.get_token()
    _assert_no_keys(raised.value, public, private)
    with pytest.raises(ecartpay_auth.ServiceUnavailableError) as raised:
        asyncio.run(auth.aget_token())
    _assert_no_keys(raised.value, public, private)


def test_an_untrusted_certificate_leaves_no_keys_in_the_chain(
    tls_sandbox: RunningSandbox,
) -> None:
    auth = ecartpay_auth.EcartPayAuth(
        tls_sandbox.public_key, tls_sandbox.private_key, base_url=tls_sandbox.base_url
    )  # the throw-away CA is not trusted by default
    with pytest.raises(ecartpay_auth.ConfigurationError, match="not trusted") as raised:
        auth.get_token()
    _assert_no_keys(raised.value, tls_sandbox.public_key, tls_sandbox.private_key)
