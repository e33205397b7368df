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
        """Invoice an order (CFDI): `POST /api/billings` (create_invoice).

        Issues an electronic invoice for an order of the account (or, without
        `order_id`, for the given items). Item numbers are accepted as numbers or
        numeric strings (the vendor types them as strings). Assumed (no recorded
        answer): the invoice is answered as `Invoice`; an unknown `order_id` is a 404,
        an order invoiced before a 409; items default to the order's, the currency to
        the order's, else MXN.

        Args:
            order_id: The order to invoice; without it, the invoice covers `items`
                alone.
            currency: ISO 4217 code in requests (MXN, USD, BRL, CAD, ARS, COP, EUR, PEN,
                JPY, RUB, GBP, CLP, UYU, GTQ, INR, CNY, AUD, ...). A pattern rather than an
                enum, so a currency the vendor adds later is accepted; responses use a plain
                string.
            items: The invoice's lines, each with its SAT product and unit codes.
            billing_information: A client's tax details (the vendor's field names:
                `razons` is the legal name, `regimen` the SAT tax regime, `invoice_use` the
                CFDI use). Every field optional.
            country: ISO country code of the tax authority (MX for the SAT).
            lang: Language of the API's messages.
            extra_headers: Headers sent with this request only, on top of the client's.
            timeout: This request's timeout (seconds or an `httpx.Timeout`), instead of
                the client's.

        Returns:
            `Invoice`: The invoice.

        Raises:
            ecartpay.BadRequestError: 400: The request was refused (invalid body, query,
                cookie, or a business rule such as a duplicate customer); `message` says
                why.
            ecartpay.AuthenticationError: 401: Missing, malformed, wrong, expired or
                revoked credentials. Assumed for the token endpoint (undocumented there).
            ecartpay.NotFoundError: 404: No such resource in this account.
            ecartpay.ConflictError: 409: The order was invoiced before.
            ecartpay.APIError: Any other error status the API answers.
            ecartpay.APIConnectionError: No answer, after every safe retry
                (`ecartpay.APITimeoutError` when it timed out).
        """

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
        """List clients' billing information: `GET /api/billings/clients` (list_billing_clients).

        The billing information registered in the account, filtered by the merchant's
        `user` id and by `country`. Assumed shape (no recorded answer): a bare array.

        Args:
            user: Only the client with this merchant-side `user_id`.
            country: Only clients whose billing `country_code` is this.
            lang: Language of the API's messages.
            extra_headers: Headers sent with this request only, on top of the client's.
            timeout: This request's timeout (seconds or an `httpx.Timeout`), instead of
                the client's.

        Returns:
            `SyncPage[BillingClient]`: The matching clients, oldest first. Iterating it
            yields every item of every page, fetching the next one when needed.

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
        """Register a client's billing information: `POST /api/billings/clients` (create_billing_client).

        Stores a client's tax details for invoicing. The export documents no
        Authorization header here (unlike its GET twin); Assumed: the token is required,
        since the record belongs to an account. Assumed: a `user_id` registered before
        has its billing information replaced (same `id`); an unknown `provider_id` is a
        404.

        Args:
            billing_information: A client's tax details (the vendor's field names:
                `razons` is the legal name, `regimen` the SAT tax regime, `invoice_use` the
                CFDI use). Every field optional.
            user_id: The merchant's own id for this client.
            provider_id: Which provider issues the invoices; Factura.com is
                `6227845d6f5e10a27680b38d`.
            lang: Language of the API's messages.
            extra_headers: Headers sent with this request only, on top of the client's.
            timeout: This request's timeout (seconds or an `httpx.Timeout`), instead of
                the client's.

        Returns:
            `BillingClient`: The stored billing information.

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
        """Filters for the invoice list: `GET /api/billings/filters` (get_invoice_filters).

        The years and months that have invoices, to fill the filters of `listInvoices`
        (the vendor titles it "Get All Notifications"). Assumed shape (no recorded
        answer).

        Args:
            lang: Language of the API's messages.
            extra_headers: Headers sent with this request only, on top of the client's.
            timeout: This request's timeout (seconds or an `httpx.Timeout`), instead of
                the client's.

        Returns:
            `InvoiceFilters`: The filter values.

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
        """List billing providers: `GET /api/billings/providers` (list_billing_providers).

        The invoicing providers (PACs) the vendor connects to. `keys=true` adds the key
        fields each provider needs (names and labels, never a secret). Assumed shape (no
        recorded answer): a bare array.

        Args:
            keys: Include each provider's key fields.
            lang: Language of the API's messages.
            extra_headers: Headers sent with this request only, on top of the client's.
            timeout: This request's timeout (seconds or an `httpx.Timeout`), instead of
                the client's.

        Returns:
            `SyncPage[BillingProvider]`: The providers. Iterating it yields every item
            of every page, fetching the next one when needed.

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
        """Get an account's client billing information: `GET /_/accounts/{account_id}/billing-information` (get_account_billing_information).

        The billing information registered in an account (`createBillingClient`). The
        export shows a request body on this GET (a copy of the withdrawal-account
        example); it is not part of this operation. Assumed: an account reads only its
        own; another account's id is a 404.

        Args:
            account_id: The account's id (the token's `account_id`).
            lang: Language of the API's messages.
            extra_headers: Headers sent with this request only, on top of the client's.
            timeout: This request's timeout (seconds or an `httpx.Timeout`), instead of
                the client's.

        Returns:
            `SyncPage[BillingClient]`: The account's billing information, oldest first.
            Iterating it yields every item of every page, fetching the next one when
            needed.

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
        """Invoice an order (CFDI): `POST /api/billings` (create_invoice).

        Issues an electronic invoice for an order of the account (or, without
        `order_id`, for the given items). Item numbers are accepted as numbers or
        numeric strings (the vendor types them as strings). Assumed (no recorded
        answer): the invoice is answered as `Invoice`; an unknown `order_id` is a 404,
        an order invoiced before a 409; items default to the order's, the currency to
        the order's, else MXN.

        Args:
            order_id: The order to invoice; without it, the invoice covers `items`
                alone.
            currency: ISO 4217 code in requests (MXN, USD, BRL, CAD, ARS, COP, EUR, PEN,
                JPY, RUB, GBP, CLP, UYU, GTQ, INR, CNY, AUD, ...). A pattern rather than an
                enum, so a currency the vendor adds later is accepted; responses use a plain
                string.
            items: The invoice's lines, each with its SAT product and unit codes.
            billing_information: A client's tax details (the vendor's field names:
                `razons` is the legal name, `regimen` the SAT tax regime, `invoice_use` the
                CFDI use). Every field optional.
            country: ISO country code of the tax authority (MX for the SAT).
            lang: Language of the API's messages.
            extra_headers: Headers sent with this request only, on top of the client's.
            timeout: This request's timeout (seconds or an `httpx.Timeout`), instead of
                the client's.

        Returns:
            `Invoice`: The invoice.

        Raises:
            ecartpay.BadRequestError: 400: The request was refused (invalid body, query,
                cookie, or a business rule such as a duplicate customer); `message` says
                why.
            ecartpay.AuthenticationError: 401: Missing, malformed, wrong, expired or
                revoked credentials. Assumed for the token endpoint (undocumented there).
            ecartpay.NotFoundError: 404: No such resource in this account.
            ecartpay.ConflictError: 409: The order was invoiced before.
            ecartpay.APIError: Any other error status the API answers.
            ecartpay.APIConnectionError: No answer, after every safe retry
                (`ecartpay.APITimeoutError` when it timed out).
        """

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
        """List clients' billing information: `GET /api/billings/clients` (list_billing_clients).

        The billing information registered in the account, filtered by the merchant's
        `user` id and by `country`. Assumed shape (no recorded answer): a bare array.

        Args:
            user: Only the client with this merchant-side `user_id`.
            country: Only clients whose billing `country_code` is this.
            lang: Language of the API's messages.
            extra_headers: Headers sent with this request only, on top of the client's.
            timeout: This request's timeout (seconds or an `httpx.Timeout`), instead of
                the client's.

        Returns:
            `AsyncPage[BillingClient]`: The matching clients, oldest first. `await` it
            for the first page; `async for` yields every item of every page.

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
        """Register a client's billing information: `POST /api/billings/clients` (create_billing_client).

        Stores a client's tax details for invoicing. The export documents no
        Authorization header here (unlike its GET twin); Assumed: the token is required,
        since the record belongs to an account. Assumed: a `user_id` registered before
        has its billing information replaced (same `id`); an unknown `provider_id` is a
        404.

        Args:
            billing_information: A client's tax details (the vendor's field names:
                `razons` is the legal name, `regimen` the SAT tax regime, `invoice_use` the
                CFDI use). Every field optional.
            user_id: The merchant's own id for this client.
            provider_id: Which provider issues the invoices; Factura.com is
                `6227845d6f5e10a27680b38d`.
            lang: Language of the API's messages.
            extra_headers: Headers sent with this request only, on top of the client's.
            timeout: This request's timeout (seconds or an `httpx.Timeout`), instead of
                the client's.

        Returns:
            `BillingClient`: The stored billing information.

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
        """Filters for the invoice list: `GET /api/billings/filters` (get_invoice_filters).

        The years and months that have invoices, to fill the filters of `listInvoices`
        (the vendor titles it "Get All Notifications"). Assumed shape (no recorded
        answer).

        Args:
            lang: Language of the API's messages.
            extra_headers: Headers sent with this request only, on top of the client's.
            timeout: This request's timeout (seconds or an `httpx.Timeout`), instead of
                the client's.

        Returns:
            `InvoiceFilters`: The filter values.

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
        """List billing providers: `GET /api/billings/providers` (list_billing_providers).

        The invoicing providers (PACs) the vendor connects to. `keys=true` adds the key
        fields each provider needs (names and labels, never a secret). Assumed shape (no
        recorded answer): a bare array.

        Args:
            keys: Include each provider's key fields.
            lang: Language of the API's messages.
            extra_headers: Headers sent with this request only, on top of the client's.
            timeout: This request's timeout (seconds or an `httpx.Timeout`), instead of
                the client's.

        Returns:
            `AsyncPage[BillingProvider]`: The providers. `await` it for the first page;
            `async for` yields every item of every page.

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
        """Get an account's client billing information: `GET /_/accounts/{account_id}/billing-information` (get_account_billing_information).

        The billing information registered in an account (`createBillingClient`). The
        export shows a request body on this GET (a copy of the withdrawal-account
        example); it is not part of this operation. Assumed: an account reads only its
        own; another account's id is a 404.

        Args:
            account_id: The account's id (the token's `account_id`).
            lang: Language of the API's messages.
            extra_headers: Headers sent with this request only, on top of the client's.
            timeout: This request's timeout (seconds or an `httpx.Timeout`), instead of
                the client's.

        Returns:
            `AsyncPage[BillingClient]`: The account's billing information, oldest first.
            `await` it for the first page; `async for` yields every item of every page.

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
