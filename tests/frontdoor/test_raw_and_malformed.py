"""Raw responses of list methods, and 2xx bodies no parser can read.

`with_raw_response.list(...)` answers the first page's status and headers, and `.parse()`
gives the page, whose later pages come as models. A 2xx body nested deeper than Python's
parser recurses is an `APIError` like any unreadable body: `except ecartpay.EcartPayError`
catches every failure, a RecursionError included.
"""

from __future__ import annotations

import uuid

import pytest

import ecartpay
from ecartpay_sandbox import RunningSandbox
from tests import _deep_json

DEEP = '{"id": "x", "items": ' + _deep_json.DEEP + "}"


def _customers(front: ecartpay.EcartPay, count: int) -> tuple[str, set[str]]:
    marker = uuid.uuid4().hex[:8]
    made = {
        front.customers.create(first_name="R", last_name=marker, email=f"r{i}{marker}@e.mx").id
        for i in range(count)
    }
    return marker, made


def test_raw_list_gives_the_first_pages_answer_and_the_page(front: ecartpay.EcartPay) -> None:
    marker, made = _customers(front, 3)
    raw = front.customers.with_raw_response.list(limit=2, email=f"r0{marker}@e.mx")
    assert raw.status_code == 200
    assert raw.headers["content-type"].startswith("application/json")
    page = raw.parse()
    assert isinstance(page, ecartpay.SyncPage)
    assert [c.email for c in page.items] == [f"r0{marker}@e.mx"]
    assert [c.id for c in raw.parse().items] == [c.id for c in page.items]  # parse() again
    walked = [c.id for c in front.customers.with_raw_response.list(limit=2).parse()]
    assert made <= set(walked)  # later pages come through the plain requester
    assert len(walked) == len(set(walked))


@pytest.mark.anyio
async def test_async_raw_list(front: ecartpay.EcartPay, afront: ecartpay.AsyncEcartPay) -> None:
    _, made = _customers(front, 3)
    raw = await afront.customers.with_raw_response.list(limit=2)
    assert raw.status_code == 200
    page = raw.parse()
    assert isinstance(page, ecartpay.AsyncPage)
    assert len(page.items) == 2
    assert page.has_next_page()
    walked = [c.id async for c in raw.parse()]
    assert made <= set(walked)
    assert len(walked) == len(set(walked))


def _deep(sandbox: RunningSandbox, operation: str, count: int = 1) -> None:
    sandbox.control.add_fault(kind="malformed", match=operation, count=count, body=DEEP)


def test_a_deeply_nested_2xx_body_is_an_api_error(
    sandbox: RunningSandbox, front: ecartpay.EcartPay
) -> None:
    _deep(sandbox, "getOrder", count=2)
    with pytest.raises(ecartpay.APIError, match="body the spec does not describe") as raised:
        front.orders.retrieve("65a1b2c3d4e5f60718293b5c")
    assert raised.value.status_code == 200
    assert raised.value.path == "/api/orders/65a1b2c3d4e5f60718293b5c"
    raw = front.orders.with_raw_response.retrieve("65a1b2c3d4e5f60718293b5c")
    assert raw.status_code == 200
    with pytest.raises(ecartpay.APIError, match="body the spec does not describe"):
        raw.parse()
    _deep(sandbox, "listCustomers")
    with pytest.raises(ecartpay.EcartPayError):
        front.customers.list()


@pytest.mark.anyio
async def test_a_deeply_nested_2xx_body_is_an_api_error_async(
    sandbox: RunningSandbox, afront: ecartpay.AsyncEcartPay
) -> None:
    _deep(sandbox, "getOrder")
    with pytest.raises(ecartpay.APIError, match="body the spec does not describe"):
        await afront.orders.retrieve("65a1b2c3d4e5f60718293b5c")
    _deep(sandbox, "listCustomers")
    with pytest.raises(ecartpay.APIError, match="body the spec does not describe"):
        await afront.customers.list()
