"""The in-process pieces: the canned transport and the overhead harness's bookkeeping."""

from __future__ import annotations

import httpx

from bench._inproc import ORDER, CannedTransport
from bench._server import sandbox_process
from bench.overhead import STATIC, measure, render
from ecartpay_sandbox import RunningSandbox


def test_canned_transport_counts_requests_without_a_token() -> None:
    transport = CannedTransport()
    with httpx.Client(transport=transport, base_url="http://127.0.0.1") as client:
        assert client.get("/x").json() == ORDER
        client.get("/x", headers={"Authorization": "t"})
    assert (transport.requests, transport.unauthenticated) == (2, 1)


def test_overhead_runs_every_contender_with_a_token_on_every_request() -> None:
    with sandbox_process() as sandbox:
        result = measure(
            sandbox.base_url, sandbox.public_key, sandbox.private_key, rounds=2, batch=5
        )
    assert set(result.sync_us) == {STATIC, "ecartpay", "httpx-auth", "naive"}
    assert all(len(samples) == 2 for samples in result.async_us.values())
    assert result.unauthenticated == 0
    assert "EcartPayAuth" in render(result, rounds=2, batch=5)


def test_retry_layer_bench_compares_the_same_client_with_and_without_the_layer() -> None:
    from bench import retry_layer

    with sandbox_process() as sandbox:
        result = retry_layer.measure(
            sandbox.base_url, sandbox.public_key, sandbox.private_key, rounds=2, batch=5
        )
    for mode in ("sync", "async"):
        assert set(result[mode]) == {retry_layer.BARE, retry_layer.LAYER}
        assert all(len(samples) == 2 for samples in result[mode].values())
    assert "Retry layer overhead" in retry_layer.render(result, rounds=2, batch=5)


def test_front_door_bench_times_both_ways_over_one_client(sandbox: RunningSandbox) -> None:
    from bench import front_door

    result = front_door.measure(
        sandbox.base_url, sandbox.public_key, sandbox.private_key, rounds=2, batch=3
    )
    for mode in ("sync", "async"):
        assert set(result[mode]) == {front_door.MODULE, front_door.FRONT}
        assert all(len(samples) == 2 for samples in result[mode].values())
    shown = front_door.render(result, rounds=2, batch=3)
    assert "Front door vs module-level" in shown
    assert f"<= {front_door.GOAL}" in shown
