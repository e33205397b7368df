"""The generated client imports, is typed, and parses the spec's own examples."""

from __future__ import annotations

import base64
import dataclasses
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


def test_clients_keep_upstreams_constructor_and_never_show_the_token() -> None:
    secret = "tok_not_for_logs"
    client = AuthenticatedClient(
        "https://sandbox.ecartpay.com",
        secret,
        "",
        "Authorization",
        headers={"X-A": "1"},
        timeout=httpx.Timeout(3.0),
        raise_on_unexpected_status=True,
    )
    assert (client.token, client.prefix, client.auth_header_name) == (secret, "", "Authorization")
    assert client.raise_on_unexpected_status is True
    assert repr(client) == "AuthenticatedClient(base_url='https://sandbox.ecartpay.com')"
    with pytest.raises(AttributeError):
        client.unknown_setting = 1  # type: ignore[attr-defined]
    sent = client.get_httpx_client()
    assert sent.headers["Authorization"] == secret  # no prefix: the raw token
    assert sent.headers["X-A"] == "1"
    assert sent.timeout == httpx.Timeout(3.0)


def test_with_builders_copy_every_setting_into_a_new_client() -> None:
    base = ecartpay_client.Client(
        "https://sandbox.ecartpay.com",
        cookies={"lang": "es"},
        headers={"X-A": "1"},
        verify_ssl=False,
        follow_redirects=True,
        httpx_args={"trust_env": False},
        raise_on_unexpected_status=True,
    )
    built = base.get_httpx_client()
    more = base.with_headers({"X-B": "2"}).with_cookies({"c": "d"}).with_timeout(httpx.Timeout(9.0))
    assert more is not base
    assert "X-B" not in built.headers  # the original and its httpx client are untouched
    assert "c" not in built.cookies
    assert built.timeout == httpx.Timeout(None)
    fresh = more.get_httpx_client()
    assert fresh is not built
    assert (fresh.headers["X-A"], fresh.headers["X-B"]) == ("1", "2")
    assert dict(fresh.cookies) == {"lang": "es", "c": "d"}
    assert fresh.timeout == httpx.Timeout(9.0)
    assert fresh.follow_redirects is True
    assert fresh.trust_env is False
    assert more.raise_on_unexpected_status is True
    token_client = AuthenticatedClient("https://x.example", "t1").with_headers({"X-C": "3"})
    assert (token_client.token, token_client.prefix) == ("t1", "Bearer")
    assert token_client.get_httpx_client().headers["Authorization"] == "Bearer t1"


def test_models_are_slotted_dataclasses_that_compare_by_value() -> None:
    one = Order.from_dict({"id": "o1", "status": "paid", "surprise": {"x": 1}})
    two = Order.from_dict({"id": "o1", "status": "paid", "surprise": {"x": 1}})
    assert dataclasses.is_dataclass(one)
    assert one == two
    assert one.additional_properties == {"surprise": {"x": 1}}
    assert not hasattr(one, "__dict__")
    assert "id='o1'" in repr(one)
    assert Order(id="o2").additional_properties == {}
    assert Order(id="o2").additional_properties is not Order(id="o3").additional_properties


def test_an_authenticated_client_is_a_client_and_rejects_unknown_settings() -> None:
    client = AuthenticatedClient(
        "https://sandbox.ecartpay.com", "t1", raise_on_unexpected_status=True
    )
    assert isinstance(client, ecartpay_client.Client)
    assert type(client.with_timeout(httpx.Timeout(1.0))) is AuthenticatedClient
    with pytest.raises(TypeError):
        AuthenticatedClient("https://sandbox.ecartpay.com", "t1", verify=False)  # type: ignore[call-arg]
