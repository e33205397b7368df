from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.lang import Lang
from ...models.subscription import Subscription
from ...models.subscription_create import SubscriptionCreate
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    body: SubscriptionCreate,
    lang: Lang | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    cookies = {}
    if lang is not UNSET:
        cookies["lang"] = lang

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/subscriptions",
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
) -> Error | Subscription | None:
    if response.status_code == 200:
        response_200 = Subscription.from_dict(response.json())

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
) -> Response[Error | Subscription]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: SubscriptionCreate,
    lang: Lang | Unset = UNSET,
) -> Response[Error | Subscription]:
    """Create a subscription

     Subscribes a customer of the account, either to a subscription template
    (`template_id`, or `subscription_id` as in the reference's "Generate Session Link"
    example) or to the plan given inline (`amount`, `currency`, `interval`). Only MXN
    and USD exist for subscriptions. The reference requires `customer_id`, but its own
    session-link example sends `account_customer_id` instead: either is accepted.
    Without `card_ids` the subscription waits as `pending` for the customer to add a
    card (see the invitation link); with cards it is `active`. An unknown customer or
    template is 404.

    Args:
        lang (Lang | Unset): Language of the API's messages.
        body (SubscriptionCreate): The reference requires `customer_id`; its own "Generate Session
            Link" example sends
            `account_customer_id` instead, so either one is required. A plan comes from a
            template (`template_id` or `subscription_id`) or inline (`amount`).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | Subscription]
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
    body: SubscriptionCreate,
    lang: Lang | Unset = UNSET,
) -> Error | Subscription | None:
    """Create a subscription

     Subscribes a customer of the account, either to a subscription template
    (`template_id`, or `subscription_id` as in the reference's "Generate Session Link"
    example) or to the plan given inline (`amount`, `currency`, `interval`). Only MXN
    and USD exist for subscriptions. The reference requires `customer_id`, but its own
    session-link example sends `account_customer_id` instead: either is accepted.
    Without `card_ids` the subscription waits as `pending` for the customer to add a
    card (see the invitation link); with cards it is `active`. An unknown customer or
    template is 404.

    Args:
        lang (Lang | Unset): Language of the API's messages.
        body (SubscriptionCreate): The reference requires `customer_id`; its own "Generate Session
            Link" example sends
            `account_customer_id` instead, so either one is required. A plan comes from a
            template (`template_id` or `subscription_id`) or inline (`amount`).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | Subscription
    """

    return sync_detailed(
        client=client,
        body=body,
        lang=lang,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: SubscriptionCreate,
    lang: Lang | Unset = UNSET,
) -> Response[Error | Subscription]:
    """Create a subscription

     Subscribes a customer of the account, either to a subscription template
    (`template_id`, or `subscription_id` as in the reference's "Generate Session Link"
    example) or to the plan given inline (`amount`, `currency`, `interval`). Only MXN
    and USD exist for subscriptions. The reference requires `customer_id`, but its own
    session-link example sends `account_customer_id` instead: either is accepted.
    Without `card_ids` the subscription waits as `pending` for the customer to add a
    card (see the invitation link); with cards it is `active`. An unknown customer or
    template is 404.

    Args:
        lang (Lang | Unset): Language of the API's messages.
        body (SubscriptionCreate): The reference requires `customer_id`; its own "Generate Session
            Link" example sends
            `account_customer_id` instead, so either one is required. A plan comes from a
            template (`template_id` or `subscription_id`) or inline (`amount`).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | Subscription]
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
    body: SubscriptionCreate,
    lang: Lang | Unset = UNSET,
) -> Error | Subscription | None:
    """Create a subscription

     Subscribes a customer of the account, either to a subscription template
    (`template_id`, or `subscription_id` as in the reference's "Generate Session Link"
    example) or to the plan given inline (`amount`, `currency`, `interval`). Only MXN
    and USD exist for subscriptions. The reference requires `customer_id`, but its own
    session-link example sends `account_customer_id` instead: either is accepted.
    Without `card_ids` the subscription waits as `pending` for the customer to add a
    card (see the invitation link); with cards it is `active`. An unknown customer or
    template is 404.

    Args:
        lang (Lang | Unset): Language of the API's messages.
        body (SubscriptionCreate): The reference requires `customer_id`; its own "Generate Session
            Link" example sends
            `account_customer_id` instead, so either one is required. A plan comes from a
            template (`template_id` or `subscription_id`) or inline (`amount`).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | Subscription
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
            lang=lang,
        )
    ).parsed
