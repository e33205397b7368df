"""`paginate` / `apaginate` on every list operation of the spec, against the sandbox."""

from __future__ import annotations

import asyncio
import dataclasses
import math
import pickle
from typing import Any

import pytest

import ecartpay_auth
from ecartpay_auth._pagination import plan_for
from ecartpay_client import AuthenticatedClient
from ecartpay_client.api.customers import create_customer, list_customers
from ecartpay_client.models import Customer, CustomerList
from ecartpay_sandbox import RunningSandbox

from ._lists import SEEDERS, create_customers, endpoint_of, list_operations

LIMIT = 3
ITEMS = 3 * LIMIT + 2  # four pages: more than three
OPERATIONS = [op.operation_id for op in list_operations()]


def _requests(sandbox: RunningSandbox, operation: str) -> int:
    return int(sandbox.control.stats().requests.get(operation, 0))


def _item_id(item: Any, key: str = "id") -> Any:
    return getattr(item, key, None) or item.additional_properties.get("_id")


def test_every_list_operation_of_the_spec_is_paginated_and_tested() -> None:
    operations = list_operations()
    assert "listCustomers" in OPERATIONS  # the detection finds the known one
    for operation in operations:
        plan = plan_for(endpoint_of(operation.operation_id))  # raises when unsupported
        assert (plan.page_model is None) == (operation.shape == "array"), operation
    untested = sorted(set(OPERATIONS) - set(SEEDERS))
    assert not untested, f"add a seeder in tests/api/_lists.py for {untested}"


def _check_walk(
    sandbox: RunningSandbox,
    operation: str,
    items: list[Any],
    ids: list[str],
    before: int,
    key: str = "id",
) -> None:
    got = [_item_id(item, key) for item in items]
    assert len(got) == len(set(got)) == len(ids)
    assert set(got) == set(ids)
    assert len({type(item) for item in items}) == 1
    assert dataclasses.is_dataclass(type(items[0]))
    plan = plan_for(endpoint_of(operation))
    if plan.page_model is not None:  # one request per page, and not one more
        assert _requests(sandbox, operation) - before == math.ceil(len(ids) / LIMIT)


def _params(operation: str, params: dict[str, Any]) -> dict[str, Any]:
    plan = plan_for(endpoint_of(operation))
    return {**params, "limit": LIMIT} if plan.limit_param else params


@pytest.mark.parametrize("operation", OPERATIONS)
def test_paginate_and_apaginate_walk_every_page(
    sandbox: RunningSandbox, client: AuthenticatedClient, operation: str
) -> None:
    seeded = SEEDERS[operation](client, ITEMS)  # once: both walks read the same data
    params = _params(operation, seeded.params)
    endpoint = endpoint_of(operation)
    before = _requests(sandbox, operation)
    items = list(ecartpay_auth.paginate(endpoint, client=client, **params))
    _check_walk(sandbox, operation, items, seeded.ids, before, seeded.key)

    async def walk() -> list[Any]:
        return [item async for item in ecartpay_auth.apaginate(endpoint, client=client, **params)]

    before = _requests(sandbox, operation)
    _check_walk(sandbox, operation, asyncio.run(walk()), seeded.ids, before, seeded.key)


def test_items_are_the_typed_models_and_filters_apply(client: AuthenticatedClient) -> None:
    ids = create_customers(client, 4)
    first = list_customers.sync(client=client, page=1, limit=1)
    assert isinstance(first, CustomerList)
    email = first.docs[0].email
    found = list(ecartpay_auth.paginate(list_customers, client=client, email=email))
    assert [c.id for c in found] == [ids[0]]
    assert isinstance(found[0], Customer)


def test_starting_page_is_honoured(client: AuthenticatedClient) -> None:
    ids = create_customers(client, 7)
    rest = ecartpay_auth.paginate(list_customers, client=client, limit=3, page=2)
    assert [c.id for c in rest] == ids[3:]


