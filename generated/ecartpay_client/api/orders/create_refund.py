from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.lang import Lang
from ...models.refund import Refund
from ...models.refund_create import RefundCreate
from ...types import UNSET, Response, Unset, path_segment


def _get_kwargs(
    order_id: str,
    *,
    body: RefundCreate,
    lang: Lang | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    cookies = {}
    if lang is not UNSET:
        cookies["lang"] = lang

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/orders/{order_id}/refund".format(
            order_id=path_segment("order_id", order_id),
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
) -> Error | Refund | None:
    if response.status_code == 200:
        response_200 = Refund.from_dict(response.json())

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
) -> Response[Error | Refund]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    order_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: RefundCreate,
    lang: Lang | Unset = UNSET,
) -> Response[Error | Refund]:
    """Refund a paid order, in part or in full

     The amount decides: less than what is left gives `partially_refunded`, exactly what
    is left gives `refunded`; each refund records a transaction. The reason travels as
    `name` (the reference, which requires it) or `reason` (the refunds guide): both are
    accepted and neither is required here (the more permissive reading). Assumed: an
    order that is not paid, or an amount over what is left, is refused with 409 and
    changes nothing; the answer is the refund (the vendor documents no body).

    Balance rule (Assumed, the one payouts and withdrawals follow): a refund is money
    leaving the account, so it never takes the available balance in the order's
    currency below zero. A refund larger than that balance (e.g. after the payment was
    paid out) is refused with 409 and changes nothing. An `amount` with more decimals
    than the currency has (`Money`) is a 400.

    Args:
        order_id (str): A 24-hex identifier (a MongoDB ObjectId).
        lang (Lang | Unset): Language of the API's messages.
        body (RefundCreate): `amount` in major units (100.5). The reason as `name` (reference) or
            `reason`
            (guide); when both are sent, `reason` wins.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | Refund]
    """

    kwargs = _get_kwargs(
        order_id=order_id,
        body=body,
        lang=lang,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    order_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: RefundCreate,
    lang: Lang | Unset = UNSET,
) -> Error | Refund | None:
    """Refund a paid order, in part or in full

     The amount decides: less than what is left gives `partially_refunded`, exactly what
    is left gives `refunded`; each refund records a transaction. The reason travels as
    `name` (the reference, which requires it) or `reason` (the refunds guide): both are
    accepted and neither is required here (the more permissive reading). Assumed: an
    order that is not paid, or an amount over what is left, is refused with 409 and
    changes nothing; the answer is the refund (the vendor documents no body).

    Balance rule (Assumed, the one payouts and withdrawals follow): a refund is money
    leaving the account, so it never takes the available balance in the order's
    currency below zero. A refund larger than that balance (e.g. after the payment was
    paid out) is refused with 409 and changes nothing. An `amount` with more decimals
    than the currency has (`Money`) is a 400.

    Args:
        order_id (str): A 24-hex identifier (a MongoDB ObjectId).
        lang (Lang | Unset): Language of the API's messages.
        body (RefundCreate): `amount` in major units (100.5). The reason as `name` (reference) or
            `reason`
            (guide); when both are sent, `reason` wins.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | Refund
    """

    return sync_detailed(
        order_id=order_id,
        client=client,
        body=body,
        lang=lang,
    ).parsed


async def asyncio_detailed(
    order_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: RefundCreate,
    lang: Lang | Unset = UNSET,
) -> Response[Error | Refund]:
    """Refund a paid order, in part or in full

     The amount decides: less than what is left gives `partially_refunded`, exactly what
    is left gives `refunded`; each refund records a transaction. The reason travels as
    `name` (the reference, which requires it) or `reason` (the refunds guide): both are
    accepted and neither is required here (the more permissive reading). Assumed: an
    order that is not paid, or an amount over what is left, is refused with 409 and
    changes nothing; the answer is the refund (the vendor documents no body).

    Balance rule (Assumed, the one payouts and withdrawals follow): a refund is money
    leaving the account, so it never takes the available balance in the order's
    currency below zero. A refund larger than that balance (e.g. after the payment was
    paid out) is refused with 409 and changes nothing. An `amount` with more decimals
    than the currency has (`Money`) is a 400.

    Args:
        order_id (str): A 24-hex identifier (a MongoDB ObjectId).
        lang (Lang | Unset): Language of the API's messages.
        body (RefundCreate): `amount` in major units (100.5). The reason as `name` (reference) or
            `reason`
            (guide); when both are sent, `reason` wins.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | Refund]
    """

    kwargs = _get_kwargs(
        order_id=order_id,
        body=body,
        lang=lang,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    order_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: RefundCreate,
    lang: Lang | Unset = UNSET,
) -> Error | Refund | None:
    """Refund a paid order, in part or in full

     The amount decides: less than what is left gives `partially_refunded`, exactly what
    is left gives `refunded`; each refund records a transaction. The reason travels as
    `name` (the reference, which requires it) or `reason` (the refunds guide): both are
    accepted and neither is required here (the more permissive reading). Assumed: an
    order that is not paid, or an amount over what is left, is refused with 409 and
    changes nothing; the answer is the refund (the vendor documents no body).

    Balance rule (Assumed, the one payouts and withdrawals follow): a refund is money
    leaving the account, so it never takes the available balance in the order's
    currency below zero. A refund larger than that balance (e.g. after the payment was
    paid out) is refused with 409 and changes nothing. An `amount` with more decimals
    than the currency has (`Money`) is a 400.

    Args:
        order_id (str): A 24-hex identifier (a MongoDB ObjectId).
        lang (Lang | Unset): Language of the API's messages.
        body (RefundCreate): `amount` in major units (100.5). The reason as `name` (reference) or
            `reason`
            (guide); when both are sent, `reason` wins.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | Refund
    """

    return (
        await asyncio_detailed(
            order_id=order_id,
            client=client,
            body=body,
            lang=lang,
        )
    ).parsed
