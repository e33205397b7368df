"""Safe retries of API calls, through the sandbox's fault plane, sync and async.

Waits go through the policy's sleep seam and are recorded, never slept.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any, Protocol

import httpx
import pytest

import ecartpay_auth
from ecartpay_client import AuthenticatedClient
from ecartpay_client.api.customers import create_customer, list_customers
from ecartpay_client.errors import UnexpectedStatus
from ecartpay_client.models import Customer, CustomerCreate, CustomerList
from ecartpay_sandbox import RunningSandbox

from ._recorder import Sleeps

LIST = "listCustomers"
CREATE = "createCustomer"
HOLD = 30.0  # seconds a delay fault holds a request: no test waits it out
IMPATIENT = 0.2  # seconds a client waits for what the sandbox holds


def _body(tag: str) -> CustomerCreate:
    return CustomerCreate(first_name="Ana", last_name="Retry", email=f"r.{tag}@example.com")


def _statuses(sandbox: RunningSandbox, operation: str) -> dict[int, int]:
    return dict(sandbox.control.stats().operation_statuses.get(operation, {}))


def _customers(sandbox: RunningSandbox) -> int:
    return len(sandbox.control.data(sandbox.account_id).customers)


@pytest.fixture
def sleeps() -> Sleeps:
    return Sleeps()


class MakeClient(Protocol):
    """`make_client(sandbox=the test's, **retry_policy_options)`: closed after the test."""

    def __call__(self, sb: RunningSandbox = ..., **policy: Any) -> AuthenticatedClient: ...


@pytest.fixture
def make_client(sandbox: RunningSandbox, sleeps: Sleeps) -> Iterator[MakeClient]:
    built: list[AuthenticatedClient] = []

    def make(sb: RunningSandbox = sandbox, **policy: Any) -> AuthenticatedClient:
        client = ecartpay_auth.authenticated_client(
            sb.public_key,
            sb.private_key,
            base_url=sb.base_url,
            verify=sb.ca_file or True,
            retry_policy=sleeps.policy(**policy),
        )
        built.append(client)
        return client

    yield make
    for client in built:
        client.get_httpx_client().close()


def test_a_get_answered_503_twice_then_200_succeeds(
    sandbox: RunningSandbox, make_client: MakeClient, sleeps: Sleeps
) -> None:
    client = make_client()
    sandbox.control.add_fault(kind="status", status=503, match=LIST, count=2)
    assert isinstance(list_customers.sync(client=client), CustomerList)
    assert _statuses(sandbox, LIST) == {503: 2, 200: 1}
    assert len(sleeps.waits) == 2


@pytest.mark.anyio
async def test_a_get_answered_503_twice_then_200_succeeds_async(
    sandbox: RunningSandbox, make_client: MakeClient, sleeps: Sleeps
) -> None:
    client = make_client()
    sandbox.control.add_fault(kind="status", status=503, match=LIST, count=2)
    assert isinstance(await list_customers.asyncio(client=client), CustomerList)
    assert _statuses(sandbox, LIST) == {503: 2, 200: 1}
    assert len(sleeps.waits) == 2


@pytest.mark.parametrize("status", [502, 504])
def test_other_gateway_errors_are_retried_on_a_get(
    sandbox: RunningSandbox, make_client: MakeClient, sleeps: Sleeps, status: int
) -> None:
    sandbox.control.add_fault(kind="status", status=status, match=LIST, count=1)
    assert isinstance(list_customers.sync(client=make_client()), CustomerList)
    assert _statuses(sandbox, LIST) == {status: 1, 200: 1}


def test_retries_stop_after_max_retries(
    sandbox: RunningSandbox, make_client: MakeClient, sleeps: Sleeps
) -> None:
    sandbox.control.add_fault(kind="status", status=503, match=LIST, count=5)
    with pytest.raises(UnexpectedStatus) as raised:
        list_customers.sync(client=make_client())  # default: 2 retries
    assert raised.value.status_code == 503
    assert _statuses(sandbox, LIST) == {503: 3}
    assert len(sleeps.waits) == 2


def test_a_post_answered_503_is_not_retried(
    sandbox: RunningSandbox, make_client: MakeClient, sleeps: Sleeps
) -> None:
    sandbox.control.add_fault(kind="status", status=503, match=CREATE, count=1)
    with pytest.raises(UnexpectedStatus):
        create_customer.sync(client=make_client(), body=_body("p503"))
    assert _statuses(sandbox, CREATE) == {503: 1}
    assert sleeps.waits == []


@pytest.mark.anyio
async def test_a_post_answered_503_is_not_retried_async(
    sandbox: RunningSandbox, make_client: MakeClient, sleeps: Sleeps
) -> None:
    sandbox.control.add_fault(kind="status", status=503, match=CREATE, count=1)
    with pytest.raises(UnexpectedStatus):
        await create_customer.asyncio(client=make_client(), body=_body("a503"))
    assert _statuses(sandbox, CREATE) == {503: 1}
    assert sleeps.waits == []


def test_a_post_answered_429_is_retried_after_retry_after(
    sandbox: RunningSandbox, make_client: MakeClient, sleeps: Sleeps
) -> None:
    sandbox.control.add_fault(kind="status", status=429, retry_after=7, match=CREATE, count=1)
    created = create_customer.sync(client=make_client(), body=_body("p429"))
    assert isinstance(created, Customer)
    assert _statuses(sandbox, CREATE) == {429: 1, 200: 1}
    assert sleeps.waits == [7.0]  # the server's Retry-After, not the backoff
    assert _customers(sandbox) == 1


@pytest.mark.anyio
async def test_a_post_answered_429_is_retried_after_retry_after_async(
    sandbox: RunningSandbox, make_client: MakeClient, sleeps: Sleeps
) -> None:
    sandbox.control.add_fault(kind="status", status=429, retry_after=7, match=CREATE, count=1)
    created = await create_customer.asyncio(client=make_client(), body=_body("a429"))
    assert isinstance(created, Customer)
    assert _statuses(sandbox, CREATE) == {429: 1, 200: 1}
    assert sleeps.waits == [7.0]


def test_retry_after_is_capped(
    sandbox: RunningSandbox, make_client: MakeClient, sleeps: Sleeps
) -> None:
    sandbox.control.add_fault(kind="status", status=429, retry_after=3600, match=LIST, count=1)
    assert isinstance(list_customers.sync(client=make_client()), CustomerList)
    assert sleeps.waits == [ecartpay_auth.DEFAULT_MAX_RETRY_AFTER]


def test_a_connection_refused_before_sending_a_post_is_retried(
    tls_sandbox: RunningSandbox, make_client: MakeClient, sleeps: Sleeps
) -> None:
    tls_sandbox.control.reset()
    client = make_client(tls_sandbox)
    ecartpay_auth.auth_of(client).get_token()  # the mint has its own connection
    tls_sandbox.control.add_fault(kind="refuse", count=1)
    created = create_customer.sync(client=client, body=_body("refused"))
    assert isinstance(created, Customer)
    stats = tls_sandbox.control.stats()
    assert stats.faults_fired["refuse"] == 1
    assert stats.requests.get(CREATE) == 1  # the refused attempt never reached the API
    assert len(sleeps.waits) == 1


@pytest.mark.anyio
async def test_a_connection_refused_before_sending_a_post_is_retried_async(
    tls_sandbox: RunningSandbox, make_client: MakeClient, sleeps: Sleeps
) -> None:
    tls_sandbox.control.reset()
    client = make_client(tls_sandbox)
    await ecartpay_auth.auth_of(client).aget_token()
    tls_sandbox.control.add_fault(kind="refuse", count=1)
    created = await create_customer.asyncio(client=client, body=_body("arefused"))
    assert isinstance(created, Customer)
    assert tls_sandbox.control.stats().faults_fired["refuse"] == 1
    assert tls_sandbox.control.stats().requests.get(CREATE) == 1
    assert len(sleeps.waits) == 1


def test_a_connection_dropped_after_sending_a_post_is_not_replayed(
    sandbox: RunningSandbox, make_client: MakeClient, sleeps: Sleeps
) -> None:
    sandbox.control.add_fault(kind="drop", match=CREATE, count=1)
    with pytest.raises((httpx.RemoteProtocolError, httpx.ReadError)):  # EOF or a reset
        create_customer.sync(client=make_client(), body=_body("dropped"))
    assert sandbox.control.stats().requests.get(CREATE) == 1
    assert sleeps.waits == []


def test_a_connection_dropped_after_sending_a_get_is_retried(
    sandbox: RunningSandbox, make_client: MakeClient, sleeps: Sleeps
) -> None:
    sandbox.control.add_fault(kind="drop", match=LIST, count=1)
    assert isinstance(list_customers.sync(client=make_client()), CustomerList)
    assert sandbox.control.stats().requests.get(LIST) == 2
    assert len(sleeps.waits) == 1


def test_a_read_timeout_is_retried_on_a_get_only(sandbox: RunningSandbox, sleeps: Sleeps) -> None:
    auth = ecartpay_auth.EcartPayAuth(  # mints with the default timeouts
        sandbox.public_key, sandbox.private_key, base_url=sandbox.base_url
    )
    auth.get_token()
    client = ecartpay_auth.authenticated_client(
        auth=auth,
        timeout=httpx.Timeout(30.0, read=IMPATIENT),
        retry_policy=sleeps.policy(max_retries=1),
    )
    # Every attempt is held (HOLD dwarfs IMPATIENT), so each one surely times out; a
    # client that gives up ends the hold, and nothing answers later into another test.
    sandbox.control.add_fault(kind="delay", delay=HOLD, match=LIST, count=2)
    with pytest.raises(httpx.ReadTimeout):
        list_customers.sync(client=client)
    assert len(sleeps.waits) == 1  # the GET timed out twice: tried again once
    sandbox.control.add_fault(kind="delay", delay=HOLD, match=CREATE, count=2)
    with pytest.raises(httpx.ReadTimeout):
        create_customer.sync(client=client, body=_body("slow"))
    assert len(sleeps.waits) == 1  # the POST was not tried again
    client.get_httpx_client().close()


def test_a_deadline_stops_retries_that_would_pass_it(
    sandbox: RunningSandbox, make_client: MakeClient, sleeps: Sleeps
) -> None:
    # The policy's clock stands still: what fits in the deadline depends on the waits
    # alone, not on how long the attempts took on this machine.
    client = make_client(deadline=20.0, clock=lambda: 0.0)
    sandbox.control.add_fault(kind="status", status=429, retry_after=30, match=LIST, count=1)
    with pytest.raises(UnexpectedStatus) as raised:
        list_customers.sync(client=client)
    assert raised.value.status_code == 429
    assert sleeps.waits == []  # a 30 s wait cannot fit in a 20 s deadline
    sandbox.control.add_fault(kind="status", status=429, retry_after=1, match=LIST, count=1)
    assert isinstance(list_customers.sync(client=client), CustomerList)
    assert sleeps.waits == [1.0]


def test_retries_are_configured_per_client(
    sandbox: RunningSandbox, make_client: MakeClient, sleeps: Sleeps
) -> None:
    shared = make_client()
    once = ecartpay_auth.authenticated_client(
        auth=ecartpay_auth.auth_of(shared), retry_policy=sleeps.policy(max_retries=0)
    )
    sandbox.control.add_fault(kind="status", status=503, match=LIST, count=1)
    with pytest.raises(UnexpectedStatus):
        list_customers.sync(client=once)
    assert sleeps.waits == []
    sandbox.control.add_fault(kind="status", status=503, match=LIST, count=1)
    assert isinstance(list_customers.sync(client=shared), CustomerList)  # the auth's policy
    assert len(sleeps.waits) == 1
    once.get_httpx_client().close()


def test_the_auth_policy_sets_both_token_and_api_retries(
    sandbox: RunningSandbox, sleeps: Sleeps
) -> None:
    auth = ecartpay_auth.EcartPayAuth(
        sandbox.public_key,
        sandbox.private_key,
        base_url=sandbox.base_url,
        retry_policy=sleeps.policy(max_retries=1),
    )
    client = ecartpay_auth.authenticated_client(auth=auth)
    sandbox.control.add_fault(kind="status", status=503, match="token", count=1)
    sandbox.control.add_fault(kind="status", status=503, match=LIST, count=2)
    with pytest.raises(UnexpectedStatus):
        list_customers.sync(client=client)  # the mint is retried once, the GET once
    assert sandbox.control.stats().tokens_minted == 1
    assert _statuses(sandbox, LIST) == {503: 2}
    assert len(sleeps.waits) == 2
    client.get_httpx_client().close()


def test_a_deadline_cuts_the_timeouts_of_an_attempt(
    sandbox: RunningSandbox, sleeps: Sleeps
) -> None:
    client = ecartpay_auth.authenticated_client(
        sandbox.public_key,
        sandbox.private_key,
        base_url=sandbox.base_url,
        timeout=30.0,
        retry_policy=sleeps.policy(deadline=IMPATIENT),
    )
    ecartpay_auth.auth_of(client).get_token()
    # Held for 5 s, less than the client's 30 s timeouts: the call can only end first by a
    # timeout cut to the deadline (read, or connect on a machine so loaded that connecting
    # outlasts the deadline); uncut, it would get its answer after the hold.
    sandbox.control.add_fault(kind="delay", delay=5.0, match=LIST, count=1)
    with pytest.raises(httpx.TimeoutException):
        list_customers.sync(client=client)
    assert sleeps.waits == []  # and no retry was started past it
    client.get_httpx_client().close()
