"""`client.payment_links`: the front door's resource (and sub-resources), sync and async.

Generated from openapi.yaml by `make generate`; never edit by hand.
"""

from __future__ import annotations

import builtins
from functools import cached_property
from typing import Any

import httpx
from ecartpay._base import NOT_GIVEN, Headers, NotGiven, Timeout, payload
from ecartpay._pages import AsyncPage, SyncPage
from ecartpay._resource import (
    AsyncResource,
    SyncResource,
    to_raw,
    to_raw_async,
    to_raw_async_page,
)

from ..api.payment_links import (
    create_payment_link,
    delete_payment_link,
    get_payment_link,
    list_payment_links,
    update_payment_link,
    update_payment_link_status,
)
from ..models.installments_option import InstallmentsOption
from ..models.lang import Lang
from ..models.payment_link import PaymentLink
from ..models.payment_link_create import PaymentLinkCreate
from ..models.payment_link_item_create import PaymentLinkItemCreate
from ..models.payment_link_status import PaymentLinkStatus
from ..models.payment_link_status_update import PaymentLinkStatusUpdate
from ..models.payment_link_update import PaymentLinkUpdate
from ..models.shipping_address import ShippingAddress
from ..models.shipping_item_create import ShippingItemCreate
from ..types import UNSET, Unset


def _parse_update_payment_link_status(response: httpx.Response) -> PaymentLinkStatus:
    response_200 = PaymentLinkStatus.from_dict(response.json())

    return response_200


def _parse_create_payment_link(response: httpx.Response) -> PaymentLink:
    response_200 = PaymentLink.from_dict(response.json())

    return response_200


def _parse_update_payment_link(response: httpx.Response) -> PaymentLink:
    response_200 = PaymentLink.from_dict(response.json())

    return response_200


def _parse_delete_payment_link(response: httpx.Response) -> PaymentLink:
    response_200 = PaymentLink.from_dict(response.json())

    return response_200


def _parse_get_payment_link(response: httpx.Response) -> PaymentLink:
    response_200 = PaymentLink.from_dict(response.json())

    return response_200


