"""`authenticated_client()`: every generated endpoint, sync and async; closing forgets."""

from __future__ import annotations

import asyncio
import uuid

import httpx
import pytest

import ecartpay_auth
from ecartpay_client import AuthenticatedClient
from ecartpay_client.api.authorization import create_authorization_token
from ecartpay_client.api.customers import create_customer, list_customers
from ecartpay_client.api.orders import create_order, get_order
from ecartpay_client.errors import UnexpectedStatus
from ecartpay_client.models import (
    AuthorizationToken,
    Customer,
    CustomerCreate,
    CustomerList,
    Order,
    OrderCreate,
    OrderItemCreate,
)
from ecartpay_sandbox import RunningSandbox

from ._support import LIST_OP, TOKEN_OP, minted, requests_to


def _held(auth: ecartpay_auth.EcartPayAuth) -> ecartpay_auth.Token | None:
    """The token the auth holds in memory, read without minting."""
    store = auth.token_store
    assert isinstance(store, ecartpay_auth.InMemoryTokenStore)
    return store.get()


def _customer() -> CustomerCreate:
    tag = uuid.uuid4().hex[:8]
    return CustomerCreate(first_name="Ana", last_name="López", email=f"ana.{tag}@example.com")


def _order(customer_id: str) -> OrderCreate:
    return OrderCreate(
        customer_id=customer_id,
        currency="MXN",
        items=[OrderItemCreate(name="T-shirt", quantity=2, price=150.5)],
    )


def test_every_endpoint_sync(sandbox: RunningSandbox, client: AuthenticatedClient) -> None:
    assert isinstance(client, AuthenticatedClient)
    customer = create_customer.sync(client=client, body=_customer())
    assert isinstance(customer, Customer)
    detailed = create_customer.sync_detailed(client=client, body=_customer())
    assert detailed.status_code == 200
    assert isinstance(list_customers.sync(client=client), CustomerList)
    assert list_customers.sync_detailed(client=client, limit=5).status_code == 200
    order = create_order.sync(client=client, body=_order(customer.id))
    assert isinstance(order, Order)
    assert create_order.sync_detailed(client=client, body=_order(customer.id)).status_code == 200
    fetched = get_order.sync(id=order.id, client=client)
    assert isinstance(fetched, Order)
    assert fetched.id == order.id
    assert get_order.sync_detailed(id=order.id, client=client).status_code == 200
    assert minted(sandbox) == 1


@pytest.mark.anyio
async def test_every_endpoint_async(sandbox: RunningSandbox, client: AuthenticatedClient) -> None:
    async with client:
        customer = await create_customer.asyncio(client=client, body=_customer())
        assert isinstance(customer, Customer)
        detailed = await create_customer.asyncio_detailed(client=client, body=_customer())
        assert detailed.status_code == 200
        assert isinstance(await list_customers.asyncio(client=client), CustomerList)
        assert (await list_customers.asyncio_detailed(client=client)).status_code == 200
        order = await create_order.asyncio(client=client, body=_order(customer.id))
        assert isinstance(order, Order)
        created = await create_order.asyncio_detailed(client=client, body=_order(customer.id))
        assert created.status_code == 200
        assert isinstance(await get_order.asyncio(id=order.id, client=client), Order)
        assert (await get_order.asyncio_detailed(id=order.id, client=client)).status_code == 200
    assert minted(sandbox) == 1


def test_token_endpoint_through_the_client_gets_basic_keys(
    sandbox: RunningSandbox, client: AuthenticatedClient
) -> None:
    """Calling the generated token operation with this client sends Basic keys there only."""
    result = create_authorization_token.sync(client=client)
    assert isinstance(result, AuthorizationToken)
    assert requests_to(sandbox, TOKEN_OP) == 1


def test_raw_token_header_and_never_basic_elsewhere(sandbox: RunningSandbox) -> None:
    seen: list[httpx.Request] = []
    client = ecartpay_auth.authenticated_client(
        sandbox.public_key,
        sandbox.private_key,
        base_url=sandbox.base_url,
        httpx_args={"event_hooks": {"request": [seen.append]}},
    )
    with client:
        list_customers.sync(client=client)
        list_customers.sync(client=client)
        token = ecartpay_auth.auth_of(client).get_token()
    assert [r.headers["authorization"] for r in seen] == [token, token]  # raw, no "Bearer"
    assert all(not r.headers["authorization"].startswith("Basic") for r in seen)


def test_closing_the_client_forgets_the_token(
    sandbox: RunningSandbox, client: AuthenticatedClient
) -> None:
    auth = ecartpay_auth.auth_of(client)
    with client as entered:
        assert list_customers.sync_detailed(client=entered).status_code == 200
        assert _held(auth) is not None
    assert _held(auth) is None
    assert "token=None" in repr(auth)


