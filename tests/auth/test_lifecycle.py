"""Token lifetime, refresh, clock skew, 401 handling and replay."""

from __future__ import annotations

import base64
import json
import threading
import time
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from typing import Any

import httpx
import pytest

import ecartpay_auth
from ecartpay_auth import Token, TokenState
from ecartpay_sandbox import RunningSandbox

from ._support import LIST_OP, TOKEN_OP, SkipAhead, minted, requests_to, statuses_of
from .conftest import AuthFactory


def _jwt(claims: dict[str, Any]) -> str:
    def part(data: dict[str, Any]) -> str:
        raw = json.dumps(data).encode()
        return base64.urlsafe_b64encode(raw).rstrip(b"=").decode()

    return f"{part({'alg': 'HS512', 'typ': 'JWT'})}.{part(claims)}.c2lnbmF0dXJl"


# -- schedule (pure) -----------------------------------------------------------------------


def test_lifetime_comes_from_exp_minus_iat_anchored_to_monotonic() -> None:
    now = time.time()
    token = Token.from_value(
        _jwt({"id": "a" * 24, "account_id": "b" * 24, "iat": int(now), "exp": int(now) + 600}),
        obtained_at_monotonic=1000.0,
        refresh_margin=60,
    )
    assert token.lifetime == 600
    assert token.claims_readable
    assert token.account_id == "b" * 24
    assert token.expires_at_monotonic == 1000.0 + 599  # one second short: `iat` has 1 s resolution
    assert token.refresh_at_monotonic == 1000.0 + 599 - 60


@pytest.mark.parametrize("skew", [-7200, +7200])
def test_wall_clock_skew_does_not_change_the_schedule(skew: int) -> None:
    """Claims 2 h away from our wall clock: the lifetime is still exp - iat."""
    iat = int(time.time()) + skew
    token = Token.from_value(
        _jwt({"iat": iat, "exp": iat + 3600}), obtained_at_monotonic=50.0, refresh_margin=300
    )
    assert token.remaining(50.0) == 3599
    assert token.state(50.0) is TokenState.FRESH


def test_margin_is_capped_at_half_the_lifetime() -> None:
    token = Token.from_value(
        _jwt({"iat": 0, "exp": 10}), obtained_at_monotonic=0.0, refresh_margin=300
    )
    assert token.expires_at_monotonic == 9.0
    assert token.refresh_at_monotonic == 4.5


@pytest.mark.parametrize(
    "value",
    ["opaque-token", "a.b.c", _jwt({"iat": "x", "exp": 1}), _jwt({"iat": 10, "exp": 5})],
)
def test_unreadable_claims_fall_back_to_3600_seconds(value: str) -> None:
    token = Token.from_value(value, obtained_at_monotonic=0.0, refresh_margin=300)
    assert token.lifetime == 3600
    assert not token.claims_readable
    assert token.refresh_at_monotonic == 3599 - 300


def test_state_is_fresh_then_refresh_due_then_expired() -> None:
    token = Token.from_value(
        _jwt({"iat": 0, "exp": 101}), obtained_at_monotonic=0.0, refresh_margin=20
    )
    assert (token.refresh_at_monotonic, token.expires_at_monotonic) == (80.0, 100.0)
    states = [token.state(t) for t in (0.0, 79.9, 80.0, 99.9, 100.0, 1e9)]
    assert (
        states == [TokenState.FRESH] * 2 + [TokenState.REFRESH_DUE] * 2 + [TokenState.EXPIRED] * 2
    )
    assert token.remaining(90.0) == 10.0


def test_claims_are_public_and_the_id_claim_has_one_name() -> None:
    token = Token.from_value(_jwt({"id": "t" * 24, "account_id": "a" * 24, "iat": 0, "exp": 60}))
    assert token.token_id == "t" * 24
    assert token.claims == {"id": "t" * 24, "account_id": "a" * 24, "iat": 0, "exp": 60}
    with pytest.raises(TypeError):
        token.claims["id"] = "x"  # type: ignore[index]  # read-only view
    assert Token.from_value("opaque").claims == {}


