from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.chargeback import Chargeback
from ...models.chargeback_create import ChargebackCreate
from ...models.error import Error
from ...models.lang import Lang
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    body: ChargebackCreate,
    lang: Lang | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    cookies = {}
    if lang is not UNSET:
        cookies["lang"] = lang

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/chargebacks",
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
) -> Chargeback | Error | None:
    if response.status_code == 200:
        response_200 = Chargeback.from_dict(response.json())

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
) -> Response[Chargeback | Error]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: ChargebackCreate,
    lang: Lang | Unset = UNSET,
) -> Response[Chargeback | Error]:
    """Create a chargeback

     Disputes a payout of the account (reference: `payout_id`, `reason`); the amount and
    currency are the payout's, and the dispute expires after 7 days. An unknown payout
    is 404; a payout already disputed is refused with 409.

    Args:
        lang (Lang | Unset): Language of the API's messages.
        body (ChargebackCreate): Assumed `payout_id` is required (the reference marks nothing
            required).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Chargeback | Error]
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
    body: ChargebackCreate,
    lang: Lang | Unset = UNSET,
) -> Chargeback | Error | None:
    """Create a chargeback

     Disputes a payout of the account (reference: `payout_id`, `reason`); the amount and
    currency are the payout's, and the dispute expires after 7 days. An unknown payout
    is 404; a payout already disputed is refused with 409.

    Args:
        lang (Lang | Unset): Language of the API's messages.
        body (ChargebackCreate): Assumed `payout_id` is required (the reference marks nothing
            required).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Chargeback | Error
    """

    return sync_detailed(
        client=client,
        body=body,
        lang=lang,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: ChargebackCreate,
    lang: Lang | Unset = UNSET,
) -> Response[Chargeback | Error]:
    """Create a chargeback

     Disputes a payout of the account (reference: `payout_id`, `reason`); the amount and
    currency are the payout's, and the dispute expires after 7 days. An unknown payout
    is 404; a payout already disputed is refused with 409.

    Args:
        lang (Lang | Unset): Language of the API's messages.
        body (ChargebackCreate): Assumed `payout_id` is required (the reference marks nothing
            required).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Chargeback | Error]
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
    body: ChargebackCreate,
    lang: Lang | Unset = UNSET,
) -> Chargeback | Error | None:
    """Create a chargeback

     Disputes a payout of the account (reference: `payout_id`, `reason`); the amount and
    currency are the payout's, and the dispute expires after 7 days. An unknown payout
    is 404; a payout already disputed is refused with 409.

    Args:
        lang (Lang | Unset): Language of the API's messages.
        body (ChargebackCreate): Assumed `payout_id` is required (the reference marks nothing
            required).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Chargeback | Error
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
            lang=lang,
        )
    ).parsed
