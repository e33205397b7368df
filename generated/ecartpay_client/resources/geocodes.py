"""`client.geocodes`: the front door's resource (and sub-resources), sync and async.

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

from ..api.geocodes import (
    get_zip_code,
    list_countries,
    list_localities,
    list_states,
)
from ..models.country import Country
from ..models.lang import Lang
from ..models.state import State
from ..models.zip_code import ZipCode
from ..types import UNSET, Unset


class GeocodesResource(SyncResource):
    """`client.geocodes`."""

    @cached_property
    def with_raw_response(self) -> GeocodesResourceWithRawResponse:
        """The same methods, answering a `RawResponse` (status, headers, `.parse()`)."""
        return GeocodesResourceWithRawResponse(self)

    def list_countries(
        self,
        *,
        lang: Lang | Unset = UNSET,
        extra_headers: Headers | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> SyncPage[Country]:
        """List countries: `GET /_/geocodes/countries` (list_countries)."""

        return SyncPage.first(
            self._requester,
            list_countries,
            {
                "lang": lang,
            },
            extra_headers,
            timeout,
        )

    def list_states(
        self,
        *,
        country: str | Unset = "MX",
        lang: Lang | Unset = UNSET,
        extra_headers: Headers | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> SyncPage[State]:
        """List a country's states: `GET /_/geocodes/states` (list_states)."""

        return SyncPage.first(
            self._requester,
            list_states,
            {
                "country": country,
                "lang": lang,
            },
            extra_headers,
            timeout,
        )

    def retrieve_zip_code(
        self,
        *,
        country: str | Unset = "MX",
        postal_code: str | Unset = UNSET,
        lang: Lang | Unset = UNSET,
        extra_headers: Headers | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> SyncPage[ZipCode]:
        """Look up a zip code: `GET /_/geocodes/zipcode` (get_zip_code)."""

        return SyncPage.first(
            self._requester,
            get_zip_code,
            {
                "country": country,
                "postal_code": postal_code,
                "lang": lang,
            },
            extra_headers,
            timeout,
        )

    def list_localities(
        self,
        *,
        country: str | Unset = "MX",
        state: str | Unset = UNSET,
        lang: Lang | Unset = UNSET,
        extra_headers: Headers | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> SyncPage[ZipCode]:
        """List a state's localities: `GET /_/geocodes/localities` (list_localities)."""

        return SyncPage.first(
            self._requester,
            list_localities,
            {
                "country": country,
                "state": state,
                "lang": lang,
            },
            extra_headers,
            timeout,
        )


class GeocodesResourceWithRawResponse:
    """`client.geocodes.with_raw_response`: each method answers a
    `RawResponse`; a list method's, that of its first page (`.parse()` gives the page)."""

    def __init__(self, resource: GeocodesResource) -> None:
        raw = GeocodesResource(resource._requester.as_raw())
        self.list_countries = to_raw(raw.list_countries)
        self.list_states = to_raw(raw.list_states)
        self.retrieve_zip_code = to_raw(raw.retrieve_zip_code)
        self.list_localities = to_raw(raw.list_localities)
        del raw


class AsyncGeocodesResource(AsyncResource):
    """`client.geocodes`."""

    @cached_property
    def with_raw_response(self) -> AsyncGeocodesResourceWithRawResponse:
        """The same methods, answering a `RawResponse` (status, headers, `.parse()`)."""
        return AsyncGeocodesResourceWithRawResponse(self)

    def list_countries(
        self,
        *,
        lang: Lang | Unset = UNSET,
        extra_headers: Headers | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> AsyncPage[Country]:
        """List countries: `GET /_/geocodes/countries` (list_countries)."""

        return AsyncPage(
            self._requester,
            list_countries,
            {
                "lang": lang,
            },
            extra_headers,
            timeout,
        )

    def list_states(
        self,
        *,
        country: str | Unset = "MX",
        lang: Lang | Unset = UNSET,
        extra_headers: Headers | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> AsyncPage[State]:
        """List a country's states: `GET /_/geocodes/states` (list_states)."""

        return AsyncPage(
            self._requester,
            list_states,
            {
                "country": country,
                "lang": lang,
            },
            extra_headers,
            timeout,
        )

    def retrieve_zip_code(
        self,
        *,
        country: str | Unset = "MX",
        postal_code: str | Unset = UNSET,
        lang: Lang | Unset = UNSET,
        extra_headers: Headers | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> AsyncPage[ZipCode]:
        """Look up a zip code: `GET /_/geocodes/zipcode` (get_zip_code)."""

        return AsyncPage(
            self._requester,
            get_zip_code,
            {
                "country": country,
                "postal_code": postal_code,
                "lang": lang,
            },
            extra_headers,
            timeout,
        )

    def list_localities(
        self,
        *,
        country: str | Unset = "MX",
        state: str | Unset = UNSET,
        lang: Lang | Unset = UNSET,
        extra_headers: Headers | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> AsyncPage[ZipCode]:
        """List a state's localities: `GET /_/geocodes/localities` (list_localities)."""

        return AsyncPage(
            self._requester,
            list_localities,
            {
                "country": country,
                "state": state,
                "lang": lang,
            },
            extra_headers,
            timeout,
        )


class AsyncGeocodesResourceWithRawResponse:
    """`client.geocodes.with_raw_response`: each method answers a
    `RawResponse`; a list method's, that of its first page (`.parse()` gives the page)."""

    def __init__(self, resource: AsyncGeocodesResource) -> None:
        raw = AsyncGeocodesResource(resource._requester.as_raw())
        self.list_countries = to_raw_async_page(raw.list_countries)
        self.list_states = to_raw_async_page(raw.list_states)
        self.retrieve_zip_code = to_raw_async_page(raw.retrieve_zip_code)
        self.list_localities = to_raw_async_page(raw.list_localities)
        del raw
