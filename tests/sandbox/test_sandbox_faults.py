"""Scripted faults fire exactly N times, on the requests they match, then stop."""

from __future__ import annotations

import json
import time
from concurrent.futures import ThreadPoolExecutor

import httpx
import pytest

from contract_tests.sandbox import RunningSandbox, SandboxConfig, running_sandbox

TOKEN_PATH = "/api/authorizations/token"
N = 3


def _mint(http: httpx.Client, sandbox: RunningSandbox) -> httpx.Response:
    return http.post(TOKEN_PATH, auth=(sandbox.public_key, sandbox.private_key))


@pytest.mark.parametrize("status", [429, 500, 502, 503])
def test_status_faults_fire_exactly_n_times(
    http: httpx.Client, sandbox: RunningSandbox, status: int
) -> None:
    sandbox.control.add_fault(kind="status", status=status, match="token", count=N)
    responses = [_mint(http, sandbox) for _ in range(N + 2)]
    assert [r.status_code for r in responses] == [status] * N + [200, 200]
    for faulted in responses[:N]:
        assert faulted.json()["statusCode"] == status
        assert faulted.headers["content-type"].startswith("application/json")
        if status == 429:
            assert faulted.headers["retry-after"] == "1"
        else:
            assert "retry-after" not in faulted.headers
    stats = sandbox.control.stats()
    assert stats.faults_fired["status"] == N
    assert stats.tokens_minted == 2
    assert stats.statuses == {status: N, 200: 2}
    assert stats.pending_faults == []


def test_retry_after_can_be_chosen(http: httpx.Client, sandbox: RunningSandbox) -> None:
    sandbox.control.add_fault(kind="status", status=503, retry_after=7, match="token")
    response = _mint(http, sandbox)
    assert (response.status_code, response.headers["retry-after"]) == (503, "7")


def test_delay_faults_fire_exactly_n_times(http: httpx.Client, sandbox: RunningSandbox) -> None:
    sandbox.control.add_fault(kind="delay", delay=0.2, match="token", count=2)
    timings = []
    for _ in range(3):
        started = time.perf_counter()
        assert _mint(http, sandbox).status_code == 200
        timings.append(time.perf_counter() - started)
    assert timings[0] >= 0.2
    assert timings[1] >= 0.2
    assert timings[2] < 0.15
    assert sandbox.control.stats().faults_fired["delay"] == 2


def test_drop_faults_close_the_connection_exactly_n_times(
    http: httpx.Client, sandbox: RunningSandbox
) -> None:
    sandbox.control.add_fault(kind="drop", match="token", count=N)
    for _ in range(N):
        with pytest.raises(httpx.RemoteProtocolError, match="without sending a response"):
            _mint(http, sandbox)
    assert _mint(http, sandbox).status_code == 200
    stats = sandbox.control.stats()
    assert stats.dropped == N
    assert stats.faults_fired["drop"] == N
    assert stats.requests["createAuthorizationToken"] == N + 1
    assert stats.statuses == {200: 1}


def test_malformed_faults_answer_200_with_a_broken_body_exactly_n_times(
    http: httpx.Client, sandbox: RunningSandbox
) -> None:
    sandbox.control.add_fault(kind="malformed", match="token", count=N)
    for _ in range(N):
        response = _mint(http, sandbox)
        assert response.status_code == 200
        assert response.headers["content-type"].startswith("application/json")
        with pytest.raises(json.JSONDecodeError):
            response.json()
    assert "token" in _mint(http, sandbox).json()


def test_malformed_body_can_be_chosen(http: httpx.Client, sandbox: RunningSandbox) -> None:
    sandbox.control.add_fault(kind="malformed", match="token", body='{"token": 42}')
    assert _mint(http, sandbox).json() == {"token": 42}


def test_match_selects_the_requests(
    http: httpx.Client, sandbox: RunningSandbox, token: str
) -> None:
    auth = {"Authorization": token}
    sandbox.control.add_fault(kind="status", status=500, match="api", count=1)
    assert _mint(http, sandbox).status_code == 200  # "api" leaves the token endpoint alone
    assert http.get("/api/customers", headers=auth).status_code == 500
    sandbox.control.add_fault(kind="status", status=502, match="getOrder", count=1)
    assert http.get("/api/customers", headers=auth).status_code == 200
    assert http.get("/api/orders/x", headers=auth).status_code == 502
    sandbox.control.add_fault(kind="status", status=503, match="*", count=2)
    assert _mint(http, sandbox).status_code == 503
    assert http.get("/api/customers", headers=auth).status_code == 503
    assert http.get("/api/customers", headers=auth).status_code == 200
    assert http.get("/__sandbox__/health").status_code == 200  # never faulted


def test_faults_fire_before_authentication(http: httpx.Client, sandbox: RunningSandbox) -> None:
    sandbox.control.add_fault(kind="status", status=503, match="api")
    assert http.get("/api/customers").status_code == 503


def test_a_fault_fires_exactly_n_times_under_concurrency(sandbox: RunningSandbox) -> None:
    sandbox.control.add_fault(kind="status", status=503, match="token", count=25)

    def mint(_: int) -> int:
        with httpx.Client(base_url=sandbox.base_url, verify=False) as client:
            return _mint(client, sandbox).status_code

    with ThreadPoolExecutor(max_workers=16) as pool:
        statuses = list(pool.map(mint, range(100)))
    assert statuses.count(503) == 25
    assert statuses.count(200) == 75
    assert sandbox.control.stats().tokens_minted == 75


