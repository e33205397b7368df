"""No key or token in any repr, str, log record or exception message."""

from __future__ import annotations

import base64
import logging
import pickle
import traceback
from typing import Any

import httpx
import pytest

import ecartpay_auth
from ecartpay_auth import Token
from ecartpay_client.api.customers import list_customers
from ecartpay_sandbox import RunningSandbox

from ._support import SkipAhead
from .conftest import AuthFactory


def _secrets(sandbox: RunningSandbox, *tokens: str) -> list[str]:
    basic = base64.b64encode(f"{sandbox.public_key}:{sandbox.private_key}".encode()).decode()
    return [sandbox.public_key, sandbox.private_key, basic, *tokens]


def _assert_clean(text: str, secrets: list[str]) -> None:
    for secret in secrets:
        assert secret not in text
        # Neither the token's signature nor a long prefix of a key.
        assert secret[-20:] not in text
        assert secret[:16] not in text or len(secret) < 16


def _exception_text(exc: BaseException) -> str:
    return "".join(traceback.format_exception(exc))


def test_reprs_show_fingerprints_only(sandbox: RunningSandbox) -> None:
    client = ecartpay_auth.authenticated_client(
        sandbox.public_key, sandbox.private_key, base_url=sandbox.base_url
    )
    auth = ecartpay_auth.auth_of(client)
    list_customers.sync(client=client)
    info = auth.get_token_info()
    token = info.value
    shown = [repr(auth), str(auth), repr(client), str(client), repr(info), str(info)]
    shown += [repr(auth.token_store), repr(client.get_httpx_client().auth)]
    for text in shown:
        _assert_clean(text, _secrets(sandbox, token))
    assert f"sha256:{info.fingerprint}" in repr(auth)
    assert info.fingerprint in repr(info)
    assert len(info.fingerprint) == 8
    client.get_httpx_client().close()


def test_auth_refuses_to_be_pickled(auth: ecartpay_auth.EcartPayAuth) -> None:
    with pytest.raises(TypeError, match="secrets"):
        pickle.dumps(auth)


def test_logs_record_lifecycle_without_secrets(
    sandbox: RunningSandbox, make_auth: AuthFactory, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)  # every logger, httpx and httpcore included
    clock = SkipAhead()
    auth = make_auth(clock=clock)
    tokens: list[str] = []
    with httpx.Client(base_url=sandbox.base_url, auth=auth) as client:
        assert client.get("/api/customers").status_code == 200  # mint
        tokens.append(auth.get_token())
        sandbox.control.revoke_all()
        assert client.get("/api/customers").status_code == 200  # invalidate + mint
        tokens.append(auth.get_token())
        clock.to(auth.get_token_info().refresh_at_monotonic)
        assert client.get("/api/customers").status_code == 200  # refresh
        tokens.append(auth.get_token())
        sandbox.control.add_fault(kind="status", status=503, match="token", count=1)
        auth.forget()  # forget, then a retried mint
        assert client.get("/api/customers").status_code == 200
        tokens.append(auth.get_token())
    events = [getattr(r, "ecartpay_event", None) for r in caplog.records]
    for event in ("mint", "invalidate", "refresh", "forget", "retry"):
        assert event in events
    text = "\n".join(f"{r.name} {r.getMessage()} {r.__dict__}" for r in caplog.records)
    _assert_clean(text, _secrets(sandbox, *tokens))
    fingerprints = {Token.from_value(t).fingerprint for t in tokens}
    assert all(fp in text for fp in fingerprints)


def test_error_messages_and_chains_carry_no_secret(
    sandbox: RunningSandbox, make_auth: AuthFactory
) -> None:
    errors: list[BaseException] = []
    scenarios: list[tuple[dict[str, Any], dict[str, Any] | None]] = [
        ({"private_key": sandbox.private_key + "x"}, None),
        ({}, {"kind": "malformed", "match": "token"}),
        ({}, {"kind": "malformed", "match": "token", "body": '{"access_token": "eyJx.eyJy.z"}'}),
        ({"max_retries": 1}, {"kind": "status", "status": 503, "match": "token", "count": 2}),
        ({"max_retries": 0}, {"kind": "drop", "match": "token"}),
    ]
    for options, fault in scenarios:
        if fault is not None:
            sandbox.control.add_fault(**fault)
        with pytest.raises(ecartpay_auth.EcartPayError) as caught:
            make_auth(**options).get_token()
        errors.append(caught.value)
        sandbox.control.clear_faults()
    for bad in ("", " " + sandbox.private_key, sandbox.private_key + ":"):
        with pytest.raises(ecartpay_auth.ConfigurationError) as config_error:
            ecartpay_auth.EcartPayAuth(sandbox.public_key, bad)
        errors.append(config_error.value)
    token = make_auth().get_token()
    secrets = [*_secrets(sandbox, token), sandbox.private_key + "x"]
    for error in errors:
        _assert_clean(_exception_text(error), secrets)
        assert "eyJx.eyJy.z" not in _exception_text(error)
    kinds = {type(e).__name__ for e in errors}
    assert kinds == {
        "AuthenticationError",
        "TokenResponseError",
        "ServiceUnavailableError",
        "ConfigurationError",
    }
