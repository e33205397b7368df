"""`ecartpay.MerchantPool` against the local sandbox: merchant clients (sync and async)
act as their merchant, share one connection pool and token store, mint once each, stay
bounded in memory, and a fleet sharing Redis mints once per merchant."""

from __future__ import annotations

import asyncio
from collections.abc import Iterator

import pytest

import ecartpay
import ecartpay_auth
from contract_tests.redis_server import RedisServer
from ecartpay import oauth
from ecartpay_sandbox import RunningSandbox

from ._support import REDIRECT, consent, register_app


@pytest.fixture
def merchants(sandbox: RunningSandbox) -> list[oauth.MerchantCredentials]:
    """Three new merchants, connected through the consent page."""
    app = register_app(sandbox)
    connected = []
    for _ in range(3):
        url, state = oauth.authorization_url(app.client_id, REDIRECT, base_url=sandbox.base_url)
        callback = consent(sandbox, url)
        connected.append(
            oauth.exchange_code(
                callback["code"], client_id=app.client_id, client_secret=app.client_secret,
                redirect_uri=REDIRECT, state=callback["state"], expected_state=state,
                base_url=sandbox.base_url,
            )
        )  # fmt: skip
    return connected


@pytest.fixture
def pool(sandbox: RunningSandbox) -> Iterator[ecartpay.MerchantPool]:
    with ecartpay.MerchantPool(base_url=sandbox.base_url) as pool:
        yield pool


def _minted(sandbox: RunningSandbox) -> int:
    return int(sandbox.control.stats().tokens_minted)


def _empty(client: ecartpay.EcartPay) -> bool:
    return list(client.customers.list()) == []


def _customer(client: ecartpay.EcartPay, n: int) -> str:
    created = client.customers.create(first_name="Ana", last_name="L", email=f"a{n}@example.com")
    return str(created.id)


def test_merchant_clients_act_as_their_merchant_and_mint_once_each(
    sandbox: RunningSandbox,
    pool: ecartpay.MerchantPool,
    merchants: list[oauth.MerchantCredentials],
) -> None:
    before = _minted(sandbox)
    clients = [pool.client(m.public_key, m.private_key) for m in merchants]
    assert all(isinstance(c, ecartpay.EcartPay) for c in clients)
    ids = [_customer(c, n) for n, c in enumerate(clients)]
    for client, own in zip(clients, ids, strict=True):
        assert [c.id for c in client.customers.list()] == [own]  # each sees its own only
    again = pool.client(merchants[0].public_key, merchants[0].private_key)
    assert [c.id for c in again.customers.list()] == [ids[0]]
    assert _minted(sandbox) - before == 3
    for merchant, customer_id in zip(merchants, ids, strict=True):
        data = sandbox.control.data(str(merchant.account_id))
        assert [c["id"] for c in data.customers] == [customer_id]


def test_async_merchant_clients_share_the_pool_too(
    sandbox: RunningSandbox,
    pool: ecartpay.MerchantPool,
    merchants: list[oauth.MerchantCredentials],
) -> None:
    before = _minted(sandbox)

    async def main() -> list[int]:
        clients = [pool.async_client(m.public_key, m.private_key) for m in merchants]
        assert all(isinstance(c, ecartpay.AsyncEcartPay) for c in clients)
        pages = await asyncio.gather(*(c.customers.list() for c in clients for _ in range(4)))
        return [len([x async for x in page]) for page in pages]

    assert asyncio.run(main()) == [0] * 12
    assert _minted(sandbox) - before == 3
    sync = pool.client(merchants[0].public_key, merchants[0].private_key)
    assert list(sync.customers.list()) == []  # the sync side reuses the merchant's token
    assert _minted(sandbox) - before == 3


def test_one_connection_pool_closing_a_merchant_client_keeps_it_open(
    pool: ecartpay.MerchantPool, merchants: list[oauth.MerchantCredentials]
) -> None:
    first, second = (pool.client(m.public_key, m.private_key) for m in merchants[:2])
    assert first._requester.http is second._requester.http  # one httpx client, one pool
    with first:
        list(first.customers.list())
    assert list(second.customers.list()) == []  # still open after the first one closed
    quick = second.with_options(timeout=5.0, max_retries=0)
    assert (
        quick.auth
        is second.auth
        is pool.merchants.auth(merchants[1].public_key, merchants[1].private_key)
    )
    assert list(quick.customers.list()) == []
    with pytest.raises(ecartpay.ConfigurationError, match="low-level"):
        _ = first.low_level_client
    secrets = [m.private_key for m in merchants]
    shown = repr(pool) + repr(first) + repr(first.auth) + repr(pool.merchants)
    assert not [s for s in secrets if s in shown]


def test_merchants_beyond_the_bound_are_dropped(
    sandbox: RunningSandbox, merchants: list[oauth.MerchantCredentials]
) -> None:
    with ecartpay.MerchantPool(base_url=sandbox.base_url, max_merchants=2) as pool:
        for merchant in merchants:
            assert (
                list(pool.client(merchant.public_key, merchant.private_key).customers.list()) == []
            )
        assert len(pool) == 2
        assert pool.merchants.evicted == 1
        assert merchants[0].public_key not in pool.merchants
        assert pool.forget(merchants[2].public_key)
        assert len(pool) == 1
    with pytest.raises(ecartpay.ConfigurationError, match="closed"):
        pool.client(merchants[0].public_key, merchants[0].private_key)


def test_a_fleet_sharing_redis_mints_once_per_merchant(
    sandbox: RunningSandbox,
    merchants: list[oauth.MerchantCredentials],
    redis_server: RedisServer,
) -> None:
    before = _minted(sandbox)
    pools = [
        ecartpay.MerchantPool(
            token_store=ecartpay_auth.RedisTokenStore.from_url(redis_server.url),
            base_url=sandbox.base_url,
        )
        for _ in range(3)
    ]
    for pool in pools:
        for merchant in merchants:
            assert (
                list(pool.client(merchant.public_key, merchant.private_key).customers.list()) == []
            )
        pool.close()
    assert _minted(sandbox) - before == len(merchants)


def test_a_pool_is_configured_like_ecartpay(sandbox: RunningSandbox) -> None:
    with pytest.raises(ecartpay.ConfigurationError, match="shared store"):
        ecartpay.MerchantPool(ecartpay.InMemoryTokenStore(), base_url=sandbox.base_url)  # type: ignore[arg-type]
    with pytest.raises(ecartpay.ConfigurationError):
        ecartpay.MerchantPool(environment="moon")
    with pytest.raises(ecartpay.ConfigurationError):
        ecartpay.MerchantPool(base_url=sandbox.base_url).client("", "priv")
