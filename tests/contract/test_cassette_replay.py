"""Replay the committed cassettes through the real SDK, offline, with the network blocked.

pytest-recording installs each cassette (record mode forced to "none", whatever the
command line says) and blocks every socket; the flows in ``contract_tests.harness.flows``
then run exactly as at recording time against the placeholder origin, so the generated
client and ``ecartpay_auth`` parse recorded responses on any date, with no server.
"""

from __future__ import annotations

import socket
from typing import Any
from urllib.parse import urlsplit

import httpx
import pytest
from vcr.cassette import Cassette
from vcr.errors import CannotOverwriteExistingCassetteException

from contract_tests.harness import flows, metadata
from contract_tests.harness import placeholders as ph
from ecartpay_client.api.customers import create_customer
from ecartpay_client.api.orders import create_order, get_order
from ecartpay_client.models import Customer, Order, OrderCreate, OrderItemCreate

RECORDS = metadata.load()


@pytest.fixture(scope="module")
def vcr_cassette_dir() -> str:
    return str(metadata.CASSETTE_DIR)


@pytest.fixture(scope="session")
def record_mode() -> str:
    """Replay only: a stray ``--record-mode`` must not rewrite committed cassettes."""
    return "none"


@pytest.fixture
def vcr_config() -> dict[str, Any]:
    return {
        "record_mode": "none",
        "match_on": ["method", "scheme", "host", "port", "path", "query"],
        "allow_playback_repeats": False,
    }


def _env(name: str) -> flows.FlowEnv:
    return flows.FlowEnv(
        base_url=ph.ORIGIN,
        public_key=ph.PUBLIC_KEY,
        private_key=ph.PRIVATE_KEY,
        run_id=RECORDS[name].run_id,
    )


def _statuses(cassette: Cassette) -> list[int]:
    return [int(response["status"]["code"]) for response in cassette.responses]


def _replay(name: str, cassette: Cassette) -> dict[str, Any]:
    outcome = flows.FLOWS[name](_env(name))
    assert cassette.all_played, f"{name}: the SDK skipped recorded requests"
    return outcome


pytestmark = [pytest.mark.block_network, pytest.mark.vcr]


@pytest.mark.default_cassette("mint_token")
def test_mint_token(vcr: Cassette) -> None:
    outcome = _replay("mint_token", vcr)
    assert outcome == {"claims": ["exp", "iat", "id", "user"], "lifetime": 3600}  # the seed's


@pytest.mark.default_cassette("create_customer")
def test_create_customer(vcr: Cassette) -> None:
    outcome = _replay("create_customer", vcr)
    assert outcome["account_id"] == ph.ACCOUNT_ID
    assert outcome["email"] == f"ana.create.{RECORDS['create_customer'].run_id}@example.com"


@pytest.mark.default_cassette("list_customers")
def test_list_customers(vcr: Cassette) -> None:
    outcome = _replay("list_customers", vcr)
    assert outcome["listed"] == [outcome["created"]]
    assert outcome["count"] == 1


@pytest.mark.default_cassette("create_order")
def test_create_order(vcr: Cassette) -> None:
    outcome = _replay("create_order", vcr)
    assert outcome["order_customer"] == outcome["customer"]
    assert outcome["status"] == "created"
    assert outcome["total"] == 301.0


@pytest.mark.default_cassette("get_order")
def test_get_order(vcr: Cassette) -> None:
    outcome = _replay("get_order", vcr)
    assert outcome["fetched"] == outcome["created"]
    assert outcome["status"] in {"created", "paid", "refunded", "partially_refunded"}


