"""Every response the sandbox sends conforms to openapi.yaml: for each operation, each
documented status (errors included) is produced, its status is documented for the
operation, and its JSON body validates against the spec's schema for that status."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import httpx
import pytest

from ecartpay_auth import TOKEN_OPERATION_ID, TOKEN_PATH
from ecartpay_sandbox import RunningSandbox, Spec, create_app
from tests.sandbox import _oauth_exchanges, _reference_exchanges, money_out_exchanges
from tests.sandbox._money_exchanges import exchanges as money_exchanges

Body = Callable[..., dict[str, Any]]
Exchange = tuple[str, httpx.Response]


def _check(spec: Spec, operation_id: str, response: httpx.Response) -> None:
    op = spec.operations[operation_id]
    assert response.status_code in op.statuses, (operation_id, response.status_code)
    if response.status_code not in op.response_pointers:  # a binary answer (a CFDI archive)
        assert response.headers["content-type"] == "application/octet-stream", operation_id
        assert response.content, operation_id
        return
    assert response.headers["content-type"].split(";")[0] == "application/json"
    schema_pointer = op.response_pointers[response.status_code]
    validator = spec.validator(schema_pointer, formats=True)
    errors = [e.message for e in validator.iter_errors(response.json())]
    assert errors == [], (operation_id, response.status_code, response.text)


def _exchanges(
    http: httpx.Client,
    sandbox: RunningSandbox,
    customer_body: Body,
    order_body: Body,
) -> dict[str, list[httpx.Response]]:
    """Drive every operation through each of its documented statuses."""
    keys = (sandbox.public_key, sandbox.private_key)
    seen: dict[str, list[httpx.Response]] = {}

    def record(operation_id: str, response: httpx.Response) -> httpx.Response:
        seen.setdefault(operation_id, []).append(response)
        return response

    token = record(TOKEN_OPERATION_ID, http.post(TOKEN_PATH, auth=keys)).json()["token"]
    record(TOKEN_OPERATION_ID, http.post(TOKEN_PATH, auth=("pub", "wrong")))
    record(TOKEN_OPERATION_ID, http.post(TOKEN_PATH))
    record(
        TOKEN_OPERATION_ID,
        http.post(TOKEN_PATH, auth=keys, headers={"Cookie": "lang=fr"}),
    )
    auth = {"Authorization": token}
    body = customer_body()
    customer = record("createCustomer", http.post("/api/customers", json=body, headers=auth))
    record("createCustomer", http.post("/api/customers", json=body, headers=auth))
    record("createCustomer", http.post("/api/customers", json={"email": 1}, headers=auth))
    record("createCustomer", http.post("/api/customers", json=customer_body()))
    record("listCustomers", http.get("/api/customers", headers=auth))
    record("listCustomers", http.get("/api/customers", params={"limit": 0}, headers=auth))
    record("listCustomers", http.get("/api/customers", headers={"Authorization": "x.y.z"}))
    new_order = order_body(customer.json()["id"], redirect_url="https://m.example.com/thanks")
    order = record("createOrder", http.post("/api/orders", json=new_order, headers=auth))
    record("createOrder", http.post("/api/orders", json=order_body("0" * 24), headers=auth))
    record("createOrder", http.post("/api/orders", json={"items": []}, headers=auth))
    record("createOrder", http.post("/api/orders", json=new_order))
    record("getOrder", http.get(f"/api/orders/{order.json()['id']}", headers=auth))
    record("getOrder", http.get("/api/orders/0", headers=auth))
    record("getOrder", http.get("/api/orders/0"))
    record("getOrder", http.get("/api/orders/0", headers={**auth, "Cookie": "lang=fr"}))

    def new_customer() -> dict[str, Any]:
        created = http.post("/api/customers", json=customer_body(), headers=auth).json()
        assert isinstance(created, dict)
        return created

    money_exchanges(http, auth, record, new_customer, order_body)
    money_out_exchanges.drive(http, sandbox, token, record)
    hook = {"url": "http://127.0.0.1:9/hooks", "events": ["orders.confirmation", "x.new"]}
    record("createWebhook", http.post("/api/webhooks", json=hook, headers=auth))
    record("createWebhook", http.post("/api/webhooks", json={"url": "ftp://x"}, headers=auth))
    record("createWebhook", http.post("/api/webhooks", json=hook))
    _reference_exchanges.drive(http, auth, record, order.json()["id"], sandbox.account_id)
    _oauth_exchanges.drive(http, sandbox, auth, record)
    http.cookies.set("lang", "es")
    for operation_id, responses in list(seen.items()):
        request = responses[-1].request
        again = http.send(
            http.build_request(
                request.method, request.url, headers=request.headers, content=request.content
            )
        )
        record(operation_id, again)
    return seen


def test_every_response_conforms_and_every_documented_status_is_exercised(
    http: httpx.Client,
    sandbox: RunningSandbox,
    spec: Spec,
    customer_body: Body,
    order_body: Body,
) -> None:
    seen = _exchanges(http, sandbox, customer_body, order_body)
    assert set(seen) == set(spec.operations)
    for operation_id, responses in seen.items():
        for response in responses:
            _check(spec, operation_id, response)
        exercised = {r.status_code for r in responses}
        assert exercised == set(spec.operations[operation_id].statuses), operation_id


def test_the_sandbox_implements_every_operation_of_the_spec() -> None:
    assert create_app().unimplemented == []


@pytest.mark.parametrize(
    ("method", "path"),
    [
        ("DELETE", "/api/customers"),
        ("PUT", "/api/orders"),
        ("POST", "/api/orders/abc"),
        ("GET", TOKEN_PATH),
        ("OPTIONS", "/api/customers"),
    ],
)
def test_wrong_methods_get_405_with_the_error_body(
    http: httpx.Client, spec: Spec, method: str, path: str
) -> None:
    response = http.request(method, path)
    assert response.status_code == 405
    documented = {op.method for op in spec.operations.values() if op.path_regex.match(path)}
    if "GET" in documented:
        documented.add("HEAD")
    assert set(response.headers["allow"].split(", ")) == documented
    assert response.headers["content-type"].startswith("application/json")
    error = spec.validator("/components/schemas/Error")
    assert list(error.iter_errors(response.json())) == []


def test_unknown_routes_get_404_with_the_error_body(http: httpx.Client, spec: Spec) -> None:
    response = http.get("/api/nothing-here")
    assert response.status_code == 404
    assert list(spec.validator("/components/schemas/Error").iter_errors(response.json())) == []


def test_fault_responses_use_the_error_body(
    http: httpx.Client, sandbox: RunningSandbox, spec: Spec
) -> None:
    for status in (429, 500, 502, 503):
        sandbox.control.add_fault(kind="status", status=status)
        response = http.get("/api/customers")
        assert response.status_code == status
        assert list(spec.validator("/components/schemas/Error").iter_errors(response.json())) == []
