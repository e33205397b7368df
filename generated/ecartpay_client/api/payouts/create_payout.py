from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.lang import Lang
from ...models.payout import Payout
from ...models.payout_create import PayoutCreate
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    body: PayoutCreate,
    lang: Lang | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    cookies = {}
    if lang is not UNSET:
        cookies["lang"] = lang

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/payouts",
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
) -> Error | Payout | None:
    if response.status_code == 200:
        response_200 = Payout.from_dict(response.json())

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
) -> Response[Error | Payout]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: PayoutCreate,
    lang: Lang | Unset = UNSET,
) -> Response[Error | Payout]:
    """Create a payout

     Sends money from the account's available balance to an Ecart Pay user (`email`)
    or a customer (`customer_id`). With `require_confirmation: true` the payout waits
    as `pending` until it is confirmed; otherwise it is `paid` at once. Refused with
    409: a `reference_id` already used (it "can be used only once"), an amount over
    the available balance in that currency; 404: an unknown `customer_id`.

    Args:
        lang (Lang | Unset): Language of the API's messages.
        body (PayoutCreate): Assumed: `amount` and `currency` are required (the reference marks
            nothing, but
            its recorded error shows a payout without a valid amount is refused). The
            recipient is an Ecart Pay user by `email` or a customer by `customer_id`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | Payout]
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
    body: PayoutCreate,
    lang: Lang | Unset = UNSET,
) -> Error | Payout | None:
    """Create a payout

     Sends money from the account's available balance to an Ecart Pay user (`email`)
    or a customer (`customer_id`). With `require_confirmation: true` the payout waits
    as `pending` until it is confirmed; otherwise it is `paid` at once. Refused with
    409: a `reference_id` already used (it "can be used only once"), an amount over
    the available balance in that currency; 404: an unknown `customer_id`.

    Args:
        lang (Lang | Unset): Language of the API's messages.
        body (PayoutCreate): Assumed: `amount` and `currency` are required (the reference marks
            nothing, but
            its recorded error shows a payout without a valid amount is refused). The
            recipient is an Ecart Pay user by `email` or a customer by `customer_id`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | Payout
    """

    return sync_detailed(
        client=client,
        body=body,
        lang=lang,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: PayoutCreate,
    lang: Lang | Unset = UNSET,
) -> Response[Error | Payout]:
    """Create a payout

     Sends money from the account's available balance to an Ecart Pay user (`email`)
    or a customer (`customer_id`). With `require_confirmation: true` the payout waits
    as `pending` until it is confirmed; otherwise it is `paid` at once. Refused with
    409: a `reference_id` already used (it "can be used only once"), an amount over
    the available balance in that currency; 404: an unknown `customer_id`.

    Args:
        lang (Lang | Unset): Language of the API's messages.
        body (PayoutCreate): Assumed: `amount` and `currency` are required (the reference marks
            nothing, but
            its recorded error shows a payout without a valid amount is refused). The
            recipient is an Ecart Pay user by `email` or a customer by `customer_id`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | Payout]
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
    body: PayoutCreate,
    lang: Lang | Unset = UNSET,
) -> Error | Payout | None:
    """Create a payout

     Sends money from the account's available balance to an Ecart Pay user (`email`)
    or a customer (`customer_id`). With `require_confirmation: true` the payout waits
    as `pending` until it is confirmed; otherwise it is `paid` at once. Refused with
    409: a `reference_id` already used (it "can be used only once"), an amount over
    the available balance in that currency; 404: an unknown `customer_id`.

    Args:
        lang (Lang | Unset): Language of the API's messages.
        body (PayoutCreate): Assumed: `amount` and `currency` are required (the reference marks
            nothing, but
            its recorded error shows a payout without a valid amount is refused). The
            recipient is an Ecart Pay user by `email` or a customer by `customer_id`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | Payout
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
            lang=lang,
        )
    ).parsed
