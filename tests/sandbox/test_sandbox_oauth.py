"""The sandbox's OAuth connect: applications, the consent page, single-use codes, exact
redirect URLs, HTTPS (loopback excepted), new merchants with their own keys, both answer
shapes of the exchange, refresh, and the vendor's error body on every refusal."""

from __future__ import annotations

from typing import Any
from urllib.parse import parse_qs, urlsplit

import httpx
import pytest

from ecartpay_sandbox import RunningSandbox, Spec
from tests.sandbox._oauth_exchanges import REDIRECT, consent


@pytest.fixture
def app(http: httpx.Client, token: str) -> dict[str, Any]:
    body = {"name": "Acme <Market>", "redirect_url": REDIRECT, "scopes": ["read_orders"]}
    answer = http.post("/api/oauth/applications", json=body, headers={"Authorization": token})
    assert answer.status_code == 200
    created: dict[str, Any] = answer.json()
    return created


def _exchange(http: httpx.Client, app: dict[str, Any], code: str, **body: str) -> httpx.Response:
    return http.post(
        "/api/oauth/token",
        params={"client_id": app["client_id"]},
        headers={"Authorization": code, "x-secret": app["client_secret"]},
        json={"grant_type": "authorization_code", "redirect_url": REDIRECT, **body},
    )


def _refused(spec: Spec, response: httpx.Response, status: int, error: str | None) -> None:
    assert response.status_code == status, response.text
    body = response.json()
    assert list(spec.validator("/components/schemas/Error").iter_errors(body)) == []
    assert body["statusCode"] == status
    assert body.get("error") == error


def test_the_application_always_holds_read_credentials(app: dict[str, Any]) -> None:
    assert app["scopes"] == ["read_orders", "read_credentials"]
    assert app["client_secret"].startswith("ecp_secret_")


@pytest.mark.parametrize(
    ("redirect_url", "status"),
    [
        ("https://platform.example.com/cb", 200),
        ("http://localhost:8000/cb", 200),
        ("http://127.0.0.1/cb", 200),
        ("http://[::1]:9/cb", 200),
        ("http://platform.example.com/cb", 400),
        ("http://localhost.evil.example/cb", 400),
    ],
)
def test_redirect_urls_must_be_https_except_loopback(
    http: httpx.Client, token: str, redirect_url: str, status: int
) -> None:
    body = {"name": "P", "redirect_url": redirect_url}
    answer = http.post("/api/oauth/applications", json=body, headers={"Authorization": token})
    assert answer.status_code == status, answer.text


def test_the_consent_page_is_plain_html_with_name_scopes_accounts_and_both_choices(
    http: httpx.Client, sandbox: RunningSandbox, app: dict[str, Any]
) -> None:
    params = {"client_id": app["client_id"], "redirect_uri": REDIRECT, "state": "st"}
    page = http.get("/oauth", params=params)
    assert page.status_code == 200
    assert page.headers["content-type"].startswith("text/html")
    text = page.text
    assert "Acme &lt;Market&gt;" in text
    assert "<script" not in text.lower()
    assert "<code>read_orders</code>" in text
    assert "<code>read_credentials</code>" in text
    assert f'value="{sandbox.account_id}"' in text
    assert 'value="new"' in text
    assert 'name="decision" value="allow"' in text
    assert 'name="decision" value="deny"' in text
    assert '<form method="post" action="/oauth">' in text


def test_deny_sends_access_denied_and_the_state_back(
    http: httpx.Client, app: dict[str, Any]
) -> None:
    form = {"client_id": app["client_id"], "redirect_uri": REDIRECT, "state": "s/1 2"}
    answer = http.post("/oauth", data={**form, "decision": "deny"})
    assert answer.status_code == 303
    location = urlsplit(answer.headers["location"])
    assert f"{location.scheme}://{location.netloc}{location.path}" == REDIRECT
    assert parse_qs(location.query) == {"error": ["access_denied"], "state": ["s/1 2"]}


@pytest.mark.parametrize("where", ["page", "form"])
@pytest.mark.parametrize("redirect_uri", [REDIRECT + "/", REDIRECT.upper(), REDIRECT + "?x=1"])
def test_the_consent_page_refuses_any_other_redirect_uri(
    http: httpx.Client, spec: Spec, app: dict[str, Any], where: str, redirect_uri: str
) -> None:
    params = {"client_id": app["client_id"], "redirect_uri": redirect_uri}
    if where == "page":
        answer = http.get("/oauth", params=params)
    else:
        answer = http.post("/oauth", data={**params, "decision": "allow", "account": "new"})
    _refused(spec, answer, 400, None)


def test_unknown_clients_are_refused_with_the_error_body(http: httpx.Client, spec: Spec) -> None:
    _refused(
        spec, http.get("/oauth", params={"client_id": "x", "redirect_uri": REDIRECT}), 400, None
    )