class PaymentLinksResource(SyncResource):
    """`client.payment_links`."""

    @cached_property
    def with_raw_response(self) -> PaymentLinksResourceWithRawResponse:
        """The same methods, answering a `RawResponse` (status, headers, `.parse()`)."""
        return PaymentLinksResourceWithRawResponse(self)

    def update_status(
        self,
        *,
        id: str,
        status: str,
        type_: str | Unset = UNSET,
        lang: Lang | Unset = UNSET,
        extra_headers: Headers | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> PaymentLinkStatus:
        """Update a payment link's status: `POST /api/webhooks/verification` (update_payment_link_status)."""

        fields = payload(
            {
                "id": id,
                "status": status,
                "type": type_,
            }
        )
        body = PaymentLinkStatusUpdate.from_dict(fields)

        return self._requester.request(
            update_payment_link_status._get_kwargs(body=body, lang=lang),
            _parse_update_payment_link_status,
            extra_headers,
            timeout,
        )

    def list(
        self,
        *,
        page: int | Unset = 1,
        limit: int | Unset = 20,
        lang: Lang | Unset = UNSET,
        extra_headers: Headers | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> SyncPage[PaymentLink]:
        """List payment links: `GET /api/templates` (list_payment_links)."""

        return SyncPage.first(
            self._requester,
            list_payment_links,
            {
                "page": page,
                "limit": limit,
                "lang": lang,
            },
            extra_headers,
            timeout,
        )

    def create(
        self,
        *,
        currency: str,
        items: builtins.list[PaymentLinkItemCreate | dict[str, Any]],
        name: str | Unset = UNSET,
        first_name: str | Unset = UNSET,
        shipping_items: builtins.list[ShippingItemCreate | dict[str, Any]]
        | Unset = UNSET,
        shipping_address: ShippingAddress | dict[str, Any] | Unset = UNSET,
        quantity_uses: int | Unset = UNSET,
        start_date: str | Unset = UNSET,
        end_date: None | str | Unset = UNSET,
        discounts: builtins.list[str] | Unset = UNSET,
        installments_information: builtins.list[InstallmentsOption | dict[str, Any]]
        | Unset = UNSET,
        lang: Lang | Unset = UNSET,
        extra_headers: Headers | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> PaymentLink:
        """Create a payment link: `POST /api/templates` (create_payment_link)."""

        fields = payload(
            {
                "currency": currency,
                "items": items,
                "name": name,
                "first_name": first_name,
                "shipping_items": shipping_items,
                "shipping_address": shipping_address,
                "quantity_uses": quantity_uses,
                "start_date": start_date,
                "end_date": end_date,
                "discounts": discounts,
                "installments_information": installments_information,
            }
        )
        body = PaymentLinkCreate.from_dict(fields)

        return self._requester.request(
            create_payment_link._get_kwargs(body=body, lang=lang),
            _parse_create_payment_link,
            extra_headers,
            timeout,
        )

    def update(
        self,
        id: str,
        *,
        name: str | Unset = UNSET,
        currency: str | Unset = UNSET,
        first_name: str | Unset = UNSET,
        items: builtins.list[PaymentLinkItemCreate | dict[str, Any]] | Unset = UNSET,
        shipping_items: builtins.list[ShippingItemCreate | dict[str, Any]]
        | Unset = UNSET,
        shipping_address: ShippingAddress | dict[str, Any] | Unset = UNSET,
        quantity_uses: int | Unset = UNSET,
        start_date: str | Unset = UNSET,
        end_date: None | str | Unset = UNSET,
        discounts: builtins.list[str] | Unset = UNSET,
        installments_information: builtins.list[InstallmentsOption | dict[str, Any]]
        | Unset = UNSET,
        lang: Lang | Unset = UNSET,
        extra_headers: Headers | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> PaymentLink:
        """Update a payment link: `PUT /api/templates/{id}` (update_payment_link)."""

        fields = payload(
            {
                "name": name,
                "currency": currency,
                "first_name": first_name,
                "items": items,
                "shipping_items": shipping_items,
                "shipping_address": shipping_address,
                "quantity_uses": quantity_uses,
                "start_date": start_date,
                "end_date": end_date,
                "discounts": discounts,
                "installments_information": installments_information,
            }
        )
        body = PaymentLinkUpdate.from_dict(fields)

        return self._requester.request(
            update_payment_link._get_kwargs(id=id, body=body, lang=lang),
            _parse_update_payment_link,
            extra_headers,
            timeout,
        )

    def delete(
        self,
        id: str,
        *,
        lang: Lang | Unset = UNSET,
        extra_headers: Headers | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> PaymentLink:
        """Delete a payment link: `DELETE /api/templates/{id}` (delete_payment_link)."""

        return self._requester.request(
            delete_payment_link._get_kwargs(id=id, lang=lang),
            _parse_delete_payment_link,
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
    ) -> PaymentLink:
        """Get a payment link: `GET /api/templates/{id}/info` (get_payment_link)."""

        return self._requester.request(
            get_payment_link._get_kwargs(id=id, lang=lang),
            _parse_get_payment_link,
            extra_headers,
            timeout,
        )


class PaymentLinksResourceWithRawResponse:
    """`client.payment_links.with_raw_response`: each method answers a
    `RawResponse`; a list method's, that of its first page (`.parse()` gives the page)."""

    def __init__(self, resource: PaymentLinksResource) -> None:
        raw = PaymentLinksResource(resource._requester.as_raw())
        self.update_status = to_raw(raw.update_status)
        self.list = to_raw(raw.list)
        self.create = to_raw(raw.create)
        self.update = to_raw(raw.update)
        self.delete = to_raw(raw.delete)
        self.retrieve = to_raw(raw.retrieve)
        del raw


class AsyncPaymentLinksResource(AsyncResource):
    """`client.payment_links`."""

    @cached_property
    def with_raw_response(self) -> AsyncPaymentLinksResourceWithRawResponse:
        """The same methods, answering a `RawResponse` (status, headers, `.parse()`)."""
        return AsyncPaymentLinksResourceWithRawResponse(self)

    async def update_status(
        self,
        *,
        id: str,
        status: str,
        type_: str | Unset = UNSET,
        lang: Lang | Unset = UNSET,
        extra_headers: Headers | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> PaymentLinkStatus:
        """Update a payment link's status: `POST /api/webhooks/verification` (update_payment_link_status)."""

        fields = payload(
            {
                "id": id,
                "status": status,
                "type": type_,
            }
        )
        body = PaymentLinkStatusUpdate.from_dict(fields)

        return await self._requester.request(
            update_payment_link_status._get_kwargs(body=body, lang=lang),
            _parse_update_payment_link_status,
            extra_headers,
            timeout,
        )

    def list(
        self,
        *,
        page: int | Unset = 1,
        limit: int | Unset = 20,
        lang: Lang | Unset = UNSET,
        extra_headers: Headers | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> AsyncPage[PaymentLink]:
        """List payment links: `GET /api/templates` (list_payment_links)."""

        return AsyncPage(
            self._requester,
            list_payment_links,
            {
                "page": page,
                "limit": limit,
                "lang": lang,
            },
            extra_headers,
            timeout,
        )

    async def create(
        self,
        *,
        currency: str,
        items: builtins.list[PaymentLinkItemCreate | dict[str, Any]],
        name: str | Unset = UNSET,
        first_name: str | Unset = UNSET,
        shipping_items: builtins.list[ShippingItemCreate | dict[str, Any]]
        | Unset = UNSET,
        shipping_address: ShippingAddress | dict[str, Any] | Unset = UNSET,
        quantity_uses: int | Unset = UNSET,
        start_date: str | Unset = UNSET,
        end_date: None | str | Unset = UNSET,
        discounts: builtins.list[str] | Unset = UNSET,
        installments_information: builtins.list[InstallmentsOption | dict[str, Any]]
        | Unset = UNSET,
        lang: Lang | Unset = UNSET,
        extra_headers: Headers | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> PaymentLink:
        """Create a payment link: `POST /api/templates` (create_payment_link)."""

        fields = payload(
            {
                "currency": currency,
                "items": items,
                "name": name,
                "first_name": first_name,
                "shipping_items": shipping_items,
                "shipping_address": shipping_address,
                "quantity_uses": quantity_uses,
                "start_date": start_date,
                "end_date": end_date,
                "discounts": discounts,
                "installments_information": installments_information,
            }
        )
        body = PaymentLinkCreate.from_dict(fields)

        return await self._requester.request(
            create_payment_link._get_kwargs(body=body, lang=lang),
            _parse_create_payment_link,
            extra_headers,
            timeout,
        )

    async def update(
        self,
        id: str,
        *,
        name: str | Unset = UNSET,
        currency: str | Unset = UNSET,
        first_name: str | Unset = UNSET,
        items: builtins.list[PaymentLinkItemCreate | dict[str, Any]] | Unset = UNSET,
        shipping_items: builtins.list[ShippingItemCreate | dict[str, Any]]
        | Unset = UNSET,
        shipping_address: ShippingAddress | dict[str, Any] | Unset = UNSET,
        quantity_uses: int | Unset = UNSET,
        start_date: str | Unset = UNSET,
        end_date: None | str | Unset = UNSET,
        discounts: builtins.list[str] | Unset = UNSET,
        installments_information: builtins.list[InstallmentsOption | dict[str, Any]]
        | Unset = UNSET,
        lang: Lang | Unset = UNSET,
        extra_headers: Headers | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> PaymentLink:
        """Update a payment link: `PUT /api/templates/{id}` (update_payment_link)."""

        fields = payload(
            {
                "name": name,
                "currency": currency,
                "first_name": first_name,
                "items": items,
                "shipping_items": shipping_items,
                "shipping_address": shipping_address,
                "quantity_uses": quantity_uses,
                "start_date": start_date,
                "end_date": end_date,
                "discounts": discounts,
                "installments_information": installments_information,
            }
        )
        body = PaymentLinkUpdate.from_dict(fields)

        return await self._requester.request(
            update_payment_link._get_kwargs(id=id, body=body, lang=lang),
            _parse_update_payment_link,
            extra_headers,
            timeout,
        )

    async def delete(
        self,
        id: str,
        *,
        lang: Lang | Unset = UNSET,
        extra_headers: Headers | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> PaymentLink:
        """Delete a payment link: `DELETE /api/templates/{id}` (delete_payment_link)."""

        return await self._requester.request(
            delete_payment_link._get_kwargs(id=id, lang=lang),
            _parse_delete_payment_link,
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
    ) -> PaymentLink:
        """Get a payment link: `GET /api/templates/{id}/info` (get_payment_link)."""

        return await self._requester.request(
            get_payment_link._get_kwargs(id=id, lang=lang),
            _parse_get_payment_link,
            extra_headers,
            timeout,
        )


class AsyncPaymentLinksResourceWithRawResponse:
    """`client.payment_links.with_raw_response`: each method answers a
    `RawResponse`; a list method's, that of its first page (`.parse()` gives the page)."""

    def __init__(self, resource: AsyncPaymentLinksResource) -> None:
        raw = AsyncPaymentLinksResource(resource._requester.as_raw())
        self.update_status = to_raw_async(raw.update_status)
        self.list = to_raw_async_page(raw.list)
        self.create = to_raw_async(raw.create)
        self.update = to_raw_async(raw.update)
        self.delete = to_raw_async(raw.delete)
        self.retrieve = to_raw_async(raw.retrieve)
        del raw
