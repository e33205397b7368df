"""Attack: make the SDK send its token to, or act on a 401 from, a host that is not the
API's origin (scheme, host and port of the auth's base URL).

The other host is a real HTTP server on loopback (another port, or the sandbox itself
under another host name); the sandbox counts mints."""

from __future__ import annotations

import asyncio
import json
from typing import Any

import httpx

import ecartpay_auth
from contract_tests.redis_server import RedisServer
from ecartpay_client import AuthenticatedClient
from ecartpay_client.api.customers import list_customers
from ecartpay_client.models import CustomerList
from ecartpay_sandbox import RunningSandbox
from tests.auth._support import minted

from ._other_host import OtherHost

_REFUSED = b'{"message": "Unauthorized", "statusCode": 401}'


def _client(sandbox: RunningSandbox, **options: Any) -> AuthenticatedClient:
    return ecartpay_auth.authenticated_client(
        sandbox.public_key, sandbox.private_key, base_url=sandbox.base_url, **options
    )


def test_the_token_is_not_sent_to_another_host(
    sandbox: RunningSandbox, other_host: OtherHost
) -> None:
    client = _client(sandbox)
    with client.get_httpx_client() as http:
        assert isinstance(list_customers.sync(client=client), CustomerList)
        http.get(other_host.url("/steal"), headers={"x-probe": "1"})
    ((_, path, headers),) = other_host.seen
    assert path == "/steal"
    assert headers["x-probe"] == "1"
    assert "authorization" not in headers


def test_the_token_is_not_sent_to_another_host_async(
    sandbox: RunningSandbox, other_host: OtherHost
) -> None:
    client = _client(sandbox)

    async def calls() -> None:
        async with client.get_async_httpx_client() as http:
            assert isinstance(await list_customers.asyncio(client=client), CustomerList)
            await http.get(other_host.url("/steal"))

    asyncio.run(calls())
    ((_, _, headers),) = other_host.seen
    assert "authorization" not in headers


def test_the_same_port_under_another_host_name_is_another_origin(
    sandbox: RunningSandbox,
) -> None:
    # The sandbox itself, reached as `localhost` instead of 127.0.0.1: another origin.
    auth = ecartpay_auth.EcartPayAuth(
        sandbox.public_key, sandbox.private_key, base_url=sandbox.base_url
    )
    elsewhere = httpx.URL(sandbox.base_url).copy_with(host="localhost")
    with httpx.Client(auth=auth) as http:
        token = auth.get_token()
        answer = http.get(elsewhere.join("/api/customers"))
        assert answer.status_code == 401  # sent without a token; its 401 changes nothing
        assert auth.get_token() == token
    assert minted(sandbox) == 1


def test_a_401_from_another_host_neither_drops_nor_remints_the_token(
    sandbox: RunningSandbox, other_host: OtherHost
) -> None:
    client = _client(sandbox)
    auth = ecartpay_auth.auth_of(client)
    with client.get_httpx_client() as http:
        token = auth.get_token()
        other_host.script(401, _REFUSED)
        assert http.post(other_host.url("/hook"), json={}).status_code == 401
        assert auth.get_token() == token
        assert isinstance(list_customers.sync(client=client), CustomerList)
    assert len(other_host.seen) == 1  # no replay
    assert minted(sandbox) == 1


def test_a_401_from_another_host_neither_drops_nor_remints_the_token_async(
    sandbox: RunningSandbox, other_host: OtherHost
) -> None:
    client = _client(sandbox)
    auth = ecartpay_auth.auth_of(client)

    async def calls() -> tuple[str, int, str]:
        async with client.get_async_httpx_client() as http:
            token = await auth.aget_token()
            other_host.script(401, _REFUSED)
            status = (await http.post(other_host.url("/hook"), json={})).status_code
            return token, status, await auth.aget_token()

    before, status, after = asyncio.run(calls())
    assert status == 401
    assert after == before
    assert len(other_host.seen) == 1
    assert minted(sandbox) == 1


def test_a_401_from_another_host_leaves_the_fleets_token_in_the_shared_store(
    sandbox: RunningSandbox, other_host: OtherHost, redis_server: RedisServer
) -> None:
    store = ecartpay_auth.RedisTokenStore.from_url(redis_server.url, socket_timeout=5.0)
    client = _client(sandbox, token_store=store)
    with client.get_httpx_client() as http:
        assert isinstance(list_customers.sync(client=client), CustomerList)
        stored = redis_server.client().keys("ecartpay:token:*")
        other_host.script(401, _REFUSED)
        assert http.post(other_host.url("/hook"), json={}).status_code == 401
        assert isinstance(list_customers.sync(client=client), CustomerList)
    # a second process of the fleet adopts the token still in the store: no mint
    fleet_peer = ecartpay_auth.EcartPayAuth(
        sandbox.public_key, sandbox.private_key, base_url=sandbox.base_url, token_store=store
    )
    fleet_peer.get_token()
    assert redis_server.client().keys("ecartpay:token:*") == stored
    assert minted(sandbox) == 1


def test_a_401_from_a_redirect_to_another_host_is_not_acted_on(
    sandbox: RunningSandbox, other_host: OtherHost
) -> None:
    # Home is a real server that mints and then redirects an API call elsewhere.
    with OtherHost() as home:
        token = json.dumps({"token": "tok-" + "a" * 40}).encode()
        home.script(200, token)
        home.script(307, headers={"location": other_host.url("/elsewhere")})
        other_host.script(401, _REFUSED)
        auth = ecartpay_auth.EcartPayAuth(
            sandbox.public_key, sandbox.private_key, base_url=home.url("").rstrip("/")
        )
        with httpx.Client(auth=auth, follow_redirects=True) as http:
            assert http.get(home.url("/api/customers")).status_code == 401
        assert [(m, p) for m, p, _ in home.seen] == [
            ("POST", "/api/authorizations/token"),
            ("GET", "/api/customers"),
        ]  # no second mint, no replay
        ((_, _, headers),) = other_host.seen
        assert "authorization" not in headers
        assert auth.get_token() == "tok-" + "a" * 40
