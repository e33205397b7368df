"""`ecartpay.EcartPay` / `AsyncEcartPay` against the sandbox: typed answers, typed errors,
per-request options, copies that share the token, raw responses."""

from __future__ import annotations

import uuid

import httpx
import pytest

import ecartpay
from ecartpay_client.models import Customer, Order
from ecartpay_sandbox import RunningSandbox

from .conftest import MISSING


def _email() -> str:
    return f"ana+{uuid.uuid4().hex[:10]}@example.com"


def _requests(sandbox: RunningSandbox, operation: str) -> int:
    return int(sandbox.control.stats().requests.get(operation, 0))


def test_create_retrieve_and_refund_through_the_front_door(front: ecartpay.EcartPay) -> None:
    customer = front.customers.create(first_name="Ana", last_name="López", email=_email())
    assert isinstance(customer, Customer)
    order = front.orders.create(
        customer_id=customer.id,
        currency="MXN",
        items=[{"name": "T-shirt", "quantity": 2, "price": 150.5}],
    )
    assert isinstance(order, Order)
    again = front.orders.retrieve(order.id)
    assert (again.id, again.customer_id) == (order.id, customer.id)


def test_an_error_status_raises_its_class(front: ecartpay.EcartPay) -> None:
    with pytest.raises(ecartpay.NotFoundError) as raised:
        front.orders.retrieve(MISSING)
    error = raised.value
    assert isinstance(error, ecartpay.APIError)
    assert (error.status_code, error.method, error.path) == (404, "GET", f"/api/orders/{MISSING}")
    assert error.api_message == "Order not found"


def test_env_configuration_and_context_manager(sandbox_env: RunningSandbox) -> None:
    with ecartpay.EcartPay() as client:
        assert httpx.URL(client.base_url) == httpx.URL(sandbox_env.base_url)
        assert client.customers.create(first_name="A", last_name="B", email=_email()).id
        auth = client.auth
        assert "token=None" not in repr(auth)
    assert "token=None" in repr(auth)  # closing forgot the token
    assert repr(client) == f"EcartPay(base_url={client.base_url!r})"
    assert sandbox_env.private_key not in repr(client)


def test_a_server_error_after_retries_is_an_internal_server_error(
    sandbox: RunningSandbox, front: ecartpay.EcartPay
) -> None:
    sandbox.control.add_fault(kind="status", status=500, match="getOrder", count=1)
    with pytest.raises(ecartpay.InternalServerError) as raised:
        front.orders.retrieve(MISSING)
    assert raised.value.status_code == 500


def test_a_transport_failure_is_an_api_connection_error_without_headers(
    sandbox: RunningSandbox, front: ecartpay.EcartPay
) -> None:
    front.customers.list(limit=1)  # the token is minted: the next failure is the call's own
    sandbox.control.add_fault(kind="drop", match="getOrder", count=5)
    with pytest.raises(ecartpay.APIConnectionError) as raised:
        front.with_options(max_retries=0).orders.retrieve(MISSING)
    error = raised.value
    assert (error.method, error.path) == ("GET", f"/api/orders/{MISSING}")
    cause = error.__cause__
    assert isinstance(cause, httpx.TransportError)
    assert dict(cause.request.headers) == {}  # the token went with the headers
    sandbox.control.clear_faults()


def test_a_timeout_is_an_api_timeout_error(
    sandbox: RunningSandbox, front: ecartpay.EcartPay
) -> None:
    front.customers.list(limit=1)
    sandbox.control.add_fault(kind="delay", delay=2.0, match="getOrder", count=1)
    with pytest.raises(ecartpay.APITimeoutError) as raised:
        front.with_options(max_retries=0).orders.retrieve(MISSING, timeout=0.2)
    assert isinstance(raised.value, ecartpay.APIConnectionError)
    assert isinstance(raised.value.__cause__, httpx.TimeoutException)
    sandbox.control.clear_faults()


def test_with_options_shares_the_token_and_leaves_the_original(
    sandbox: RunningSandbox, front: ecartpay.EcartPay
) -> None:
    seen: list[httpx.Request] = []
    front.customers.list(limit=1)
    minted = sandbox.control.stats().tokens_minted
    quick = front.with_options(timeout=7.5, max_retries=0, headers={"X-Trace": "t1"})
    assert quick is not front
    assert quick.auth is front.auth
    hook_client = front.low_level_client.get_httpx_client()
    hook_client.event_hooks["request"].append(seen.append)
    try:
        quick.customers.list(limit=1)
        front.customers.list(limit=1)
    finally:
        hook_client.event_hooks["request"].remove(seen.append)
    assert sandbox.control.stats().tokens_minted == minted  # one token for both
    assert seen[0].headers.get("X-Trace") == "t1"
    assert seen[0].extensions["timeout"]["read"] == 7.5
    assert "X-Trace" not in seen[1].headers  # the original is untouched
    assert seen[1].extensions["timeout"]["read"] != 7.5


def test_max_retries_of_a_copy_applies_to_its_calls(
    sandbox: RunningSandbox, front: ecartpay.EcartPay
) -> None:
    sandbox.control.add_fault(kind="status", status=503, match="getOrder", count=5)
    before = _requests(sandbox, "getOrder")
    with pytest.raises(ecartpay.InternalServerError):
        front.with_options(max_retries=0).orders.retrieve(MISSING)
    assert _requests(sandbox, "getOrder") - before == 1
    sandbox.control.clear_faults()


