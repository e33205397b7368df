"""Each delivery handled once: repeats, retries re-signed later, failures released."""

from __future__ import annotations

import threading
from typing import Any

import pytest

from contract_tests.redis_server import RedisServer
from ecartpay_auth import ConfigurationError, webhooks

from .conftest import SECRET


def _verified(
    data: dict[str, Any], hook: str = "hook_a", event: str = "orders.update", ts: int = 0
) -> webhooks.WebhookEvent:
    delivery = webhooks.sign(
        {"event": event, "data": data}, SECRET, webhook_id=hook, timestamp=ts or None
    )
    return webhooks.verify(delivery.body, delivery.headers, SECRET, tolerance=None)


def test_a_duplicate_and_a_re_signed_retry_are_handled_once(order: dict[str, Any]) -> None:
    seen: list[str] = []
    dedupe = webhooks.Deduplicator()
    first = _verified(order, ts=1_700_000_000_000)
    retry = _verified(order, ts=1_700_000_015_000)  # the vendor's retry, 15 s later
    for event in (first, first, retry):
        dedupe.run_once(event, lambda e: seen.append(e.data.id))
    assert seen == [order["id"]]
    assert first.idempotency_key == retry.idempotency_key
    assert len(dedupe.store) == 1  # type: ignore[arg-type]


def test_different_facts_are_different_deliveries(order: dict[str, Any]) -> None:
    dedupe = webhooks.Deduplicator()
    paid = dict(order, status="paid")
    events = [
        _verified(order),
        _verified(paid),  # same order, new state
        _verified(order, hook="hook_b"),  # another registered webhook
    ]
    assert [dedupe.claim(e) for e in events] == [True, True, True]
    assert [dedupe.claim(e) for e in events] == [False, False, False]
    renamed = _verified(order, event="orders.confirmation")  # the name is not signed
    assert not dedupe.claim(renamed)


def test_a_failing_handler_releases_the_claim_so_the_retry_is_handled() -> None:
    dedupe = webhooks.Deduplicator()
    event = _verified({"id": "1"})
    calls: list[int] = []

    def handler(e: webhooks.WebhookEvent) -> str:
        calls.append(1)
        if len(calls) == 1:
            raise RuntimeError("database down")
        return "done"

    with pytest.raises(RuntimeError):
        dedupe.run_once(event, handler)
    assert dedupe.run_once(event, handler) == "done"
    assert dedupe.run_once(event, handler) is None
    assert len(calls) == 2


def test_claims_expire_after_the_ttl() -> None:
    now = [100.0]
    store = webhooks.InMemoryDeliveryStore(clock=lambda: now[0])
    dedupe = webhooks.Deduplicator(store, ttl=60)
    event = _verified({"id": "1"})
    assert dedupe.claim(event)
    now[0] += 59
    assert not dedupe.claim(event)
    now[0] += 2
    assert dedupe.claim(event)
    with pytest.raises(ConfigurationError):
        webhooks.Deduplicator(ttl=0)


def test_concurrent_copies_are_claimed_once() -> None:
    dedupe = webhooks.Deduplicator()
    event = _verified({"id": "1"})
    start = threading.Barrier(16)
    wins: list[bool] = []

    def worker() -> None:
        start.wait()
        wins.append(dedupe.claim(event))

    threads = [threading.Thread(target=worker) for _ in range(16)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert sorted(wins) == [False] * 15 + [True]


def test_redis_store_claims_once_across_deduplicators_and_expires(
    redis_server: RedisServer,
) -> None:
    """Two receiver processes sharing one real Redis: one claim wins, PX expiry applies."""
    first = webhooks.Deduplicator(webhooks.RedisDeliveryStore.from_url(redis_server.url))
    second = webhooks.Deduplicator(webhooks.RedisDeliveryStore(redis_server.client()), ttl=60)
    event = _verified({"id": "1"})
    assert first.claim(event)
    assert not second.claim(event)
    client = redis_server.client()
    assert 0 < client.pttl(event.idempotency_key) <= 24 * 3600 * 1000
    assert second.run_once(_verified({"id": "2"}), lambda e: "handled") == "handled"
    assert client.pttl(_verified({"id": "2"}).idempotency_key) <= 60_000
    first.release(event)
    assert second.claim(event)
    keys = client.keys("ecartpay:webhook:*")
    assert sorted(k.decode() if isinstance(k, bytes) else k for k in keys) == sorted(
        [event.idempotency_key, _verified({"id": "2"}).idempotency_key]
    )
