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
        """List economic activities: `GET /api/catalogs/economic_activity` (list_economic_activities)."""

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
        """List tax-id number types: `GET /api/catalogs/number_type` (list_number_types)."""

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
        """List economic activities: `GET /api/catalogs/economic_activity` (list_economic_activities)."""

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
        """List tax-id number types: `GET /api/catalogs/number_type` (list_number_types)."""

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
