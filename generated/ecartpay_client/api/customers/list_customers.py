from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.customer_list import CustomerList
from ...models.error import Error
from ...models.lang import Lang
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    page: int | Unset = 1,
    limit: int | Unset = 20,
    email: str | Unset = UNSET,
    phone: str | Unset = UNSET,
    user_id: str | Unset = UNSET,
    lang: Lang | Unset = UNSET,
) -> dict[str, Any]:

    cookies = {}
    if lang is not UNSET:
        cookies["lang"] = lang

    params: dict[str, Any] = {}

    params["page"] = page

    params["limit"] = limit

    params["email"] = email

    params["phone"] = phone

    params["user_id"] = user_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/customers",
        "params": params,
    }
    # ecartpay: per-request cookies only when set (httpx deprecates `cookies={}` per request).
    if cookies:
        _kwargs["cookies"] = cookies

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> CustomerList | Error | None:
    if response.status_code == 200:
        response_200 = CustomerList.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = Error.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = Error.from_dict(response.json())

        return response_401

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[CustomerList | Error]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    page: int | Unset = 1,
    limit: int | Unset = 20,
    email: str | Unset = UNSET,
    phone: str | Unset = UNSET,
    user_id: str | Unset = UNSET,
    lang: Lang | Unset = UNSET,
) -> Response[CustomerList | Error]:
    """List customers

     Pages with `page` (from 1) and `limit` (default 20) and filters by exact `email`,
    `phone` or `user_id`. Assumed: `limit` is capped at 100, and out-of-range paging
    parameters are refused with 400.

    Args:
        page (int | Unset):  Default: 1.
        limit (int | Unset):  Default: 20.
        email (str | Unset):
        phone (str | Unset):
        user_id (str | Unset):
        lang (Lang | Unset): Language of the API's messages.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CustomerList | Error]
    """

    kwargs = _get_kwargs(
        page=page,
        limit=limit,
        email=email,
        phone=phone,
        user_id=user_id,
        lang=lang,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    page: int | Unset = 1,
    limit: int | Unset = 20,
    email: str | Unset = UNSET,
    phone: str | Unset = UNSET,
    user_id: str | Unset = UNSET,
    lang: Lang | Unset = UNSET,
) -> CustomerList | Error | None:
    """List customers

     Pages with `page` (from 1) and `limit` (default 20) and filters by exact `email`,
    `phone` or `user_id`. Assumed: `limit` is capped at 100, and out-of-range paging
    parameters are refused with 400.

    Args:
        page (int | Unset):  Default: 1.
        limit (int | Unset):  Default: 20.
        email (str | Unset):
        phone (str | Unset):
        user_id (str | Unset):
        lang (Lang | Unset): Language of the API's messages.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CustomerList | Error
    """

    return sync_detailed(
        client=client,
        page=page,
        limit=limit,
        email=email,
        phone=phone,
        user_id=user_id,
        lang=lang,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    page: int | Unset = 1,
    limit: int | Unset = 20,
    email: str | Unset = UNSET,
    phone: str | Unset = UNSET,
    user_id: str | Unset = UNSET,
    lang: Lang | Unset = UNSET,
) -> Response[CustomerList | Error]:
    """List customers

     Pages with `page` (from 1) and `limit` (default 20) and filters by exact `email`,
    `phone` or `user_id`. Assumed: `limit` is capped at 100, and out-of-range paging
    parameters are refused with 400.

    Args:
        page (int | Unset):  Default: 1.
        limit (int | Unset):  Default: 20.
        email (str | Unset):
        phone (str | Unset):
        user_id (str | Unset):
        lang (Lang | Unset): Language of the API's messages.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CustomerList | Error]
    """

    kwargs = _get_kwargs(
        page=page,
        limit=limit,
        email=email,
        phone=phone,
        user_id=user_id,
        lang=lang,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    page: int | Unset = 1,
    limit: int | Unset = 20,
    email: str | Unset = UNSET,
    phone: str | Unset = UNSET,
    user_id: str | Unset = UNSET,
    lang: Lang | Unset = UNSET,
) -> CustomerList | Error | None:
    """List customers

     Pages with `page` (from 1) and `limit` (default 20) and filters by exact `email`,
    `phone` or `user_id`. Assumed: `limit` is capped at 100, and out-of-range paging
    parameters are refused with 400.

    Args:
        page (int | Unset):  Default: 1.
        limit (int | Unset):  Default: 20.
        email (str | Unset):
        phone (str | Unset):
        user_id (str | Unset):
        lang (Lang | Unset): Language of the API's messages.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CustomerList | Error
    """

    return (
        await asyncio_detailed(
            client=client,
            page=page,
            limit=limit,
            email=email,
            phone=phone,
            user_id=user_id,
            lang=lang,
        )
    ).parsed
