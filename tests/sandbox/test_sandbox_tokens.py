"""The token endpoint and token checks, over a real socket."""

from __future__ import annotations

import base64
import json
import re
import time
from collections.abc import Callable

import httpx
import jwt
import pytest

from ecartpay_auth import TOKEN_PATH
from ecartpay_sandbox import (
    DEFAULT_PRIVATE_KEY,
    DEFAULT_PUBLIC_KEY,
    Account,
    RunningSandbox,
    SandboxConfig,
    running_sandbox,
)
from ecartpay_sandbox._tokens import TokenIssuer, TokenProblem, TokenRefused

Mint = Callable[[httpx.Client, Account], str]
HEX24 = re.compile(r"^[0-9a-f]{24}$")


def _claims(token: str) -> dict[str, object]:
    return dict(jwt.decode(token, options={"verify_signature": False}))


def test_default_keys_are_shaped_like_the_vendors() -> None:
    assert re.fullmatch(r"pub[0-9a-f]{24}", DEFAULT_PUBLIC_KEY)
    assert re.fullmatch(r"priv[0-9a-f]{24}", DEFAULT_PRIVATE_KEY)


def test_token_is_an_hs512_jwt_shaped_like_the_seed_pages(
    http: httpx.Client, sandbox: RunningSandbox
) -> None:
    before = int(time.time())
    response = http.post(TOKEN_PATH, auth=(sandbox.public_key, sandbox.private_key))
    assert response.status_code == 200
    assert response.headers["content-type"].startswith("application/json")
    assert set(response.json()) == {"token"}
    token = response.json()["token"]
    assert jwt.get_unverified_header(token) == {"alg": "HS512", "typ": "JWT"}
    claims = _claims(token)
    assert set(claims) == {"id", "user", "iat", "exp"}
    assert HEX24.match(str(claims["id"]))
    assert claims["user"] == "undefined"
    assert isinstance(claims["iat"], int)
    assert isinstance(claims["exp"], int)
    assert before <= claims["iat"] <= time.time()
    assert claims["exp"] - claims["iat"] == 3600
    assert sandbox.control.stats().tokens_minted == 1


def test_each_token_is_distinct(mint: Mint, http: httpx.Client, sandbox: RunningSandbox) -> None:
    tokens = {mint(http, sandbox.accounts[0]) for _ in range(5)}
    assert len(tokens) == 5


def test_a_token_opens_the_api(http: httpx.Client, token: str) -> None:
    response = http.get("/api/customers", headers={"Authorization": token})
    assert response.status_code == 200
    assert response.json() == {"docs": [], "count": 0, "pages": 0}


def test_the_second_account_mints_its_own_tokens(
    http: httpx.Client,
    sandbox: RunningSandbox,
    token: str,
    other_token: str,
    customer_body: Callable[..., dict[str, object]],
) -> None:
    """The payload names no account (as the seed's): the sandbox knows whose token it is."""
    assert _claims(other_token)["id"] != _claims(token)["id"]
    created = http.post(
        "/api/customers", json=customer_body(), headers={"Authorization": other_token}
    ).json()
    assert created["account_id"] == sandbox.accounts[1].account_id != sandbox.account_id


@pytest.mark.parametrize(
    "authorization",
    [
        None,
        "",
        "Basic",
        "Basic !!!not-base64!!!",
        "Basic " + base64.b64encode(b"no-colon-here").decode(),
        "Basic " + base64.b64encode(b"\xff\xfe:\xff").decode(),
        "Basic " + base64.b64encode(f"{DEFAULT_PUBLIC_KEY}:wrong".encode()).decode(),
        "Basic " + base64.b64encode(f"pubunknown:{DEFAULT_PRIVATE_KEY}".encode()).decode(),
        "Basic "
        + base64.b64encode(f"{DEFAULT_PRIVATE_KEY}:{DEFAULT_PUBLIC_KEY}".encode()).decode(),
        "Bearer "
        + base64.b64encode(f"{DEFAULT_PUBLIC_KEY}:{DEFAULT_PRIVATE_KEY}".encode()).decode(),
        "Digest username=x",
    ],
)
def test_bad_credentials_get_401_with_the_error_body(
    http: httpx.Client, sandbox: RunningSandbox, authorization: str | None
) -> None:
    headers = {} if authorization is None else {"Authorization": authorization}
    response = http.post(TOKEN_PATH, headers=headers)
    assert response.status_code == 401
    body = response.json()
    assert set(body) == {"message", "statusCode"}
    assert body["statusCode"] == 401
    assert body["message"].startswith("Unauthorized")
    assert sandbox.control.stats().tokens_minted == 0


def test_the_basic_scheme_name_is_case_insensitive(
    http: httpx.Client, sandbox: RunningSandbox
) -> None:
    raw = base64.b64encode(f"{sandbox.public_key}:{sandbox.private_key}".encode()).decode()
    assert http.post(TOKEN_PATH, headers={"Authorization": "basic " + raw}).status_code == 200


def test_wrong_method_on_the_token_endpoint_is_405_json(http: httpx.Client) -> None:
    response = http.get(TOKEN_PATH)
    assert response.status_code == 405
    assert response.json() == {"message": "Method not allowed", "statusCode": 405}


