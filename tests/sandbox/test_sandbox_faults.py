"""Scripted faults fire exactly N times, on the requests they match, then stop."""

from __future__ import annotations

import asyncio
import json
from concurrent.futures import ThreadPoolExecutor

import anyio
import httpx
import pytest

from ecartpay_auth import TOKEN_OPERATION_ID, TOKEN_PATH
from ecartpay_sandbox import RunningSandbox, SandboxConfig, running_sandbox
from ecartpay_sandbox.app import SandboxApplication

N = 3
BOUND = 10.0  # seconds before a test that hangs fails (never reached when it passes)


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


# A delayed answer is proven by a client that gives up first: the delay (LONG) dwarfs the
# client's patience (SHORT), so a slow machine can only make the give-up more certain. A
# delay fault ends when its client leaves; a mint delay does not: the abandoned mints
# finish on the server later, so that test uses a sandbox of its own, where those late
# answers land in no other test's counters.
LONG, SHORT = 30.0, 0.5


def _mint_gives_up(sandbox: RunningSandbox) -> bool:
    """True when a mint is still unanswered after SHORT seconds (the delay is holding it)."""
    with httpx.Client(base_url=sandbox.base_url, timeout=SHORT) as impatient:
        try:
            _mint(impatient, sandbox)
        except httpx.ReadTimeout:
            return True
    return False


def test_delay_faults_fire_exactly_n_times(http: httpx.Client, sandbox: RunningSandbox) -> None:
    sandbox.control.add_fault(kind="delay", delay=LONG, match="token", count=2)
    assert [_mint_gives_up(sandbox) for _ in range(2)] == [True, True]
    assert _mint(http, sandbox).status_code == 200  # the third is not delayed
    assert sandbox.control.stats().faults_fired["delay"] == 2
    assert sandbox.control.faults() == []


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
    assert stats.requests[TOKEN_OPERATION_ID] == N + 1
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


def test_mint_delay_slows_every_mint_until_reset() -> None:
    with running_sandbox() as own, httpx.Client(base_url=own.base_url) as http:
        own.control.set_mint_delay(LONG)
        assert own.control.stats().mint_delay == LONG
        assert [_mint_gives_up(own) for _ in range(2)] == [True, True]
        own.control.reset()
        assert own.control.stats().mint_delay == 0
        assert _mint(http, own).status_code == 200


@pytest.mark.anyio
async def test_concurrent_mints_overlap_their_delay(
    sandbox_app: SandboxApplication, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The mint delay never serialises mints: 8 delayed mints meet at a barrier of 8
    inside their delays, which only works if all 8 are in their delay at once."""
    barrier = asyncio.Barrier(8)

    async def meet(seconds: float) -> None:
        assert seconds == 0.3
        await barrier.wait()

    monkeypatch.setattr(anyio, "sleep", meet)  # what the token resource awaits
    sandbox_app.core.mint_delay = 0.3
    keys = sandbox_app.config.accounts[0]
    transport = httpx.ASGITransport(app=sandbox_app)
    async with httpx.AsyncClient(transport=transport, base_url="http://sandbox") as client:
        mints = (
            client.post(TOKEN_PATH, auth=(keys.public_key, keys.private_key)) for _ in range(8)
        )
        responses = await asyncio.wait_for(asyncio.gather(*mints), BOUND)
    assert [r.status_code for r in responses] == [200] * 8


def test_counters_count_requests_and_statuses(
    http: httpx.Client, sandbox: RunningSandbox, token: str
) -> None:
    http.get("/api/customers", headers={"Authorization": token})
    http.get("/api/customers")
    http.get("/api/nowhere")
    stats = sandbox.control.stats()
    assert stats.tokens_minted == 1
    assert stats.requests == {TOKEN_OPERATION_ID: 1, "listCustomers": 2}
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
    body = {
        "first_name": "A",
        "last_name": "B",
        "email": "a@b.co",
        "note": "x" * 90_000,
    }  # < 100 kB
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
