"""``running_sandbox`` and ``SandboxConfig``: start, answer, stop; accounts and env vars."""

from __future__ import annotations

import socket
from pathlib import Path

import httpx
import pytest

from ecartpay_auth import TOKEN_PATH
from ecartpay_sandbox import (
    DEFAULT_PUBLIC_KEY,
    Account,
    RunningSandbox,
    SandboxConfig,
    config_from_env,
    running_sandbox,
)


def test_the_session_sandbox_has_two_accounts(sandbox: RunningSandbox) -> None:
    assert len(sandbox.accounts) == 2
    assert sandbox.accounts[0].public_key == sandbox.public_key == DEFAULT_PUBLIC_KEY
    assert sandbox.accounts[0].account_id != sandbox.accounts[1].account_id
    assert sandbox.ca_file is None
    assert sandbox.verify is True
    assert sandbox.base_url.startswith("http://127.0.0.1:")
    assert sandbox.control.health()


def test_running_sandbox_answers_then_frees_its_port() -> None:
    with running_sandbox() as sb:
        port = int(sb.base_url.rsplit(":", 1)[1])
        assert httpx.get(sb.base_url + "/__sandbox__/health").json() == {"ok": True}
    with (
        pytest.raises(ConnectionRefusedError),
        socket.create_connection(("127.0.0.1", port), timeout=1),
    ):
        pass


def test_a_stopped_sandbox_refuses_connections_even_with_open_keepalive() -> None:
    with running_sandbox() as sb, httpx.Client(base_url=sb.base_url) as client:
        assert client.get("/__sandbox__/health").status_code == 200
        sb.stop()
        with pytest.raises(httpx.TransportError):
            client.get("/__sandbox__/health")


def test_extra_accounts_mint_their_own_tokens() -> None:
    third = Account("pub" + "3" * 24, "priv" + "3" * 24)
    config = SandboxConfig(accounts=(*SandboxConfig().accounts, third))
    with running_sandbox(config) as sb, httpx.Client(base_url=sb.base_url) as client:
        response = client.post(TOKEN_PATH, auth=(third.public_key, third.private_key))
        assert response.status_code == 200
        assert sb.control.stats().tokens_minted == 1
    assert len(third.account_id) == 24
    assert "priv" not in repr(third)


def test_config_from_env() -> None:
    env = {
        "SANDBOX_PUBLIC_KEY": "pubE",
        "SANDBOX_PRIVATE_KEY": "privE",
        "SANDBOX_TOKEN_TTL": "30",
        "SANDBOX_ACCOUNTS": "pubF:privF,pubG:privG:" + "a" * 24,
        "SANDBOX_SPEC": "/elsewhere/openapi.yaml",
    }
    config = config_from_env(environ=env)
    assert [a.public_key for a in config.accounts] == [
        "pubE",
        "pub7e57aaaaaaaaaaaaaaaa0002",
        "pubF",
        "pubG",
    ]
    assert config.accounts[3].account_id == "a" * 24
    assert config.token_ttl == 30
    assert config.spec_path == Path("/elsewhere/openapi.yaml")
    assert config_from_env(environ={}).accounts == SandboxConfig().accounts


@pytest.mark.parametrize(
    "make",
    [
        lambda: SandboxConfig(accounts=()),
        lambda: SandboxConfig(accounts=(Account("p", "q"), Account("p", "r"))),
        lambda: SandboxConfig(token_ttl=-1),
        lambda: Account("p:q", "r"),
        lambda: Account("", "r"),
        lambda: Account.parse("a:b:c:d"),
    ],
)
def test_bad_configs_are_refused(make: object) -> None:
    with pytest.raises(ValueError):  # noqa: PT011  (each case has its own message)
        make()  # type: ignore[operator]


def test_settings_can_be_read_and_refused(sandbox: RunningSandbox) -> None:
    with httpx.Client(base_url=sandbox.base_url + "/__sandbox__") as client:
        assert client.get("/settings").json() == {"token_ttl": 3600, "mint_delay": 0.0}
        for bad in ({"token_ttl": "x"}, {"token_ttl": -1}, {"mint_delay": 99}, {"other": 1}):
            assert client.post("/settings", json=bad).status_code == 400
        assert client.get("/accounts").json()["accounts"][0] == {
            "account_id": sandbox.account_id,
            "public_key": sandbox.public_key,
        }