@pytest.mark.parametrize(
    ("make_header", "expected"),
    [
        (lambda t: None, "missing Authorization"),
        (lambda t: "", "missing Authorization"),
        (lambda t: f"Bearer {t}", "without 'Bearer '"),
        (lambda t: "not-a-jwt", "invalid token"),
        (lambda t: t[:-4] + ("AAAA" if not t.endswith("AAAA") else "BBBB"), "invalid token"),
        (
            lambda t: ".".join(
                [
                    t.split(".")[0],
                    base64.urlsafe_b64encode(json.dumps({**_claims(t), "id": "0" * 24}).encode())
                    .decode()
                    .rstrip("="),
                    t.split(".")[2],
                ]
            ),
            "invalid token",
        ),
    ],
    ids=["absent", "empty", "bearer", "garbage", "bad-signature", "tampered-payload"],
)
def test_api_refuses_bad_tokens_with_401(
    http: httpx.Client, token: str, make_header: object, expected: str
) -> None:
    header = make_header(token)  # type: ignore[operator]
    headers = {} if header is None else {"Authorization": header}
    response = http.get("/api/customers", headers=headers)
    assert response.status_code == 401
    assert response.json()["statusCode"] == 401
    assert expected in response.json()["message"]


def test_a_token_signed_by_another_sandbox_is_refused(http: httpx.Client) -> None:
    stranger = TokenIssuer(
        [Account(DEFAULT_PUBLIC_KEY, DEFAULT_PRIVATE_KEY)], b"another sandbox secret" * 4, 3600
    )
    foreign = stranger.mint(Account(DEFAULT_PUBLIC_KEY, DEFAULT_PRIVATE_KEY)).token
    response = http.get("/api/customers", headers={"Authorization": foreign})
    assert response.status_code == 401


def test_expired_tokens_are_refused(
    mint: Mint, http: httpx.Client, sandbox: RunningSandbox
) -> None:
    sandbox.control.set_ttl(0)
    expired = mint(http, sandbox.accounts[0])
    claims = _claims(expired)
    assert claims["exp"] == claims["iat"]
    response = http.get("/api/customers", headers={"Authorization": expired})
    assert response.status_code == 401
    assert "expired" in response.json()["message"]


def test_ttl_applies_to_tokens_minted_from_now_on(
    mint: Mint, http: httpx.Client, sandbox: RunningSandbox
) -> None:
    before = mint(http, sandbox.accounts[0])
    sandbox.control.set_ttl(120)
    after = mint(http, sandbox.accounts[0])
    assert _claims(before)["exp"] - _claims(before)["iat"] == 3600  # type: ignore[operator]
    assert _claims(after)["exp"] - _claims(after)["iat"] == 120  # type: ignore[operator]
    assert sandbox.control.stats().token_ttl == 120
    assert http.get("/api/customers", headers={"Authorization": before}).status_code == 200


def test_a_token_expires_after_its_ttl() -> None:
    """A token minted ttl + 1 s ago (the issuer's clock, moved back) is refused as expired,
    one minted ttl - 60 s ago is still accepted: no waiting for a real expiry."""
    config = SandboxConfig()
    account = config.accounts[0]
    ttl = 120
    then = time.time()
    expired = TokenIssuer(config.accounts, config.jwt_secret, ttl, clock=lambda: then - ttl - 1)
    with pytest.raises(TokenRefused) as refused:
        expired.verify(expired.mint(account).token)
    assert refused.value.problem is TokenProblem.EXPIRED
    recent = TokenIssuer(config.accounts, config.jwt_secret, ttl, clock=lambda: then - ttl + 60)
    assert recent.verify(recent.mint(account).token).account_id == account.account_id


def test_revoke_all_refuses_every_issued_token(
    mint: Mint, http: httpx.Client, sandbox: RunningSandbox, token: str, other_token: str
) -> None:
    assert sandbox.control.revoke_all() >= 2  # tokens outlive reset(): earlier tests' too
    assert sandbox.control.stats().live_tokens == 0
    for revoked in (token, other_token):
        response = http.get("/api/customers", headers={"Authorization": revoked})
        assert response.status_code == 401
        assert "revoked" in response.json()["message"]
    fresh = mint(http, sandbox.accounts[0])
    assert http.get("/api/customers", headers={"Authorization": fresh}).status_code == 200


def test_reset_keeps_tokens_valid(http: httpx.Client, sandbox: RunningSandbox, token: str) -> None:
    sandbox.control.reset()
    assert http.get("/api/customers", headers={"Authorization": token}).status_code == 200
    assert sandbox.control.stats().tokens_minted == 0


def test_configured_keys_replace_the_defaults() -> None:
    config = SandboxConfig().with_primary_keys("pub" + "1" * 24, "priv" + "2" * 24)
    with running_sandbox(config) as sb, httpx.Client(base_url=sb.base_url) as client:
        assert sb.public_key == "pub" + "1" * 24
        assert client.post(TOKEN_PATH, auth=(sb.public_key, sb.private_key)).status_code == 200
        refused = client.post(TOKEN_PATH, auth=(DEFAULT_PUBLIC_KEY, DEFAULT_PRIVATE_KEY))
        assert refused.status_code == 401