def test_every_method_takes_extra_headers_and_timeout(
    front: ecartpay.EcartPay,
) -> None:
    seen: list[httpx.Request] = []
    hooks = front.low_level_client.get_httpx_client().event_hooks["request"]
    hooks.append(seen.append)
    try:
        front.customers.create(
            first_name="A", last_name="B", email=_email(), extra_headers={"X-Req": "1"}, timeout=3.0
        )
    finally:
        hooks.remove(seen.append)
    assert seen[-1].headers["X-Req"] == "1"
    assert seen[-1].headers["Content-Type"] == "application/json"
    assert seen[-1].extensions["timeout"]["connect"] == 3.0


def test_raw_response_gives_status_headers_and_the_model(front: ecartpay.EcartPay) -> None:
    customer = front.customers.create(first_name="A", last_name="B", email=_email())
    order = front.orders.create(
        customer_id=customer.id, currency="MXN", items=[{"name": "x", "quantity": 1, "price": 10}]
    )
    raw = front.orders.with_raw_response.retrieve(order.id)
    assert raw.status_code == 200
    assert raw.headers["content-type"].startswith("application/json")
    assert raw.parse().id == order.id
    with pytest.raises(ecartpay.NotFoundError):
        front.orders.with_raw_response.retrieve(MISSING)


def test_nested_objects_take_the_model_or_a_dict(front: ecartpay.EcartPay) -> None:
    from ecartpay_client.models import OrderItemCreate

    customer = front.customers.create(first_name="A", last_name="B", email=_email())
    order = front.orders.create(
        customer_id=customer.id,
        currency="MXN",
        items=[
            OrderItemCreate(name="x", quantity=1, price=10.0),
            {"name": "y", "quantity": 2, "price": 5},
        ],
    )
    assert [item.name for item in order.items or []] == ["x", "y"]


def test_pages_walk_every_item(front: ecartpay.EcartPay) -> None:
    marker = uuid.uuid4().hex[:8]
    made = {
        front.customers.create(
            first_name="P", last_name=marker, email=f"p{i}{marker}@example.com"
        ).id
        for i in range(5)
    }
    page = front.customers.list(limit=2)
    assert isinstance(page, ecartpay.SyncPage)
    assert len(page.items) == 2
    assert page.has_next_page()
    second = page.next_page()
    assert {c.id for c in second.items}.isdisjoint({c.id for c in page.items})
    walked = [c.id for c in front.customers.list(limit=2)]
    assert made <= set(walked)
    assert len(walked) == len(set(walked))


@pytest.mark.anyio
async def test_async_client_end_to_end(
    sandbox: RunningSandbox, afront: ecartpay.AsyncEcartPay
) -> None:
    customer = await afront.customers.create(first_name="Ana", last_name="Async", email=_email())
    await afront.customers.create(first_name="Bea", last_name="Async", email=_email())
    order = await afront.orders.create(
        customer_id=customer.id, currency="MXN", items=[{"name": "x", "quantity": 1, "price": 10}]
    )
    assert (await afront.orders.retrieve(order.id)).id == order.id
    with pytest.raises(ecartpay.NotFoundError):
        await afront.orders.retrieve(MISSING)
    raw = await afront.orders.with_raw_response.retrieve(order.id)
    assert (raw.status_code, raw.parse().id) == (200, order.id)
    first = await afront.customers.list(limit=1)
    assert isinstance(first, ecartpay.AsyncPage)
    assert len(first.items) == 1
    assert first.has_next_page()
    second = await first.next_page()
    assert second.items[0].id != first.items[0].id
    walked = [c.id async for c in afront.customers.list(limit=2)]
    assert customer.id in walked
    assert len(walked) == len(set(walked))
    copy = afront.with_options(max_retries=0)
    assert copy.auth is afront.auth


def test_refused_keys_raise_through_the_front_door(sandbox: RunningSandbox) -> None:
    with (
        ecartpay.EcartPay(
            sandbox.public_key, "privWRONGbbbbbbbbbbbbbbbb0001", base_url=sandbox.base_url
        ) as client,
        pytest.raises(ecartpay.EcartPayError) as raised,
    ):
        client.orders.retrieve(MISSING)
    assert type(raised.value) is ecartpay.AuthenticationError
    assert "privWRONG" not in str(raised.value)


def test_bad_options_are_configuration_errors(sandbox: RunningSandbox) -> None:
    with pytest.raises(ecartpay.ConfigurationError):
        ecartpay.EcartPay(
            sandbox.public_key,
            sandbox.private_key,
            base_url=sandbox.base_url,
            http_client=object(),  # type: ignore[arg-type]
        )
    with (
        ecartpay.EcartPay(
            sandbox.public_key, sandbox.private_key, base_url=sandbox.base_url
        ) as client,
        pytest.raises(ecartpay.ConfigurationError),
    ):
        client.with_options(max_retries=-1)


def test_http_client_carries_the_calls_and_stays_open(sandbox: RunningSandbox) -> None:
    seen: list[str] = []
    http = httpx.Client(event_hooks={"request": [lambda r: seen.append(r.url.path)]})
    with ecartpay.EcartPay(
        sandbox.public_key, sandbox.private_key, base_url=sandbox.base_url, http_client=http
    ) as client:
        client.customers.list(limit=1)
    assert seen == ["/api/customers"]  # the token request goes through the auth's own client
    assert not http.is_closed
    http.close()


@pytest.mark.parametrize("client_class", [ecartpay.EcartPay, ecartpay.AsyncEcartPay])
def test_plain_http_to_a_remote_host_needs_allow_insecure_http(client_class: type) -> None:
    keys = ("pub-plain-http-test", "priv-plain-http-test")
    with pytest.raises(ecartpay.ConfigurationError, match="allow_insecure_http=True"):
        client_class(*keys, base_url="http://api.example.com")
    allowed = client_class(*keys, base_url="http://api.example.com", allow_insecure_http=True)
    assert allowed.base_url == "http://api.example.com"
