"""`raise_on_error=True`: every error answer of an API call raises `ApiError`."""

from __future__ import annotations

import pickle
import uuid
from typing import Any

import pytest

import ecartpay_auth
from ecartpay_client import AuthenticatedClient
from ecartpay_client.api.customers import create_customer, list_customers
from ecartpay_client.api.orders import get_order
from ecartpay_client.models import Customer, CustomerCreate, Error
from ecartpay_sandbox import RunningSandbox

MISSING = "65a1b2c3d4e5f60718293b5c"


def _body(email: str) -> CustomerCreate:
    return CustomerCreate(first_name="Ana", last_name="Errors", email=email)


@pytest.fixture
def strict(sandbox: RunningSandbox) -> Any:
    client = ecartpay_auth.authenticated_client(
        sandbox.public_key, sandbox.private_key, base_url=sandbox.base_url, raise_on_error=True
    )
    yield client
    client.get_httpx_client().close()


def _secrets(sandbox: RunningSandbox, client: AuthenticatedClient) -> list[str]:
    return [sandbox.public_key, sandbox.private_key, ecartpay_auth.auth_of(client).get_token()]


def _assert_no_secret(error: ecartpay_auth.ApiError, secrets: list[str]) -> None:
    shown = " ".join([str(error), repr(error), repr(vars(error)), repr(pickle.dumps(error))])
    for secret in secrets:
        assert secret not in shown
    assert "authorization" not in shown.lower()


def test_a_documented_404_raises_api_error(
    sandbox: RunningSandbox, strict: AuthenticatedClient
) -> None:
    with pytest.raises(ecartpay_auth.ApiError) as raised:
        get_order.sync(id=MISSING, client=strict)
    error = raised.value
    assert (error.status_code, error.api_status_code) == (404, 404)
    assert error.api_message == "Order not found"
    assert (error.method, error.path) == ("GET", f"/api/orders/{MISSING}")
    assert error.body == {"message": "Order not found", "statusCode": 404}
    assert str(error) == f"GET /api/orders/{MISSING} answered 404: Order not found"
    _assert_no_secret(error, _secrets(sandbox, strict))


@pytest.mark.anyio
async def test_a_documented_409_raises_api_error_async(
    sandbox: RunningSandbox, strict: AuthenticatedClient
) -> None:
    email = f"dup.{uuid.uuid4().hex[:8]}@example.com"
    assert isinstance(await create_customer.asyncio(client=strict, body=_body(email)), Customer)
    with pytest.raises(ecartpay_auth.ApiError) as raised:
        await create_customer.asyncio(client=strict, body=_body(email))
    error = raised.value
    assert (error.status_code, error.method, error.path) == (409, "POST", "/api/customers")
    assert error.api_message is not None
    assert "already exists" in error.api_message
    _assert_no_secret(error, _secrets(sandbox, strict))


def test_an_undocumented_status_raises_api_error_too(
    sandbox: RunningSandbox, strict: AuthenticatedClient
) -> None:
    sandbox.control.add_fault(kind="status", status=500, match="listCustomers")
    with pytest.raises(ecartpay_auth.ApiError) as raised:
        list_customers.sync(client=strict)
    assert raised.value.status_code == 500
    assert raised.value.api_status_code == 500


def test_the_query_string_stays_out_of_the_error(strict: AuthenticatedClient) -> None:
    with pytest.raises(ecartpay_auth.ApiError) as raised:
        list_customers.sync(client=strict, limit=1000, email="private.person@example.com")
    assert raised.value.status_code == 400
    assert raised.value.path == "/api/customers"
    assert "private.person" not in str(raised.value)


def test_the_typed_return_stays_the_default(sandbox: RunningSandbox) -> None:
    client = ecartpay_auth.authenticated_client(
        sandbox.public_key, sandbox.private_key, base_url=sandbox.base_url
    )
    missing = get_order.sync(id=MISSING, client=client)
    assert isinstance(missing, Error)
    assert missing.status_code == 404
    client.get_httpx_client().close()


def test_a_401_after_the_single_replay_raises_api_error(
    sandbox: RunningSandbox, strict: AuthenticatedClient
) -> None:
    sandbox.control.add_fault(kind="status", status=401, match="listCustomers", count=2)
    with pytest.raises(ecartpay_auth.ApiError) as raised:
        list_customers.sync(client=strict)
    assert raised.value.status_code == 401
    assert sandbox.control.stats().requests.get("listCustomers") == 2  # one replay, no more
