"""`ecartpay_auth.MerchantAuths`: one token source per merchant over shared settings,
bounded in memory, jittered refreshes, and one mint per merchant for a whole fleet."""

from __future__ import annotations

import asyncio
import threading
from collections.abc import Iterator

import httpx
import pytest

import ecartpay_auth
from contract_tests.redis_server import RedisServer
from ecartpay_sandbox import RunningSandbox, SandboxConfig, running_sandbox
from ecartpay_sandbox._config import DEFAULT_ACCOUNTS, Account

from ._support import HEALTHY_TIMEOUT

MERCHANTS = tuple(Account(f"pub7e57{i:020x}", f"priv7e57{i:020x}") for i in range(1, 7))


@pytest.fixture(scope="module")
def platform_sandbox() -> Iterator[RunningSandbox]:
    with running_sandbox(SandboxConfig(accounts=(*DEFAULT_ACCOUNTS, *MERCHANTS))) as sandbox:
        yield sandbox


@pytest.fixture
def merchants_sandbox(platform_sandbox: RunningSandbox) -> RunningSandbox:
    platform_sandbox.control.reset()
    return platform_sandbox


def _minted(sandbox: RunningSandbox) -> int:
    return int(sandbox.control.stats().tokens_minted)


def _account_of(sandbox: RunningSandbox, token: str) -> str:
    """The account a token speaks for: the owner of a customer created with it."""
    body = {"first_name": "A", "last_name": "B", "email": "owner@example.com"}
    created = httpx.post(
        f"{sandbox.base_url}/api/customers", json=body, headers={"Authorization": token}
    )
    return str(created.json()["account_id"])


def test_each_merchant_has_its_own_token_and_mints_once(merchants_sandbox: RunningSandbox) -> None:
    pool = ecartpay_auth.MerchantAuths(base_url=merchants_sandbox.base_url)
    tokens = {}
    for merchant in MERCHANTS[:3]:
        auth = pool.auth(merchant.public_key, merchant.private_key)
        assert pool.auth(merchant.public_key, merchant.private_key) is auth
        tokens[merchant.account_id] = auth.get_token()
        assert auth.get_token() == tokens[merchant.account_id]
    assert _minted(merchants_sandbox) == 3
    for account_id, token in tokens.items():
        assert _account_of(merchants_sandbox, token) == account_id
    assert pool.template.verify is pool.auth(*_keys(MERCHANTS[0])).verify  # one TLS context
    assert "priv7e57" not in repr(pool) + repr(pool.auth(*_keys(MERCHANTS[0])))


def _keys(merchant: Account) -> tuple[str, str]:
    return merchant.public_key, merchant.private_key


