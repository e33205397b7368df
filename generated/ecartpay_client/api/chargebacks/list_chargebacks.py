from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.chargeback_list import ChargebackList
from ...models.error import Error
from ...models.lang import Lang
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    page: int | Unset = 1,
    limit: int | Unset = 20,
    status: str | Unset = UNSET,
    lang: Lang | Unset = UNSET,
) -> dict[str, Any]:

    cookies = {}
    if lang is not UNSET:
        cookies["lang"] = lang

    params: dict[str, Any] = {}

    params["page"] = page

    params["limit"] = limit

    params["status"] = status

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/chargebacks",
        "params": params,
    }
    # ecartpay: per-request cookies only when set (httpx deprecates `cookies={}` per request).
    if cookies:
        _kwargs["cookies"] = cookies

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ChargebackList | Error | None:
    if response.status_code == 200:
        response_200 = ChargebackList.from_dict(response.json())

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
) -> Response[ChargebackList | Error]:
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
    status: str | Unset = UNSET,
    lang: Lang | Unset = UNSET,
) -> Response[ChargebackList | Error]:
    """List chargebacks

     The account's chargebacks (disputes), one page at a time, optionally only those in one `status`.

    Args:
        page (int | Unset):  Default: 1.
        limit (int | Unset):  Default: 20.
        status (str | Unset):
        lang (Lang | Unset): Language of the API's messages.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ChargebackList | Error]
    """

    kwargs = _get_kwargs(
        page=page,
        limit=limit,
        status=status,
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
    status: str | Unset = UNSET,
    lang: Lang | Unset = UNSET,
) -> ChargebackList | Error | None:
    """List chargebacks

     The account's chargebacks (disputes), one page at a time, optionally only those in one `status`.

    Args:
        page (int | Unset):  Default: 1.
        limit (int | Unset):  Default: 20.
        status (str | Unset):
        lang (Lang | Unset): Language of the API's messages.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ChargebackList | Error
    """

    return sync_detailed(
        client=client,
        page=page,
        limit=limit,
        status=status,
        lang=lang,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    page: int | Unset = 1,
    limit: int | Unset = 20,
    status: str | Unset = UNSET,
    lang: Lang | Unset = UNSET,
) -> Response[ChargebackList | Error]:
    """List chargebacks

     The account's chargebacks (disputes), one page at a time, optionally only those in one `status`.

    Args:
        page (int | Unset):  Default: 1.
        limit (int | Unset):  Default: 20.
        status (str | Unset):
        lang (Lang | Unset): Language of the API's messages.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ChargebackList | Error]
    """

    kwargs = _get_kwargs(
        page=page,
        limit=limit,
        status=status,
        lang=lang,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    page: int | Unset = 1,
    limit: int | Unset = 20,
    status: str | Unset = UNSET,
    lang: Lang | Unset = UNSET,
) -> ChargebackList | Error | None:
    """List chargebacks

     The account's chargebacks (disputes), one page at a time, optionally only those in one `status`.

    Args:
        page (int | Unset):  Default: 1.
        limit (int | Unset):  Default: 20.
        status (str | Unset):
        lang (Lang | Unset): Language of the API's messages.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ChargebackList | Error
    """

    return (
        await asyncio_detailed(
            client=client,
            page=page,
            limit=limit,
            status=status,
            lang=lang,
        )
    ).parsed
