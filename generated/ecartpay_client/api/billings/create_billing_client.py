from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.billing_client import BillingClient
from ...models.billing_client_create import BillingClientCreate
from ...models.error import Error
from ...models.lang import Lang
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    body: BillingClientCreate,
    provider_id: str | Unset = UNSET,
    lang: Lang | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    cookies = {}
    if lang is not UNSET:
        cookies["lang"] = lang

    params: dict[str, Any] = {}

    params["provider_id"] = provider_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/billings/clients",
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
) -> BillingClient | Error | None:
    if response.status_code == 200:
        response_200 = BillingClient.from_dict(response.json())

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
) -> Response[BillingClient | Error]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: BillingClientCreate,
    provider_id: str | Unset = UNSET,
    lang: Lang | Unset = UNSET,
) -> Response[BillingClient | Error]:
    """Register a client's billing information

     Stores a client's tax details for invoicing. The export documents no Authorization
    header here (unlike its GET twin); Assumed: the token is required, since the record
    belongs to an account. Assumed: a `user_id` registered before has its billing
    information replaced (same `id`); an unknown `provider_id` is a 404.

    Args:
        provider_id (str | Unset):
        lang (Lang | Unset): Language of the API's messages.
        body (BillingClientCreate): Assumed - `billing_information` is required (it is what is
            stored).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BillingClient | Error]
    """

    kwargs = _get_kwargs(
        body=body,
        provider_id=provider_id,
        lang=lang,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: BillingClientCreate,
    provider_id: str | Unset = UNSET,
    lang: Lang | Unset = UNSET,
) -> BillingClient | Error | None:
    """Register a client's billing information

     Stores a client's tax details for invoicing. The export documents no Authorization
    header here (unlike its GET twin); Assumed: the token is required, since the record
    belongs to an account. Assumed: a `user_id` registered before has its billing
    information replaced (same `id`); an unknown `provider_id` is a 404.

    Args:
        provider_id (str | Unset):
        lang (Lang | Unset): Language of the API's messages.
        body (BillingClientCreate): Assumed - `billing_information` is required (it is what is
            stored).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BillingClient | Error
    """

    return sync_detailed(
        client=client,
        body=body,
        provider_id=provider_id,
        lang=lang,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: BillingClientCreate,
    provider_id: str | Unset = UNSET,
    lang: Lang | Unset = UNSET,
) -> Response[BillingClient | Error]:
    """Register a client's billing information

     Stores a client's tax details for invoicing. The export documents no Authorization
    header here (unlike its GET twin); Assumed: the token is required, since the record
    belongs to an account. Assumed: a `user_id` registered before has its billing
    information replaced (same `id`); an unknown `provider_id` is a 404.

    Args:
        provider_id (str | Unset):
        lang (Lang | Unset): Language of the API's messages.
        body (BillingClientCreate): Assumed - `billing_information` is required (it is what is
            stored).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BillingClient | Error]
    """

    kwargs = _get_kwargs(
        body=body,
        provider_id=provider_id,
        lang=lang,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: BillingClientCreate,
    provider_id: str | Unset = UNSET,
    lang: Lang | Unset = UNSET,
) -> BillingClient | Error | None:
    """Register a client's billing information

     Stores a client's tax details for invoicing. The export documents no Authorization
    header here (unlike its GET twin); Assumed: the token is required, since the record
    belongs to an account. Assumed: a `user_id` registered before has its billing
    information replaced (same `id`); an unknown `provider_id` is a 404.

    Args:
        provider_id (str | Unset):
        lang (Lang | Unset): Language of the API's messages.
        body (BillingClientCreate): Assumed - `billing_information` is required (it is what is
            stored).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BillingClient | Error
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
            provider_id=provider_id,
            lang=lang,
        )
    ).parsed
