from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.customer import Customer
from ...models.customer_update import CustomerUpdate
from ...models.error import Error
from ...models.lang import Lang
from ...types import UNSET, Response, Unset, path_segment


def _get_kwargs(
    id: str,
    *,
    body: CustomerUpdate,
    lang: Lang | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    cookies = {}
    if lang is not UNSET:
        cookies["lang"] = lang

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/api/customers/{id}".format(
            id=path_segment("id", id),
        ),
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
) -> Customer | Error | None:
    if response.status_code == 200:
        response_200 = Customer.from_dict(response.json())

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

    if response.status_code == 409:
        response_409 = Error.from_dict(response.json())

        return response_409

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Customer | Error]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    body: CustomerUpdate,
    lang: Lang | Unset = UNSET,
) -> Response[Customer | Error]:
    """Update a customer

     Changes only the fields sent. The reference lists no required field. Assumed: an
    `email`, `phone` or `user_id` that another customer of the account already has is
    refused with 409, and an unknown id answers 404.

    Args:
        id (str): A 24-hex identifier (a MongoDB ObjectId).
        lang (Lang | Unset): Language of the API's messages.
        body (CustomerUpdate): Only the fields sent change. The reference marks none required.
            Only these fields
            can be written: any other (read-only ones such as `id`, `account_id`, `created_at`,
            or unknown ones) is refused with 400 and nothing changes.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Customer | Error]
    """

    kwargs = _get_kwargs(
        id=id,
        body=body,
        lang=lang,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    body: CustomerUpdate,
    lang: Lang | Unset = UNSET,
) -> Customer | Error | None:
    """Update a customer

     Changes only the fields sent. The reference lists no required field. Assumed: an
    `email`, `phone` or `user_id` that another customer of the account already has is
    refused with 409, and an unknown id answers 404.

    Args:
        id (str): A 24-hex identifier (a MongoDB ObjectId).
        lang (Lang | Unset): Language of the API's messages.
        body (CustomerUpdate): Only the fields sent change. The reference marks none required.
            Only these fields
            can be written: any other (read-only ones such as `id`, `account_id`, `created_at`,
            or unknown ones) is refused with 400 and nothing changes.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Customer | Error
    """

    return sync_detailed(
        id=id,
        client=client,
        body=body,
        lang=lang,
    ).parsed


async def asyncio_detailed(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    body: CustomerUpdate,
    lang: Lang | Unset = UNSET,
) -> Response[Customer | Error]:
    """Update a customer

     Changes only the fields sent. The reference lists no required field. Assumed: an
    `email`, `phone` or `user_id` that another customer of the account already has is
    refused with 409, and an unknown id answers 404.

    Args:
        id (str): A 24-hex identifier (a MongoDB ObjectId).
        lang (Lang | Unset): Language of the API's messages.
        body (CustomerUpdate): Only the fields sent change. The reference marks none required.
            Only these fields
            can be written: any other (read-only ones such as `id`, `account_id`, `created_at`,
            or unknown ones) is refused with 400 and nothing changes.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Customer | Error]
    """

    kwargs = _get_kwargs(
        id=id,
        body=body,
        lang=lang,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    body: CustomerUpdate,
    lang: Lang | Unset = UNSET,
) -> Customer | Error | None:
    """Update a customer

     Changes only the fields sent. The reference lists no required field. Assumed: an
    `email`, `phone` or `user_id` that another customer of the account already has is
    refused with 409, and an unknown id answers 404.

    Args:
        id (str): A 24-hex identifier (a MongoDB ObjectId).
        lang (Lang | Unset): Language of the API's messages.
        body (CustomerUpdate): Only the fields sent change. The reference marks none required.
            Only these fields
            can be written: any other (read-only ones such as `id`, `account_id`, `created_at`,
            or unknown ones) is refused with 400 and nothing changes.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Customer | Error
    """

    return (
        await asyncio_detailed(
            id=id,
            client=client,
            body=body,
            lang=lang,
        )
    ).parsed
