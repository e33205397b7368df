"""`client.woo_commerce`: the front door's resource (and sub-resources), sync and async.

Generated from openapi.yaml by `make generate`; never edit by hand.
"""

from __future__ import annotations

import builtins
from functools import cached_property
from typing import Any

import httpx
from ecartpay._base import NOT_GIVEN, Headers, NotGiven, Timeout, payload
from ecartpay._resource import (
    AsyncResource,
    SyncResource,
    to_raw,
    to_raw_async,
)

from ..api.woo_commerce import (
    create_woo_commerce_order,
)
from ..models.lang import Lang
from ..models.woo_commerce_billing import WooCommerceBilling
from ..models.woo_commerce_line_item import WooCommerceLineItem
from ..models.woo_commerce_order import WooCommerceOrder
from ..models.woo_commerce_order_create import WooCommerceOrderCreate
from ..types import UNSET, Unset


def _parse_create_woo_commerce_order(response: httpx.Response) -> WooCommerceOrder:
    response_200 = WooCommerceOrder.from_dict(response.json())

    return response_200


class WooCommerceResource(SyncResource):
    """`client.woo_commerce`."""

    @cached_property
    def with_raw_response(self) -> WooCommerceResourceWithRawResponse:
        """The same methods, answering a `RawResponse` (status, headers, `.parse()`)."""
        return WooCommerceResourceWithRawResponse(self)

    def create_order(
        self,
        *,
        id: int,
        currency: str,
        billing: WooCommerceBilling | dict[str, Any],
        line_items: builtins.list[WooCommerceLineItem | dict[str, Any]],
        lang: Lang | Unset = UNSET,
        extra_headers: Headers | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> WooCommerceOrder:
        """Create an order from a WooCommerce order: `POST /api/woocomerce/orders` (create_woo_commerce_order).

        The path is the vendor's spelling (`woocomerce`). The vendor documents neither
        the body nor the answer. Assumed: the body is the WooCommerce order (its `id`,
        `currency`, `billing` contact and `line_items`); the answer summarises the Ecart
        Pay order made from it (`id`, `pay_link`, ...), which every order operation
        takes; sending the same WooCommerce `id` again answers the same order.

        Args:
            id: The WooCommerce order id.
            currency: ISO 4217 code in requests (MXN, USD, BRL, CAD, ARS, COP, EUR, PEN,
                JPY, RUB, GBP, CLP, UYU, GTQ, INR, CNY, AUD, ...). A pattern rather than an
                enum, so a currency the vendor adds later is accepted; responses use a plain
                string.
            billing: The buyer, as WooCommerce's order keeps them (name and email).
            line_items: The WooCommerce order's lines: name, quantity and price of each.
            lang: Language of the API's messages.
            extra_headers: Headers sent with this request only, on top of the client's.
            timeout: This request's timeout (seconds or an `httpx.Timeout`), instead of
                the client's.

        Returns:
            `WooCommerceOrder`: The Ecart Pay order.

        Raises:
            ecartpay.BadRequestError: 400: The request was refused (invalid body, query,
                cookie, or a business rule such as a duplicate customer); `message` says
                why.
            ecartpay.AuthenticationError: 401: Missing, malformed, wrong, expired or
                revoked credentials. Assumed for the token endpoint (undocumented there).
            ecartpay.APIError: Any other error status the API answers.
            ecartpay.APIConnectionError: No answer, after every safe retry
                (`ecartpay.APITimeoutError` when it timed out).
        """

        fields = payload(
            {
                "id": id,
                "currency": currency,
                "billing": billing,
                "line_items": line_items,
            }
        )
        body = WooCommerceOrderCreate.from_dict(fields)

        return self._requester.request(
            create_woo_commerce_order._get_kwargs(body=body, lang=lang),
            _parse_create_woo_commerce_order,
            extra_headers,
            timeout,
        )


class WooCommerceResourceWithRawResponse:
    """`client.woo_commerce.with_raw_response`: each method answers a
    `RawResponse`; a list method's, that of its first page (`.parse()` gives the page)."""

    def __init__(self, resource: WooCommerceResource) -> None:
        raw = WooCommerceResource(resource._requester.as_raw())
        self.create_order = to_raw(raw.create_order)
        del raw


class AsyncWooCommerceResource(AsyncResource):
    """`client.woo_commerce`."""

    @cached_property
    def with_raw_response(self) -> AsyncWooCommerceResourceWithRawResponse:
        """The same methods, answering a `RawResponse` (status, headers, `.parse()`)."""
        return AsyncWooCommerceResourceWithRawResponse(self)

    async def create_order(
        self,
        *,
        id: int,
        currency: str,
        billing: WooCommerceBilling | dict[str, Any],
        line_items: builtins.list[WooCommerceLineItem | dict[str, Any]],
        lang: Lang | Unset = UNSET,
        extra_headers: Headers | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> WooCommerceOrder:
        """Create an order from a WooCommerce order: `POST /api/woocomerce/orders` (create_woo_commerce_order).

        The path is the vendor's spelling (`woocomerce`). The vendor documents neither
        the body nor the answer. Assumed: the body is the WooCommerce order (its `id`,
        `currency`, `billing` contact and `line_items`); the answer summarises the Ecart
        Pay order made from it (`id`, `pay_link`, ...), which every order operation
        takes; sending the same WooCommerce `id` again answers the same order.

        Args:
            id: The WooCommerce order id.
            currency: ISO 4217 code in requests (MXN, USD, BRL, CAD, ARS, COP, EUR, PEN,
                JPY, RUB, GBP, CLP, UYU, GTQ, INR, CNY, AUD, ...). A pattern rather than an
                enum, so a currency the vendor adds later is accepted; responses use a plain
                string.
            billing: The buyer, as WooCommerce's order keeps them (name and email).
            line_items: The WooCommerce order's lines: name, quantity and price of each.
            lang: Language of the API's messages.
            extra_headers: Headers sent with this request only, on top of the client's.
            timeout: This request's timeout (seconds or an `httpx.Timeout`), instead of
                the client's.

        Returns:
            `WooCommerceOrder`: The Ecart Pay order.

        Raises:
            ecartpay.BadRequestError: 400: The request was refused (invalid body, query,
                cookie, or a business rule such as a duplicate customer); `message` says
                why.
            ecartpay.AuthenticationError: 401: Missing, malformed, wrong, expired or
                revoked credentials. Assumed for the token endpoint (undocumented there).
            ecartpay.APIError: Any other error status the API answers.
            ecartpay.APIConnectionError: No answer, after every safe retry
                (`ecartpay.APITimeoutError` when it timed out).
        """

        fields = payload(
            {
                "id": id,
                "currency": currency,
                "billing": billing,
                "line_items": line_items,
            }
        )
        body = WooCommerceOrderCreate.from_dict(fields)

        return await self._requester.request(
            create_woo_commerce_order._get_kwargs(body=body, lang=lang),
            _parse_create_woo_commerce_order,
            extra_headers,
            timeout,
        )


class AsyncWooCommerceResourceWithRawResponse:
    """`client.woo_commerce.with_raw_response`: each method answers a
    `RawResponse`; a list method's, that of its first page (`.parse()` gives the page)."""

    def __init__(self, resource: AsyncWooCommerceResource) -> None:
        raw = AsyncWooCommerceResource(resource._requester.as_raw())
        self.create_order = to_raw_async(raw.create_order)
        del raw
