"""The SDK reads a token's lifetime from `exp - iat` alone, whatever else its payload
carries: every payload shape the vendor's documentation shows (facts file), issued at wall
times far from this machine's clock."""

from __future__ import annotations

import base64
import json
from typing import Any

import pytest

import ecartpay_auth
from ecartpay_auth import Token, TokenState
from tests.fidelity._support import ReplayServer

ISSUED = 1_000_000_000  # 2001-09-09: nowhere near this machine's clock
TOKEN_ID = "6180483beab9d945a86da3c1"
SHAPES: dict[str, tuple[dict[str, Any], int]] = {
    "seed page": ({"id": TOKEN_ID, "user": "undefined"}, 3600),
    "guide": ({"id": TOKEN_ID, "account_id": "64b5f2c1e4a1b2c3d4e5f601"}, 3600),
    "guide with account": (
        {
            "id": TOKEN_ID,
            "account_id": "64b5f2c1e4a1b2c3d4e5f601",
            "account": {"id": "64b5f2c1e4a1b2c3d4e5f601", "name": "Mi tienda"},
        },
        3600,
    ),
    "customer token": ({"id": TOKEN_ID, "customer_id": "657b928db4c08f6f66847b09"}, 600),
    "checkout token": (
        {
            "id": TOKEN_ID,
            "scopes": ["write_checkouts"],
            "aud": "https://sandbox.ecartpay.com",
            "sub": "checkouts",
        },
        900,
    ),
}


def _b64(document: dict[str, Any]) -> str:
    raw = json.dumps(document, separators=(",", ":")).encode()
    return base64.urlsafe_b64encode(raw).rstrip(b"=").decode()


def _jwt(claims: dict[str, Any], lifetime: int, issued: int = ISSUED) -> str:
    payload = {**claims, "iat": issued, "exp": issued + lifetime}
    signature = base64.urlsafe_b64encode(b"\x00" * 64).rstrip(b"=").decode()
    return f"{_b64({'alg': 'HS512', 'typ': 'JWT'})}.{_b64(payload)}.{signature}"


@pytest.mark.parametrize(("claims", "lifetime"), SHAPES.values(), ids=SHAPES.keys())
@pytest.mark.parametrize("issued", [ISSUED, 4_000_000_000], ids=["2001", "2096"])
def test_the_schedule_comes_from_exp_minus_iat(
    claims: dict[str, Any], lifetime: int, issued: int
) -> None:
    token = Token.from_value(
        _jwt(claims, lifetime, issued), obtained_at_monotonic=1000.0, refresh_margin=300
    )
    usable = lifetime - 1  # iat has one-second resolution
    assert token.claims_readable
    assert token.lifetime == lifetime
    assert token.expires_at_monotonic == 1000.0 + usable
    assert token.refresh_at_monotonic == 1000.0 + usable - min(300, usable / 2)
    assert token.state(1000.0) is TokenState.FRESH
    assert token.state(token.refresh_at_monotonic) is TokenState.REFRESH_DUE
    assert token.state(token.expires_at_monotonic) is TokenState.EXPIRED


@pytest.mark.parametrize(("claims", "lifetime"), SHAPES.values(), ids=SHAPES.keys())
def test_the_auth_mints_and_schedules_every_shape(
    claims: dict[str, Any], lifetime: int, replay_server: ReplayServer
) -> None:
    """Over a real socket: the token endpoint answers a token of this shape."""
    value = _jwt(claims, lifetime)
    replay_server.answer(200, {"token": value})
    auth = ecartpay_auth.EcartPayAuth(
        "pub" + "a" * 24, "priv" + "b" * 24, base_url=replay_server.url
    )
    info = auth.get_token_info()
    assert info.value == value
    assert info.lifetime == lifetime
    assert 0 < info.remaining() <= lifetime
    assert [(m, p) for m, p, _ in replay_server.requests] == [("POST", "/api/authorizations/token")]
