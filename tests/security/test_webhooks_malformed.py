"""Issue 19, should fix (webhooks): malformed input gets the SDK's typed error, never a
UnicodeEncodeError, a RecursionError (or a crash), a silently disabled check or a hung
worker. One test per attack; each failed before the fix."""

from __future__ import annotations

import math
import subprocess
import sys
import textwrap
import threading
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest

from contract_tests.redis_server import RedisServer
from ecartpay_auth import ConfigurationError, RedisTokenStore, WebhookVerificationError, webhooks
from ecartpay_auth._constants import DEFAULT_REDIS_SOCKET_TIMEOUT
from tests.webhooks._cli_runner import run_cli as _run
from tests.webhooks.conftest import SECRET

ORDER = {"id": "65a1b2c3d4e5f60718293b5c", "status": "paid"}


def _reason(payload: bytes | str, headers: Any, **options: Any) -> str:
    with pytest.raises(WebhookVerificationError) as caught:
        webhooks.verify(payload, headers, SECRET, **options)
    return caught.value.reason


def test_a_lone_surrogate_in_the_webhook_id_header_is_a_verification_error() -> None:
    delivery = webhooks.sign({"event": "orders.update", "data": ORDER}, SECRET)
    headers = {**delivery.headers, "x-pay-webhook-id": "hook_\ud800"}
    assert _reason(delivery.body, headers) == "malformed_header"


def test_a_lone_surrogate_in_a_text_payload_is_a_verification_error() -> None:
    delivery = webhooks.sign({"event": "orders.update", "data": ORDER}, SECRET)
    text = delivery.body.decode().replace("paid", "pa\udc80id")
    assert _reason(text, delivery.headers) == "not_utf8"


def test_a_lone_surrogate_in_the_event_name_is_refused_by_the_api_and_the_cli(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The name is not signed, so anyone may write `"\\ud800"` there: receivers that log or
    print it would raise UnicodeEncodeError, as the CLI did."""
    monkeypatch.setenv("HOOK_SECRET", SECRET)
    delivery = webhooks.sign({"event": "orders.update", "data": ORDER}, SECRET)
    body = delivery.body.replace(b'"orders.update"', b'"orders.\\ud800"')
    assert _reason(body, delivery.headers) == "not_an_event"
    saved = b"".join(f"{k}: {v}\r\n".encode() for k, v in delivery.headers.items())
    checked = _run("verify", "--secret-env", "HOOK_SECRET", stdin=saved + b"\r\n" + body)
    assert checked.returncode == 1
    assert b"not_an_event" in checked.stderr


def test_a_secret_or_a_signing_id_with_a_lone_surrogate_is_a_configuration_error() -> None:
    """An environment variable holding bytes that are not UTF-8 decodes to surrogates."""
    delivery = webhooks.sign({"event": "orders.update", "data": ORDER}, SECRET)
    with pytest.raises(ConfigurationError):
        webhooks.verify(delivery.body, delivery.headers, "whsec-\udcff")
    with pytest.raises(ConfigurationError):
        webhooks.sign({"event": "orders.update", "data": ORDER}, SECRET, webhook_id="h\udcff")
    made = _run("sign", "orders.update", "--webhook-id", "hook_😀", stdin=b"{}")
    assert made.returncode == 2  # a header cannot carry it: a usage error, not a traceback


def test_a_deep_body_is_refused_before_json_loads_can_crash_the_process() -> None:
    """Under a raised recursion limit `json.loads` of 200 000 levels (400 kB, under the
    1 MiB cap, no signature needed) overflowed the C stack: the receiver died (SIGSEGV)."""
    script = textwrap.dedent(
        """
        import sys
        sys.setrecursionlimit(1_000_000)
        from ecartpay_auth import webhooks
        body = b'{"event":"x","data":' + b"[" * 200_000 + b"]" * 200_000 + b"}"
        headers = webhooks.sign({"event": "x", "data": 1}, "whsec-x").headers
        try:
            webhooks.verify(body, headers, "whsec-x")
        except webhooks.WebhookVerificationError as exc:
            print(exc.reason)
        """
    )
    done = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, timeout=120, check=False
    )
    assert (done.returncode, done.stdout.strip()) == (0, b"too_deep"), done.stderr[-500:]


@pytest.mark.parametrize("tolerance", [math.nan, math.inf, -1, "300", True])
def test_a_tolerance_that_is_not_a_finite_number_of_seconds_is_refused(tolerance: Any) -> None:
    """NaN compared false with every skew: a delivery from last year verified."""
    old = datetime.now(UTC) - timedelta(days=365)
    delivery = webhooks.sign({"event": "orders.update", "data": ORDER}, SECRET, timestamp=old)
    with pytest.raises(ConfigurationError, match="finite number of seconds"):
        webhooks.verify(delivery.body, delivery.headers, SECRET, tolerance=tolerance)


@pytest.mark.parametrize("tolerance", ["nan", "inf", "-5", "soon"])
def test_the_cli_refuses_a_tolerance_that_is_not_a_finite_number_of_seconds(
    tolerance: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("HOOK_SECRET", SECRET)
    old = datetime.now(UTC) - timedelta(days=365)
    delivery = webhooks.sign({"event": "orders.update", "data": ORDER}, SECRET, timestamp=old)
    saved = b"".join(f"{k}: {v}\r\n".encode() for k, v in delivery.headers.items())
    args = ("verify", "--secret-env", "HOOK_SECRET", f"--tolerance={tolerance}")
    checked = _run(*args, stdin=saved + b"\r\n" + delivery.body)
    assert checked.returncode == 2
    assert b"--tolerance" in checked.stderr


def _connection_settings(pool: Any) -> tuple[object, ...]:
    connection = pool.make_connection()  # built, not connected
    return connection.socket_timeout, connection.socket_connect_timeout, connection.retry


def test_a_frozen_redis_costs_a_delivery_the_token_stores_short_timeout(
    private_redis_server: RedisServer,
) -> None:
    """`RedisDeliveryStore.from_url` took redis-py's defaults (5 s to connect, 5 s per
    command), so a stopped Redis held a receiver's worker that long per delivery, long
    past the vendor's 5 s answer limit. Now it is `RedisTokenStore.from_url`'s short
    timeout and no retry: the claim fails at once (the receiver answers 5xx, the vendor
    retries later)."""
    url = private_redis_server.url
    store = webhooks.RedisDeliveryStore.from_url(url)
    timeout, connect_timeout, retry = _connection_settings(store.client.connection_pool)
    tokens = _connection_settings(RedisTokenStore.from_url(url).client.connection_pool)
    assert (timeout, connect_timeout) == tokens[:2] == (DEFAULT_REDIS_SOCKET_TIMEOUT,) * 2
    assert (retry.get_retries(), tokens[2].get_retries()) == (0, 0)  # type: ignore[attr-defined]
    delivery = webhooks.sign({"event": "orders.update", "data": ORDER}, SECRET)
    event = webhooks.verify(delivery.body, delivery.headers, SECRET)
    outcome: list[BaseException] = []

    def claim() -> None:
        try:
            webhooks.Deduplicator(store).claim(event)
        except BaseException as exc:
            outcome.append(exc)

    private_redis_server.freeze()
    try:
        worker = threading.Thread(target=claim, daemon=True)
        worker.start()
        worker.join(timeout=120)  # only a guard: the claim gives up by itself
    finally:
        private_redis_server.thaw()
    worker.join()
    assert [type(e).__name__ for e in outcome] == ["TimeoutError"]
