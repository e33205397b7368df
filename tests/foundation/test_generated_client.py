"""The generated client imports, is typed, and parses the spec's own examples."""

from __future__ import annotations

import base64
import datetime
import importlib.resources
import warnings
from pathlib import Path
from typing import Any

import httpx
import pytest
import yaml

import ecartpay_client
from ecartpay_auth import TOKEN_PATH
from ecartpay_client import AuthenticatedClient
from ecartpay_client.api.authorization import create_authorization_token
from ecartpay_client.api.orders import get_order
from ecartpay_client.models import AuthorizationToken, Error, Order, OrderStatus, OrderTotals

ROOT = Path(__file__).resolve().parents[2]
SPEC = yaml.safe_load((ROOT / "openapi.yaml").read_text(encoding="utf-8"))


def _example(path: str, method: str, status: str) -> Any:
    op = SPEC["paths"][path][method]
    response = op["responses"][status]
    if "$ref" in response:
        response = SPEC["components"]["responses"][response["$ref"].rsplit("/", 1)[1]]
    return response["content"]["application/json"]["example"]


def _client(handler: httpx.MockTransport) -> AuthenticatedClient:
    client = AuthenticatedClient(base_url="https://sandbox.ecartpay.com", token="unused")
    client.set_httpx_client(
        httpx.Client(base_url="https://sandbox.ecartpay.com", transport=handler)
    )
    return client


def test_package_is_typed() -> None:
    assert importlib.resources.files(ecartpay_client).joinpath("py.typed").is_file()


def test_token_endpoint_parses_the_spec_example() -> None:
    example = _example(TOKEN_PATH, "post", "200")
    seen: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(200, json=example)

    client = _client(httpx.MockTransport(handler))
    client.get_httpx_client().auth = httpx.BasicAuth("pub_example", "priv_example")
    parsed = create_authorization_token.sync(client=client)
    assert isinstance(parsed, AuthorizationToken)
    assert parsed.token == example["token"]
    (request,) = seen
    assert request.method == "POST"
    assert request.url.path == TOKEN_PATH
    assert request.content == b""
    expected = base64.b64encode(b"pub_example:priv_example").decode()
    assert request.headers["Authorization"] == f"Basic {expected}"


def test_token_endpoint_parses_the_documented_401() -> None:
    example = _example(TOKEN_PATH, "post", "401")
    client = _client(httpx.MockTransport(lambda _: httpx.Response(401, json=example)))
    parsed = create_authorization_token.sync(client=client)
    assert isinstance(parsed, Error)
    assert parsed.status_code == 401
    assert parsed.message == example["message"]


def test_get_order_parses_the_spec_example_into_typed_models() -> None:
    example = _example("/api/orders/{id}", "get", "200")

    def handler(request: httpx.Request) -> httpx.Response:
        assert request.url.path == f"/api/orders/{example['id']}"
        return httpx.Response(200, json=example)

    with warnings.catch_warnings():
        warnings.simplefilter("error")  # e.g. httpx's per-request cookies deprecation
        order = get_order.sync(id=example["id"], client=_client(httpx.MockTransport(handler)))
    assert isinstance(order, Order)
    assert order.status is OrderStatus.PAID
    assert isinstance(order.totals, OrderTotals)
    assert order.totals.total == pytest.approx(243.33)
    assert isinstance(order.items, list)
    assert order.items[0].name == "Brazalete religioso plateado BR3017"
    assert isinstance(order.created_at, datetime.datetime)
    assert order.created_at.year == 2022
