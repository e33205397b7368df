"""Attack: with write access to the fleet's Redis (but not the keys), copy a sealed token
record back under its name with a fresh TTL, so that the fleet keeps believing, and
sending, a token past the expiry it was written with."""

from __future__ import annotations

import ecartpay_auth
from contract_tests.redis_server import RedisServer
from ecartpay_sandbox import RunningSandbox
from tests.auth._support import minted

HOUR_MS = 3_600_000


def test_a_record_set_again_with_a_fresh_ttl_is_not_believed_beyond_its_expiry(
    sandbox: RunningSandbox, redis_server: RedisServer
) -> None:
    store = ecartpay_auth.RedisTokenStore.from_url(redis_server.url, socket_timeout=5.0)
    keys = (sandbox.public_key, sandbox.private_key)
    slot = store.bind(base_url=sandbox.base_url, public_key=keys[0], private_key=keys[1])
    # A real token, written as a fleet member does when 60 s of it are left.
    old = ecartpay_auth.EcartPayAuth(*keys, base_url=sandbox.base_url).get_token()
    with slot.open() as session:
        session.write(old, 60.0)
    redis = redis_server.client()
    record = redis.get(slot.name)
    assert record is not None
    redis.set(slot.name, record, px=HOUR_MS)  # the attacker's copy: an hour to live again
    with slot.open() as session:
        entry = session.read(None)
    assert entry is not None
    assert entry.remaining <= 60.0
    # A process of the fleet does not adopt it for an hour: 60 s is inside its refresh
    # margin, so it mints a successor.
    auth = ecartpay_auth.EcartPayAuth(*keys, base_url=sandbox.base_url, token_store=store)
    assert auth.get_token() != old
    assert minted(sandbox) == 2
