from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.lang import Lang
from ...models.subscription_list import SubscriptionList
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    page: int | Unset = 1,
    limit: int | Unset = 20,
    created_atfrom: str | Unset = UNSET,
    created_atto: str | Unset = UNSET,
    status: str | Unset = UNSET,
    currency: str | Unset = UNSET,
    interval: str | Unset = UNSET,
    customer_id: str | Unset = UNSET,
    lang: Lang | Unset = UNSET,
) -> dict[str, Any]:

    cookies = {}
    if lang is not UNSET:
        cookies["lang"] = lang

    params: dict[str, Any] = {}

    params["page"] = page

    params["limit"] = limit

    params["created_at[from]"] = created_atfrom

    params["created_at[to]"] = created_atto

    params["status"] = status

    params["currency"] = currency

    params["interval"] = interval

    params["customer_id"] = customer_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/subscriptions",
        "params": params,
    }
    # ecartpay: per-request cookies only when set (httpx deprecates `cookies={}` per request).
    if cookies:
        _kwargs["cookies"] = cookies

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | SubscriptionList | None:
    if response.status_code == 200:
        response_200 = SubscriptionList.from_dict(response.json())

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
) -> Response[Error | SubscriptionList]:
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
    created_atfrom: str | Unset = UNSET,
    created_atto: str | Unset = UNSET,
    status: str | Unset = UNSET,
    currency: str | Unset = UNSET,
    interval: str | Unset = UNSET,
    customer_id: str | Unset = UNSET,
    lang: Lang | Unset = UNSET,
) -> Response[Error | SubscriptionList]:
    """List subscriptions

     The account's subscriptions, one page at a time (`page` from 1, `limit` per page), optionally
    filtered by creation dates, `status`, `currency`, `interval` or customer.

    Args:
        page (int | Unset):  Default: 1.
        limit (int | Unset):  Default: 20.
        created_atfrom (str | Unset):
        created_atto (str | Unset):
        status (str | Unset):
        currency (str | Unset):
        interval (str | Unset):
        customer_id (str | Unset):
        lang (Lang | Unset): Language of the API's messages.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | SubscriptionList]
    """

    kwargs = _get_kwargs(
        page=page,
        limit=limit,
        created_atfrom=created_atfrom,
        created_atto=created_atto,
        status=status,
        currency=currency,
        interval=interval,
        customer_id=customer_id,
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
    created_atfrom: str | Unset = UNSET,
    created_atto: str | Unset = UNSET,
    status: str | Unset = UNSET,
    currency: str | Unset = UNSET,
    interval: str | Unset = UNSET,
    customer_id: str | Unset = UNSET,
    lang: Lang | Unset = UNSET,
) -> Error | SubscriptionList | None:
    """List subscriptions

     The account's subscriptions, one page at a time (`page` from 1, `limit` per page), optionally
    filtered by creation dates, `status`, `currency`, `interval` or customer.

    Args:
        page (int | Unset):  Default: 1.
        limit (int | Unset):  Default: 20.
        created_atfrom (str | Unset):
        created_atto (str | Unset):
        status (str | Unset):
        currency (str | Unset):
        interval (str | Unset):
        customer_id (str | Unset):
        lang (Lang | Unset): Language of the API's messages.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | SubscriptionList
    """

    return sync_detailed(
        client=client,
        page=page,
        limit=limit,
        created_atfrom=created_atfrom,
        created_atto=created_atto,
        status=status,
        currency=currency,
        interval=interval,
        customer_id=customer_id,
        lang=lang,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    page: int | Unset = 1,
    limit: int | Unset = 20,
    created_atfrom: str | Unset = UNSET,
    created_atto: str | Unset = UNSET,
    status: str | Unset = UNSET,
    currency: str | Unset = UNSET,
    interval: str | Unset = UNSET,
    customer_id: str | Unset = UNSET,
    lang: Lang | Unset = UNSET,
) -> Response[Error | SubscriptionList]:
    """List subscriptions

     The account's subscriptions, one page at a time (`page` from 1, `limit` per page), optionally
    filtered by creation dates, `status`, `currency`, `interval` or customer.

    Args:
        page (int | Unset):  Default: 1.
        limit (int | Unset):  Default: 20.
        created_atfrom (str | Unset):
        created_atto (str | Unset):
        status (str | Unset):
        currency (str | Unset):
        interval (str | Unset):
        customer_id (str | Unset):
        lang (Lang | Unset): Language of the API's messages.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | SubscriptionList]
    """

    kwargs = _get_kwargs(
        page=page,
        limit=limit,
        created_atfrom=created_atfrom,
        created_atto=created_atto,
        status=status,
        currency=currency,
        interval=interval,
        customer_id=customer_id,
        lang=lang,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    page: int | Unset = 1,
    limit: int | Unset = 20,
    created_atfrom: str | Unset = UNSET,
    created_atto: str | Unset = UNSET,
    status: str | Unset = UNSET,
    currency: str | Unset = UNSET,
    interval: str | Unset = UNSET,
    customer_id: str | Unset = UNSET,
    lang: Lang | Unset = UNSET,
) -> Error | SubscriptionList | None:
    """List subscriptions

     The account's subscriptions, one page at a time (`page` from 1, `limit` per page), optionally
    filtered by creation dates, `status`, `currency`, `interval` or customer.

    Args:
        page (int | Unset):  Default: 1.
        limit (int | Unset):  Default: 20.
        created_atfrom (str | Unset):
        created_atto (str | Unset):
        status (str | Unset):
        currency (str | Unset):
        interval (str | Unset):
        customer_id (str | Unset):
        lang (Lang | Unset): Language of the API's messages.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | SubscriptionList
    """

    return (
        await asyncio_detailed(
            client=client,
            page=page,
            limit=limit,
            created_atfrom=created_atfrom,
            created_atto=created_atto,
            status=status,
            currency=currency,
            interval=interval,
            customer_id=customer_id,
            lang=lang,
        )
    ).parsed
