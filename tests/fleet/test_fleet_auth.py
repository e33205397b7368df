"""EcartPayAuth and authenticated_client with shared stores, in one process: several auth
objects stand for several processes (each has its own token source and cache)."""

from __future__ import annotations

import asyncio
import logging
import pickle
from pathlib import Path

import httpx
import pytest

import ecartpay_auth
from contract_tests.redis_server import RedisServer
from ecartpay_client.api.customers import list_customers
from ecartpay_client.models import CustomerList, Error
from ecartpay_sandbox import RunningSandbox
from tests.auth._support import minted

from ._support import HEALTHY_TIMEOUT, impatient


def auth_for(
    sandbox: RunningSandbox, store: ecartpay_auth.SharedTokenStore
) -> ecartpay_auth.EcartPayAuth:
    return ecartpay_auth.EcartPayAuth(
        sandbox.public_key, sandbox.private_key, base_url=sandbox.base_url, token_store=store
    )


@pytest.fixture(params=["redis", "file"])
def shared(request: pytest.FixtureRequest, tmp_path: Path) -> ecartpay_auth.SharedTokenStore:
    if request.param == "redis":
        server: RedisServer = request.getfixturevalue("redis_server")
        return ecartpay_auth.RedisTokenStore.from_url(server.url, socket_timeout=HEALTHY_TIMEOUT)
    return ecartpay_auth.FileTokenStore(tmp_path / "tokens.json")


def test_sync_and_async_clients_share_one_mint(
    sandbox: RunningSandbox, shared: ecartpay_auth.SharedTokenStore
) -> None:
    clients = [
        ecartpay_auth.authenticated_client(
            sandbox.public_key, sandbox.private_key, base_url=sandbox.base_url,
            token_store=shared,
        )
        for _ in range(3)
    ]  # fmt: skip
    assert isinstance(list_customers.sync(client=clients[0]), CustomerList)

    async def rest() -> list[CustomerList | Error | None]:
        return [await list_customers.asyncio(client=c) for c in clients[1:]]

    assert all(isinstance(page, CustomerList) for page in asyncio.run(rest()))
    assert minted(sandbox) == 1
    assert ecartpay_auth.auth_of(clients[0]).token_store is shared


def test_a_401_deletes_only_the_failed_token_and_the_fleet_mints_once(
    sandbox: RunningSandbox, shared: ecartpay_auth.SharedTokenStore
) -> None:
    first, second = auth_for(sandbox, shared), auth_for(sandbox, shared)
    with (
        httpx.Client(base_url=sandbox.base_url, auth=first) as a,
        httpx.Client(base_url=sandbox.base_url, auth=second) as b,
    ):
        assert a.get("/api/customers").status_code == 200
        assert b.get("/api/customers").status_code == 200
        sandbox.control.revoke_all()
        assert a.get("/api/customers").status_code == 200  # 401, compare-and-delete, replay
        assert b.get("/api/customers").status_code == 200  # 401, adopts a's new token
        assert first.get_token() == second.get_token()
    assert minted(sandbox) == 2


def test_redis_down_never_fails_a_call_and_sharing_resumes(
    sandbox: RunningSandbox, private_redis_server: RedisServer
) -> None:
    store = ecartpay_auth.RedisTokenStore.from_url(
        private_redis_server.url, socket_timeout=HEALTHY_TIMEOUT, cooldown=0
    )
    with impatient(store):
        private_redis_server.freeze()
        try:
            down = [auth_for(sandbox, store).get_token() for _ in range(2)]
        finally:
            private_redis_server.thaw()
    assert minted(sandbox) == 2  # each minted for itself
    up = [auth_for(sandbox, store).get_token() for _ in range(2)]
    assert minted(sandbox) == 3  # shared again
    assert len(set(up)) == 1
    assert set(up).isdisjoint(down)


def test_env_var_names_the_store(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("ECARTPAY_PUBLIC_KEY", "pub7e57aaaaaaaaaaaaaaaa0001")
    monkeypatch.setenv("ECARTPAY_PRIVATE_KEY", "priv7e57bbbbbbbbbbbbbbbb0001")
    monkeypatch.setenv("ECARTPAY_TOKEN_STORE", "rediss://:s3cret@cache.internal:6380/2")
    auth = ecartpay_auth.EcartPayAuth.from_env()
    assert isinstance(auth.token_store, ecartpay_auth.RedisTokenStore)
    assert "s3cret" not in repr(auth.token_store)
    assert "cache.internal:6380/2" in repr(auth.token_store)
    monkeypatch.setenv("ECARTPAY_TOKEN_STORE", str(tmp_path / "t.json"))
    client = ecartpay_auth.authenticated_client()
    store = ecartpay_auth.auth_of(client).token_store
    assert isinstance(store, ecartpay_auth.FileTokenStore)
    assert store.path == tmp_path / "t.json"
    mine = ecartpay_auth.InMemoryTokenStore()
    assert ecartpay_auth.authenticated_client(token_store=mine)  # an argument beats the env
    assert (
        ecartpay_auth.auth_of(ecartpay_auth.authenticated_client(token_store=mine)).token_store
        is mine
    )
    monkeypatch.setenv("ECARTPAY_TOKEN_STORE", "http://cache.internal")
    with pytest.raises(ecartpay_auth.ConfigurationError, match="ECARTPAY_TOKEN_STORE"):
        ecartpay_auth.EcartPayAuth.from_env()
    with pytest.raises(ecartpay_auth.ConfigurationError, match="redis://"):
        ecartpay_auth.RedisTokenStore.from_url("memcached://x")


def test_nothing_secret_in_repr_or_logs(
    sandbox: RunningSandbox, redis_server: RedisServer, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG, logger="ecartpay_auth")
    store = ecartpay_auth.RedisTokenStore.from_url(redis_server.url, socket_timeout=HEALTHY_TIMEOUT)
    auth = auth_for(sandbox, store)
    token = auth.get_token()
    auth_for(sandbox, store).get_token()
    slot = store.bind(
        base_url=sandbox.base_url, public_key=sandbox.public_key, private_key=sandbox.private_key
    )
    shown = " ".join([repr(store), repr(auth), repr(slot), caplog.text])
    for secret in (token, *token.split("."), sandbox.private_key):
        assert secret not in shown
    with pytest.raises(TypeError):
        pickle.dumps(store)