def test_close_method_forgets(sandbox: RunningSandbox, client: AuthenticatedClient) -> None:
    auth = ecartpay_auth.auth_of(client)
    list_customers.sync(client=client)
    client.get_httpx_client().close()
    assert _held(auth) is None


@pytest.mark.anyio
async def test_async_close_forgets(sandbox: RunningSandbox, client: AuthenticatedClient) -> None:
    auth = ecartpay_auth.auth_of(client)
    async with client as entered:
        await list_customers.asyncio(client=entered)
        assert _held(auth) is not None
    assert _held(auth) is None


def test_same_client_across_successive_asyncio_runs(
    sandbox: RunningSandbox, client: AuthenticatedClient
) -> None:
    """The generated client caches one AsyncClient; its pool follows the running loop."""

    async def call() -> int:
        results = await asyncio.gather(
            *(list_customers.asyncio_detailed(client=client) for _ in range(3))
        )
        return sum(r.status_code == 200 for r in results)

    assert [asyncio.run(call()) for _ in range(3)] == [3, 3, 3]
    assert minted(sandbox) == 1
    assert requests_to(sandbox, LIST_OP) == 9


def test_shared_auth_between_clients(
    sandbox: RunningSandbox, auth: ecartpay_auth.EcartPayAuth
) -> None:
    with (
        ecartpay_auth.authenticated_client(auth=auth) as one,
        ecartpay_auth.authenticated_client(auth=auth) as two,
    ):
        list_customers.sync(client=one)
        list_customers.sync(client=two)
    assert minted(sandbox) == 1


def _seeded_auth() -> tuple[ecartpay_auth.EcartPayAuth, ecartpay_auth.Token]:
    """An auth whose store already holds a token (no network: the client is never used)."""
    store = ecartpay_auth.InMemoryTokenStore()
    token = ecartpay_auth.Token.from_value("opaque-token-for-close-tests")
    store.set(token)
    auth = ecartpay_auth.EcartPayAuth(
        "pubX", "privX", base_url="http://127.0.0.1:9", token_store=store
    )
    return auth, token


def test_closing_a_client_keeps_the_token_of_a_shared_auth() -> None:
    """`auth=` may be shared by other clients (or a fleet): closing one leaves it alone."""
    auth, token = _seeded_auth()
    one = ecartpay_auth.authenticated_client(auth=auth)
    two = ecartpay_auth.authenticated_client(auth=auth)
    with one:
        pass
    one.get_httpx_client().close()
    assert _held(auth) is token
    assert ecartpay_auth.auth_of(two) is auth


@pytest.mark.anyio
async def test_async_closing_keeps_the_token_of_a_shared_auth() -> None:
    auth, token = _seeded_auth()
    async with ecartpay_auth.authenticated_client(auth=auth):
        pass
    await ecartpay_auth.authenticated_client(auth=auth).get_async_httpx_client().aclose()
    assert _held(auth) is token


def test_tls_sandbox(tls_sandbox: RunningSandbox) -> None:
    client = ecartpay_auth.authenticated_client(
        tls_sandbox.public_key,
        tls_sandbox.private_key,
        base_url=tls_sandbox.base_url,
        verify=tls_sandbox.verify,
    )
    assert tls_sandbox.base_url.startswith("https://")
    with client:
        assert list_customers.sync_detailed(client=client).status_code == 200
    untrusted = ecartpay_auth.EcartPayAuth(
        tls_sandbox.public_key, tls_sandbox.private_key, base_url=tls_sandbox.base_url
    )
    tls_sandbox.control.reset()
    with pytest.raises(ecartpay_auth.ConfigurationError, match="not trusted"):
        untrusted.get_token()  # not retried: a certificate does not become trusted
    assert tls_sandbox.control.stats().requests.get(TOKEN_OP, 0) == 0


def test_an_undocumented_status_raises_instead_of_returning_none(
    sandbox: RunningSandbox, client: AuthenticatedClient
) -> None:
    # 500: an API call retries 502/503/504 on a GET, never a 500.
    sandbox.control.add_fault(kind="status", match="getOrder", status=500, count=1)
    with pytest.raises(UnexpectedStatus) as caught:
        get_order.sync(id="65a1b2c3d4e5f60718293b5c", client=client)
    assert caught.value.status_code == 500
    # The generator's own default stays reachable for those who want it.
    lenient = ecartpay_auth.authenticated_client(
        sandbox.public_key,
        sandbox.private_key,
        base_url=sandbox.base_url,
        raise_on_unexpected_status=False,
    )
    sandbox.control.add_fault(kind="status", match="getOrder", status=500, count=1)
    assert get_order.sync(id="65a1b2c3d4e5f60718293b5c", client=lenient) is None
    lenient.get_httpx_client().close()
