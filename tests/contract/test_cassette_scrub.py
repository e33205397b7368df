"""Cassettes hold no secret: the committed ones pass the checker, and the checker and the
scrubber both catch what they must (planted secrets, real tokens, ids, cookies)."""

from __future__ import annotations

import base64
import copy
import json
import shutil
from pathlib import Path
from typing import Any

import jwt
import pytest
import yaml

from contract_tests.harness import placeholders as ph
from contract_tests.harness.cassette_check import (
    check_cassette_data,
    check_cassette_file,
    check_directory,
)
from contract_tests.harness.metadata import CASSETTE_DIR
from contract_tests.harness.scrub import Scrubber
from ecartpay_sandbox import (
    DEFAULT_ACCOUNT_ID,
    DEFAULT_PRIVATE_KEY,
    DEFAULT_PUBLIC_KEY,
    SECOND_ACCOUNT_ID,
)

#: Values that must never be in a cassette recorded against the local sandbox.
SANDBOX_SECRETS = [DEFAULT_PUBLIC_KEY, DEFAULT_PRIVATE_KEY, DEFAULT_ACCOUNT_ID, SECOND_ACCOUNT_ID]

REAL_LOOKING_JWT = jwt.encode(
    {
        "id": "65a1b2c3d4e5f60718293a4b",
        "account_id": "64b5f2c1e4a1b2c3d4e5f601",
        "iat": 1_700_000_000,
        "exp": 1_700_003_600,
    },
    "a-real-secret-nobody-knows-" + "0123456789abcdef" * 3,
    algorithm="HS512",
)
#: Placeholder tokens are issued in 2100 (exp - iat = 3600): skip pyjwt's "not yet valid".
NO_IAT: jwt.types.Options = {"verify_iat": False}
REAL_BASIC = "Basic " + base64.b64encode(b"pub123456789012345678901234:priv9").decode()


def _cassettes() -> list[Path]:
    return sorted(CASSETTE_DIR.glob("*.yaml"))


def test_every_flow_has_a_committed_cassette() -> None:
    names = {path.stem for path in _cassettes()}
    assert names == {
        "mint_token",
        "create_customer",
        "list_customers",
        "create_order",
        "get_order",
        "payout",
        "refresh_after_revocation",
        "bad_keys",
        "card_payment",
        "refund",
    }


@pytest.mark.parametrize("path", _cassettes(), ids=lambda p: p.stem)
def test_committed_cassette_holds_only_placeholders(path: Path) -> None:
    assert check_cassette_file(path, SANDBOX_SECRETS) == []


def test_committed_cassettes_use_placeholder_tokens_that_still_parse() -> None:
    data = yaml.safe_load((CASSETTE_DIR / "mint_token.yaml").read_text(encoding="utf-8"))
    token = json.loads(data["interactions"][0]["response"]["body"]["string"])["token"]
    claims = jwt.decode(token, ph.JWT_SECRET, algorithms=["HS512"], options=NO_IAT)
    assert sorted(claims) == ["exp", "iat", "id", "user"]  # the seed page's shape
    assert claims["exp"] - claims["iat"] == 3600
    assert claims["exp"] >= ph.EXP_2100
    assert claims["id"] == ph.USER_ID
    assert claims["user"] == ph.SCRUBBED


def _plant(data: dict[str, Any], where: str, value: str) -> dict[str, Any]:
    planted = copy.deepcopy(data)
    first = planted["interactions"][0]
    if where == "authorization":
        first["request"]["headers"]["authorization"] = [value]
    elif where == "cookie":
        first["request"]["headers"]["cookie"] = [f"session={value}"]
    elif where == "set-cookie":
        first["response"]["headers"]["set-cookie"] = [f"sid={value}; Path=/; HttpOnly"]
    elif where == "query":
        first["request"]["uri"] += f"?access_token={value}"
    elif where == "body":
        first["response"]["body"]["string"] = json.dumps({"token": value})
    elif where == "nested":
        first["response"]["body"]["string"] = json.dumps({"docs": [{"note": f"x {value} y"}]})
    elif where == "account_id":
        first["response"]["body"]["string"] = json.dumps({"account_id": value})
    elif where == "host":
        first["request"]["uri"] = first["request"]["uri"].replace(ph.ORIGIN, value)
    return planted


@pytest.mark.parametrize(
    ("where", "value"),
    [
        ("authorization", REAL_LOOKING_JWT),
        ("authorization", REAL_BASIC),
        ("authorization", "sk_live_whatever"),
        ("cookie", "abc123"),
        ("set-cookie", "abc123"),
        ("query", "abc123"),
        ("body", REAL_LOOKING_JWT),
        ("body", "opaque-token-value"),
        ("nested", REAL_LOOKING_JWT),
        ("nested", REAL_BASIC),
        ("nested", DEFAULT_PRIVATE_KEY),
        ("account_id", DEFAULT_ACCOUNT_ID),
        ("account_id", "64b5f2c1e4a1b2c3d4e5f601"),
        ("host", "http://127.0.0.1:8765"),
    ],
)
def test_checker_flags_a_planted_secret(where: str, value: str) -> None:
    data = yaml.safe_load((CASSETTE_DIR / "mint_token.yaml").read_text(encoding="utf-8"))
    assert check_cassette_data("clean", data, SANDBOX_SECRETS) == []
    findings = check_cassette_data("planted", _plant(data, where, value), SANDBOX_SECRETS)
    assert findings, f"a secret planted in {where} went unnoticed"
    assert all(value not in str(f) for f in findings), "a finding must not quote the secret"


