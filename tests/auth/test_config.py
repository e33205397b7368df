"""Configuration at the edge: keys, environments, environment variables."""

from __future__ import annotations

import logging
from typing import Any

import pytest

import ecartpay_auth
from ecartpay_auth import ConfigurationError
from ecartpay_sandbox import RunningSandbox

SECRET = "privSECRETcafe0123456789abcd"


@pytest.mark.parametrize(
    ("public", "private", "expected"),
    [
        (None, SECRET, "public key is missing"),
        ("pubX", None, "private key is missing"),
        ("", SECRET, "public key is empty"),
        ("pubX", "", "private key is empty"),
        ("pubX", SECRET + "\n", "whitespace"),
        ("pubX", " " + SECRET, "whitespace"),
        ("pubX", SECRET[:5] + " " + SECRET[5:], "whitespace"),
        ("pub:X", SECRET, "colon"),
        ("pubX", SECRET + ":", "colon"),
        ("pubX", SECRET + "\x00", "control characters"),
    ],
)
def test_bad_keys_are_refused_early_without_echo(public: Any, private: Any, expected: str) -> None:
    with pytest.raises(ConfigurationError) as caught:
        ecartpay_auth.EcartPayAuth(public, private)
    message = str(caught.value)
    assert expected in message
    assert SECRET not in message
    assert SECRET[:12] not in message
    assert isinstance(caught.value, ValueError)


def test_unknown_environment() -> None:
    with pytest.raises(ConfigurationError, match="unknown environment 'staging'"):
        ecartpay_auth.EcartPayAuth("pubX", SECRET, environment="staging")


@pytest.mark.parametrize("base_url", ["ftp://example.com", "not a url", "https://u:p@host"])
def test_bad_base_url(base_url: str) -> None:
    with pytest.raises(ConfigurationError):
        ecartpay_auth.EcartPayAuth("pubX", SECRET, base_url=base_url)


def test_bad_refresh_margin() -> None:
    with pytest.raises(ConfigurationError, match="refresh_margin"):
        ecartpay_auth.EcartPayAuth("pubX", SECRET, refresh_margin=-1)


@pytest.mark.parametrize(
    ("option", "value"),
    [("max_retries", -1), ("max_retries", 1.5), ("backoff", float("nan")), ("max_backoff", -2)],
)
def test_bad_retry_policy(option: str, value: object) -> None:
    with pytest.raises(ConfigurationError, match=option):
        ecartpay_auth.RetryPolicy(**{option: value})  # type: ignore[arg-type]


def test_retry_policy_must_be_a_policy() -> None:
    with pytest.raises(ConfigurationError, match="RetryPolicy"):
        ecartpay_auth.EcartPayAuth("pubX", SECRET, retry_policy=3)  # type: ignore[arg-type]


def test_environments() -> None:
    assert ecartpay_auth.EcartPayAuth("pubX", SECRET).base_url == "https://sandbox.ecartpay.com"
    production = ecartpay_auth.EcartPayAuth("pubX", SECRET, environment="production")
    assert production.base_url == "https://ecartpay.com"
    assert production.environment == "production"
    custom = ecartpay_auth.EcartPayAuth(
        "pubX", SECRET, environment="production", base_url="http://127.0.0.1:9/"
    )
    assert custom.base_url == "http://127.0.0.1:9"
    assert custom.environment is None


def test_swapped_keys_get_a_hint_not_a_refusal(caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.WARNING, logger="ecartpay_auth")
    auth = ecartpay_auth.EcartPayAuth("priv7e57bbbb0001", "pub7e57aaaa0001")
    assert auth.base_url  # built, not refused
    assert any("swapped" in r.getMessage() for r in caplog.records)
    assert not any("priv7e57bbbb0001" in r.getMessage() for r in caplog.records)


def test_swapped_keys_hint_in_the_authentication_error(sandbox: RunningSandbox) -> None:
    auth = ecartpay_auth.EcartPayAuth(
        sandbox.private_key, sandbox.public_key, base_url=sandbox.base_url
    )
    with pytest.raises(ecartpay_auth.AuthenticationError, match="swapped") as caught:
        auth.get_token()
    assert sandbox.private_key not in str(caught.value)
    assert sandbox.public_key not in str(caught.value)


def test_authenticated_client_reads_the_environment(
    sandbox_env: RunningSandbox, monkeypatch: pytest.MonkeyPatch
) -> None:
    from ecartpay_client.api.customers import list_customers

    monkeypatch.setenv("ECARTPAY_ENVIRONMENT", "production")  # the base URL wins
    with ecartpay_auth.authenticated_client() as client:
        assert ecartpay_auth.auth_of(client).base_url == sandbox_env.base_url
        assert list_customers.sync_detailed(client=client).status_code == 200


