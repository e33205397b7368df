"""OAuth connect through each documented status, for the sandbox conformance test: an
application, the consent page's form, the exchange in both answer shapes, the credentials."""

from __future__ import annotations

from collections.abc import Callable
from urllib.parse import parse_qs, urlsplit

import httpx

from ecartpay_sandbox import RunningSandbox

Record = Callable[[str, httpx.Response], httpx.Response]
REDIRECT = "http://127.0.0.1:9/oauth/callback"


def consent(http: httpx.Client, client_id: str, *, account: str = "new") -> str:
    """Allow the application on the consent page; the code from the redirect."""
    form = {"client_id": client_id, "redirect_uri": REDIRECT, "state": "s1"}
    answer = http.post("/oauth", data={**form, "account": account, "decision": "allow"})
    assert answer.status_code == 303, answer.text
    return parse_qs(urlsplit(answer.headers["location"]).query)["code"][0]


def drive(
    http: httpx.Client, sandbox: RunningSandbox, auth: dict[str, str], record: Record
) -> None:
    """Every documented status of the three OAuth operations."""
    new_app = {"name": "Platform", "redirect_url": REDIRECT, "scopes": ["read_orders"]}
    created = record(
        "createOauthApplication", http.post("/api/oauth/applications", json=new_app, headers=auth)
    ).json()
    plain_http = {**new_app, "redirect_url": "http://platform.example.com/cb"}
    record(
        "createOauthApplication",
        http.post("/api/oauth/applications", json=plain_http, headers=auth),
    )
    record("createOauthApplication", http.post("/api/oauth/applications", json=new_app))
    client_id, secret = created["client_id"], created["client_secret"]

    def exchange(code: str, *, secret: str = secret) -> httpx.Response:
        return http.post(
            "/api/oauth/token",
            params={"client_id": client_id},
            headers={"Authorization": code, "x-secret": secret},
            json={"grant_type": "authorization_code", "redirect_url": REDIRECT},
        )

    code = consent(http, client_id)
    record("createOauthToken", exchange(code))  # the keys directly
    record("createOauthToken", exchange(code))  # used: 401
    mismatch = http.post(
        "/api/oauth/token",
        params={"client_id": client_id},
        headers={"Authorization": consent(http, client_id), "x-secret": secret},
        json={"grant_type": "authorization_code", "redirect_url": REDIRECT + "/other"},
    )
    record("createOauthToken", mismatch)  # 400
    sandbox.control.oauth_settings(answer="access_token")
    try:
        grant = record("createOauthToken", exchange(consent(http, client_id))).json()
        access = {"Authorization": grant["access_token"]}
        record("getOauthCredentials", http.get("/api/oauth/credentials", headers=access))
        record(
            "getOauthCredentials",
            http.get("/api/oauth/credentials", headers={**access, "Cookie": "lang=fr"}),
        )
        record(
            "getOauthCredentials",
            http.get("/api/oauth/credentials", headers={"Authorization": "ecp_at_unknown"}),
        )
    finally:
        sandbox.control.oauth_settings(answer="keys")
