from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.invoice_list import InvoiceList
from ...models.lang import Lang
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    year: str | Unset = UNSET,
    month: str | Unset = UNSET,
    page: int | Unset = 1,
    limit: int | Unset = 20,
    lang: Lang | Unset = UNSET,
) -> dict[str, Any]:

    cookies = {}
    if lang is not UNSET:
        cookies["lang"] = lang

    params: dict[str, Any] = {}

    params["year"] = year

    params["month"] = month

    params["page"] = page

    params["limit"] = limit

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/invoices",
        "params": params,
    }
    # ecartpay: per-request cookies only when set (httpx deprecates `cookies={}` per request).
    if cookies:
        _kwargs["cookies"] = cookies

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | InvoiceList | None:
    if response.status_code == 200:
        response_200 = InvoiceList.from_dict(response.json())

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
) -> Response[Error | InvoiceList]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    year: str | Unset = UNSET,
    month: str | Unset = UNSET,
    page: int | Unset = 1,
    limit: int | Unset = 20,
    lang: Lang | Unset = UNSET,
) -> Response[Error | InvoiceList]:
    """List invoices

     The account's invoices, newest first, filtered by `year` and `month` (English month
    name, any case). Assumed shape (no recorded answer): the vendor's list shape
    `{docs, count, pages}`; `limit` at most 100.

    Args:
        year (str | Unset):
        month (str | Unset):
        page (int | Unset):  Default: 1.
        limit (int | Unset):  Default: 20.
        lang (Lang | Unset): Language of the API's messages.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | InvoiceList]
    """

    kwargs = _get_kwargs(
        year=year,
        month=month,
        page=page,
        limit=limit,
        lang=lang,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    year: str | Unset = UNSET,
    month: str | Unset = UNSET,
    page: int | Unset = 1,
    limit: int | Unset = 20,
    lang: Lang | Unset = UNSET,
) -> Error | InvoiceList | None:
    """List invoices

     The account's invoices, newest first, filtered by `year` and `month` (English month
    name, any case). Assumed shape (no recorded answer): the vendor's list shape
    `{docs, count, pages}`; `limit` at most 100.

    Args:
        year (str | Unset):
        month (str | Unset):
        page (int | Unset):  Default: 1.
        limit (int | Unset):  Default: 20.
        lang (Lang | Unset): Language of the API's messages.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | InvoiceList
    """

    return sync_detailed(
        client=client,
        year=year,
        month=month,
        page=page,
        limit=limit,
        lang=lang,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    year: str | Unset = UNSET,
    month: str | Unset = UNSET,
    page: int | Unset = 1,
    limit: int | Unset = 20,
    lang: Lang | Unset = UNSET,
) -> Response[Error | InvoiceList]:
    """List invoices

     The account's invoices, newest first, filtered by `year` and `month` (English month
    name, any case). Assumed shape (no recorded answer): the vendor's list shape
    `{docs, count, pages}`; `limit` at most 100.

    Args:
        year (str | Unset):
        month (str | Unset):
        page (int | Unset):  Default: 1.
        limit (int | Unset):  Default: 20.
        lang (Lang | Unset): Language of the API's messages.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | InvoiceList]
    """

    kwargs = _get_kwargs(
        year=year,
        month=month,
        page=page,
        limit=limit,
        lang=lang,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    year: str | Unset = UNSET,
    month: str | Unset = UNSET,
    page: int | Unset = 1,
    limit: int | Unset = 20,
    lang: Lang | Unset = UNSET,
) -> Error | InvoiceList | None:
    """List invoices

     The account's invoices, newest first, filtered by `year` and `month` (English month
    name, any case). Assumed shape (no recorded answer): the vendor's list shape
    `{docs, count, pages}`; `limit` at most 100.

    Args:
        year (str | Unset):
        month (str | Unset):
        page (int | Unset):  Default: 1.
        limit (int | Unset):  Default: 20.
        lang (Lang | Unset): Language of the API's messages.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | InvoiceList
    """

    return (
        await asyncio_detailed(
            client=client,
            year=year,
            month=month,
            page=page,
            limit=limit,
            lang=lang,
        )
    ).parsed
