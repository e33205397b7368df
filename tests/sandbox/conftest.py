"""Helpers for the sandbox's own tests: HTTP clients, tokens and a spec checker.

The fixtures ``sandbox``, ``tls_sandbox`` and ``sandbox_app`` come from
``contract_tests.sandbox.pytest_plugin`` (registered by the root conftest).
"""

from __future__ import annotations

import itertools
from collections.abc import Callable, Iterator
from typing import Any

import httpx
import pytest

from ecartpay_auth import TOKEN_PATH
from ecartpay_sandbox import Account, RunningSandbox, Spec
from ecartpay_sandbox._config import DEFAULT_SPEC_PATH

from ._money_exchanges import CARD

_unique = itertools.count(1)


@pytest.fixture(scope="session")
def spec() -> Spec:
    """The project's OpenAPI document."""
    return Spec.load(DEFAULT_SPEC_PATH)


@pytest.fixture
def http(sandbox: RunningSandbox) -> Iterator[httpx.Client]:
    """A plain client on the (reset) HTTP sandbox."""
    # Plain HTTP: verify=False only skips loading a CA bundle that would never be used.
    with httpx.Client(base_url=sandbox.base_url, timeout=10, verify=False) as client:
        yield client


def _mint(client: httpx.Client, account: Account) -> str:
    response = client.post(TOKEN_PATH, auth=(account.public_key, account.private_key))
    assert response.status_code == 200, response.text
    token = response.json()["token"]
    assert isinstance(token, str)
    return token


@pytest.fixture
def mint() -> Callable[[httpx.Client, Account], str]:
    """``mint(client, account)``: a fresh token for ``account``."""
    return _mint


@pytest.fixture
def token(http: httpx.Client, sandbox: RunningSandbox) -> str:
    """A token of the primary account."""
    return _mint(http, sandbox.accounts[0])


@pytest.fixture
def other_token(http: httpx.Client, sandbox: RunningSandbox) -> str:
    """A token of the second account."""
    return _mint(http, sandbox.accounts[1])


def _customer_body(**overrides: Any) -> dict[str, Any]:
    """A valid, unique ``CustomerCreate`` body."""
    n = next(_unique)
    body: dict[str, Any] = {
        "first_name": "Ana",
        "last_name": "López",
        "email": f"ana{n}@example.com",
        "phone": f"+52551{n:07d}",
        "user_id": f"merchant-user-{n}",
    }
    body.update(overrides)
    return body


def _order_body(customer_id: str, **overrides: Any) -> dict[str, Any]:
    """A valid ``OrderCreate`` body for ``customer_id``."""
    body: dict[str, Any] = {
        "customer_id": customer_id,
        "currency": "MXN",
        "items": [
            {"name": "T-shirt", "quantity": 2, "price": 150.5},
            {"name": "Cap", "quantity": 3, "price": 0.1},
        ],
    }
    body.update(overrides)
    return body


@pytest.fixture
def customer_body() -> Callable[..., dict[str, Any]]:
    """``customer_body(**overrides)``: a valid ``CustomerCreate`` body, unique each call."""
    return _customer_body


@pytest.fixture
def order_body() -> Callable[..., dict[str, Any]]:
    """``order_body(customer_id, **overrides)``: a valid ``OrderCreate`` body."""
    return _order_body


def _created(http: httpx.Client, token: str, path: str, body: dict[str, Any]) -> dict[str, Any]:
    response = http.post(path, json=body, headers={"Authorization": token})
    assert response.status_code == 200, response.text
    data: dict[str, Any] = response.json()
    return data


@pytest.fixture
def create_customer(http: httpx.Client, token: str) -> Callable[..., dict[str, Any]]:
    """``create_customer(**overrides)``: a customer of the primary account; answers it."""
    return lambda **overrides: _created(http, token, "/api/customers", _customer_body(**overrides))


@pytest.fixture
def create_order(http: httpx.Client, token: str) -> Callable[..., dict[str, Any]]:
    """``create_order(customer_id, **overrides)``: an order of the primary account; answers it."""
    return lambda customer_id, **overrides: _created(
        http, token, "/api/orders", _order_body(customer_id, **overrides)
    )


@pytest.fixture
def api(http: httpx.Client, token: str) -> Callable[..., httpx.Response]:
    def call(
        method: str, path: str, headers: dict[str, str] | None = None, **kwargs: Any
    ) -> httpx.Response:
        return http.request(
            method, path, headers={"Authorization": token, **(headers or {})}, **kwargs
        )

    return call


@pytest.fixture
def pay_with(
    api: Callable[..., httpx.Response], create_customer: Callable[..., dict[str, Any]]
) -> Callable[..., httpx.Response]:
    """``pay_with(number, items=..., **card)``: customer -> card -> token -> order."""

    def pay(
        number: str, items: list[dict[str, Any]] | None = None, **card_fields: str
    ) -> httpx.Response:
        customer = create_customer()
        card = api(
            "POST",
            f"/api/customers/{customer['id']}/cards",
            json={**CARD, "number": number, **card_fields},
        )
        token = api("POST", "/api/tokens", json={"id": card.json()["id"], "installments": 3})
        body = {
            "customer_id": customer["id"],
            "currency": "MXN",
            "items": items or [{"name": "Cap", "quantity": 3, "price": 0.1}],
            "token": token.json()["token"],
        }
        return api("POST", "/api/orders", json=body)

    return pay