# -- against the sandbox ---------------------------------------------------------------------


def test_tokens_are_refreshed_on_schedule_never_in_a_loop(
    sandbox: RunningSandbox, make_auth: AuthFactory
) -> None:
    """One mint per token lifetime: the clock jumps to each refresh point in turn."""
    clock = SkipAhead()
    auth = make_auth(refresh_margin=300, clock=clock)
    with httpx.Client(base_url=sandbox.base_url, auth=auth) as client:
        for mints in (1, 2, 3):
            for _ in range(3):
                assert client.get("/api/customers").status_code == 200
            assert minted(sandbox) == mints  # no minting loop between refresh points
            clock.to(auth.get_token_info().refresh_at_monotonic)
    assert statuses_of(sandbox, LIST_OP) == {200: 9}  # never a 401


@pytest.fixture(params=[-7200, +7200], ids=["clock-2h", "clock+2h"])
def skewed_clock(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> int:
    """The client's wall clock is off by +/- 2 hours (time.time patched in this process)."""
    real = time.time
    skew = int(request.param)
    monkeypatch.setattr(time, "time", lambda: real() + skew)
    return skew


def test_clock_skew_changes_nothing(
    sandbox: RunningSandbox, make_auth: AuthFactory, skewed_clock: int
) -> None:
    sandbox.control.set_ttl(600)
    clock = SkipAhead()
    auth = make_auth(refresh_margin=60, clock=clock)
    with httpx.Client(base_url=sandbox.base_url, auth=auth) as client:
        first = auth.get_token_info()
        assert first.lifetime == 600  # from exp - iat, not from our wall clock
        schedule = first.refresh_at_monotonic - first.obtained_at_monotonic
        assert schedule == pytest.approx(600 - 1 - 60)  # float instants: not bit-exact
        assert first.state(clock()) is TokenState.FRESH
        for _ in range(5):
            assert client.get("/api/customers").status_code == 200
        assert minted(sandbox) == 1  # no minting loop although "exp" looks past/future
        clock.to(first.refresh_at_monotonic)
        assert client.get("/api/customers").status_code == 200
    assert minted(sandbox) == 2
    assert 401 not in statuses_of(sandbox, LIST_OP)


def test_revocation_mid_run_one_mint_one_replay_each(
    sandbox: RunningSandbox, auth: ecartpay_auth.EcartPayAuth
) -> None:
    limits = httpx.Limits(max_connections=16)
    with httpx.Client(base_url=sandbox.base_url, auth=auth, limits=limits) as client:
        assert client.get("/api/customers").status_code == 200
        sandbox.control.set_mint_delay(0.05)
        assert sandbox.control.revoke_all() >= 1  # reset() keeps older tests' tokens live
        barrier = threading.Barrier(16)

        def call(_: int) -> httpx.Response:
            barrier.wait(timeout=10)
            return client.get("/api/customers")

        with ThreadPoolExecutor(max_workers=16) as pool:
            responses = list(pool.map(call, range(16)))
    assert [r.status_code for r in responses] == [200] * 16
    assert minted(sandbox) == 2  # one mint for everyone who saw the 401
    seen_401 = sum(len(r.history) for r in responses)
    assert all(len(r.history) <= 1 for r in responses)  # replayed at most once each
    assert 1 <= seen_401 <= 16
    assert statuses_of(sandbox, LIST_OP) == {200: 17, 401: seen_401}


@pytest.mark.anyio
async def test_revocation_mid_run_async(
    sandbox: RunningSandbox, auth: ecartpay_auth.EcartPayAuth
) -> None:
    import asyncio

    async with httpx.AsyncClient(base_url=sandbox.base_url, auth=auth) as client:
        assert (await client.get("/api/customers")).status_code == 200
        sandbox.control.set_mint_delay(0.05)
        sandbox.control.revoke_all()
        responses = await asyncio.gather(*(client.get("/api/customers") for _ in range(32)))
    assert [r.status_code for r in responses] == [200] * 32
    assert minted(sandbox) == 2
    assert all(len(r.history) == 1 for r in responses)  # all held the revoked token
    assert statuses_of(sandbox, LIST_OP) == {200: 33, 401: 32}


def test_second_401_is_returned_never_a_loop(sandbox: RunningSandbox, http: httpx.Client) -> None:
    assert http.get("/api/customers").status_code == 200
    sandbox.control.add_fault(kind="status", status=401, match="api", count=5)
    response = http.get("/api/customers")
    assert response.status_code == 401
    assert len(response.history) == 1  # one replay, then the 401 as is
    assert requests_to(sandbox, LIST_OP) == 3
    assert minted(sandbox) == 2


@pytest.mark.anyio
async def test_second_401_is_returned_async(
    sandbox: RunningSandbox, auth: ecartpay_auth.EcartPayAuth
) -> None:
    sandbox.control.add_fault(kind="status", status=401, match="api", count=5)
    async with httpx.AsyncClient(base_url=sandbox.base_url, auth=auth) as client:
        response = await client.get("/api/customers")
    assert response.status_code == 401
    assert requests_to(sandbox, LIST_OP) == 2
    assert minted(sandbox) == 2


def test_streamed_body_is_not_replayed(sandbox: RunningSandbox, http: httpx.Client) -> None:
    body = json.dumps({"first_name": "Ana", "last_name": "López", "email": "a@example.com"})

    def stream() -> Iterator[bytes]:
        yield body.encode()

    assert http.get("/api/customers").status_code == 200
    sandbox.control.revoke_all()
    response = http.post(
        "/api/customers", content=stream(), headers={"Content-Type": "application/json"}
    )
    assert response.status_code == 401  # a one-shot stream cannot be sent twice
    assert response.history == []
    assert requests_to(sandbox, "createCustomer") == 1
    # ... but the stale token was dropped, so the next request mints and succeeds.
    response = http.post(
        "/api/customers", content=body, headers={"Content-Type": "application/json"}
    )
    assert response.status_code == 200
    assert response.history == []


def test_a_late_401_does_not_drop_a_newer_token(
    sandbox: RunningSandbox, auth: ecartpay_auth.EcartPayAuth
) -> None:
    """Only the token that failed is invalidated: a stale 401 leaves the new one alone."""
    old = auth.get_token_info()
    auth.forget()
    new = auth.get_token_info()
    assert auth._source.invalidate(old) is False
    assert auth.get_token() == new.value
    assert minted(sandbox) == 2
    assert requests_to(sandbox, TOKEN_OP) == 2


def test_get_token_forget_and_reuse(
    sandbox: RunningSandbox, auth: ecartpay_auth.EcartPayAuth
) -> None:
    first = auth.get_token()
    assert auth.get_token() == first
    auth.forget()
    assert "token=None" in repr(auth)
    second = auth.get_token()
    assert second != first
    assert minted(sandbox) == 2


@pytest.mark.anyio
async def test_aget_token(sandbox: RunningSandbox, auth: ecartpay_auth.EcartPayAuth) -> None:
    token = await auth.aget_token()
    assert token == auth.get_token()
    assert token.count(".") == 2
    assert minted(sandbox) == 1


class RecordingStore:
    """A custom TokenStore: the protocol is three methods."""

    def __init__(self) -> None:
        self.token: Token | None = None
        self.calls: list[str] = []

    def get(self) -> Token | None:
        return self.token

    def set(self, token: Token) -> None:
        self.calls.append("set")
        self.token = token

    def clear(self) -> None:
        self.calls.append("clear")
        self.token = None


def test_custom_token_store(sandbox: RunningSandbox, make_auth: AuthFactory) -> None:
    store = RecordingStore()
    assert isinstance(store, ecartpay_auth.TokenStore)
    auth = make_auth(token_store=store)
    token = auth.get_token()
    assert store.token is not None
    assert store.token.value == token
    other = make_auth(token_store=store)  # shares the stored token: no second mint
    assert other.get_token() == token
    assert minted(sandbox) == 1
    auth.forget()
    assert store.calls == ["set", "clear"]
    assert store.token is None
