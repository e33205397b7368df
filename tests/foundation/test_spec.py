"""The spec is valid, and every example in it agrees with its own schema."""

from __future__ import annotations

import base64
import json
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import jsonschema
import pytest
import yaml
from openapi_spec_validator import validate
from referencing import Registry, Resource
from referencing.jsonschema import DRAFT202012

from ecartpay_auth import TOKEN_PATH

ROOT = Path(__file__).resolve().parents[2]
SPEC_PATH = ROOT / "openapi.yaml"
METHODS = ("get", "put", "post", "delete", "patch")


def _operations(spec: dict[str, Any]) -> Iterator[tuple[str, str, dict[str, Any]]]:
    """(method, path, operation) for every operation; path items also hold `parameters`."""
    for path, item in spec["paths"].items():
        for method in METHODS:
            if method in item:
                yield method, path, item[method]


@pytest.fixture(scope="module")
def spec() -> dict[str, Any]:
    loaded: dict[str, Any] = yaml.safe_load(SPEC_PATH.read_text(encoding="utf-8"))
    return loaded


def _validator(spec: dict[str, Any], pointer: str) -> jsonschema.Draft202012Validator:
    """A validator for the schema at `pointer`, with `$ref`s resolved inside the spec."""
    registry: Registry[Any] = Registry().with_resource(
        "urn:spec", Resource.from_contents(spec, default_specification=DRAFT202012)
    )
    return jsonschema.Draft202012Validator(
        {"$ref": f"urn:spec#{pointer}"},
        registry=registry,
        format_checker=jsonschema.FormatChecker(),
    )


def _walk(node: Any, path: str) -> Iterator[tuple[str, Any]]:
    yield path, node
    if isinstance(node, dict):
        for key, value in node.items():
            token = str(key).replace("~", "~0").replace("/", "~1")  # RFC 6901
            yield from _walk(value, f"{path}/{token}")
    elif isinstance(node, list):
        for i, value in enumerate(node):
            yield from _walk(value, f"{path}/{i}")


def _examples(spec: dict[str, Any]) -> Iterator[tuple[str, str, Any]]:
    """(where, schema pointer, example) for every example the spec carries."""
    for path, node in _walk(spec, "#"):
        if not isinstance(node, dict):
            continue
        # Schema-level `examples` (JSON Schema 2020-12): a list of instances.
        if isinstance(node.get("examples"), list) and ("/schemas/" in path or "/schema" in path):
            for i, example in enumerate(node["examples"]):
                yield f"{path}/examples/{i}", path[1:], example
        # Media-type `example`: validated against the media type's schema.
        if "example" in node and "schema" in node:
            yield f"{path}/example", f"{path[1:]}/schema", node["example"]


def test_spec_is_valid_openapi(spec: dict[str, Any]) -> None:
    validate(spec)
    assert spec["openapi"].startswith("3.1")


def test_every_example_validates_against_its_schema(spec: dict[str, Any]) -> None:
    found = list(_examples(spec))
    # Every component schema and every JSON response/request carries an example.
    assert len(found) >= 40, f"too few examples found ({len(found)}): the walker is broken"
    errors = []
    for where, pointer, example in found:
        for error in _validator(spec, pointer).iter_errors(example):
            errors.append(f"{where}: {error.message}")
    assert errors == []


def test_every_schema_and_json_body_has_an_example(spec: dict[str, Any]) -> None:
    missing = [
        name for name, schema in spec["components"]["schemas"].items() if not schema.get("examples")
    ]
    for method, path, op in _operations(spec):
        bodies = [("request", op.get("requestBody", {}))]
        bodies += [(code, resp) for code, resp in op["responses"].items()]
        for where, body in bodies:
            media = body.get("content", {}).get("application/json")
            if media is not None and "example" not in media:
                missing.append(f"{method.upper()} {path} {where}")
    for name, resp in spec["components"]["responses"].items():
        if "example" not in resp["content"]["application/json"]:
            missing.append(f"responses/{name}")
    assert missing == []


def test_example_with_a_wrong_field_is_caught(spec: dict[str, Any]) -> None:
    """The example check can fail: a planted bad example is reported (an unknown status is
    valid by design: statuses grow over time)."""
    schema = spec["components"]["schemas"]["Order"]
    bad = dict(schema["examples"][0], fee="zero")
    assert list(_validator(spec, "/components/schemas/Order").iter_errors(bad))
    assert not list(
        _validator(spec, "/components/schemas/Order").iter_errors(
            dict(schema["examples"][0], status="shipped")
        )
    )
    no_id = {k: v for k, v in schema["examples"][0].items() if k != "id"}
    assert list(_validator(spec, "/components/schemas/Order").iter_errors(no_id))


def _b64json(part: str) -> Any:
    return json.loads(base64.urlsafe_b64decode(part + "=" * (-len(part) % 4)))


