"""`ecartpay.oauth` against the local sandbox: the consent URL, the callback, the exchange
in both answer shapes (sync and async), every refusal as a typed error, and no secret in
a repr, a log line or an exception."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Callable
from typing import Any
from urllib.parse import parse_qs, urlsplit

import httpx
import pytest

import ecartpay
from ecartpay import oauth
from ecartpay_client.models import OauthApplication
from ecartpay_sandbox import RunningSandbox

from ._support import REDIRECT, consent, register_app

Exchange = Callable[..., oauth.MerchantCredentials]


def _sync(**kwargs: Any) -> oauth.MerchantCredentials:
    return oauth.exchange_code(**kwargs)


def _async(**kwargs: Any) -> oauth.MerchantCredentials:
    return asyncio.run(oauth.aexchange_code(**kwargs))


@pytest.fixture(params=[_sync, _async], ids=["sync", "async"])
def exchange(request: pytest.FixtureRequest) -> Exchange:
    fn: Exchange = request.param
    return fn


@pytest.fixture
def app(sandbox: RunningSandbox) -> OauthApplication:
    return register_app(sandbox)


def _connect(
    sandbox: RunningSandbox, app: OauthApplication, **consent_args: str
) -> tuple[str, dict[str, str]]:
    url, state = oauth.authorization_url(app.client_id, REDIRECT, base_url=sandbox.base_url)
    return state, consent(sandbox, url, **consent_args)


def _args(
    sandbox: RunningSandbox, app: OauthApplication, state: str, callback: dict[str, str]
) -> dict[str, Any]:
    return {
        "code": callback.get("code", ""),
        "client_id": app.client_id,
        "client_secret": app.client_secret,
        "redirect_uri": REDIRECT,
        "state": callback.get("state", ""),
        "expected_state": state,
        "base_url": sandbox.base_url,
    }


def _exchanges(sandbox: RunningSandbox) -> int:
    return int(sandbox.control.stats().requests.get("createOauthToken", 0))


def test_the_consent_url_carries_an_unguessable_state(sandbox: RunningSandbox) -> None:
    url, state = oauth.authorization_url("ecp_app_x", REDIRECT, base_url=sandbox.base_url)
    _, other = oauth.authorization_url("ecp_app_x", REDIRECT, base_url=sandbox.base_url)
    assert state != other
    assert len(state) >= 43
    parts = urlsplit(url)
    assert f"{parts.scheme}://{parts.netloc}{parts.path}" == f"{sandbox.base_url}/oauth"
    assert parse_qs(parts.query) == {
        "client_id": ["ecp_app_x"], "redirect_uri": [REDIRECT], "state": [state],
    }  # fmt: skip
    assert oauth.authorization_url("a", REDIRECT, state="mine")[1] == "mine"
    assert oauth.authorization_url("a", REDIRECT)[0].startswith(
        "https://sandbox.ecartpay.com/oauth?"
    )


@pytest.mark.parametrize("bad", ["http://platform.example.com/cb", "ftp://x", "", "/cb"])
def test_redirect_uris_must_be_https_or_loopback(bad: str) -> None:
    with pytest.raises(ecartpay.ConfigurationError, match="redirect_uri"):
        oauth.authorization_url("ecp_app_x", bad)


@pytest.mark.parametrize("answer", ["keys", "access_token"])
def test_exchange_follows_either_answer_shape(
    sandbox: RunningSandbox, app: OauthApplication, exchange: Exchange, answer: str
) -> None:
    sandbox.control.oauth_settings(answer=answer)
    state, callback = _connect(sandbox, app)
    code = oauth.parse_callback(callback, expected_state=state)
    creds = exchange(**_args(sandbox, app, state, callback))
    assert code == callback["code"]
    assert creds.scopes == ("read_orders", "read_credentials")
    assert creds.public_key.startswith("pub")
    assert creds.account_id in {a["account_id"] for a in sandbox.control.accounts()}
    minted = httpx.post(
        f"{sandbox.base_url}/api/authorizations/token", auth=(creds.public_key, creds.private_key)
    )
    assert minted.status_code == 200  # ordinary API keys of the new merchant
    requests = sandbox.control.stats().requests
    assert requests.get("getOauthCredentials", 0) == (1 if answer == "access_token" else 0)


def test_a_state_mismatch_is_refused_before_any_request(
    sandbox: RunningSandbox, app: OauthApplication, exchange: Exchange
) -> None:
    state, callback = _connect(sandbox, app)
    for given, expected in [("forged", state), (state, ""), ("", "")]:
        with pytest.raises(oauth.StateMismatchError):
            exchange(**{**_args(sandbox, app, state, callback), "state": given,
                        "expected_state": expected})  # fmt: skip
        with pytest.raises(oauth.StateMismatchError):
            oauth.parse_callback({**callback, "state": given}, expected_state=expected)
    assert _exchanges(sandbox) == 0
    assert isinstance(exchange(**_args(sandbox, app, state, callback)), oauth.MerchantCredentials)


def test_a_denied_consent_is_a_typed_error(sandbox: RunningSandbox, app: OauthApplication) -> None:
    state, callback = _connect(sandbox, app, decision="deny")
    assert callback == {"error": "access_denied", "state": state}
    with pytest.raises(oauth.ConsentDeniedError) as caught:
        oauth.parse_callback(callback, expected_state=state)
    assert isinstance(caught.value, ecartpay.EcartPayError)
    query = f"{REDIRECT}?error=access_denied&state={state}"
    with pytest.raises(oauth.ConsentDeniedError):
        oauth.parse_callback(query, expected_state=state)
    with pytest.raises(oauth.OAuthError):
        oauth.parse_callback({"error": "server_error", "state": state}, expected_state=state)
    with pytest.raises(oauth.InvalidCodeError):
        oauth.parse_callback({"state": state}, expected_state=state)


def test_a_reused_or_expired_code_is_a_typed_error(
    sandbox: RunningSandbox, app: OauthApplication, exchange: Exchange
) -> None:
    state, callback = _connect(sandbox, app)
    exchange(**_args(sandbox, app, state, callback))
    with pytest.raises(oauth.InvalidCodeError) as reused:
        exchange(**_args(sandbox, app, state, callback))
    assert (reused.value.status_code, reused.value.error) == (401, "invalid_grant")
    sandbox.control.oauth_settings(code_ttl=0)
    state, callback = _connect(sandbox, app)
    with pytest.raises(oauth.InvalidCodeError):
        exchange(**_args(sandbox, app, state, callback))


def test_a_redirect_mismatch_and_a_wrong_secret_are_typed_errors(
    sandbox: RunningSandbox, app: OauthApplication, exchange: Exchange
) -> None:
    state, callback = _connect(sandbox, app)
    args = _args(sandbox, app, state, callback)
    with pytest.raises(oauth.RedirectMismatchError) as mismatch:
        exchange(**{**args, "redirect_uri": REDIRECT + "/"})
    assert mismatch.value.status_code == 400
    with pytest.raises(oauth.InvalidClientError):
        exchange(**{**args, "client_secret": "ecp_secret_wrong"})
    assert exchange(**args).public_key.startswith("pub")  # the code survived the refusals


def test_other_failures_are_typed_too(
    sandbox: RunningSandbox, app: OauthApplication, exchange: Exchange
) -> None:
    state, callback = _connect(sandbox, app)
    sandbox.control.add_fault(kind="status", status=500, match="createOauthToken")
    with pytest.raises(ecartpay.InternalServerError):
        exchange(**_args(sandbox, app, state, callback))
    sandbox.control.add_fault(kind="malformed", match="createOauthToken", body='{"nothing": 1}')
    with pytest.raises(oauth.OAuthError, match=r"neither the merchant's keys"):
        exchange(**_args(sandbox, app, state, callback))
    unreachable = {**_args(sandbox, app, state, callback), "base_url": "http://127.0.0.1:9"}
    with pytest.raises(ecartpay.APIConnectionError) as caught:
        exchange(**unreachable)
    assert caught.value.__cause__ is None


def test_no_secret_in_repr_logs_or_exceptions(
    sandbox: RunningSandbox, app: OauthApplication, caplog: pytest.LogCaptureFixture
) -> None:
    state, callback = _connect(sandbox, app)  # the test's browser logs the redirect: not ours
    caplog.set_level(logging.DEBUG)
    args = _args(sandbox, app, state, callback)
    creds = oauth.exchange_code(**args)
    errors: list[BaseException] = []
    for changes in ({}, {"redirect_uri": REDIRECT + "/x"}, {"client_secret": "wrong"}):
        try:
            oauth.exchange_code(**{**args, **changes})
        except ecartpay.EcartPayError as exc:
            errors.append(exc)
    assert len(errors) == 3
    shown = [repr(creds), str(creds), caplog.text, *(repr(e) + str(e) for e in errors)]
    shown += [repr(vars(e)) for e in errors]
    secrets = [creds.private_key, app.client_secret, callback["code"]]
    assert not [s for s in secrets for text in shown if s in text]
    assert "connected merchant account" in caplog.text
    with pytest.raises(AttributeError):
        creds.private_key = "x"  # type: ignore[misc]


def test_bad_arguments_are_configuration_errors(
    sandbox: RunningSandbox, app: OauthApplication
) -> None:
    state, callback = _connect(sandbox, app)
    args = _args(sandbox, app, state, callback)
    with pytest.raises(oauth.InvalidCodeError):
        oauth.exchange_code(**{**args, "code": ""})
    with pytest.raises(ecartpay.ConfigurationError):
        oauth.exchange_code(**{**args, "client_secret": ""})
    with pytest.raises(ecartpay.ConfigurationError):
        oauth.exchange_code(**{**args, "base_url": None, "environment": "moon"})
    assert _exchanges(sandbox) == 0


def test_every_oauth_error_is_an_ecartpay_error() -> None:
    for name in ("OAuthError", "ConsentDeniedError", "StateMismatchError", "InvalidCodeError",
                 "RedirectMismatchError", "InvalidClientError"):  # fmt: skip
        cls = getattr(oauth, name)
        assert issubclass(cls, ecartpay.EcartPayError)
        assert getattr(ecartpay, name) is cls


def test_async_exchange_keeps_the_loop_free(sandbox: RunningSandbox, app: OauthApplication) -> None:
    state, callback = _connect(sandbox, app)
    ticks = 0

    async def tick() -> None:
        nonlocal ticks
        while True:
            ticks += 1
            await asyncio.sleep(0)

    async def main() -> oauth.MerchantCredentials:
        ticker = asyncio.ensure_future(tick())
        try:
            pending: Awaitable[oauth.MerchantCredentials] = oauth.aexchange_code(
                **_args(sandbox, app, state, callback)
            )
            return await pending
        finally:
            ticker.cancel()

    assert asyncio.run(main()).public_key.startswith("pub")
    assert ticks > 1