def test_faults_are_listed_and_cleared(sandbox: RunningSandbox) -> None:
    first = sandbox.control.add_fault(kind="status", status=500, count=2)
    second = sandbox.control.add_fault(kind="delay", delay=0.01, match="createOrder")
    assert second["id"] > first["id"]
    assert [f["id"] for f in sandbox.control.faults()] == [first["id"], second["id"]]
    assert sandbox.control.faults()[0]["remaining"] == 2
    assert sandbox.control.clear_faults() == 2
    assert sandbox.control.faults() == []


@pytest.mark.parametrize(
    "payload",
    [
        {"kind": "explode"},
        {"kind": "status"},
        {"kind": "status", "status": 200},
        {"kind": "status", "status": 503, "count": 0},
        {"kind": "status", "status": 503, "match": "noSuchOperation"},
        {"kind": "delay"},
        {"kind": "delay", "delay": -1},
        {"kind": "drop", "status": 500},
        {"kind": "malformed", "body": 3},
        {"kind": "drop", "colour": "red"},
    ],
    ids=str,
)
def test_invalid_faults_are_refused(
    http: httpx.Client, sandbox: RunningSandbox, payload: dict[str, object]
) -> None:
    response = http.post("/__sandbox__/faults", json=payload)
    assert response.status_code == 400
    assert response.json()["statusCode"] == 400
    assert sandbox.control.faults() == []


def test_mint_delay_slows_every_mint_until_reset(
    http: httpx.Client, sandbox: RunningSandbox
) -> None:
    sandbox.control.set_mint_delay(0.1)
    assert sandbox.control.stats().mint_delay == 0.1
    for _ in range(2):
        started = time.perf_counter()
        assert _mint(http, sandbox).status_code == 200
        assert time.perf_counter() - started >= 0.1
    sandbox.control.reset()
    started = time.perf_counter()
    _mint(http, sandbox)
    assert time.perf_counter() - started < 0.1


def test_concurrent_mints_overlap_their_delay(sandbox: RunningSandbox) -> None:
    sandbox.control.set_mint_delay(0.3)

    def mint(_: int) -> int:
        with httpx.Client(base_url=sandbox.base_url, verify=False) as client:
            return _mint(client, sandbox).status_code

    started = time.perf_counter()
    with ThreadPoolExecutor(max_workers=8) as pool:
        assert list(pool.map(mint, range(8))) == [200] * 8
    assert time.perf_counter() - started < 0.3 * 4  # not serialised


def test_counters_count_requests_and_statuses(
    http: httpx.Client, sandbox: RunningSandbox, token: str
) -> None:
    http.get("/api/customers", headers={"Authorization": token})
    http.get("/api/customers")
    http.get("/api/nowhere")
    stats = sandbox.control.stats()
    assert stats.tokens_minted == 1
    assert stats.requests == {"createAuthorizationToken": 1, "listCustomers": 2}
    assert stats.statuses == {200: 2, 401: 1, 404: 1}
    assert stats.operation_statuses["listCustomers"] == {200: 1, 401: 1}


def test_the_control_plane_can_be_switched_off() -> None:
    config = SandboxConfig(control_plane=False)
    with running_sandbox(config) as sb, httpx.Client(base_url=sb.base_url) as client:
        for method, path in [("GET", "/__sandbox__/stats"), ("POST", "/__sandbox__/reset")]:
            response = client.request(method, path)
            assert response.status_code == 404
            assert response.json() == {"message": "Not found", "statusCode": 404}
        minted = client.post(TOKEN_PATH, auth=(sb.public_key, sb.private_key))
        assert minted.status_code == 200


def test_a_faulted_post_keeps_the_connection_usable(
    http: httpx.Client, sandbox: RunningSandbox, token: str
) -> None:
    sandbox.control.add_fault(kind="status", status=503, match="createCustomer")
    body = {"first_name": "A", "last_name": "B", "email": "a@b.co", "note": "x" * 200_000}
    auth = {"Authorization": token}
    assert http.post("/api/customers", json=body, headers=auth).status_code == 503
    assert http.post("/api/customers", json=body, headers=auth).status_code == 200


def test_refuse_faults_fail_n_tls_handshakes_before_any_request(
    tls_sandbox: RunningSandbox,
) -> None:
    tls_sandbox.control.reset()
    tls_sandbox.control.add_fault(kind="refuse", count=2)
    outcomes: list[int | str] = []
    for _ in range(3):  # a fresh client each time: a new connection, a new handshake
        with httpx.Client(base_url=tls_sandbox.base_url, verify=tls_sandbox.verify) as http:
            try:
                outcomes.append(_mint(http, tls_sandbox).status_code)
            except httpx.ConnectError:
                outcomes.append("refused")
    assert outcomes == ["refused", "refused", 200]
    stats = tls_sandbox.control.stats()
    assert stats.faults_fired["refuse"] == 2
    assert stats.requests.get("createAuthorizationToken") == 1  # the refused never arrived


def test_a_refuse_fault_matches_every_connection(sandbox: RunningSandbox) -> None:
    with pytest.raises(RuntimeError, match="only be"):
        sandbox.control.add_fault(kind="refuse", match="token")