def test_token_example_is_the_seed_pages_hs512_jwt(spec: dict[str, Any]) -> None:
    op = spec["paths"][TOKEN_PATH]["post"]
    token = op["responses"]["200"]["content"]["application/json"]["example"]["token"]
    header, payload, signature = token.split(".")
    assert _b64json(header) == {"alg": "HS512", "typ": "JWT"}
    claims = _b64json(payload)
    assert set(claims) == {"id", "user", "iat", "exp"}
    assert claims["user"] == "undefined"
    assert claims["exp"] - claims["iat"] == 3600
    assert len(base64.urlsafe_b64decode(signature + "==")) == 64  # SHA-512 HMAC


def test_security_schemes_and_operations(spec: dict[str, Any]) -> None:
    schemes = spec["components"]["securitySchemes"]
    assert schemes["basicAuth"] == {**schemes["basicAuth"], "type": "http", "scheme": "basic"}
    assert schemes["tokenAuth"]["type"] == "apiKey"
    assert schemes["tokenAuth"]["in"] == "header"
    assert schemes["tokenAuth"]["name"] == "Authorization"
    assert spec["security"] == [{"tokenAuth": []}]
    ops = {op["operationId"]: (method, path, op) for method, path, op in _operations(spec)}
    assert {
        "createAuthorizationToken",
        "createCustomer",
        "listCustomers",
        "createOrder",
        "getOrder",
        "createWebhook",
    } <= set(ops)
    assert ops["createAuthorizationToken"][2]["security"] == [{"basicAuth": []}]
    assert "requestBody" not in ops["createAuthorizationToken"][2]
    public = {name for name, (_m, _p, op) in ops.items() if op.get("security") == []}
    assert public == {
        "getPublicOrder",
        "processOrder",
        "getPublicCheckout",
        "listCountries",
        "listStates",
        "getZipCode",
        "listLocalities",
    }
    for name, (method, _path, op) in ops.items():
        assert ("401" in op["responses"]) == (name not in public), name
        if method == "post" and name != "createAuthorizationToken":
            assert "400" in op["responses"], name
    assert "404" in ops["getOrder"][2]["responses"]
    servers = [s["url"] for s in spec["servers"]]
    assert servers == ["https://sandbox.ecartpay.com", "https://ecartpay.com"]


def _link(spec: dict[str, Any], path: str, method: str, name: str) -> dict[str, Any]:
    link: dict[str, Any] = spec["paths"][path][method]["responses"]["200"]["links"][name]
    return link


def test_links_chain_customer_to_order_to_get(spec: dict[str, Any]) -> None:
    to_order = _link(spec, "/api/customers", "post", "CreateOrderForCustomer")
    to_get = _link(spec, "/api/orders", "post", "GetCreatedOrder")
    assert to_order["operationId"] == "createOrder"
    assert to_order["requestBody"] == {"customer_id": "$response.body#/id"}
    assert to_get["operationId"] == "getOrder"
    assert to_get["parameters"] == {"id": "$response.body#/id"}


def test_links_chain_customer_card_token_order_refund(spec: dict[str, Any]) -> None:
    """The money path as schemathesis' stateful phase walks it."""
    to_card = _link(spec, "/api/customers", "post", "CreateCardForCustomer")
    to_token = _link(spec, "/api/customers/{customer_id}/cards", "post", "CreateCardTokenForCard")
    to_pay = _link(spec, "/api/tokens", "post", "PayOrderWithToken")
    to_refund = _link(spec, "/api/orders", "post", "RefundOrder")
    assert to_card == {**to_card, "operationId": "createCustomerCard"}
    assert to_card["parameters"] == {"customer_id": "$response.body#/id"}
    assert to_token["operationId"] == "createCardToken"
    assert to_token["requestBody"] == {"id": "$response.body#/id"}
    assert to_pay["operationId"] == "createOrder"
    assert to_pay["requestBody"] == {"token": "$response.body#/token"}
    assert to_refund["operationId"] == "createRefund"
    assert to_refund["parameters"] == {"order_id": "$response.body#/id"}
    assert to_refund["requestBody"] == {"amount": "$response.body#/totals/total"}


def test_patterns_mean_the_same_in_python_and_ecmascript(spec: dict[str, Any]) -> None:
    """`\\s`, `\\d`, `\\w` and `\\b` differ between Python's `re` (the sandbox validates with
    it) and ECMAScript (how the fuzzer reads patterns): a string one calls valid and the
    other refuses fails the contract test at random. Patterns spell classes out instead."""
    ambiguous = [
        f"{path}: {node['pattern']}"
        for path, node in _walk(spec, "#")
        if isinstance(node, dict)
        and isinstance(node.get("pattern"), str)
        and re.search(r"\\[sdwbSDWB]", node["pattern"])
    ]
    assert ambiguous == []