def test_one_merchant_never_mints_twice_at_once_sync_and_async(
    merchants_sandbox: RunningSandbox,
) -> None:
    pool = ecartpay_auth.MerchantAuths(base_url=merchants_sandbox.base_url)
    merchants_sandbox.control.set_mint_delay(0.2)
    barrier = threading.Barrier(6)

    def ask(merchant: Account) -> None:
        barrier.wait()
        pool.auth(*_keys(merchant)).get_token()

    threads = [threading.Thread(target=ask, args=(MERCHANTS[i % 2],)) for i in range(6)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert _minted(merchants_sandbox) == 2

    async def many() -> set[str]:
        auths = [pool.auth(*_keys(MERCHANTS[2 + i % 2])) for i in range(8)]
        return set(await asyncio.gather(*(a.aget_token() for a in auths)))

    assert len(asyncio.run(many())) == 2
    assert _minted(merchants_sandbox) == 4


def test_two_merchants_never_wait_on_each_other(merchants_sandbox: RunningSandbox) -> None:
    pool = ecartpay_auth.MerchantAuths(base_url=merchants_sandbox.base_url)
    merchants_sandbox.control.add_fault(kind="delay", match="token", delay=2, count=1)
    slow = pool.auth(*_keys(MERCHANTS[0]))
    holder = threading.Thread(target=slow.get_token, daemon=True)
    holder.start()
    while merchants_sandbox.control.stats().requests.get("createAuthorizationToken", 0) < 1:
        holder.join(0.01)  # until the slow mint has reached the sandbox
    pool.auth(*_keys(MERCHANTS[1])).get_token()  # not held behind merchant 0's mint
    assert slow._minting()
    assert holder.is_alive()
    holder.join(30)
    assert _minted(merchants_sandbox) == 2


def test_idle_merchants_beyond_the_bound_are_dropped_least_recently_used_first(
    merchants_sandbox: RunningSandbox,
) -> None:
    pool = ecartpay_auth.MerchantAuths(base_url=merchants_sandbox.base_url, max_merchants=2)
    first, second, third = (pool.auth(*_keys(m)) for m in MERCHANTS[:3])
    for auth in (first, second, third):
        auth.get_token()
    assert len(pool) == 2
    assert pool.evicted == 1
    assert MERCHANTS[0].public_key not in pool
    pool.auth(*_keys(MERCHANTS[1]))  # now the most recently used
    pool.auth(*_keys(MERCHANTS[0])).get_token()  # back: dropped state, so a new mint
    assert MERCHANTS[2].public_key not in pool
    assert _minted(merchants_sandbox) == 4


def test_rotated_keys_replace_the_merchant_and_forget_drops_it(
    merchants_sandbox: RunningSandbox,
) -> None:
    pool = ecartpay_auth.MerchantAuths(base_url=merchants_sandbox.base_url)
    auth = pool.auth(*_keys(MERCHANTS[0]))
    assert pool.auth(MERCHANTS[0].public_key, "priv-rotated-000000000000") is not auth
    assert len(pool) == 1
    assert pool.forget(MERCHANTS[0].public_key)
    assert not pool.forget(MERCHANTS[0].public_key)
    assert len(pool) == 0


@pytest.mark.parametrize(("jitter", "spread"), [(0, 1), (120, 20)])
def test_refresh_times_are_jittered_per_merchant(
    merchants_sandbox: RunningSandbox, jitter: float, spread: int
) -> None:
    pool = ecartpay_auth.MerchantAuths(base_url=merchants_sandbox.base_url, refresh_jitter=jitter)
    auth = pool.auth(*_keys(MERCHANTS[0]))
    offsets = set()
    for _ in range(30):  # thirty mints of tokens all minted "together"
        auth.forget()
        token = auth.get_token_info()
        offsets.add(round(token.refresh_at_monotonic - token.obtained_at_monotonic))
    assert (len(offsets) >= spread) if jitter else (len(offsets) == spread)
    assert all(3600 - 1 - 300 - jitter <= o <= 3600 - 1 - 300 for o in offsets)


def test_a_pool_needs_a_shared_store_or_none(merchants_sandbox: RunningSandbox) -> None:
    with pytest.raises(ecartpay_auth.ConfigurationError, match="shared store"):
        ecartpay_auth.MerchantAuths(
            base_url=merchants_sandbox.base_url,
            token_store=ecartpay_auth.InMemoryTokenStore(),  # type: ignore[arg-type]
        )
    with pytest.raises(ecartpay_auth.ConfigurationError, match="max_merchants"):
        ecartpay_auth.MerchantAuths(base_url=merchants_sandbox.base_url, max_merchants=0)


def test_a_fleet_mints_once_per_merchant_through_redis(
    merchants_sandbox: RunningSandbox, redis_server: RedisServer
) -> None:
    def process() -> ecartpay_auth.MerchantAuths:  # each stands for one process
        store = ecartpay_auth.RedisTokenStore.from_url(
            redis_server.url, socket_timeout=HEALTHY_TIMEOUT
        )
        return ecartpay_auth.MerchantAuths(
            base_url=merchants_sandbox.base_url, token_store=store, max_merchants=2
        )

    fleet = [process() for _ in range(3)]
    tokens = {m.public_key: {p.auth(*_keys(m)).get_token() for p in fleet} for m in MERCHANTS}
    assert all(len(values) == 1 for values in tokens.values())
    assert _minted(merchants_sandbox) == len(MERCHANTS)
    # dropped from memory beyond max_merchants, read back from Redis: still no new mint
    assert fleet[0].evicted == len(MERCHANTS) - 2
    assert fleet[0].auth(*_keys(MERCHANTS[0])).get_token() == tokens[MERCHANTS[0].public_key].pop()
    assert _minted(merchants_sandbox) == len(MERCHANTS)
    client = fleet[0].token_store.client  # type: ignore[union-attr]
    keys = [k for k in client.keys("ecartpay:token:*") if not k.endswith(b":lease")]
    assert len(keys) == len(MERCHANTS)  # one entry per merchant
    stored = b"".join(client.get(k) for k in keys)
    assert all(
        t.encode() not in stored
        for t in {v for m in MERCHANTS for v in [fleet[1].auth(*_keys(m)).get_token()]}
    )
