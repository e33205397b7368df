from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.card import Card
from ...models.card_create import CardCreate
from ...models.error import Error
from ...models.lang import Lang
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    body: CardCreate,
    lang: Lang | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    cookies = {}
    if lang is not UNSET:
        cookies["lang"] = lang

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/cards",
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
) -> Card | Error | None:
    if response.status_code == 200:
        response_200 = Card.from_dict(response.json())

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
) -> Response[Card | Error]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: CardCreate,
    lang: Lang | Unset = UNSET,
) -> Response[Card | Error]:
    """Store a card in the account

     The answer carries the number only encrypted (an opaque string). The reference's
    own example stores a card that expired in 2012 and a number with dashes: both are
    accepted.

    Args:
        lang (Lang | Unset): Language of the API's messages.
        body (CardCreate): A card, for a customer or for the account. `number` may carry spaces or
            dashes
            between digit groups (the reference's example does). Assumed required: `number`,
            `exp_month`, `exp_year` (the reference marks nothing required). The sandbox's test
            numbers are in the documentation, docs/guides/sandbox.md ("Test cards").

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Card | Error]
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
    body: CardCreate,
    lang: Lang | Unset = UNSET,
) -> Card | Error | None:
    """Store a card in the account

     The answer carries the number only encrypted (an opaque string). The reference's
    own example stores a card that expired in 2012 and a number with dashes: both are
    accepted.

    Args:
        lang (Lang | Unset): Language of the API's messages.
        body (CardCreate): A card, for a customer or for the account. `number` may carry spaces or
            dashes
            between digit groups (the reference's example does). Assumed required: `number`,
            `exp_month`, `exp_year` (the reference marks nothing required). The sandbox's test
            numbers are in the documentation, docs/guides/sandbox.md ("Test cards").

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Card | Error
    """

    return sync_detailed(
        client=client,
        body=body,
        lang=lang,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: CardCreate,
    lang: Lang | Unset = UNSET,
) -> Response[Card | Error]:
    """Store a card in the account

     The answer carries the number only encrypted (an opaque string). The reference's
    own example stores a card that expired in 2012 and a number with dashes: both are
    accepted.

    Args:
        lang (Lang | Unset): Language of the API's messages.
        body (CardCreate): A card, for a customer or for the account. `number` may carry spaces or
            dashes
            between digit groups (the reference's example does). Assumed required: `number`,
            `exp_month`, `exp_year` (the reference marks nothing required). The sandbox's test
            numbers are in the documentation, docs/guides/sandbox.md ("Test cards").

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Card | Error]
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
    body: CardCreate,
    lang: Lang | Unset = UNSET,
) -> Card | Error | None:
    """Store a card in the account

     The answer carries the number only encrypted (an opaque string). The reference's
    own example stores a card that expired in 2012 and a number with dashes: both are
    accepted.

    Args:
        lang (Lang | Unset): Language of the API's messages.
        body (CardCreate): A card, for a customer or for the account. `number` may carry spaces or
            dashes
            between digit groups (the reference's example does). Assumed required: `number`,
            `exp_month`, `exp_year` (the reference marks nothing required). The sandbox's test
            numbers are in the documentation, docs/guides/sandbox.md ("Test cards").

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Card | Error
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
            lang=lang,
        )
    ).parsed
