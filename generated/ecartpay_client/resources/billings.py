"""`client.billings`: the front door's resource (and sub-resources), sync and async.

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

from ..api.billings import (
    create_billing_client,
    create_invoice,
    get_account_billing_information,
    get_invoice_filters,
    list_billing_clients,
    list_billing_providers,
)
from ..models.billing_client import BillingClient
from ..models.billing_client_create import BillingClientCreate
from ..models.billing_information import BillingInformation
from ..models.billing_provider import BillingProvider
from ..models.invoice import Invoice
from ..models.invoice_create import InvoiceCreate
from ..models.invoice_filters import InvoiceFilters
from ..models.invoice_item_create import InvoiceItemCreate
from ..models.lang import Lang
from ..types import UNSET, Unset


def _parse_create_invoice(response: httpx.Response) -> Invoice:
    response_200 = Invoice.from_dict(response.json())

    return response_200


def _parse_create_billing_client(response: httpx.Response) -> BillingClient:
    response_200 = BillingClient.from_dict(response.json())

    return response_200


def _parse_get_invoice_filters(response: httpx.Response) -> InvoiceFilters:
    response_200 = InvoiceFilters.from_dict(response.json())

    return response_200


class BillingsResource(SyncResource):
    """`client.billings`."""

    @cached_property
    def with_raw_response(self) -> BillingsResourceWithRawResponse:
        """The same methods, answering a `RawResponse` (status, headers, `.parse()`)."""
        return BillingsResourceWithRawResponse(self)

    def create_invoice(
        self,
        *,
        order_id: str | Unset = UNSET,
        currency: str | Unset = UNSET,
        items: builtins.list[InvoiceItemCreate | dict[str, Any]] | Unset = UNSET,
        billing_information: BillingInformation | dict[str, Any] | Unset = UNSET,
        country: str | Unset = "MX",
        lang: Lang | Unset = UNSET,
        extra_headers: Headers | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> Invoice:
        """Invoice an order (CFDI): `POST /api/billings` (create_invoice)."""

        fields = payload(
            {
                "order_id": order_id,
                "currency": currency,
                "items": items,
                "billing_information": billing_information,
            }
        )
        body = InvoiceCreate.from_dict(fields)

        return self._requester.request(
            create_invoice._get_kwargs(body=body, country=country, lang=lang),
            _parse_create_invoice,
            extra_headers,
            timeout,
        )

    def list_clients(
        self,
        *,
        user: str | Unset = UNSET,
        country: str | Unset = UNSET,
        lang: Lang | Unset = UNSET,
        extra_headers: Headers | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> SyncPage[BillingClient]:
        """List clients' billing information: `GET /api/billings/clients` (list_billing_clients)."""

        return SyncPage.first(
            self._requester,
            list_billing_clients,
            {
                "user": user,
                "country": country,
                "lang": lang,
            },
            extra_headers,
            timeout,
        )

    def create_client(
        self,
        *,
        billing_information: BillingInformation | dict[str, Any],
        user_id: str | Unset = UNSET,
        provider_id: str | Unset = UNSET,
        lang: Lang | Unset = UNSET,
        extra_headers: Headers | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> BillingClient:
        """Register a client's billing information: `POST /api/billings/clients` (create_billing_client)."""

        fields = payload(
            {
                "billing_information": billing_information,
                "user_id": user_id,
            }
        )
        body = BillingClientCreate.from_dict(fields)

        return self._requester.request(
            create_billing_client._get_kwargs(
                body=body, provider_id=provider_id, lang=lang
            ),
            _parse_create_billing_client,
            extra_headers,
            timeout,
        )

    def retrieve_invoice_filters(
        self,
        *,
        lang: Lang | Unset = UNSET,
        extra_headers: Headers | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> InvoiceFilters:
        """Filters for the invoice list: `GET /api/billings/filters` (get_invoice_filters)."""

        return self._requester.request(
            get_invoice_filters._get_kwargs(lang=lang),
            _parse_get_invoice_filters,
            extra_headers,
            timeout,
        )

    def list_providers(
        self,
        *,
        keys: bool | Unset = UNSET,
        lang: Lang | Unset = UNSET,
        extra_headers: Headers | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> SyncPage[BillingProvider]:
        """List billing providers: `GET /api/billings/providers` (list_billing_providers)."""

        return SyncPage.first(
            self._requester,
            list_billing_providers,
            {
                "keys": keys,
                "lang": lang,
            },
            extra_headers,
            timeout,
        )

    def retrieve_account_information(
        self,
        account_id: str,
        *,
        lang: Lang | Unset = UNSET,
        extra_headers: Headers | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> SyncPage[BillingClient]:
        """Get an account's client billing information: `GET /_/accounts/{account_id}/billing-information` (get_account_billing_information)."""

        return SyncPage.first(
            self._requester,
            get_account_billing_information,
            {
                "lang": lang,
            },
            extra_headers,
            timeout,
        )


class BillingsResourceWithRawResponse:
    """`client.billings.with_raw_response`: each method answers a
    `RawResponse`; a list method's, that of its first page (`.parse()` gives the page)."""

    def __init__(self, resource: BillingsResource) -> None:
        raw = BillingsResource(resource._requester.as_raw())
        self.create_invoice = to_raw(raw.create_invoice)
        self.list_clients = to_raw(raw.list_clients)
        self.create_client = to_raw(raw.create_client)
        self.retrieve_invoice_filters = to_raw(raw.retrieve_invoice_filters)
        self.list_providers = to_raw(raw.list_providers)
        self.retrieve_account_information = to_raw(raw.retrieve_account_information)
        del raw


class AsyncBillingsResource(AsyncResource):
    """`client.billings`."""

    @cached_property
    def with_raw_response(self) -> AsyncBillingsResourceWithRawResponse:
        """The same methods, answering a `RawResponse` (status, headers, `.parse()`)."""
        return AsyncBillingsResourceWithRawResponse(self)

    async def create_invoice(
        self,
        *,
        order_id: str | Unset = UNSET,
        currency: str | Unset = UNSET,
        items: builtins.list[InvoiceItemCreate | dict[str, Any]] | Unset = UNSET,
        billing_information: BillingInformation | dict[str, Any] | Unset = UNSET,
        country: str | Unset = "MX",
        lang: Lang | Unset = UNSET,
        extra_headers: Headers | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> Invoice:
        """Invoice an order (CFDI): `POST /api/billings` (create_invoice)."""

        fields = payload(
            {
                "order_id": order_id,
                "currency": currency,
                "items": items,
                "billing_information": billing_information,
            }
        )
        body = InvoiceCreate.from_dict(fields)

        return await self._requester.request(
            create_invoice._get_kwargs(body=body, country=country, lang=lang),
            _parse_create_invoice,
            extra_headers,
            timeout,
        )

    def list_clients(
        self,
        *,
        user: str | Unset = UNSET,
        country: str | Unset = UNSET,
        lang: Lang | Unset = UNSET,
        extra_headers: Headers | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> AsyncPage[BillingClient]:
        """List clients' billing information: `GET /api/billings/clients` (list_billing_clients)."""

        return AsyncPage(
            self._requester,
            list_billing_clients,
            {
                "user": user,
                "country": country,
                "lang": lang,
            },
            extra_headers,
            timeout,
        )

    async def create_client(
        self,
        *,
        billing_information: BillingInformation | dict[str, Any],
        user_id: str | Unset = UNSET,
        provider_id: str | Unset = UNSET,
        lang: Lang | Unset = UNSET,
        extra_headers: Headers | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> BillingClient:
        """Register a client's billing information: `POST /api/billings/clients` (create_billing_client)."""

        fields = payload(
            {
                "billing_information": billing_information,
                "user_id": user_id,
            }
        )
        body = BillingClientCreate.from_dict(fields)

        return await self._requester.request(
            create_billing_client._get_kwargs(
                body=body, provider_id=provider_id, lang=lang
            ),
            _parse_create_billing_client,
            extra_headers,
            timeout,
        )

    async def retrieve_invoice_filters(
        self,
        *,
        lang: Lang | Unset = UNSET,
        extra_headers: Headers | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> InvoiceFilters:
        """Filters for the invoice list: `GET /api/billings/filters` (get_invoice_filters)."""

        return await self._requester.request(
            get_invoice_filters._get_kwargs(lang=lang),
            _parse_get_invoice_filters,
            extra_headers,
            timeout,
        )

    def list_providers(
        self,
        *,
        keys: bool | Unset = UNSET,
        lang: Lang | Unset = UNSET,
        extra_headers: Headers | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> AsyncPage[BillingProvider]:
        """List billing providers: `GET /api/billings/providers` (list_billing_providers)."""

        return AsyncPage(
            self._requester,
            list_billing_providers,
            {
                "keys": keys,
                "lang": lang,
            },
            extra_headers,
            timeout,
        )

    def retrieve_account_information(
        self,
        account_id: str,
        *,
        lang: Lang | Unset = UNSET,
        extra_headers: Headers | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> AsyncPage[BillingClient]:
        """Get an account's client billing information: `GET /_/accounts/{account_id}/billing-information` (get_account_billing_information)."""

        return AsyncPage(
            self._requester,
            get_account_billing_information,
            {
                "lang": lang,
            },
            extra_headers,
            timeout,
        )


class AsyncBillingsResourceWithRawResponse:
    """`client.billings.with_raw_response`: each method answers a
    `RawResponse`; a list method's, that of its first page (`.parse()` gives the page)."""

    def __init__(self, resource: AsyncBillingsResource) -> None:
        raw = AsyncBillingsResource(resource._requester.as_raw())
        self.create_invoice = to_raw_async(raw.create_invoice)
        self.list_clients = to_raw_async_page(raw.list_clients)
        self.create_client = to_raw_async(raw.create_client)
        self.retrieve_invoice_filters = to_raw_async(raw.retrieve_invoice_filters)
        self.list_providers = to_raw_async_page(raw.list_providers)
        self.retrieve_account_information = to_raw_async_page(
            raw.retrieve_account_information
        )
        del raw
