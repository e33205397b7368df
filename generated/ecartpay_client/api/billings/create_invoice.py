from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.invoice import Invoice
from ...models.invoice_create import InvoiceCreate
from ...models.lang import Lang
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    body: InvoiceCreate,
    country: str | Unset = "MX",
    lang: Lang | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    cookies = {}
    if lang is not UNSET:
        cookies["lang"] = lang

    params: dict[str, Any] = {}

    params["country"] = country

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/billings",
        "params": params,
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
) -> Error | Invoice | None:
    if response.status_code == 200:
        response_200 = Invoice.from_dict(response.json())

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
) -> Response[Error | Invoice]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: InvoiceCreate,
    country: str | Unset = "MX",
    lang: Lang | Unset = UNSET,
) -> Response[Error | Invoice]:
    """Invoice an order (CFDI)

     Issues an electronic invoice for an order of the account (or, without `order_id`,
    for the given items). Item numbers are accepted as numbers or numeric strings (the
    vendor types them as strings). Assumed (no recorded answer): the invoice is
    answered as `Invoice`; an unknown `order_id` is a 404, an order invoiced before a
    409; items default to the order's, the currency to the order's, else MXN.

    Args:
        country (str | Unset):  Default: 'MX'.
        lang (Lang | Unset): Language of the API's messages.
        body (InvoiceCreate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | Invoice]
    """

    kwargs = _get_kwargs(
        body=body,
        country=country,
        lang=lang,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: InvoiceCreate,
    country: str | Unset = "MX",
    lang: Lang | Unset = UNSET,
) -> Error | Invoice | None:
    """Invoice an order (CFDI)

     Issues an electronic invoice for an order of the account (or, without `order_id`,
    for the given items). Item numbers are accepted as numbers or numeric strings (the
    vendor types them as strings). Assumed (no recorded answer): the invoice is
    answered as `Invoice`; an unknown `order_id` is a 404, an order invoiced before a
    409; items default to the order's, the currency to the order's, else MXN.

    Args:
        country (str | Unset):  Default: 'MX'.
        lang (Lang | Unset): Language of the API's messages.
        body (InvoiceCreate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | Invoice
    """

    return sync_detailed(
        client=client,
        body=body,
        country=country,
        lang=lang,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: InvoiceCreate,
    country: str | Unset = "MX",
    lang: Lang | Unset = UNSET,
) -> Response[Error | Invoice]:
    """Invoice an order (CFDI)

     Issues an electronic invoice for an order of the account (or, without `order_id`,
    for the given items). Item numbers are accepted as numbers or numeric strings (the
    vendor types them as strings). Assumed (no recorded answer): the invoice is
    answered as `Invoice`; an unknown `order_id` is a 404, an order invoiced before a
    409; items default to the order's, the currency to the order's, else MXN.

    Args:
        country (str | Unset):  Default: 'MX'.
        lang (Lang | Unset): Language of the API's messages.
        body (InvoiceCreate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | Invoice]
    """

    kwargs = _get_kwargs(
        body=body,
        country=country,
        lang=lang,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: InvoiceCreate,
    country: str | Unset = "MX",
    lang: Lang | Unset = UNSET,
) -> Error | Invoice | None:
    """Invoice an order (CFDI)

     Issues an electronic invoice for an order of the account (or, without `order_id`,
    for the given items). Item numbers are accepted as numbers or numeric strings (the
    vendor types them as strings). Assumed (no recorded answer): the invoice is
    answered as `Invoice`; an unknown `order_id` is a 404, an order invoiced before a
    409; items default to the order's, the currency to the order's, else MXN.

    Args:
        country (str | Unset):  Default: 'MX'.
        lang (Lang | Unset): Language of the API's messages.
        body (InvoiceCreate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | Invoice
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
            country=country,
            lang=lang,
        )
    ).parsed
