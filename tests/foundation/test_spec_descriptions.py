"""Every operation and parameter of the spec says what it is for: the front door's
generated methods (`client.orders.retrieve`, ...) take their docstrings from these
descriptions, and the HTTP API reference prints them."""

from __future__ import annotations

import copy
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import yaml

ROOT = Path(__file__).resolve().parents[2]
SPEC_PATH = ROOT / "openapi.yaml"
METHODS = ("get", "put", "post", "delete", "patch")


def _resolve(spec: dict[str, Any], node: dict[str, Any]) -> dict[str, Any]:
    while "$ref" in node:
        target: Any = spec
        for part in node["$ref"].removeprefix("#/").split("/"):
            target = target[part]
        node = target
    return node


def _described(spec: dict[str, Any], node: dict[str, Any]) -> bool:
    """A description on the node itself, or on what its `$ref` names (3.1 allows both)."""
    return bool(
        str(node.get("description") or _resolve(spec, node).get("description") or "").strip()
    )


def undescribed(spec: dict[str, Any]) -> Iterator[str]:
    """Each operation, parameter (path, query, header, cookie) and top-level property of a
    JSON request body (the front door's keyword arguments) without a description."""
    for path, item in spec["paths"].items():
        shared = item.get("parameters", [])
        for method in METHODS:
            if method not in item:
                continue
            operation = item[method]
            where = f"{method.upper()} {path}"
            if not str(operation.get("description") or "").strip():
                yield where
            for parameter in (*shared, *operation.get("parameters", [])):
                if not _described(spec, parameter):
                    yield f"{where} parameter {_resolve(spec, parameter)['name']}"
            body = _resolve(spec, operation.get("requestBody", {}))
            media = body.get("content", {}).get("application/json", {})
            schema = _resolve(spec, media.get("schema", {}))
            for name, prop in (schema.get("properties") or {}).items():
                if not _described(spec, prop):
                    yield f"{where} body {name}"


@pytest.fixture(scope="module")
def spec() -> dict[str, Any]:
    loaded: dict[str, Any] = yaml.safe_load(SPEC_PATH.read_text(encoding="utf-8"))
    return loaded


def test_every_operation_parameter_and_body_field_has_a_description(spec: dict[str, Any]) -> None:
    missing = list(undescribed(spec))
    assert missing == [], "describe these in openapi.yaml, in our own words:\n" + "\n".join(missing)


def test_a_missing_description_is_found(spec: dict[str, Any]) -> None:
    """The check sees a bare operation, a bare parameter (inline or shared through
    `components`) and a bare body field, and counts a description beside a `$ref`."""
    scratch = copy.deepcopy(spec)
    order = scratch["paths"]["/api/orders/{id}"]["get"]
    del order["description"]
    inline = next(p for p in order["parameters"] if p.get("name") == "id")
    del inline["description"]
    del scratch["components"]["parameters"]["ListPage"]["description"]
    body = scratch["components"]["schemas"]["OrderUpdate"]["properties"]
    del body["city"]["description"]
    body["state"] = {"$ref": "#/components/schemas/AddressState", "description": "Its state."}
    scratch["components"]["schemas"]["AddressState"].pop("description", None)
    found = set(undescribed(scratch))
    assert {
        "GET /api/orders/{id}",
        "GET /api/orders/{id} parameter id",
        "GET /api/payouts parameter page",
        "PUT /api/orders/{id} body city",
    } <= found
    assert "PUT /api/orders/{id} body state" not in found
