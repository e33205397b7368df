"""`client.orders`: the front door's resource (and sub-resources), sync and async.

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

from ..api.orders import (
    create_order,
    create_refund,
    get_order,
    get_public_order,
    process_order,
    update_order,
)
from ..models.address_state import AddressState
from ..models.bank_transfer import BankTransfer
from ..models.lang import Lang
from ..models.order import Order
from ..models.order_create import OrderCreate
from ..models.order_create_discounts_item import OrderCreateDiscountsItem
from ..models.order_item_create import OrderItemCreate
from ..models.order_process import OrderProcess
from ..models.order_update import OrderUpdate
from ..models.public_order import PublicOrder
from ..models.refund import Refund
from ..models.refund_create import RefundCreate
from ..models.refund_reason import RefundReason
from ..models.shipping_address import ShippingAddress
from ..models.shipping_item_create import ShippingItemCreate
from ..types import UNSET, Unset


def _parse_create_order(response: httpx.Response) -> Order:
    response_200 = Order.from_dict(response.json())

    return response_200


def _parse_get_order(response: httpx.Response) -> Order:
    response_200 = Order.from_dict(response.json())

    return response_200


def _parse_update_order(response: httpx.Response) -> Order:
    response_200 = Order.from_dict(response.json())

    return response_200


def _parse_create_refund(response: httpx.Response) -> Refund:
    response_200 = Refund.from_dict(response.json())

    return response_200


def _parse_process_order(response: httpx.Response) -> BankTransfer:
    response_200 = BankTransfer.from_dict(response.json())

    return response_200


def _parse_get_public_order(response: httpx.Response) -> PublicOrder:
    response_200 = PublicOrder.from_dict(response.json())

    return response_200


class OrdersResource(SyncResource):
    """`client.orders`."""

    @cached_property
    def with_raw_response(self) -> OrdersResourceWithRawResponse:
        """The same methods, answering a `RawResponse` (status, headers, `.parse()`)."""
        return OrdersResourceWithRawResponse(self)

    def create(
        self,
        *,
        currency: str,
        items: builtins.list[OrderItemCreate | dict[str, Any]],
        customer_id: str | Unset = UNSET,
        email: str | Unset = UNSET,
        phone: str | Unset = UNSET,
        first_name: str | Unset = UNSET,
        last_name: str | Unset = UNSET,
        notify_url: str | Unset = UNSET,
        redirect_url: str | Unset = UNSET,
        shipping_address: ShippingAddress | dict[str, Any] | Unset = UNSET,
        shipping_items: builtins.list[ShippingItemCreate | dict[str, Any]]
        | Unset = UNSET,
        discounts: builtins.list[OrderCreateDiscountsItem | dict[str, Any]]
        | Unset = UNSET,
        reference_id: str | Unset = UNSET,
        token: str | Unset = UNSET,
        lang: Lang | Unset = UNSET,
        extra_headers: Headers | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> Order:
        """Create an order: `POST /api/orders` (create_order)."""

        fields = payload(
            {
                "currency": currency,
                "items": items,
                "customer_id": customer_id,
                "email": email,
                "phone": phone,
                "first_name": first_name,
                "last_name": last_name,
                "notify_url": notify_url,
                "redirect_url": redirect_url,
                "shipping_address": shipping_address,
                "shipping_items": shipping_items,
                "discounts": discounts,
                "reference_id": reference_id,
                "token": token,
            }
        )
        body = OrderCreate.from_dict(fields)

        return self._requester.request(
            create_order._get_kwargs(body=body, lang=lang),
            _parse_create_order,
            extra_headers,
            timeout,
        )

    def retrieve(
        self,
        id: str,
        *,
        lang: Lang | Unset = UNSET,
        extra_headers: Headers | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> Order:
        """Get an order: `GET /api/orders/{id}` (get_order)."""

        return self._requester.request(
            get_order._get_kwargs(id=id, lang=lang),
            _parse_get_order,
            extra_headers,
            timeout,
        )

    def update(
        self,
        id: str,
        *,
        shipping_address: ShippingAddress | dict[str, Any] | Unset = UNSET,
        first_name: str | Unset = UNSET,
        last_name: str | Unset = UNSET,
        address1: str | Unset = UNSET,
        address2: str | Unset = UNSET,
        city: str | Unset = UNSET,
        postal_code: str | Unset = UNSET,
        reference: str | Unset = UNSET,
        state: AddressState | dict[str, Any] | Unset = UNSET,
        lang: Lang | Unset = UNSET,
        extra_headers: Headers | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> Order:
        """Update an order's shipping address: `PUT /api/orders/{id}` (update_order)."""

        fields = payload(
            {
                "shipping_address": shipping_address,
                "first_name": first_name,
                "last_name": last_name,
                "address1": address1,
                "address2": address2,
                "city": city,
                "postal_code": postal_code,
                "reference": reference,
                "state": state,
            }
        )
        body = OrderUpdate.from_dict(fields)

        return self._requester.request(
            update_order._get_kwargs(id=id, body=body, lang=lang),
            _parse_update_order,
            extra_headers,
            timeout,
        )

    def refund(
        self,
        order_id: str,
        *,
        amount: float,
        name: RefundReason | Unset = UNSET,
        reason: RefundReason | Unset = UNSET,
        lang: Lang | Unset = UNSET,
        extra_headers: Headers | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> Refund:
        """Refund a paid order, in part or in full: `POST /api/orders/{order_id}/refund` (create_refund)."""

        fields = payload(
            {
                "amount": amount,
                "name": name,
                "reason": reason,
            }
        )
        body = RefundCreate.from_dict(fields)

        return self._requester.request(
            create_refund._get_kwargs(order_id=order_id, body=body, lang=lang),
            _parse_create_refund,
            extra_headers,
            timeout,
        )

    def process(
        self,
        id: str,
        *,
        method_id: str | Unset = "66c397dafd263a538b8312a1",
        lang: Lang | Unset = UNSET,
        extra_headers: Headers | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> BankTransfer:
        """Set an order up for a bank transfer: `POST /api/orders/{id}/process` (process_order)."""

        fields = payload(
            {
                "method_id": method_id,
            }
        )
        body = OrderProcess.from_dict(fields) if fields else UNSET

        return self._requester.request(
            process_order._get_kwargs(id=id, body=body, lang=lang),
            _parse_process_order,
            extra_headers,
            timeout,
        )

    def retrieve_public(
        self,
        id: str,
        *,
        lang: Lang | Unset = UNSET,
        extra_headers: Headers | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> PublicOrder:
        """Get an order's public view: `GET /api/orders/public/{id}` (get_public_order)."""

        return self._requester.request(
            get_public_order._get_kwargs(id=id, lang=lang),
            _parse_get_public_order,
            extra_headers,
            timeout,
        )


class OrdersResourceWithRawResponse:
    """`client.orders.with_raw_response`: each method answers a
    `RawResponse`; a list method's, that of its first page (`.parse()` gives the page)."""

    def __init__(self, resource: OrdersResource) -> None:
        raw = OrdersResource(resource._requester.as_raw())
        self.create = to_raw(raw.create)
        self.retrieve = to_raw(raw.retrieve)
        self.update = to_raw(raw.update)
        self.refund = to_raw(raw.refund)
        self.process = to_raw(raw.process)
        self.retrieve_public = to_raw(raw.retrieve_public)
        del raw


class AsyncOrdersResource(AsyncResource):
    """`client.orders`."""

    @cached_property
    def with_raw_response(self) -> AsyncOrdersResourceWithRawResponse:
        """The same methods, answering a `RawResponse` (status, headers, `.parse()`)."""
        return AsyncOrdersResourceWithRawResponse(self)

    async def create(
        self,
        *,
        currency: str,
        items: builtins.list[OrderItemCreate | dict[str, Any]],
        customer_id: str | Unset = UNSET,
        email: str | Unset = UNSET,
        phone: str | Unset = UNSET,
        first_name: str | Unset = UNSET,
        last_name: str | Unset = UNSET,
        notify_url: str | Unset = UNSET,
        redirect_url: str | Unset = UNSET,
        shipping_address: ShippingAddress | dict[str, Any] | Unset = UNSET,
        shipping_items: builtins.list[ShippingItemCreate | dict[str, Any]]
        | Unset = UNSET,
        discounts: builtins.list[OrderCreateDiscountsItem | dict[str, Any]]
        | Unset = UNSET,
        reference_id: str | Unset = UNSET,
        token: str | Unset = UNSET,
        lang: Lang | Unset = UNSET,
        extra_headers: Headers | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> Order:
        """Create an order: `POST /api/orders` (create_order)."""

        fields = payload(
            {
                "currency": currency,
                "items": items,
                "customer_id": customer_id,
                "email": email,
                "phone": phone,
                "first_name": first_name,
                "last_name": last_name,
                "notify_url": notify_url,
                "redirect_url": redirect_url,
                "shipping_address": shipping_address,
                "shipping_items": shipping_items,
                "discounts": discounts,
                "reference_id": reference_id,
                "token": token,
            }
        )
        body = OrderCreate.from_dict(fields)

        return await self._requester.request(
            create_order._get_kwargs(body=body, lang=lang),
            _parse_create_order,
            extra_headers,
            timeout,
        )

    async def retrieve(
        self,
        id: str,
        *,
        lang: Lang | Unset = UNSET,
        extra_headers: Headers | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> Order:
        """Get an order: `GET /api/orders/{id}` (get_order)."""

        return await self._requester.request(
            get_order._get_kwargs(id=id, lang=lang),
            _parse_get_order,
            extra_headers,
            timeout,
        )

    async def update(
        self,
        id: str,
        *,
        shipping_address: ShippingAddress | dict[str, Any] | Unset = UNSET,
        first_name: str | Unset = UNSET,
        last_name: str | Unset = UNSET,
        address1: str | Unset = UNSET,
        address2: str | Unset = UNSET,
        city: str | Unset = UNSET,
        postal_code: str | Unset = UNSET,
        reference: str | Unset = UNSET,
        state: AddressState | dict[str, Any] | Unset = UNSET,
        lang: Lang | Unset = UNSET,
        extra_headers: Headers | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> Order:
        """Update an order's shipping address: `PUT /api/orders/{id}` (update_order)."""

        fields = payload(
            {
                "shipping_address": shipping_address,
                "first_name": first_name,
                "last_name": last_name,
                "address1": address1,
                "address2": address2,
                "city": city,
                "postal_code": postal_code,
                "reference": reference,
                "state": state,
            }
        )
        body = OrderUpdate.from_dict(fields)

        return await self._requester.request(
            update_order._get_kwargs(id=id, body=body, lang=lang),
            _parse_update_order,
            extra_headers,
            timeout,
        )

    async def refund(
        self,
        order_id: str,
        *,
        amount: float,
        name: RefundReason | Unset = UNSET,
        reason: RefundReason | Unset = UNSET,
        lang: Lang | Unset = UNSET,
        extra_headers: Headers | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> Refund:
        """Refund a paid order, in part or in full: `POST /api/orders/{order_id}/refund` (create_refund)."""

        fields = payload(
            {
                "amount": amount,
                "name": name,
                "reason": reason,
            }
        )
        body = RefundCreate.from_dict(fields)

        return await self._requester.request(
            create_refund._get_kwargs(order_id=order_id, body=body, lang=lang),
            _parse_create_refund,
            extra_headers,
            timeout,
        )

    async def process(
        self,
        id: str,
        *,
        method_id: str | Unset = "66c397dafd263a538b8312a1",
        lang: Lang | Unset = UNSET,
        extra_headers: Headers | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> BankTransfer:
        """Set an order up for a bank transfer: `POST /api/orders/{id}/process` (process_order)."""

        fields = payload(
            {
                "method_id": method_id,
            }
        )
        body = OrderProcess.from_dict(fields) if fields else UNSET

        return await self._requester.request(
            process_order._get_kwargs(id=id, body=body, lang=lang),
            _parse_process_order,
            extra_headers,
            timeout,
        )

    async def retrieve_public(
        self,
        id: str,
        *,
        lang: Lang | Unset = UNSET,
        extra_headers: Headers | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> PublicOrder:
        """Get an order's public view: `GET /api/orders/public/{id}` (get_public_order)."""

        return await self._requester.request(
            get_public_order._get_kwargs(id=id, lang=lang),
            _parse_get_public_order,
            extra_headers,
            timeout,
        )


class AsyncOrdersResourceWithRawResponse:
    """`client.orders.with_raw_response`: each method answers a
    `RawResponse`; a list method's, that of its first page (`.parse()` gives the page)."""

    def __init__(self, resource: AsyncOrdersResource) -> None:
        raw = AsyncOrdersResource(resource._requester.as_raw())
        self.create = to_raw_async(raw.create)
        self.retrieve = to_raw_async(raw.retrieve)
        self.update = to_raw_async(raw.update)
        self.refund = to_raw_async(raw.refund)
        self.process = to_raw_async(raw.process)
        self.retrieve_public = to_raw_async(raw.retrieve_public)
        del raw
