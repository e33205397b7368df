from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.customer_card import CustomerCard
from ...models.error import Error
from ...models.lang import Lang
from ...types import UNSET, Response, Unset, path_segment


def _get_kwargs(
    customer_id: str,
    *,
    lang: Lang | Unset = UNSET,
) -> dict[str, Any]:

    cookies = {}
    if lang is not UNSET:
        cookies["lang"] = lang

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/customers/{customer_id}/cards".format(
            customer_id=path_segment("customer_id", customer_id),
        ),
    }
    # ecartpay: per-request cookies only when set (httpx deprecates `cookies={}` per request).
    if cookies:
        _kwargs["cookies"] = cookies

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | list[CustomerCard] | None:
    if response.status_code == 200:
        response_200 = []
        _response_200 = response.json()
        for componentsschemas_customer_card_list_item_data in _response_200:
            componentsschemas_customer_card_list_item = CustomerCard.from_dict(
                componentsschemas_customer_card_list_item_data
            )

            response_200.append(componentsschemas_customer_card_list_item)

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
) -> Response[Error | list[CustomerCard]]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    customer_id: str,
    *,
    client: AuthenticatedClient | Client,
    lang: Lang | Unset = UNSET,
) -> Response[Error | list[CustomerCard]]:
    """List a customer's cards

     A bare array (not a page), oldest first; the default card says `default`.

    Args:
        customer_id (str): A 24-hex identifier (a MongoDB ObjectId).
        lang (Lang | Unset): Language of the API's messages.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | list[CustomerCard]]
    """

    kwargs = _get_kwargs(
        customer_id=customer_id,
        lang=lang,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    customer_id: str,
    *,
    client: AuthenticatedClient | Client,
    lang: Lang | Unset = UNSET,
) -> Error | list[CustomerCard] | None:
    """List a customer's cards

     A bare array (not a page), oldest first; the default card says `default`.

    Args:
        customer_id (str): A 24-hex identifier (a MongoDB ObjectId).
        lang (Lang | Unset): Language of the API's messages.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | list[CustomerCard]
    """

    return sync_detailed(
        customer_id=customer_id,
        client=client,
        lang=lang,
    ).parsed


async def asyncio_detailed(
    customer_id: str,
    *,
    client: AuthenticatedClient | Client,
    lang: Lang | Unset = UNSET,
) -> Response[Error | list[CustomerCard]]:
    """List a customer's cards

     A bare array (not a page), oldest first; the default card says `default`.

    Args:
        customer_id (str): A 24-hex identifier (a MongoDB ObjectId).
        lang (Lang | Unset): Language of the API's messages.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | list[CustomerCard]]
    """

    kwargs = _get_kwargs(
        customer_id=customer_id,
        lang=lang,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    customer_id: str,
    *,
    client: AuthenticatedClient | Client,
    lang: Lang | Unset = UNSET,
) -> Error | list[CustomerCard] | None:
    """List a customer's cards

     A bare array (not a page), oldest first; the default card says `default`.

    Args:
        customer_id (str): A 24-hex identifier (a MongoDB ObjectId).
        lang (Lang | Unset): Language of the API's messages.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | list[CustomerCard]
    """

    return (
        await asyncio_detailed(
            customer_id=customer_id,
            client=client,
            lang=lang,
        )
    ).parsed
