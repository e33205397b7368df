"""`client.catalogs`: the front door's resource (and sub-resources), sync and async.

Generated from openapi.yaml by `make generate`; never edit by hand.
"""

from __future__ import annotations

from functools import cached_property

from ecartpay._base import NOT_GIVEN, Headers, NotGiven, Timeout
from ecartpay._pages import AsyncPage, SyncPage
from ecartpay._resource import (
    AsyncResource,
    SyncResource,
    to_raw,
    to_raw_async_page,
)

from ..api.catalogs import (
    list_economic_activities,
    list_number_types,
)
from ..models.catalog_entry import CatalogEntry
from ..models.lang import Lang
from ..types import UNSET, Unset


class CatalogsResource(SyncResource):
    """`client.catalogs`."""

    @cached_property
    def with_raw_response(self) -> CatalogsResourceWithRawResponse:
        """The same methods, answering a `RawResponse` (status, headers, `.parse()`)."""
        return CatalogsResourceWithRawResponse(self)

    def list_economic_activities(
        self,
        *,
        lang: Lang | Unset = UNSET,
        extra_headers: Headers | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> SyncPage[CatalogEntry]:
        """List economic activities: `GET /api/catalogs/economic_activity` (list_economic_activities).

        The SAT catalogue of economic activities, for invoicing forms (the vendor titles
        it "Get CFDI uses"). Assumed shape (no recorded answer): a bare array of `{code,
        name}`.

        Args:
            lang: Language of the API's messages.
            extra_headers: Headers sent with this request only, on top of the client's.
            timeout: This request's timeout (seconds or an `httpx.Timeout`), instead of
                the client's.

        Returns:
            `SyncPage[CatalogEntry]`: The catalogue. Iterating it yields every item of
            every page, fetching the next one when needed.

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
            list_economic_activities,
            {
                "lang": lang,
            },
            extra_headers,
            timeout,
        )

    def list_number_types(
        self,
        *,
        country: str | Unset = UNSET,
        lang: Lang | Unset = UNSET,
        extra_headers: Headers | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> SyncPage[CatalogEntry]:
        """List tax-id number types: `GET /api/catalogs/number_type` (list_number_types).

        The kinds of tax or identity number a country uses (RFC in MX, NIT in GT, ...).
        Assumed shape (no recorded answer): a bare array of `{code, name, country}`;
        without `country`, every country's.

        Args:
            country: ISO 3166-1 alpha-2 country code.
            lang: Language of the API's messages.
            extra_headers: Headers sent with this request only, on top of the client's.
            timeout: This request's timeout (seconds or an `httpx.Timeout`), instead of
                the client's.

        Returns:
            `SyncPage[CatalogEntry]`: The number types. Iterating it yields every item
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
            list_number_types,
            {
                "country": country,
                "lang": lang,
            },
            extra_headers,
            timeout,
        )


class CatalogsResourceWithRawResponse:
    """`client.catalogs.with_raw_response`: each method answers a
    `RawResponse`; a list method's, that of its first page (`.parse()` gives the page)."""

    def __init__(self, resource: CatalogsResource) -> None:
        raw = CatalogsResource(resource._requester.as_raw())
        self.list_economic_activities = to_raw(raw.list_economic_activities)
        self.list_number_types = to_raw(raw.list_number_types)
        del raw


class AsyncCatalogsResource(AsyncResource):
    """`client.catalogs`."""

    @cached_property
    def with_raw_response(self) -> AsyncCatalogsResourceWithRawResponse:
        """The same methods, answering a `RawResponse` (status, headers, `.parse()`)."""
        return AsyncCatalogsResourceWithRawResponse(self)

    def list_economic_activities(
        self,
        *,
        lang: Lang | Unset = UNSET,
        extra_headers: Headers | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> AsyncPage[CatalogEntry]:
        """List economic activities: `GET /api/catalogs/economic_activity` (list_economic_activities).

        The SAT catalogue of economic activities, for invoicing forms (the vendor titles
        it "Get CFDI uses"). Assumed shape (no recorded answer): a bare array of `{code,
        name}`.

        Args:
            lang: Language of the API's messages.
            extra_headers: Headers sent with this request only, on top of the client's.
            timeout: This request's timeout (seconds or an `httpx.Timeout`), instead of
                the client's.

        Returns:
            `AsyncPage[CatalogEntry]`: The catalogue. `await` it for the first page;
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
            list_economic_activities,
            {
                "lang": lang,
            },
            extra_headers,
            timeout,
        )

    def list_number_types(
        self,
        *,
        country: str | Unset = UNSET,
        lang: Lang | Unset = UNSET,
        extra_headers: Headers | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> AsyncPage[CatalogEntry]:
        """List tax-id number types: `GET /api/catalogs/number_type` (list_number_types).

        The kinds of tax or identity number a country uses (RFC in MX, NIT in GT, ...).
        Assumed shape (no recorded answer): a bare array of `{code, name, country}`;
        without `country`, every country's.

        Args:
            country: ISO 3166-1 alpha-2 country code.
            lang: Language of the API's messages.
            extra_headers: Headers sent with this request only, on top of the client's.
            timeout: This request's timeout (seconds or an `httpx.Timeout`), instead of
                the client's.

        Returns:
            `AsyncPage[CatalogEntry]`: The number types. `await` it for the first page;
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
            list_number_types,
            {
                "country": country,
                "lang": lang,
            },
            extra_headers,
            timeout,
        )


class AsyncCatalogsResourceWithRawResponse:
    """`client.catalogs.with_raw_response`: each method answers a
    `RawResponse`; a list method's, that of its first page (`.parse()` gives the page)."""

    def __init__(self, resource: AsyncCatalogsResource) -> None:
        raw = AsyncCatalogsResource(resource._requester.as_raw())
        self.list_economic_activities = to_raw_async_page(raw.list_economic_activities)
        self.list_number_types = to_raw_async_page(raw.list_number_types)
        del raw