def test_a_creation_during_a_newest_first_walk_never_yields_twice(
    sandbox: RunningSandbox, client: AuthenticatedClient
) -> None:
    sandbox.app.core.store.newest_first = True  # every creation shifts the later pages
    ids = create_customers(client, 10)
    walk = ecartpay_auth.paginate(list_customers, client=client, limit=3)
    yielded = [next(walk).id for _ in range(3)]  # page 1
    created = create_customers(client, 2)
    shifted = list_customers.sync(client=client, page=2, limit=3)
    assert isinstance(shifted, CustomerList)
    assert shifted.docs[0].id in yielded  # the API now serves a seen item on page 2 ...
    yielded += [c.id for c in walk]
    assert len(yielded) == len(set(yielded))  # ... and the walk did not yield it again
    assert set(yielded) == set(ids)
    assert not set(created) & set(yielded)  # newest first: created ones land on page 1


def test_a_creation_during_an_oldest_first_walk_is_included_once(
    client: AuthenticatedClient,
) -> None:
    ids = create_customers(client, 5)
    walk = ecartpay_auth.paginate(list_customers, client=client, limit=3)
    yielded = [next(walk).id for _ in range(3)]
    created = create_customers(client, 2)
    yielded += [c.id for c in walk]
    assert yielded == ids + created  # `pages` is read again on every page


def test_an_error_page_raises_api_error(
    sandbox: RunningSandbox, client: AuthenticatedClient
) -> None:
    create_customers(client, 5)
    walk = ecartpay_auth.paginate(list_customers, client=client, limit=3)
    assert len([next(walk) for _ in range(3)]) == 3
    sandbox.control.add_fault(kind="status", status=500, match="listCustomers")
    with pytest.raises(ecartpay_auth.ApiError) as raised:
        next(walk)
    error = raised.value
    assert (error.status_code, error.api_status_code) == (500, 500)
    assert (error.method, error.path) == ("GET", "/api/customers")
    assert error.api_message
    assert error.api_message in str(error)
    assert isinstance(error.body, dict)
    assert error.body["statusCode"] == 500
    assert isinstance(error, ecartpay_auth.EcartPayError)
    copy = pickle.loads(pickle.dumps(error))
    assert (copy.status_code, copy.path, copy.body) == (500, "/api/customers", error.body)


@pytest.mark.anyio
async def test_a_documented_error_page_raises_api_error_async(client: AuthenticatedClient) -> None:
    walk = ecartpay_auth.apaginate(list_customers, client=client, limit=1000)  # max is 100
    with pytest.raises(ecartpay_auth.ApiError) as raised:
        await anext(walk)
    assert raised.value.status_code == 400
    assert raised.value.api_status_code == 400
    assert raised.value.path == "/api/customers"


def test_bad_arguments_are_configuration_errors(client: AuthenticatedClient) -> None:
    with pytest.raises(ecartpay_auth.ConfigurationError, match="not a list endpoint"):
        ecartpay_auth.paginate(create_customer, client=client)
    with pytest.raises(ecartpay_auth.ConfigurationError, match=r"'colour'.*takes email"):
        ecartpay_auth.paginate(list_customers, client=client, colour="red")
    with pytest.raises(ecartpay_auth.ConfigurationError, match="generated endpoint module"):
        ecartpay_auth.paginate(list_customers.sync, client=client)  # type: ignore[arg-type]
    with pytest.raises(ecartpay_auth.ConfigurationError, match="client="):
        ecartpay_auth.apaginate(list_customers, client="http://x")  # type: ignore[arg-type]
    with pytest.raises(ecartpay_auth.ConfigurationError, match="page must be"):
        ecartpay_auth.paginate(list_customers, client=client, page=0)


def test_a_plan_is_read_once_per_endpoint(monkeypatch: pytest.MonkeyPatch) -> None:
    """Reading a plan (type hints, signature) costs more than a list call's own work: it is
    read once per endpoint and reused by every walk."""
    import ecartpay_auth._pagination as pagination

    reads: list[Any] = []
    read = pagination._read_plan

    def counted(endpoint: Any) -> Any:
        reads.append(endpoint)
        return read(endpoint)

    monkeypatch.setattr(pagination, "_PLANS", {})
    monkeypatch.setattr(pagination, "_read_plan", counted)
    plans = {id(pagination._Walk(list_customers, {}).plan) for _ in range(50)}
    assert len(plans) == 1
    assert reads == [list_customers]
    assert plan_for(list_customers) is pagination._Walk(list_customers, {"limit": 5}).plan
    assert reads == [list_customers]
