"""Attack: point the SDK at a plain `http://` URL of a remote host (a typo, a poisoned
ECARTPAY_BASE_URL), so that the keys (Basic) and every token cross the network in clear
text; or turn certificate checks off without anyone noticing."""

from __future__ import annotations

import logging

import pytest

import ecartpay_auth
from ecartpay_auth._cli import main as cli
from ecartpay_client.api.customers import list_customers
from ecartpay_client.models import CustomerList
from ecartpay_sandbox import RunningSandbox

PUBLIC, PRIVATE = "pub-plain-http-test", "priv-plain-http-test"
REMOTE = ("http://api.example.com", "http://10.0.0.8:8080", "http://[2001:db8::1]")
LOOPBACK = ("http://localhost:8765", "http://127.0.0.2:1", "http://[::1]:8765")


@pytest.mark.parametrize("url", REMOTE)
def test_plain_http_to_a_remote_host_is_refused(url: str) -> None:
    for build in (
        lambda: ecartpay_auth.EcartPayAuth(PUBLIC, PRIVATE, base_url=url),
        lambda: ecartpay_auth.authenticated_client(PUBLIC, PRIVATE, base_url=url),
    ):
        with pytest.raises(ecartpay_auth.ConfigurationError, match="allow_insecure_http=True"):
            build()
    for url in LOOPBACK:  # this machine's traffic never crosses a network
        assert ecartpay_auth.EcartPayAuth(PUBLIC, PRIVATE, base_url=url).base_url == url


def test_plain_http_from_the_environment_is_refused(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("ECARTPAY_PUBLIC_KEY", PUBLIC)
    monkeypatch.setenv("ECARTPAY_PRIVATE_KEY", PRIVATE)
    monkeypatch.setenv("ECARTPAY_BASE_URL", "http://api.example.com")
    with pytest.raises(ecartpay_auth.ConfigurationError, match="clear text"):
        ecartpay_auth.authenticated_client()
    assert cli(["token"]) == 2  # a usage error, before any request


def test_plain_http_to_a_remote_host_needs_the_explicit_flag() -> None:
    url = "http://api.example.com"
    auth = ecartpay_auth.EcartPayAuth(PUBLIC, PRIVATE, base_url=url, allow_insecure_http=True)
    client = ecartpay_auth.authenticated_client(
        PUBLIC, PRIVATE, base_url=url, allow_insecure_http=True
    )
    assert auth.base_url == url
    assert str(client.get_httpx_client().base_url).rstrip("/") == url


def test_turning_certificate_checks_off_warns_once_per_client(
    tls_sandbox: RunningSandbox, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.WARNING, logger="ecartpay_auth")
    for _ in range(2):
        client = ecartpay_auth.authenticated_client(
            tls_sandbox.public_key, tls_sandbox.private_key, base_url=tls_sandbox.base_url,
            verify=False,
        )  # fmt: skip
        with client.get_httpx_client():
            for _ in range(3):
                assert isinstance(list_customers.sync(client=client), CustomerList)
    warnings = [r for r in caplog.records if "verification is off" in r.getMessage()]
    assert len(warnings) == 2
    assert all(r.levelno == logging.WARNING for r in warnings)
    assert tls_sandbox.private_key not in caplog.text
