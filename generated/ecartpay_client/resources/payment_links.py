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
        """Update a payment link's status: `POST /api/webhooks/verification` (update_payment_link_status).

        Sets the review status of a payment link (the vendor's title; its text says
        "update your templates"). Assumed (no recorded answer): `id` and `status` are
        required; answers `{id, status, type, updated_at}`; setting the same status
        again changes nothing.

        Args:
            id: A 24-hex identifier (a MongoDB ObjectId).
            status: The link's new review status (`accepted` in the vendor's example;
                the other values are not documented by the vendor).
            type_: The kind of account the link belongs to (`business` in the vendor's
                example; other values are not documented by the vendor).
            lang: Language of the API's messages.
            extra_headers: Headers sent with this request only, on top of the client's.
            timeout: This request's timeout (seconds or an `httpx.Timeout`), instead of
                the client's.

        Returns:
            `PaymentLinkStatus`: The payment link's status.

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
        """List payment links: `GET /api/templates` (list_payment_links).

        The account's payment-link templates, newest last. Assumed: the vendor's list
        shape `{docs, count, pages}` and its `page`/`limit` paging.

        Args:
            page: Page number, from 1.
            limit: Items per page. Assumed default 20 and maximum 100.
            lang: Language of the API's messages.
            extra_headers: Headers sent with this request only, on top of the client's.
            timeout: This request's timeout (seconds or an `httpx.Timeout`), instead of
                the client's.

        Returns:
            `SyncPage[PaymentLink]`: One page of payment links. Iterating it yields
            every item of every page, fetching the next one when needed.

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
        """Create a payment link: `POST /api/templates` (create_payment_link).

        A reusable payment link ("template"): buyers pay its items at `link`.
        `quantity_uses: -1` means unlimited uses. Totals are computed from the items and
        the shipping items.

        Args:
            currency: ISO 4217 code in requests (MXN, USD, BRL, CAD, ARS, COP, EUR, PEN,
                JPY, RUB, GBP, CLP, UYU, GTQ, INR, CNY, AUD, ...). A pattern rather than an
                enum, so a currency the vendor adds later is accepted; responses use a plain
                string.
            items: What the link sells: at least one line.
            name: Your name for the link, shown in the dashboard.
            first_name: The buyer's first name, when the link is meant for one person.
            shipping_items: Shipping charges added to the link's total.
            shipping_address: Where an order ships. Every field optional (the reference
                requires none).
            quantity_uses: How many times the link can be paid; -1 for unlimited.
            start_date: A date and time as the vendor accepts it: `2021-06-18 12:00:00`,
                `2021-06-18T12:00:00.000Z` or a day (`2021-06-18`); taken as UTC.
            end_date: When the link stops accepting payments; null for never.
            discounts: Discount codes that apply; the vendor's example shows only
                placeholder strings, so their format is not documented by the vendor.
            installments_information: The installment plans offered to the buyer.
            lang: Language of the API's messages.
            extra_headers: Headers sent with this request only, on top of the client's.
            timeout: This request's timeout (seconds or an `httpx.Timeout`), instead of
                the client's.

        Returns:
            `PaymentLink`: The created payment link.

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
        """Update a payment link: `PUT /api/templates/{id}` (update_payment_link).

        Changes the fields given; totals are computed again when items or shipping items
        change. The reference spells two fields `cureency` and `shippings_items`; this
        spec uses `currency` and `shipping_items`, as the create operation does.

        Args:
            id: The payment link's id.
            name: The link's new name.
            currency: ISO 4217 code in requests (MXN, USD, BRL, CAD, ARS, COP, EUR, PEN,
                JPY, RUB, GBP, CLP, UYU, GTQ, INR, CNY, AUD, ...). A pattern rather than an
                enum, so a currency the vendor adds later is accepted; responses use a plain
                string.
            first_name: The buyer's first name, when the link is meant for one person.
            items: What the link now sells: at least one line.
            shipping_items: Shipping charges added to the link's total.
            shipping_address: Where an order ships. Every field optional (the reference
                requires none).
            quantity_uses: How many more times the link can be paid; -1 for unlimited.
            start_date: A date and time as the vendor accepts it: `2021-06-18 12:00:00`,
                `2021-06-18T12:00:00.000Z` or a day (`2021-06-18`); taken as UTC.
            end_date: When the link stops accepting payments; null for never.
            discounts: Discount codes that apply; their format is not documented by the
                vendor.
            installments_information: The installment plans offered to the buyer.
            lang: Language of the API's messages.
            extra_headers: Headers sent with this request only, on top of the client's.
            timeout: This request's timeout (seconds or an `httpx.Timeout`), instead of
                the client's.

        Returns:
            `PaymentLink`: The updated payment link.

        Raises:
            ecartpay.BadRequestError: 400: The request was refused (invalid body, query,
                cookie, or a business rule such as a duplicate customer); `message` says
                why.
            ecartpay.AuthenticationError: 401: Missing, malformed, wrong, expired or
                revoked credentials. Assumed for the token endpoint (undocumented there).
            ecartpay.NotFoundError: 404: No such resource in this account.
            ecartpay.APIError: Any other error status the API answers.
            ecartpay.APIConnectionError: No answer, after every safe retry
                (`ecartpay.APITimeoutError` when it timed out).
        """

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
        """Delete a payment link: `DELETE /api/templates/{id}` (delete_payment_link).

        Assumed (the reference shows no answer) the deleted payment link comes back.

        Args:
            id: The payment link's id.
            lang: Language of the API's messages.
            extra_headers: Headers sent with this request only, on top of the client's.
            timeout: This request's timeout (seconds or an `httpx.Timeout`), instead of
                the client's.

        Returns:
            `PaymentLink`: The deleted payment link.

        Raises:
            ecartpay.BadRequestError: 400: The request was refused (invalid body, query,
                cookie, or a business rule such as a duplicate customer); `message` says
                why.
            ecartpay.AuthenticationError: 401: Missing, malformed, wrong, expired or
                revoked credentials. Assumed for the token endpoint (undocumented there).
            ecartpay.NotFoundError: 404: No such resource in this account.
            ecartpay.APIError: Any other error status the API answers.
            ecartpay.APIConnectionError: No answer, after every safe retry
                (`ecartpay.APITimeoutError` when it timed out).
        """

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
        """Get a payment link: `GET /api/templates/{id}/info` (get_payment_link).

        One payment link by its id: what it sells, how many uses it has left and its
        dates (404 when unknown to the account).

        Args:
            id: The payment link's id.
            lang: Language of the API's messages.
            extra_headers: Headers sent with this request only, on top of the client's.
            timeout: This request's timeout (seconds or an `httpx.Timeout`), instead of
                the client's.

        Returns:
            `PaymentLink`: The payment link.

        Raises:
            ecartpay.BadRequestError: 400: The request was refused (invalid body, query,
                cookie, or a business rule such as a duplicate customer); `message` says
                why.
            ecartpay.AuthenticationError: 401: Missing, malformed, wrong, expired or
                revoked credentials. Assumed for the token endpoint (undocumented there).
            ecartpay.NotFoundError: 404: No such resource in this account.
            ecartpay.APIError: Any other error status the API answers.
            ecartpay.APIConnectionError: No answer, after every safe retry
                (`ecartpay.APITimeoutError` when it timed out).
        """

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
        """Update a payment link's status: `POST /api/webhooks/verification` (update_payment_link_status).

        Sets the review status of a payment link (the vendor's title; its text says
        "update your templates"). Assumed (no recorded answer): `id` and `status` are
        required; answers `{id, status, type, updated_at}`; setting the same status
        again changes nothing.

        Args:
            id: A 24-hex identifier (a MongoDB ObjectId).
            status: The link's new review status (`accepted` in the vendor's example;
                the other values are not documented by the vendor).
            type_: The kind of account the link belongs to (`business` in the vendor's
                example; other values are not documented by the vendor).
            lang: Language of the API's messages.
            extra_headers: Headers sent with this request only, on top of the client's.
            timeout: This request's timeout (seconds or an `httpx.Timeout`), instead of
                the client's.

        Returns:
            `PaymentLinkStatus`: The payment link's status.

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
        """List payment links: `GET /api/templates` (list_payment_links).

        The account's payment-link templates, newest last. Assumed: the vendor's list
        shape `{docs, count, pages}` and its `page`/`limit` paging.

        Args:
            page: Page number, from 1.
            limit: Items per page. Assumed default 20 and maximum 100.
            lang: Language of the API's messages.
            extra_headers: Headers sent with this request only, on top of the client's.
            timeout: This request's timeout (seconds or an `httpx.Timeout`), instead of
                the client's.

        Returns:
            `AsyncPage[PaymentLink]`: One page of payment links. `await` it for the
            first page; `async for` yields every item of every page.

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
        """Create a payment link: `POST /api/templates` (create_payment_link).

        A reusable payment link ("template"): buyers pay its items at `link`.
        `quantity_uses: -1` means unlimited uses. Totals are computed from the items and
        the shipping items.

        Args:
            currency: ISO 4217 code in requests (MXN, USD, BRL, CAD, ARS, COP, EUR, PEN,
                JPY, RUB, GBP, CLP, UYU, GTQ, INR, CNY, AUD, ...). A pattern rather than an
                enum, so a currency the vendor adds later is accepted; responses use a plain
                string.
            items: What the link sells: at least one line.
            name: Your name for the link, shown in the dashboard.
            first_name: The buyer's first name, when the link is meant for one person.
            shipping_items: Shipping charges added to the link's total.
            shipping_address: Where an order ships. Every field optional (the reference
                requires none).
            quantity_uses: How many times the link can be paid; -1 for unlimited.
            start_date: A date and time as the vendor accepts it: `2021-06-18 12:00:00`,
                `2021-06-18T12:00:00.000Z` or a day (`2021-06-18`); taken as UTC.
            end_date: When the link stops accepting payments; null for never.
            discounts: Discount codes that apply; the vendor's example shows only
                placeholder strings, so their format is not documented by the vendor.
            installments_information: The installment plans offered to the buyer.
            lang: Language of the API's messages.
            extra_headers: Headers sent with this request only, on top of the client's.
            timeout: This request's timeout (seconds or an `httpx.Timeout`), instead of
                the client's.

        Returns:
            `PaymentLink`: The created payment link.

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
        """Update a payment link: `PUT /api/templates/{id}` (update_payment_link).

        Changes the fields given; totals are computed again when items or shipping items
        change. The reference spells two fields `cureency` and `shippings_items`; this
        spec uses `currency` and `shipping_items`, as the create operation does.

        Args:
            id: The payment link's id.
            name: The link's new name.
            currency: ISO 4217 code in requests (MXN, USD, BRL, CAD, ARS, COP, EUR, PEN,
                JPY, RUB, GBP, CLP, UYU, GTQ, INR, CNY, AUD, ...). A pattern rather than an
                enum, so a currency the vendor adds later is accepted; responses use a plain
                string.
            first_name: The buyer's first name, when the link is meant for one person.
            items: What the link now sells: at least one line.
            shipping_items: Shipping charges added to the link's total.
            shipping_address: Where an order ships. Every field optional (the reference
                requires none).
            quantity_uses: How many more times the link can be paid; -1 for unlimited.
            start_date: A date and time as the vendor accepts it: `2021-06-18 12:00:00`,
                `2021-06-18T12:00:00.000Z` or a day (`2021-06-18`); taken as UTC.
            end_date: When the link stops accepting payments; null for never.
            discounts: Discount codes that apply; their format is not documented by the
                vendor.
            installments_information: The installment plans offered to the buyer.
            lang: Language of the API's messages.
            extra_headers: Headers sent with this request only, on top of the client's.
            timeout: This request's timeout (seconds or an `httpx.Timeout`), instead of
                the client's.

        Returns:
            `PaymentLink`: The updated payment link.

        Raises:
            ecartpay.BadRequestError: 400: The request was refused (invalid body, query,
                cookie, or a business rule such as a duplicate customer); `message` says
                why.
            ecartpay.AuthenticationError: 401: Missing, malformed, wrong, expired or
                revoked credentials. Assumed for the token endpoint (undocumented there).
            ecartpay.NotFoundError: 404: No such resource in this account.
            ecartpay.APIError: Any other error status the API answers.
            ecartpay.APIConnectionError: No answer, after every safe retry
                (`ecartpay.APITimeoutError` when it timed out).
        """

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
        """Delete a payment link: `DELETE /api/templates/{id}` (delete_payment_link).

        Assumed (the reference shows no answer) the deleted payment link comes back.

        Args:
            id: The payment link's id.
            lang: Language of the API's messages.
            extra_headers: Headers sent with this request only, on top of the client's.
            timeout: This request's timeout (seconds or an `httpx.Timeout`), instead of
                the client's.

        Returns:
            `PaymentLink`: The deleted payment link.

        Raises:
            ecartpay.BadRequestError: 400: The request was refused (invalid body, query,
                cookie, or a business rule such as a duplicate customer); `message` says
                why.
            ecartpay.AuthenticationError: 401: Missing, malformed, wrong, expired or
                revoked credentials. Assumed for the token endpoint (undocumented there).
            ecartpay.NotFoundError: 404: No such resource in this account.
            ecartpay.APIError: Any other error status the API answers.
            ecartpay.APIConnectionError: No answer, after every safe retry
                (`ecartpay.APITimeoutError` when it timed out).
        """

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
        """Get a payment link: `GET /api/templates/{id}/info` (get_payment_link).

        One payment link by its id: what it sells, how many uses it has left and its
        dates (404 when unknown to the account).

        Args:
            id: The payment link's id.
            lang: Language of the API's messages.
            extra_headers: Headers sent with this request only, on top of the client's.
            timeout: This request's timeout (seconds or an `httpx.Timeout`), instead of
                the client's.

        Returns:
            `PaymentLink`: The payment link.

        Raises:
            ecartpay.BadRequestError: 400: The request was refused (invalid body, query,
                cookie, or a business rule such as a duplicate customer); `message` says
                why.
            ecartpay.AuthenticationError: 401: Missing, malformed, wrong, expired or
                revoked credentials. Assumed for the token endpoint (undocumented there).
            ecartpay.NotFoundError: 404: No such resource in this account.
            ecartpay.APIError: Any other error status the API answers.
            ecartpay.APIConnectionError: No answer, after every safe retry
                (`ecartpay.APITimeoutError` when it timed out).
        """

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
