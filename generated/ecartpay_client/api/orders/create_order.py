from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.lang import Lang
from ...models.order import Order
from ...models.order_create import OrderCreate
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    body: OrderCreate,
    lang: Lang | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    cookies = {}
    if lang is not UNSET:
        cookies["lang"] = lang

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/orders",
    }
    # ecartpay: per-request cookies only when set (httpx deprecates `cookies={}` per request).
    if cookies:
        _kwargs["cookies"] = cookies

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | Order | None:
    if response.status_code == 200:
        response_200 = Order.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = Error.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = Error.from_dict(response.json())

        return response_401

    if response.status_code == 402:
        response_402 = Error.from_dict(response.json())

        return response_402

    if response.status_code == 404:
        response_404 = Error.from_dict(response.json())

        return response_404

    if response.status_code == 409:
        response_409 = Error.from_dict(response.json())

        return response_409

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Error | Order]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: OrderCreate,
    lang: Lang | Unset = UNSET,
) -> Response[Error | Order]:
    """Create an order

     Creates an order; answers 200 with `status: created` and a `pay_link` where the
    buyer pays. The buyer is reached by `email` or `phone`, or through the
    `customer_id` of a registered customer (optional: the guide calls registering a
    customer first "not strictly necessary"). An unknown `customer_id` answers 404
    (Assumed, like every unknown id here). With a card `token` (from `POST /api/tokens`) the order is
    charged at once: it
    answers `paid` (or `in_review` when the card needs a manual review). Assumed: an
    unknown or deleted token's card answers 404, a spent token 409, a declined card
    402; nothing is stored then.

    Args:
        lang (Lang | Unset): Language of the API's messages.
        body (OrderCreate): `currency`, `items` and a way to reach the buyer: `email`, `phone`, or
            the
            `customer_id` of a registered customer (whose email and phone are then used). The
            guide calls registering a customer first "not strictly necessary" and the
            reference's example has no `customer_id`; the reference's description asks for one:
            the more permissive reading is taken.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | Order]
    """

    kwargs = _get_kwargs(
        body=body,
        lang=lang,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: OrderCreate,
    lang: Lang | Unset = UNSET,
) -> Error | Order | None:
    """Create an order

     Creates an order; answers 200 with `status: created` and a `pay_link` where the
    buyer pays. The buyer is reached by `email` or `phone`, or through the
    `customer_id` of a registered customer (optional: the guide calls registering a
    customer first "not strictly necessary"). An unknown `customer_id` answers 404
    (Assumed, like every unknown id here). With a card `token` (from `POST /api/tokens`) the order is
    charged at once: it
    answers `paid` (or `in_review` when the card needs a manual review). Assumed: an
    unknown or deleted token's card answers 404, a spent token 409, a declined card
    402; nothing is stored then.

    Args:
        lang (Lang | Unset): Language of the API's messages.
        body (OrderCreate): `currency`, `items` and a way to reach the buyer: `email`, `phone`, or
            the
            `customer_id` of a registered customer (whose email and phone are then used). The
            guide calls registering a customer first "not strictly necessary" and the
            reference's example has no `customer_id`; the reference's description asks for one:
            the more permissive reading is taken.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | Order
    """

    return sync_detailed(
        client=client,
        body=body,
        lang=lang,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: OrderCreate,
    lang: Lang | Unset = UNSET,
) -> Response[Error | Order]:
    """Create an order

     Creates an order; answers 200 with `status: created` and a `pay_link` where the
    buyer pays. The buyer is reached by `email` or `phone`, or through the
    `customer_id` of a registered customer (optional: the guide calls registering a
    customer first "not strictly necessary"). An unknown `customer_id` answers 404
    (Assumed, like every unknown id here). With a card `token` (from `POST /api/tokens`) the order is
    charged at once: it
    answers `paid` (or `in_review` when the card needs a manual review). Assumed: an
    unknown or deleted token's card answers 404, a spent token 409, a declined card
    402; nothing is stored then.

    Args:
        lang (Lang | Unset): Language of the API's messages.
        body (OrderCreate): `currency`, `items` and a way to reach the buyer: `email`, `phone`, or
            the
            `customer_id` of a registered customer (whose email and phone are then used). The
            guide calls registering a customer first "not strictly necessary" and the
            reference's example has no `customer_id`; the reference's description asks for one:
            the more permissive reading is taken.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | Order]
    """

    kwargs = _get_kwargs(
        body=body,
        lang=lang,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: OrderCreate,
    lang: Lang | Unset = UNSET,
) -> Error | Order | None:
    """Create an order

     Creates an order; answers 200 with `status: created` and a `pay_link` where the
    buyer pays. The buyer is reached by `email` or `phone`, or through the
    `customer_id` of a registered customer (optional: the guide calls registering a
    customer first "not strictly necessary"). An unknown `customer_id` answers 404
    (Assumed, like every unknown id here). With a card `token` (from `POST /api/tokens`) the order is
    charged at once: it
    answers `paid` (or `in_review` when the card needs a manual review). Assumed: an
    unknown or deleted token's card answers 404, a spent token 409, a declined card
    402; nothing is stored then.

    Args:
        lang (Lang | Unset): Language of the API's messages.
        body (OrderCreate): `currency`, `items` and a way to reach the buyer: `email`, `phone`, or
            the
            `customer_id` of a registered customer (whose email and phone are then used). The
            guide calls registering a customer first "not strictly necessary" and the
            reference's example has no `customer_id`; the reference's description asks for one:
            the more permissive reading is taken.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | Order
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
            lang=lang,
        )
    ).parsed
