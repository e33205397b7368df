from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.bank_transfer import BankTransfer
from ...models.error import Error
from ...models.lang import Lang
from ...models.order_process import OrderProcess
from ...types import UNSET, Response, Unset, path_segment


def _get_kwargs(
    id: str,
    *,
    body: OrderProcess | Unset = UNSET,
    lang: Lang | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    cookies = {}
    if lang is not UNSET:
        cookies["lang"] = lang

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/orders/{id}/process".format(
            id=path_segment("id", id),
        ),
    }
    # ecartpay: per-request cookies only when set (httpx deprecates `cookies={}` per request).
    if cookies:
        _kwargs["cookies"] = cookies

    if not isinstance(body, Unset):
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> BankTransfer | Error | None:
    if response.status_code == 200:
        response_200 = BankTransfer.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = Error.from_dict(response.json())

        return response_400

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
) -> Response[BankTransfer | Error]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    body: OrderProcess | Unset = UNSET,
    lang: Lang | Unset = UNSET,
) -> Response[BankTransfer | Error]:
    """Set an order up for a bank transfer

     Assigns the order a unique CLABE the buyer transfers to. The reference documents
    no Authorization header (the payment page calls it), so no token is needed; one is
    ignored. `method_id` is the payment gateway: `66c397dafd263a538b8312a1` (the
    default) is Ecart Pay's bank transfer. Assumed: calling it again answers the same
    CLABE; a paid or refunded order is refused with 409; an unknown method 404.

    Args:
        id (str): A 24-hex identifier (a MongoDB ObjectId).
        lang (Lang | Unset): Language of the API's messages.
        body (OrderProcess | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BankTransfer | Error]
    """

    kwargs = _get_kwargs(
        id=id,
        body=body,
        lang=lang,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    body: OrderProcess | Unset = UNSET,
    lang: Lang | Unset = UNSET,
) -> BankTransfer | Error | None:
    """Set an order up for a bank transfer

     Assigns the order a unique CLABE the buyer transfers to. The reference documents
    no Authorization header (the payment page calls it), so no token is needed; one is
    ignored. `method_id` is the payment gateway: `66c397dafd263a538b8312a1` (the
    default) is Ecart Pay's bank transfer. Assumed: calling it again answers the same
    CLABE; a paid or refunded order is refused with 409; an unknown method 404.

    Args:
        id (str): A 24-hex identifier (a MongoDB ObjectId).
        lang (Lang | Unset): Language of the API's messages.
        body (OrderProcess | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BankTransfer | Error
    """

    return sync_detailed(
        id=id,
        client=client,
        body=body,
        lang=lang,
    ).parsed


async def asyncio_detailed(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    body: OrderProcess | Unset = UNSET,
    lang: Lang | Unset = UNSET,
) -> Response[BankTransfer | Error]:
    """Set an order up for a bank transfer

     Assigns the order a unique CLABE the buyer transfers to. The reference documents
    no Authorization header (the payment page calls it), so no token is needed; one is
    ignored. `method_id` is the payment gateway: `66c397dafd263a538b8312a1` (the
    default) is Ecart Pay's bank transfer. Assumed: calling it again answers the same
    CLABE; a paid or refunded order is refused with 409; an unknown method 404.

    Args:
        id (str): A 24-hex identifier (a MongoDB ObjectId).
        lang (Lang | Unset): Language of the API's messages.
        body (OrderProcess | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BankTransfer | Error]
    """

    kwargs = _get_kwargs(
        id=id,
        body=body,
        lang=lang,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    body: OrderProcess | Unset = UNSET,
    lang: Lang | Unset = UNSET,
) -> BankTransfer | Error | None:
    """Set an order up for a bank transfer

     Assigns the order a unique CLABE the buyer transfers to. The reference documents
    no Authorization header (the payment page calls it), so no token is needed; one is
    ignored. `method_id` is the payment gateway: `66c397dafd263a538b8312a1` (the
    default) is Ecart Pay's bank transfer. Assumed: calling it again answers the same
    CLABE; a paid or refunded order is refused with 409; an unknown method 404.

    Args:
        id (str): A 24-hex identifier (a MongoDB ObjectId).
        lang (Lang | Unset): Language of the API's messages.
        body (OrderProcess | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BankTransfer | Error
    """

    return (
        await asyncio_detailed(
            id=id,
            client=client,
            body=body,
            lang=lang,
        )
    ).parsed
