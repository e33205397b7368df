"""Every operation and parameter of the spec says what it is for: the front door's
generated methods (`client.orders.retrieve`, ...) take their docstrings from these
descriptions, and the HTTP API reference prints them."""

from __future__ import annotations

import copy
from pathlib import Path
from typing import Any

import pytest
import yaml

from tools.spec_docs import undescribed

ROOT = Path(__file__).resolve().parents[2]
SPEC_PATH = ROOT / "openapi.yaml"


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


def test_a_body_field_inside_all_of_counts(spec: dict[str, Any]) -> None:
    """`OrderCreate` and `CustomerCreate` hold their fields in an `allOf` part: those
    fields are the front door's keyword arguments too."""
    scratch = copy.deepcopy(spec)
    part = scratch["components"]["schemas"]["CustomerCreate"]["allOf"][0]
    del part["properties"]["last_name"]["description"]
    assert "POST /api/customers body last_name" in set(undescribed(scratch))