def test_a_code_is_single_use(http: httpx.Client, spec: Spec, app: dict[str, Any]) -> None:
    code = consent(http, app["client_id"])
    assert _exchange(http, app, code).status_code == 200
    _refused(spec, _exchange(http, app, code), 401, "invalid_grant")


def test_a_code_expires_after_the_code_ttl(
    http: httpx.Client, sandbox: RunningSandbox, spec: Spec, app: dict[str, Any]
) -> None:
    assert sandbox.control.oauth_settings() == {"code_ttl": 300.0, "answer": "keys"}
    sandbox.control.oauth_settings(code_ttl=0)
    _refused(spec, _exchange(http, app, consent(http, app["client_id"])), 401, "invalid_grant")


def test_the_exchange_needs_the_exact_redirect_url_and_the_right_secret(
    http: httpx.Client, spec: Spec, app: dict[str, Any], token: str
) -> None:
    code = consent(http, app["client_id"])
    _refused(
        spec, _exchange(http, app, code, redirect_url=REDIRECT + "/"), 400, "redirect_uri_mismatch"
    )
    wrong = {**app, "client_secret": "ecp_secret_wrong"}
    _refused(spec, _exchange(http, wrong, code), 401, "invalid_client")
    other_body = {"name": "Other", "redirect_url": REDIRECT}
    other = http.post("/api/oauth/applications", json=other_body, headers={"Authorization": token})
    _refused(spec, _exchange(http, other.json(), code), 401, "invalid_grant")
    assert _exchange(http, app, code).status_code == 200  # still unspent after the refusals
    _refused(spec, _exchange(http, app, ""), 401, "invalid_request")


def test_a_new_merchant_has_its_own_keys_and_starts_empty(
    http: httpx.Client, sandbox: RunningSandbox, app: dict[str, Any]
) -> None:
    keys = _exchange(http, app, consent(http, app["client_id"])).json()
    assert set(keys) == {"account_id", "public_id", "private_id", "scope"}
    assert keys["scope"] == "read_orders,read_credentials"
    assert keys["public_id"].startswith("pub")
    assert keys["private_id"].startswith("priv")
    assert keys["account_id"] not in {a.account_id for a in sandbox.accounts}
    minted = http.post("/api/authorizations/token", auth=(keys["public_id"], keys["private_id"]))
    merchant = {"Authorization": minted.json()["token"]}
    assert http.get("/api/customers", headers=merchant).json()["docs"] == []
    data = sandbox.control.data(keys["account_id"])
    assert (data.customers, data.orders, data["transactions"]) == ([], [], [])
    listed = sandbox.control.accounts()
    assert keys["account_id"] in {a["account_id"] for a in listed}


def test_an_existing_account_can_be_connected(
    http: httpx.Client, sandbox: RunningSandbox, app: dict[str, Any]
) -> None:
    code = consent(http, app["client_id"], account=sandbox.account_id)
    keys = _exchange(http, app, code).json()
    assert (keys["account_id"], keys["public_id"]) == (sandbox.account_id, sandbox.public_key)


def test_the_access_token_shape_credentials_and_refresh(
    http: httpx.Client, sandbox: RunningSandbox, spec: Spec, app: dict[str, Any]
) -> None:
    sandbox.control.oauth_settings(answer="access_token")
    grant = _exchange(http, app, consent(http, app["client_id"])).json()
    assert grant["token_type"] == "Bearer"
    assert grant["expires_in"] == 3600
    for header in (grant["access_token"], f"Bearer {grant['access_token']}"):
        keys = http.get("/api/oauth/credentials", headers={"Authorization": header}).json()
        assert keys["public_id"].startswith("pub")
        assert keys["scope"] == grant["scope"]

    def refresh(refresh_token: str) -> httpx.Response:
        return http.post(
            "/api/oauth/token",
            params={"client_id": app["client_id"]},
            headers={"x-secret": app["client_secret"]},
            json={"grant_type": "refresh_token", "refresh_token": refresh_token},
        )

    renewed = refresh(grant["refresh_token"])
    assert renewed.status_code == 200
    assert renewed.json()["access_token"] != grant["access_token"]
    _refused(spec, refresh(grant["refresh_token"]), 401, "invalid_grant")  # rotated
    again = http.get(
        "/api/oauth/credentials", headers={"Authorization": renewed.json()["access_token"]}
    )
    assert again.json()["account_id"] == keys["account_id"]
    _refused(
        spec,
        http.get("/api/oauth/credentials", headers={"Authorization": "x"}),
        401,
        "invalid_token",
    )
    _refused(spec, refresh("ecp_rt_unknown"), 401, "invalid_grant")


def test_oauth_settings_are_checked_and_reset(sandbox: RunningSandbox) -> None:
    with pytest.raises(RuntimeError):
        sandbox.control.oauth_settings(answer="both")
    sandbox.control.oauth_settings(code_ttl=1, answer="access_token")
    sandbox.control.reset()
    assert sandbox.control.oauth_settings() == {"code_ttl": 300.0, "answer": "keys"}
