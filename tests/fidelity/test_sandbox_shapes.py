"""The local sandbox answers the vendor's own request examples in the vendor's recorded
shapes: the same field names, `number` like `OR01667152`, `pay_link` as `.../pay/{id}`,
absent fields absent."""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

import httpx
import pytest

from ecartpay_auth import TOKEN_PATH
from ecartpay_sandbox import RunningSandbox
from tests.fidelity._support import REFERENCE
from tools.vendor_reference import template_key

HEX24 = re.compile(r"^[0-9a-f]{24}$")

ISO_Z = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$")


def _recorded(method: str, path: str) -> tuple[dict[str, Any], dict[str, Any]]:
    """The vendor's (first) request example and recorded 200 example of an operation."""
    vendor = REFERENCE[template_key(method, path)]
    _, response = vendor.success_examples[0]
    return vendor.request_examples[0].value, response.value


@pytest.fixture
def http(sandbox: RunningSandbox) -> Iterator[httpx.Client]:
    """A client of the (reset) sandbox holding a token of its primary account."""
    with httpx.Client(base_url=sandbox.base_url, timeout=10) as client:
        keys = (sandbox.public_key, sandbox.private_key)
        client.headers["Authorization"] = client.post(TOKEN_PATH, auth=keys).json()["token"]
        yield client


def test_a_customer_created_by_phone_has_the_recorded_fields(http: httpx.Client) -> None:
    request, recorded = _recorded("POST", "/api/customers")
    answer = http.post("/api/customers", json=request).json()
    assert "email" not in request
    assert set(answer) == set(recorded)  # no email key at all, as recorded
    assert HEX24.match(answer["id"])
    assert ISO_Z.match(answer["created_at"])


def test_an_order_has_the_recorded_fields_and_formats(
    http: httpx.Client, sandbox: RunningSandbox
) -> None:
    request, recorded = _recorded("POST", "/api/orders")
    request = {**request, "redirect_url": recorded["redirect_url"]}  # sent in the recording
    answer = http.post("/api/orders", json=request).json()
    assert set(recorded) <= set(answer)
    # Beyond the recording: what the guides show, and the shipping address this request sent.
    assert set(answer) - set(recorded) == {"type", "country", "shipping_address"}
    assert set(recorded["items"][0]) <= set(answer["items"][0])
    assert set(recorded["totals"]) == set(answer["totals"])
    assert re.fullmatch(r"OR\d{8}", answer["number"])
    assert re.fullmatch(r"OR\d{8}", recorded["number"])
    assert answer["pay_link"] == f"{sandbox.base_url}/pay/{answer['id']}"
    assert recorded["pay_link"].endswith(f"/pay/{recorded['id']}")
    assert answer["shipping_items"] == request["shipping_items"]
    assert answer["totals"]["total"] == pytest.approx(answer["totals"]["subtotal"] + 160)
    for name in ("id", "account_id", "authorization_id"):
        assert HEX24.match(answer[name]), name
    for name in ("created_at", "updated_at"):
        assert ISO_Z.match(answer[name]), name


def test_an_order_without_optional_fields_omits_them(http: httpx.Client) -> None:
    answer = http.post(
        "/api/orders",
        json={
            "currency": "MXN",
            "email": "a@b.co",
            "items": [{"name": "x", "quantity": 1, "price": 5}],
        },
    ).json()
    for absent in (
        "customer_id",
        "phone",
        "first_name",
        "notify_url",
        "redirect_url",
        "reference_id",
    ):
        assert absent not in answer, absent
