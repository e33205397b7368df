from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.invoice_filters import InvoiceFilters
from ...models.lang import Lang
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    lang: Lang | Unset = UNSET,
) -> dict[str, Any]:

    cookies = {}
    if lang is not UNSET:
        cookies["lang"] = lang

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/billings/filters",
    }
    # ecartpay: per-request cookies only when set (httpx deprecates `cookies={}` per request).
    if cookies:
        _kwargs["cookies"] = cookies

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | InvoiceFilters | None:
    if response.status_code == 200:
        response_200 = InvoiceFilters.from_dict(response.json())

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
) -> Response[Error | InvoiceFilters]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    lang: Lang | Unset = UNSET,
) -> Response[Error | InvoiceFilters]:
    """Filters for the invoice list

     The years and months that have invoices, to fill the filters of `listInvoices`
    (the vendor titles it "Get All Notifications"). Assumed shape (no recorded answer).

    Args:
        lang (Lang | Unset): Language of the API's messages.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | InvoiceFilters]
    """

    kwargs = _get_kwargs(
        lang=lang,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    lang: Lang | Unset = UNSET,
) -> Error | InvoiceFilters | None:
    """Filters for the invoice list

     The years and months that have invoices, to fill the filters of `listInvoices`
    (the vendor titles it "Get All Notifications"). Assumed shape (no recorded answer).

    Args:
        lang (Lang | Unset): Language of the API's messages.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | InvoiceFilters
    """

    return sync_detailed(
        client=client,
        lang=lang,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    lang: Lang | Unset = UNSET,
) -> Response[Error | InvoiceFilters]:
    """Filters for the invoice list

     The years and months that have invoices, to fill the filters of `listInvoices`
    (the vendor titles it "Get All Notifications"). Assumed shape (no recorded answer).

    Args:
        lang (Lang | Unset): Language of the API's messages.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | InvoiceFilters]
    """

    kwargs = _get_kwargs(
        lang=lang,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    lang: Lang | Unset = UNSET,
) -> Error | InvoiceFilters | None:
    """Filters for the invoice list

     The years and months that have invoices, to fill the filters of `listInvoices`
    (the vendor titles it "Get All Notifications"). Assumed shape (no recorded answer).

    Args:
        lang (Lang | Unset): Language of the API's messages.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | InvoiceFilters
    """

    return (
        await asyncio_detailed(
            client=client,
            lang=lang,
        )
    ).parsed
