from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.checkout import Checkout
from ...models.checkout_create import CheckoutCreate
from ...models.error import Error
from ...models.lang import Lang
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    body: CheckoutCreate,
    lang: Lang | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    cookies = {}
    if lang is not UNSET:
        cookies["lang"] = lang

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/checkouts",
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
) -> Checkout | Error | None:
    if response.status_code == 200:
        response_200 = Checkout.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = Error.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = Error.from_dict(response.json())

        return response_401

    if response.status_code == 404:
        response_404 = Error.from_dict(response.json())

        return response_404

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Checkout | Error]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: CheckoutCreate,
    lang: Lang | Unset = UNSET,
) -> Response[Checkout | Error]:
    """Create a checkout

     A hosted checkout: the buyer picks one of `amounts` (or pays the `items`) at `link`
    (`.../v2/checkout?id=<id>`). The answer carries a 15-minute JWT (`token`, scope
    `write_checkouts`) for the browser. `currency`, `amounts` and `concept` are required
    (reference). An unknown `customer_id` is 404. Assumed: 200 on creation.

    Args:
        lang (Lang | Unset): Language of the API's messages.
        body (CheckoutCreate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Checkout | Error]
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
    body: CheckoutCreate,
    lang: Lang | Unset = UNSET,
) -> Checkout | Error | None:
    """Create a checkout

     A hosted checkout: the buyer picks one of `amounts` (or pays the `items`) at `link`
    (`.../v2/checkout?id=<id>`). The answer carries a 15-minute JWT (`token`, scope
    `write_checkouts`) for the browser. `currency`, `amounts` and `concept` are required
    (reference). An unknown `customer_id` is 404. Assumed: 200 on creation.

    Args:
        lang (Lang | Unset): Language of the API's messages.
        body (CheckoutCreate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Checkout | Error
    """

    return sync_detailed(
        client=client,
        body=body,
        lang=lang,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: CheckoutCreate,
    lang: Lang | Unset = UNSET,
) -> Response[Checkout | Error]:
    """Create a checkout

     A hosted checkout: the buyer picks one of `amounts` (or pays the `items`) at `link`
    (`.../v2/checkout?id=<id>`). The answer carries a 15-minute JWT (`token`, scope
    `write_checkouts`) for the browser. `currency`, `amounts` and `concept` are required
    (reference). An unknown `customer_id` is 404. Assumed: 200 on creation.

    Args:
        lang (Lang | Unset): Language of the API's messages.
        body (CheckoutCreate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Checkout | Error]
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
    body: CheckoutCreate,
    lang: Lang | Unset = UNSET,
) -> Checkout | Error | None:
    """Create a checkout

     A hosted checkout: the buyer picks one of `amounts` (or pays the `items`) at `link`
    (`.../v2/checkout?id=<id>`). The answer carries a 15-minute JWT (`token`, scope
    `write_checkouts`) for the browser. `currency`, `amounts` and `concept` are required
    (reference). An unknown `customer_id` is 404. Assumed: 200 on creation.

    Args:
        lang (Lang | Unset): Language of the API's messages.
        body (CheckoutCreate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Checkout | Error
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
            lang=lang,
        )
    ).parsed
