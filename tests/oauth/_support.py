"""A platform's application in the sandbox and a merchant's consent, as helpers."""

from __future__ import annotations

from urllib.parse import parse_qs, urlsplit

import httpx

import ecartpay_auth
from ecartpay_client.api.oauth_applications import create_oauth_application
from ecartpay_client.models import OauthApplication, OauthApplicationCreate
from ecartpay_sandbox import RunningSandbox

REDIRECT = "http://127.0.0.1:8000/oauth/callback"


def register_app(sandbox: RunningSandbox, redirect: str = REDIRECT) -> OauthApplication:
    """A platform application of the sandbox's primary account, through the generated client."""
    client = ecartpay_auth.authenticated_client(
        sandbox.public_key, sandbox.private_key, base_url=sandbox.base_url
    )
    with client:
        body = OauthApplicationCreate(
            name="Acme Marketplace", redirect_url=redirect, scopes=["read_orders"]
        )
        app = create_oauth_application.sync(client=client, body=body)
    assert isinstance(app, OauthApplication)
    return app


def consent(
    sandbox: RunningSandbox, url: str, *, decision: str = "allow", account: str = "new"
) -> dict[str, str]:
    """The merchant's answer on the consent page at `url`: the callback's query."""
    query = dict(parse_qs(urlsplit(url).query))
    form = {k: v[0] for k, v in query.items()}
    answer = httpx.post(
        f"{sandbox.base_url}/oauth", data={**form, "decision": decision, "account": account}
    )
    assert answer.status_code == 303, answer.text
    return {k: v[0] for k, v in parse_qs(urlsplit(answer.headers["location"]).query).items()}
