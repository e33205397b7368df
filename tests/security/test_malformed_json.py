"""Attack: answer with JSON nested deeper than Python's parser recurses (a token answer,
a JWT payload, an API error body), so that the SDK raises RecursionError instead of its
documented error (or, for claims, its documented fallback)."""

from __future__ import annotations

import asyncio
import base64
import json

import pytest

import ecartpay_auth
from ecartpay_auth import DEFAULT_LIFETIME
from ecartpay_client.api.orders import get_order
from ecartpay_sandbox import RunningSandbox
from tests._deep_json import DEEP

from ._other_host import OtherHost


def _b64(data: str) -> str:
    return base64.urlsafe_b64encode(data.encode()).decode().rstrip("=")


def _auth(sandbox: RunningSandbox) -> ecartpay_auth.EcartPayAuth:
    return ecartpay_auth.EcartPayAuth(
        sandbox.public_key, sandbox.private_key, base_url=sandbox.base_url
    )


def test_a_deeply_nested_token_answer_is_a_token_response_error(sandbox: RunningSandbox) -> None:
    sandbox.control.add_fault(kind="malformed", match="token", count=2, body=f'{{"token": {DEEP}}}')
    with pytest.raises(ecartpay_auth.TokenResponseError, match="instead of a token"):
        _auth(sandbox).get_token()
    with pytest.raises(ecartpay_auth.TokenResponseError, match="instead of a token"):
        asyncio.run(_auth(sandbox).aget_token())


def test_a_deeply_nested_jwt_payload_falls_back_to_the_documented_lifetime(
    sandbox: RunningSandbox,
) -> None:
    # A token travels in a header (at most 16 kB), which caps its payload at 5,000 levels:
    # deeper than 3.11 and 3.12 parse, not 3.13. The claims are what the interpreter's own
    # parser can read, the lifetime the documented one, and no RecursionError escapes.
    payload = '{"a": ' + "[" * 5_000 + "]" * 5_000 + "}"
    token = ".".join([_b64('{"alg":"HS512","typ":"JWT"}'), _b64(payload), "c2ln"])
    sandbox.control.add_fault(kind="malformed", match="token", body=json.dumps({"token": token}))
    info = _auth(sandbox).get_token_info()
    assert info.value == token
    assert info.claims_readable is False  # no `iat`/`exp` either way
    assert info.lifetime == DEFAULT_LIFETIME
    assert list(info.claims) == (["a"] if _parses(payload) else [])


def _parses(text: str) -> bool:
    try:
        json.loads(text)
    except RecursionError:
        return False
    return True


def test_a_deeply_nested_api_error_body_is_the_api_error(other_host: OtherHost) -> None:
    other_host.script(200, json.dumps({"token": "tok-" + "a" * 40}).encode())
    other_host.script(404, DEEP.encode())
    client = ecartpay_auth.authenticated_client(
        "pub-deep-test", "priv-deep-test", base_url=other_host.url("").rstrip("/"),
        raise_on_error=True,
    )  # fmt: skip
    with client.get_httpx_client(), pytest.raises(ecartpay_auth.ApiError) as raised:
        get_order.sync_detailed(id="65a1b2c3d4e5f60718293b5c", client=client)
    assert raised.value.status_code == 404
    assert raised.value.path == "/api/orders/65a1b2c3d4e5f60718293b5c"
    assert isinstance(raised.value.body, str)  # the text, cut short: it is not usable JSON
