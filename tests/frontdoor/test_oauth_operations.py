"""The OAuth operations through the front door: `client.oauth.create_token(...,
authorization=code)` and `client.oauth.retrieve_credentials(authorization=access_token)`
send the operation's own credential in `Authorization`, never the client's token, and
a refused one is a typed error. Sync and async, against the sandbox, in both answer
shapes of the exchange."""

from __future__ import annotations

import pytest

import ecartpay
from ecartpay import oauth
from ecartpay_client.models import OauthApplication, OauthTokenRequestGrantType
from ecartpay_sandbox import RunningSandbox
from tests.oauth._support import REDIRECT, consent, register_app

CODE = OauthTokenRequestGrantType.AUTHORIZATION_CODE


@pytest.fixture
def app(sandbox: RunningSandbox) -> OauthApplication:
    return register_app(sandbox)


def _code(sandbox: RunningSandbox, app: OauthApplication) -> str:
    url, _ = oauth.authorization_url(app.client_id, REDIRECT, base_url=sandbox.base_url)
    return consent(sandbox, url)["code"]


def _mints(sandbox: RunningSandbox) -> int:
    return int(sandbox.control.stats().requests.get("createAuthorizationToken", 0))


def test_the_exchange_sends_the_code_not_the_token(
    sandbox: RunningSandbox, app: OauthApplication, front: ecartpay.EcartPay
) -> None:
    before = _mints(sandbox)
    grant = front.oauth.create_token(
        grant_type=CODE,
        redirect_url=REDIRECT,
        client_id=app.client_id,
        x_secret=app.client_secret,
        authorization=_code(sandbox, app),
    )
    assert str(grant.public_id).startswith("pub")
    assert grant.scope == "read_orders,read_credentials"
    assert _mints(sandbox) == before  # no token was needed, none was minted
    with pytest.raises(ecartpay.AuthenticationError):  # a spent code, not our token
        front.oauth.create_token(
            grant_type=CODE,
            redirect_url=REDIRECT,
            client_id=app.client_id,
            x_secret=app.client_secret,
            authorization="ecp_code_spent",
        )
    with pytest.raises(ecartpay.AuthenticationError):  # no code at all
        front.oauth.create_token(
            grant_type=CODE, redirect_url=REDIRECT, client_id=app.client_id, x_secret="x"
        )


@pytest.mark.anyio
async def test_credentials_take_the_access_token(
    sandbox: RunningSandbox, app: OauthApplication, afront: ecartpay.AsyncEcartPay
) -> None:
    sandbox.control.oauth_settings(answer="access_token")
    try:
        grant = await afront.oauth.create_token(
            grant_type=CODE,
            redirect_url=REDIRECT,
            client_id=app.client_id,
            x_secret=app.client_secret,
            authorization=_code(sandbox, app),
        )
        assert grant.access_token
        creds = await afront.oauth.retrieve_credentials(authorization=grant.access_token)
        assert creds.public_id.startswith("pub")
        assert creds.account_id in {a["account_id"] for a in sandbox.control.accounts()}
        with pytest.raises(ecartpay.AuthenticationError):
            await afront.oauth.retrieve_credentials(authorization="ecp_at_unknown")
    finally:
        sandbox.control.oauth_settings(answer="keys")
