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
        """List countries: `GET /_/geocodes/countries` (list_countries).

        Public lookup (no token, per the vendor's guides); a bare array (recorded).

        Args:
            lang: Language of the API's messages.
            extra_headers: Headers sent with this request only, on top of the client's.
            timeout: This request's timeout (seconds or an `httpx.Timeout`), instead of
                the client's.

        Returns:
            `SyncPage[Country]`: The countries, by name. Iterating it yields every item
            of every page, fetching the next one when needed.

        Raises:
            ecartpay.BadRequestError: 400: The request was refused (invalid body, query,
                cookie, or a business rule such as a duplicate customer); `message` says
                why.
            ecartpay.APIError: Any other error status the API answers.
            ecartpay.APIConnectionError: No answer, after every safe retry
                (`ecartpay.APITimeoutError` when it timed out).
        """

        return SyncPage.first(
            self._requester,
            list_countries,
            {
                "lang": lang,
            },
            extra_headers,
            timeout,
            credential=None,
        )

    def list_states(
        self,
        *,
        country: str | Unset = "MX",
        lang: Lang | Unset = UNSET,
        extra_headers: Headers | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> SyncPage[State]:
        """List a country's states: `GET /_/geocodes/states` (list_states).

        Public lookup (no token). Assumed: `country` defaults to MX; a country without
        states on record gives an empty array.

        Args:
            country: ISO 3166-1 alpha-2 country code. Assumed default MX.
            lang: Language of the API's messages.
            extra_headers: Headers sent with this request only, on top of the client's.
            timeout: This request's timeout (seconds or an `httpx.Timeout`), instead of
                the client's.

        Returns:
            `SyncPage[State]`: The states, by name. Iterating it yields every item of
            every page, fetching the next one when needed.

        Raises:
            ecartpay.BadRequestError: 400: The request was refused (invalid body, query,
                cookie, or a business rule such as a duplicate customer); `message` says
                why.
            ecartpay.APIError: Any other error status the API answers.
            ecartpay.APIConnectionError: No answer, after every safe retry
                (`ecartpay.APITimeoutError` when it timed out).
        """

        return SyncPage.first(
            self._requester,
            list_states,
            {
                "country": country,
                "lang": lang,
            },
            extra_headers,
            timeout,
            credential=None,
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
        """Look up a zip code: `GET /_/geocodes/zipcode` (get_zip_code).

        Public lookup (no token); answers an array (recorded) with the zip code's place.
        Assumed: `country` defaults to MX; an unknown zip code is a 404 with the
        vendor's error body; without `postal_code`, every zip code on record for the
        country.

        Args:
            country: ISO 3166-1 alpha-2 country code. Assumed default MX.
            postal_code: The zip code.
            lang: Language of the API's messages.
            extra_headers: Headers sent with this request only, on top of the client's.
            timeout: This request's timeout (seconds or an `httpx.Timeout`), instead of
                the client's.

        Returns:
            `SyncPage[ZipCode]`: The matching places. Iterating it yields every item of
            every page, fetching the next one when needed.

        Raises:
            ecartpay.BadRequestError: 400: The request was refused (invalid body, query,
                cookie, or a business rule such as a duplicate customer); `message` says
                why.
            ecartpay.NotFoundError: 404: No such resource in this account.
            ecartpay.APIError: Any other error status the API answers.
            ecartpay.APIConnectionError: No answer, after every safe retry
                (`ecartpay.APITimeoutError` when it timed out).
        """

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
            credential=None,
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
        """List a state's localities: `GET /_/geocodes/localities` (list_localities).

        Public lookup (no token): the places of a country, or of one of its states (by
        its two-letter code, e.g. GT for Guanajuato), in the zip-code shape (recorded).
        Assumed: `country` defaults to MX; no match gives an empty array.

        Args:
            country: ISO 3166-1 alpha-2 country code. Assumed default MX.
            state: The state's two-letter code.
            lang: Language of the API's messages.
            extra_headers: Headers sent with this request only, on top of the client's.
            timeout: This request's timeout (seconds or an `httpx.Timeout`), instead of
                the client's.

        Returns:
            `SyncPage[ZipCode]`: The localities. Iterating it yields every item of every
            page, fetching the next one when needed.

        Raises:
            ecartpay.BadRequestError: 400: The request was refused (invalid body, query,
                cookie, or a business rule such as a duplicate customer); `message` says
                why.
            ecartpay.APIError: Any other error status the API answers.
            ecartpay.APIConnectionError: No answer, after every safe retry
                (`ecartpay.APITimeoutError` when it timed out).
        """

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
            credential=None,
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
        """List countries: `GET /_/geocodes/countries` (list_countries).

        Public lookup (no token, per the vendor's guides); a bare array (recorded).

        Args:
            lang: Language of the API's messages.
            extra_headers: Headers sent with this request only, on top of the client's.
            timeout: This request's timeout (seconds or an `httpx.Timeout`), instead of
                the client's.

        Returns:
            `AsyncPage[Country]`: The countries, by name. `await` it for the first page;
            `async for` yields every item of every page.

        Raises:
            ecartpay.BadRequestError: 400: The request was refused (invalid body, query,
                cookie, or a business rule such as a duplicate customer); `message` says
                why.
            ecartpay.APIError: Any other error status the API answers.
            ecartpay.APIConnectionError: No answer, after every safe retry
                (`ecartpay.APITimeoutError` when it timed out).
        """

        return AsyncPage(
            self._requester,
            list_countries,
            {
                "lang": lang,
            },
            extra_headers,
            timeout,
            credential=None,
        )

    def list_states(
        self,
        *,
        country: str | Unset = "MX",
        lang: Lang | Unset = UNSET,
        extra_headers: Headers | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> AsyncPage[State]:
        """List a country's states: `GET /_/geocodes/states` (list_states).

        Public lookup (no token). Assumed: `country` defaults to MX; a country without
        states on record gives an empty array.

        Args:
            country: ISO 3166-1 alpha-2 country code. Assumed default MX.
            lang: Language of the API's messages.
            extra_headers: Headers sent with this request only, on top of the client's.
            timeout: This request's timeout (seconds or an `httpx.Timeout`), instead of
                the client's.

        Returns:
            `AsyncPage[State]`: The states, by name. `await` it for the first page;
            `async for` yields every item of every page.

        Raises:
            ecartpay.BadRequestError: 400: The request was refused (invalid body, query,
                cookie, or a business rule such as a duplicate customer); `message` says
                why.
            ecartpay.APIError: Any other error status the API answers.
            ecartpay.APIConnectionError: No answer, after every safe retry
                (`ecartpay.APITimeoutError` when it timed out).
        """

        return AsyncPage(
            self._requester,
            list_states,
            {
                "country": country,
                "lang": lang,
            },
            extra_headers,
            timeout,
            credential=None,
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
        """Look up a zip code: `GET /_/geocodes/zipcode` (get_zip_code).

        Public lookup (no token); answers an array (recorded) with the zip code's place.
        Assumed: `country` defaults to MX; an unknown zip code is a 404 with the
        vendor's error body; without `postal_code`, every zip code on record for the
        country.

        Args:
            country: ISO 3166-1 alpha-2 country code. Assumed default MX.
            postal_code: The zip code.
            lang: Language of the API's messages.
            extra_headers: Headers sent with this request only, on top of the client's.
            timeout: This request's timeout (seconds or an `httpx.Timeout`), instead of
                the client's.

        Returns:
            `AsyncPage[ZipCode]`: The matching places. `await` it for the first page;
            `async for` yields every item of every page.

        Raises:
            ecartpay.BadRequestError: 400: The request was refused (invalid body, query,
                cookie, or a business rule such as a duplicate customer); `message` says
                why.
            ecartpay.NotFoundError: 404: No such resource in this account.
            ecartpay.APIError: Any other error status the API answers.
            ecartpay.APIConnectionError: No answer, after every safe retry
                (`ecartpay.APITimeoutError` when it timed out).
        """

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
            credential=None,
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
        """List a state's localities: `GET /_/geocodes/localities` (list_localities).

        Public lookup (no token): the places of a country, or of one of its states (by
        its two-letter code, e.g. GT for Guanajuato), in the zip-code shape (recorded).
        Assumed: `country` defaults to MX; no match gives an empty array.

        Args:
            country: ISO 3166-1 alpha-2 country code. Assumed default MX.
            state: The state's two-letter code.
            lang: Language of the API's messages.
            extra_headers: Headers sent with this request only, on top of the client's.
            timeout: This request's timeout (seconds or an `httpx.Timeout`), instead of
                the client's.

        Returns:
            `AsyncPage[ZipCode]`: The localities. `await` it for the first page; `async
            for` yields every item of every page.

        Raises:
            ecartpay.BadRequestError: 400: The request was refused (invalid body, query,
                cookie, or a business rule such as a duplicate customer); `message` says
                why.
            ecartpay.APIError: Any other error status the API answers.
            ecartpay.APIConnectionError: No answer, after every safe retry
                (`ecartpay.APITimeoutError` when it timed out).
        """

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
            credential=None,
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