@pytest.mark.anyio
@pytest.mark.default_cassette("get_order")
async def test_get_order_async(vcr: Cassette) -> None:
    """The same recording through the async path: AsyncClient, aget_token, asyncio()."""
    env = _env("get_order")
    client = env.client()
    async with client:
        customer = await create_customer.asyncio(
            client=client, body=flows.customer_body(env, "get")
        )
        assert isinstance(customer, Customer)
        order_body = OrderCreate(
            customer_id=customer.id,
            currency="MXN",
            items=[OrderItemCreate(name="T-shirt", quantity=2, price=150.5)],
        )
        created = await create_order.asyncio(client=client, body=order_body)
        assert isinstance(created, Order)
        fetched = await get_order.asyncio(id=created.id, client=client)
    assert isinstance(fetched, Order)
    assert fetched.id == created.id
    assert vcr.all_played


@pytest.mark.default_cassette("payout")
def test_payout(vcr: Cassette) -> None:
    outcome = _replay("payout", vcr)
    assert outcome == {
        "created": "pending",
        "confirmed": "paid",
        "fetched": "paid",
        "same": True,
        "amount": 10,
        "reference_id": f"sdk-payout-{RECORDS['payout'].run_id}",
    }
    assert _statuses(vcr) == [200, 200, 200, 200]  # mint, create, confirm, get


@pytest.mark.default_cassette("refresh_after_revocation")
def test_refresh_after_revocation(vcr: Cassette) -> None:
    assert RECORDS["refresh_after_revocation"].target == "local sandbox"
    outcome = _replay("refresh_after_revocation", vcr)
    assert outcome == {"before": 200, "after": 200}
    # mint, 200, 401 (revoked), one new mint, the replayed call: no loop, no extra mint.
    assert _statuses(vcr) == [200, 200, 401, 200, 200]
    tokens = [r.headers.get("authorization") for r in vcr.requests if "/api/customers" in r.uri]
    assert tokens[0] == tokens[1] != tokens[2]  # the replay carries the new token


@pytest.mark.default_cassette("card_payment")
def test_card_payment(vcr: Cassette) -> None:
    outcome = _replay("card_payment", vcr)
    assert outcome == {"brand": "visa", "last": "4242", "status": "paid", "total": 301}
    paths = [urlsplit(r.uri).path for r in vcr.requests]
    # token, customer, card, card token, the order the token pays
    assert paths[0] == "/api/authorizations/token"
    assert paths[1] == "/api/customers"
    assert paths[2].startswith("/api/customers/")
    assert paths[2].endswith("/cards")
    assert paths[3:] == ["/api/tokens", "/api/orders"]


@pytest.mark.default_cassette("refund")
def test_refund(vcr: Cassette) -> None:
    outcome = _replay("refund", vcr)
    assert outcome == {
        "statuses": ["partially_refunded", "refunded"],
        "remaining": [200.5, 0],
        "final": "refunded",
    }
    assert _statuses(vcr).count(200) == len(vcr.responses)  # every step succeeded


@pytest.mark.default_cassette("bad_keys")
def test_bad_keys(vcr: Cassette) -> None:
    outcome = _replay("bad_keys", vcr)
    assert outcome == {"error": "AuthenticationError", "status": 401}
    assert _statuses(vcr) == [401]  # refused once, never retried


@pytest.mark.default_cassette("get_order")
def test_network_is_really_blocked(vcr: Cassette) -> None:
    """Below vcrpy, a plain socket cannot connect anywhere during these tests."""
    with pytest.raises(RuntimeError, match="Network is disabled"):
        socket.create_connection(("127.0.0.1", 9), timeout=1)
    with pytest.raises(CannotOverwriteExistingCassetteException):
        httpx.get(f"{ph.ORIGIN}/api/not-recorded", timeout=1)


def test_every_cassette_has_metadata() -> None:
    version = metadata.spec_version()
    assert set(RECORDS) == set(flows.FLOWS)
    for name, record in RECORDS.items():
        assert record.spec_version == version, f"{name} was recorded against another spec"
        assert record.target in {"local sandbox", "vendor sandbox"}
    readme = (metadata.CASSETTE_DIR / "README.md").read_text(encoding="utf-8")
    assert readme == metadata.render_readme(RECORDS)
