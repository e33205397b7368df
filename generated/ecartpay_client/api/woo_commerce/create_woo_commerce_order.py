from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.lang import Lang
from ...models.woo_commerce_order import WooCommerceOrder
from ...models.woo_commerce_order_create import WooCommerceOrderCreate
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    body: WooCommerceOrderCreate,
    lang: Lang | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    cookies = {}
    if lang is not UNSET:
        cookies["lang"] = lang

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/woocomerce/orders",
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
) -> Error | WooCommerceOrder | None:
    if response.status_code == 200:
        response_200 = WooCommerceOrder.from_dict(response.json())

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
) -> Response[Error | WooCommerceOrder]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: WooCommerceOrderCreate,
    lang: Lang | Unset = UNSET,
) -> Response[Error | WooCommerceOrder]:
    """Create an order from a WooCommerce order

     The path is the vendor's spelling (`woocomerce`). The vendor documents neither the
    body nor the answer. Assumed: the body is the WooCommerce order (its `id`,
    `currency`, `billing` contact and `line_items`); the answer summarises the Ecart Pay
    order made from it (`id`, `pay_link`, ...), which every order operation takes;
    sending the same WooCommerce `id` again answers the same order.

    Args:
        lang (Lang | Unset): Language of the API's messages.
        body (WooCommerceOrderCreate): Assumed (the vendor documents no body) - the WooCommerce
            order's own fields.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | WooCommerceOrder]
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
    body: WooCommerceOrderCreate,
    lang: Lang | Unset = UNSET,
) -> Error | WooCommerceOrder | None:
    """Create an order from a WooCommerce order

     The path is the vendor's spelling (`woocomerce`). The vendor documents neither the
    body nor the answer. Assumed: the body is the WooCommerce order (its `id`,
    `currency`, `billing` contact and `line_items`); the answer summarises the Ecart Pay
    order made from it (`id`, `pay_link`, ...), which every order operation takes;
    sending the same WooCommerce `id` again answers the same order.

    Args:
        lang (Lang | Unset): Language of the API's messages.
        body (WooCommerceOrderCreate): Assumed (the vendor documents no body) - the WooCommerce
            order's own fields.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | WooCommerceOrder
    """

    return sync_detailed(
        client=client,
        body=body,
        lang=lang,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: WooCommerceOrderCreate,
    lang: Lang | Unset = UNSET,
) -> Response[Error | WooCommerceOrder]:
    """Create an order from a WooCommerce order

     The path is the vendor's spelling (`woocomerce`). The vendor documents neither the
    body nor the answer. Assumed: the body is the WooCommerce order (its `id`,
    `currency`, `billing` contact and `line_items`); the answer summarises the Ecart Pay
    order made from it (`id`, `pay_link`, ...), which every order operation takes;
    sending the same WooCommerce `id` again answers the same order.

    Args:
        lang (Lang | Unset): Language of the API's messages.
        body (WooCommerceOrderCreate): Assumed (the vendor documents no body) - the WooCommerce
            order's own fields.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | WooCommerceOrder]
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
    body: WooCommerceOrderCreate,
    lang: Lang | Unset = UNSET,
) -> Error | WooCommerceOrder | None:
    """Create an order from a WooCommerce order

     The path is the vendor's spelling (`woocomerce`). The vendor documents neither the
    body nor the answer. Assumed: the body is the WooCommerce order (its `id`,
    `currency`, `billing` contact and `line_items`); the answer summarises the Ecart Pay
    order made from it (`id`, `pay_link`, ...), which every order operation takes;
    sending the same WooCommerce `id` again answers the same order.

    Args:
        lang (Lang | Unset): Language of the API's messages.
        body (WooCommerceOrderCreate): Assumed (the vendor documents no body) - the WooCommerce
            order's own fields.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | WooCommerceOrder
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
            lang=lang,
        )
    ).parsed
