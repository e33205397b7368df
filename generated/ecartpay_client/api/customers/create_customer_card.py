from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.card_create import CardCreate
from ...models.customer_card import CustomerCard
from ...models.error import Error
from ...models.lang import Lang
from ...types import UNSET, Response, Unset, path_segment


def _get_kwargs(
    customer_id: str,
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
        "url": "/api/customers/{customer_id}/cards".format(
            customer_id=path_segment("customer_id", customer_id),
        ),
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
) -> CustomerCard | Error | None:
    if response.status_code == 200:
        response_200 = CustomerCard.from_dict(response.json())

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
) -> Response[CustomerCard | Error]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    customer_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: CardCreate,
    lang: Lang | Unset = UNSET,
) -> Response[CustomerCard | Error]:
    """Add a card to a customer

     Stores a card for the customer; the first one becomes the default. The answer
    never carries the full number or the cvc. Assumed: `number`, `exp_month` and
    `exp_year` are required (the reference marks nothing required).

    Args:
        customer_id (str): A 24-hex identifier (a MongoDB ObjectId).
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
        Response[CustomerCard | Error]
    """

    kwargs = _get_kwargs(
        customer_id=customer_id,
        body=body,
        lang=lang,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    customer_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: CardCreate,
    lang: Lang | Unset = UNSET,
) -> CustomerCard | Error | None:
    """Add a card to a customer

     Stores a card for the customer; the first one becomes the default. The answer
    never carries the full number or the cvc. Assumed: `number`, `exp_month` and
    `exp_year` are required (the reference marks nothing required).

    Args:
        customer_id (str): A 24-hex identifier (a MongoDB ObjectId).
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
        CustomerCard | Error
    """

    return sync_detailed(
        customer_id=customer_id,
        client=client,
        body=body,
        lang=lang,
    ).parsed


async def asyncio_detailed(
    customer_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: CardCreate,
    lang: Lang | Unset = UNSET,
) -> Response[CustomerCard | Error]:
    """Add a card to a customer

     Stores a card for the customer; the first one becomes the default. The answer
    never carries the full number or the cvc. Assumed: `number`, `exp_month` and
    `exp_year` are required (the reference marks nothing required).

    Args:
        customer_id (str): A 24-hex identifier (a MongoDB ObjectId).
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
        Response[CustomerCard | Error]
    """

    kwargs = _get_kwargs(
        customer_id=customer_id,
        body=body,
        lang=lang,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    customer_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: CardCreate,
    lang: Lang | Unset = UNSET,
) -> CustomerCard | Error | None:
    """Add a card to a customer

     Stores a card for the customer; the first one becomes the default. The answer
    never carries the full number or the cvc. Assumed: `number`, `exp_month` and
    `exp_year` are required (the reference marks nothing required).

    Args:
        customer_id (str): A 24-hex identifier (a MongoDB ObjectId).
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
        CustomerCard | Error
    """

    return (
        await asyncio_detailed(
            customer_id=customer_id,
            client=client,
            body=body,
            lang=lang,
        )
    ).parsed