def test_checker_flags_a_planted_jwt_in_a_copied_cassette_file(tmp_path: Path) -> None:
    for path in _cassettes():
        shutil.copy(path, tmp_path / path.name)
    assert check_directory(tmp_path, SANDBOX_SECRETS) == []
    target = tmp_path / "get_order.yaml"
    text = target.read_text(encoding="utf-8")
    target.write_text(text.replace(ph.placeholder_jwt(1), REAL_LOOKING_JWT, 1), encoding="utf-8")
    findings = check_directory(tmp_path, SANDBOX_SECRETS)
    assert {f.cassette for f in findings} == {"get_order.yaml"}
    assert any("JWT" in f.reason for f in findings)


def test_placeholder_jwt_is_recognised_and_a_forgery_is_not() -> None:
    token = ph.placeholder_jwt(2)
    assert ph.is_placeholder_jwt(token)
    assert not ph.is_placeholder_jwt(REAL_LOOKING_JWT)
    # Same claims, signed with another secret: not a placeholder.
    claims = jwt.decode(token, ph.JWT_SECRET, algorithms=["HS512"], options=NO_IAT)
    forged = jwt.encode(claims, "another-secret-" + "0123456789abcdef" * 4, "HS512")
    assert not ph.is_placeholder_jwt(forged)
    # Placeholder signature, but real ids inside: not a placeholder either.
    leaked_ids = jwt.encode({**claims, "account_id": DEFAULT_ACCOUNT_ID}, ph.JWT_SECRET, "HS512")
    assert not ph.is_placeholder_jwt(leaked_ids)


class _Request:
    """The three attributes of vcr.request.Request the scrubber touches."""

    def __init__(self, uri: str, headers: dict[str, str], body: bytes | None) -> None:
        self.uri, self.headers, self.body = uri, headers, body


def test_scrubber_replaces_every_secret_and_keeps_shapes() -> None:
    real_a = jwt.encode(
        {"id": "6b0000000000000000000001", "account_id": DEFAULT_ACCOUNT_ID, "iat": 1, "exp": 3601},
        "k" * 64,
        "HS512",
    )
    real_b = jwt.encode(
        {"id": "6b0000000000000000000002", "account_id": DEFAULT_ACCOUNT_ID, "iat": 2, "exp": 3602},
        "k" * 64,
        "HS512",
    )
    scrubber = Scrubber(
        "http://127.0.0.1:4321",
        {DEFAULT_PUBLIC_KEY: ph.PUBLIC_KEY, DEFAULT_PRIVATE_KEY: ph.PRIVATE_KEY},
    )
    response = {
        "status": {"code": 200, "message": "OK"},
        "headers": {"Content-Length": ["999"], "Set-Cookie": ["sid=abc; Path=/", "lang=es"]},
        "body": {"string": json.dumps({"token": real_a}).encode()},
    }
    scrubbed = scrubber.response(response)
    token_a = json.loads(scrubbed["body"]["string"])["token"]
    assert ph.is_placeholder_jwt(token_a)
    assert scrubbed["headers"]["Content-Length"] == [str(len(scrubbed["body"]["string"]))]
    assert scrubbed["headers"]["Set-Cookie"] == [f"sid={ph.SCRUBBED}; Path=/", "lang=es"]

    request = _Request(
        f"http://127.0.0.1:4321/api/customers?email=a%40b.c&token={real_b}",
        {"Authorization": real_b, "Host": "127.0.0.1:4321", "Cookie": "lang=en; s=1"},
        json.dumps({"account_id": DEFAULT_ACCOUNT_ID, "note": DEFAULT_PRIVATE_KEY}).encode(),
    )
    clean = scrubber.request(request)
    assert clean.uri == f"{ph.ORIGIN}/api/customers?email=a%40b.c&token={ph.SCRUBBED}"
    token_b = clean.headers["Authorization"]
    assert ph.is_placeholder_jwt(token_b)
    assert token_b != token_a
    assert scrubber.token(real_a) == token_a  # and stable
    assert clean.headers["Host"] == ph.HOST
    assert clean.headers["Cookie"] == f"lang=en; s={ph.SCRUBBED}"
    assert json.loads(clean.body) == {"account_id": ph.ACCOUNT_ID, "note": ph.PRIVATE_KEY}
    assert scrubber.request(_Request("http://127.0.0.1:4321/__sandbox__/revoke", {}, b"")) is None


def test_scrubbed_interactions_pass_the_checker() -> None:
    real = jwt.encode(
        {"id": "6b0000000000000000000001", "account_id": DEFAULT_ACCOUNT_ID, "iat": 1, "exp": 3601},
        "k" * 64,
        "HS512",
    )
    scrubber = Scrubber("http://127.0.0.1:4321", {DEFAULT_PRIVATE_KEY: ph.PRIVATE_KEY})
    request = scrubber.request(
        _Request("http://127.0.0.1:4321/api/orders/abc", {"Authorization": real, "Host": "x"}, None)
    )
    response = scrubber.response(
        {
            "status": {"code": 200, "message": "OK"},
            "headers": {"content-type": ["application/json"]},
            "body": {
                "string": json.dumps(
                    {"account_id": DEFAULT_ACCOUNT_ID, "pay_link": "http://127.0.0.1:4321/pay/abc"}
                ).encode()
            },
        }
    )
    data = {
        "interactions": [
            {
                "request": {
                    "uri": request.uri,
                    "headers": {k: [v] for k, v in request.headers.items()},
                    "body": request.body,
                    "method": "GET",
                },
                "response": response,
            }
        ]
    }
    assert check_cassette_data("scrubbed", data, [real, DEFAULT_ACCOUNT_ID, "127.0.0.1:4321"]) == []
    assert json.loads(response["body"]["string"])["pay_link"] == f"{ph.ORIGIN}/pay/abc"