def test_arguments_beat_environment_variables(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("ECARTPAY_PUBLIC_KEY", "pubFROMENV")
    monkeypatch.setenv("ECARTPAY_PRIVATE_KEY", SECRET)
    monkeypatch.setenv("ECARTPAY_BASE_URL", "http://127.0.0.1:9")
    client = ecartpay_auth.authenticated_client(environment="production")
    assert ecartpay_auth.auth_of(client).base_url == "https://ecartpay.com"
    monkeypatch.setenv("ECARTPAY_ENVIRONMENT", "production")
    monkeypatch.delenv("ECARTPAY_BASE_URL")
    assert ecartpay_auth.auth_of(ecartpay_auth.authenticated_client()).environment == "production"


def test_missing_environment_variables(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ("ECARTPAY_PUBLIC_KEY", "ECARTPAY_PRIVATE_KEY"):
        monkeypatch.delenv(name, raising=False)
    with pytest.raises(ConfigurationError, match="ECARTPAY_PUBLIC_KEY"):
        ecartpay_auth.authenticated_client()
    monkeypatch.setenv("ECARTPAY_PUBLIC_KEY", "pubX")
    monkeypatch.setenv("ECARTPAY_PRIVATE_KEY", "")
    with pytest.raises(ConfigurationError, match="ECARTPAY_PRIVATE_KEY"):
        ecartpay_auth.authenticated_client()


def test_auth_and_keys_are_exclusive(auth: ecartpay_auth.EcartPayAuth) -> None:
    with pytest.raises(ConfigurationError):
        ecartpay_auth.authenticated_client("pubX", SECRET, auth=auth)


def test_public_surface() -> None:
    assert set(ecartpay_auth.__all__) == {
        "ApiError",
        "AppInfo",
        "DEFAULT_BACKOFF",
        "DEFAULT_LIFETIME",
        "DEFAULT_MAX_BACKOFF",
        "DEFAULT_MAX_MERCHANTS",
        "DEFAULT_MAX_RETRIES",
        "DEFAULT_MAX_RETRY_AFTER",
        "DEFAULT_REFRESH_JITTER",
        "DEFAULT_REFRESH_MARGIN",
        "DEFAULT_TIMEOUT",
        "TOKEN_OPERATION_ID",
        "TOKEN_PATH",
        "AuthenticationError",
        "ConfigurationError",
        "EcartPayAuth",
        "EcartPayError",
        "FileTokenStore",
        "InMemoryTokenStore",
        "MerchantAuths",
        "RedisTokenStore",
        "RetryPolicy",
        "ServiceUnavailableError",
        "SharedTokenStore",
        "Token",
        "TokenResponseError",
        "TokenState",
        "TokenStore",
        "WebhookVerificationError",
        "__version__",
        "apaginate",
        "auth_of",
        "authenticated_client",
        "paginate",
        "set_app_info",
        "webhooks",
    }
    for name in ecartpay_auth.__all__:
        assert hasattr(ecartpay_auth, name)
    errors = ("ConfigurationError", "AuthenticationError", "TokenResponseError", "ApiError")
    for error in (*errors, "WebhookVerificationError"):
        assert issubclass(getattr(ecartpay_auth, error), ecartpay_auth.EcartPayError)
    assert issubclass(ecartpay_auth.ServiceUnavailableError, ecartpay_auth.EcartPayError)
    assert isinstance(ecartpay_auth.InMemoryTokenStore(), ecartpay_auth.TokenStore)


def test_errors_pickle_with_their_attributes() -> None:
    import pickle

    error = ecartpay_auth.AuthenticationError("refused", status_code=401, api_message="nope")
    copy = pickle.loads(pickle.dumps(error))
    assert type(copy) is ecartpay_auth.AuthenticationError
    assert (str(copy), copy.status_code, copy.api_message) == ("refused", 401, "nope")


def test_service_unavailable_keeps_retry_after_when_pickled() -> None:
    """Errors sent across process pools keep every attribute, `retry_after` included."""
    import pickle

    error = ecartpay_auth.ServiceUnavailableError("down", status_code=503, api_message="busy")
    error.retry_after = 7.0
    copy = pickle.loads(pickle.dumps(error))
    assert type(copy) is ecartpay_auth.ServiceUnavailableError
    assert (str(copy), copy.status_code, copy.api_message) == ("down", 503, "busy")
    assert copy.retry_after == 7.0
