"""Hundreds of requests from threads: no lost writes, no duplicate order numbers."""

from __future__ import annotations

import threading
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from typing import Any

import httpx

from ecartpay_auth import TOKEN_OPERATION_ID
from ecartpay_sandbox import RunningSandbox
from ecartpay_sandbox._ids import sequence_number
from ecartpay_sandbox._store import Store
from ecartpay_sandbox.resources.orders import ORDERS

Body = Callable[..., dict[str, Any]]
THREADS = 16


def test_concurrent_writes_are_all_kept(
    sandbox: RunningSandbox, token: str, customer_body: Body, order_body: Body
) -> None:
    bodies = [customer_body() for _ in range(300)]
    auth = {"Authorization": token}
    local = threading.local()

    def client() -> httpx.Client:
        if not hasattr(local, "client"):
            local.client = httpx.Client(base_url=sandbox.base_url, verify=False, timeout=30)
            opened.append(local.client)
        result: httpx.Client = local.client
        return result

    def create_customer(body: dict[str, Any]) -> str:
        response = client().post("/api/customers", json=body, headers=auth)
        assert response.status_code == 200, response.text
        return str(response.json()["id"])

    def create_order(customer_id: str) -> str:
        response = client().post("/api/orders", json=order_body(customer_id), headers=auth)
        assert response.status_code == 200, response.text
        return str(response.json()["number"])

    opened: list[httpx.Client] = []
    try:
        with ThreadPoolExecutor(max_workers=THREADS) as pool:
            customer_ids = list(pool.map(create_customer, bodies))
            numbers = list(pool.map(create_order, customer_ids[:200]))
    finally:
        for c in opened:
            c.close()

    held = sandbox.control.data(sandbox.account_id)
    assert len(set(customer_ids)) == 300
    assert sorted(c["id"] for c in held.customers) == sorted(customer_ids)
    assert sorted(c["email"] for c in held.customers) == sorted(b["email"] for b in bodies)
    assert sorted(numbers) == [f"OR{n:08d}" for n in range(1, 201)]
    assert sorted(o["number"] for o in held.orders) == sorted(numbers)
    assert sandbox.control.stats().requests == {
        TOKEN_OPERATION_ID: 1,
        "createCustomer": 300,
        "createOrder": 200,
    }


def test_concurrent_duplicates_create_exactly_one_customer(
    sandbox: RunningSandbox, token: str, customer_body: Body
) -> None:
    body = customer_body()

    def create(_: int) -> int:
        with httpx.Client(base_url=sandbox.base_url, verify=False) as client:
            response = client.post("/api/customers", json=body, headers={"Authorization": token})
            return response.status_code

    with ThreadPoolExecutor(max_workers=THREADS) as pool:
        statuses = list(pool.map(create, range(32)))
    assert sorted(statuses) == [200] + [409] * 31
    assert len(sandbox.control.data(sandbox.account_id).customers) == 1


def test_the_store_is_safe_from_threads_without_a_server() -> None:
    store = Store()

    def add_order(_: int) -> str:
        with store.account("a" * 24) as data:
            number = sequence_number(data.next_number("orders"))
            data[ORDERS].add({"id": store.new_id(), "number": number})
        return number

    with ThreadPoolExecutor(max_workers=THREADS) as pool:
        numbers = list(pool.map(add_order, range(500)))
    assert sorted(numbers) == [f"{n:06d}" for n in range(1, 501)]
    assert len(store.snapshot()["a" * 24]["orders"]) == 500
