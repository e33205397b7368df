"""`client.exchanges`: the front door's resource (and sub-resources), sync and async.

Generated from openapi.yaml by `make generate`; never edit by hand.
"""

from __future__ import annotations

from functools import cached_property

import httpx
from ecartpay._base import NOT_GIVEN, Headers, NotGiven, Timeout
from ecartpay._pages import AsyncPage, SyncPage
from ecartpay._resource import (
    AsyncResource,
    SyncResource,
    to_raw,
    to_raw_async,
    to_raw_async_page,
)

from ..api.exchanges import (
    get_exchange_rates,
    list_available_currencies,
)
from ..models.available_currency import AvailableCurrency
from ..models.exchange_rates import ExchangeRates
from ..models.lang import Lang
from ..types import UNSET, Unset


def _parse_get_exchange_rates(response: httpx.Response) -> ExchangeRates:
    response_200 = ExchangeRates.from_dict(response.json())

    return response_200


class ExchangesResource(SyncResource):
    """`client.exchanges`."""

    @cached_property
    def with_raw_response(self) -> ExchangesResourceWithRawResponse:
        """The same methods, answering a `RawResponse` (status, headers, `.parse()`)."""
        return ExchangesResourceWithRawResponse(self)

    def retrieve_rates(
        self,
        *,
        base: str | Unset = UNSET,
        lang: Lang | Unset = UNSET,
        extra_headers: Headers | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> ExchangeRates:
        """Exchange rates from a base currency: `GET /api/exchanges` (get_exchange_rates).

        Assumed shape (the vendor records no answer): `{base, rates: {CURRENCY: rate},
        updated_at}`, where one unit of `base` buys `rate` units of each currency.
        Assumed: `base` defaults to USD; a base the vendor does not quote is a 404.

        Args:
            base: The base currency.
            lang: Language of the API's messages.
            extra_headers: Headers sent with this request only, on top of the client's.
            timeout: This request's timeout (seconds or an `httpx.Timeout`), instead of
                the client's.

        Returns:
            `ExchangeRates`: The rates.

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
            get_exchange_rates._get_kwargs(base=base, lang=lang),
            _parse_get_exchange_rates,
            extra_headers,
            timeout,
        )

    def list_available_currencies(
        self,
        *,
        lang: Lang | Unset = UNSET,
        extra_headers: Headers | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> SyncPage[AvailableCurrency]:
        """Currencies available for exchange: `GET /api/exchanges/available` (list_available_currencies).

        Assumed shape (the vendor records no answer) - a bare array of currencies.

        Args:
            lang: Language of the API's messages.
            extra_headers: Headers sent with this request only, on top of the client's.
            timeout: This request's timeout (seconds or an `httpx.Timeout`), instead of
                the client's.

        Returns:
            `SyncPage[AvailableCurrency]`: The currencies. Iterating it yields every
            item of every page, fetching the next one when needed.

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
            list_available_currencies,
            {
                "lang": lang,
            },
            extra_headers,
            timeout,
        )


class ExchangesResourceWithRawResponse:
    """`client.exchanges.with_raw_response`: each method answers a
    `RawResponse`; a list method's, that of its first page (`.parse()` gives the page)."""

    def __init__(self, resource: ExchangesResource) -> None:
        raw = ExchangesResource(resource._requester.as_raw())
        self.retrieve_rates = to_raw(raw.retrieve_rates)
        self.list_available_currencies = to_raw(raw.list_available_currencies)
        del raw


class AsyncExchangesResource(AsyncResource):
    """`client.exchanges`."""

    @cached_property
    def with_raw_response(self) -> AsyncExchangesResourceWithRawResponse:
        """The same methods, answering a `RawResponse` (status, headers, `.parse()`)."""
        return AsyncExchangesResourceWithRawResponse(self)

    async def retrieve_rates(
        self,
        *,
        base: str | Unset = UNSET,
        lang: Lang | Unset = UNSET,
        extra_headers: Headers | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> ExchangeRates:
        """Exchange rates from a base currency: `GET /api/exchanges` (get_exchange_rates).

        Assumed shape (the vendor records no answer): `{base, rates: {CURRENCY: rate},
        updated_at}`, where one unit of `base` buys `rate` units of each currency.
        Assumed: `base` defaults to USD; a base the vendor does not quote is a 404.

        Args:
            base: The base currency.
            lang: Language of the API's messages.
            extra_headers: Headers sent with this request only, on top of the client's.
            timeout: This request's timeout (seconds or an `httpx.Timeout`), instead of
                the client's.

        Returns:
            `ExchangeRates`: The rates.

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
            get_exchange_rates._get_kwargs(base=base, lang=lang),
            _parse_get_exchange_rates,
            extra_headers,
            timeout,
        )

    def list_available_currencies(
        self,
        *,
        lang: Lang | Unset = UNSET,
        extra_headers: Headers | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> AsyncPage[AvailableCurrency]:
        """Currencies available for exchange: `GET /api/exchanges/available` (list_available_currencies).

        Assumed shape (the vendor records no answer) - a bare array of currencies.

        Args:
            lang: Language of the API's messages.
            extra_headers: Headers sent with this request only, on top of the client's.
            timeout: This request's timeout (seconds or an `httpx.Timeout`), instead of
                the client's.

        Returns:
            `AsyncPage[AvailableCurrency]`: The currencies. `await` it for the first
            page; `async for` yields every item of every page.

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
            list_available_currencies,
            {
                "lang": lang,
            },
            extra_headers,
            timeout,
        )


class AsyncExchangesResourceWithRawResponse:
    """`client.exchanges.with_raw_response`: each method answers a
    `RawResponse`; a list method's, that of its first page (`.parse()` gives the page)."""

    def __init__(self, resource: AsyncExchangesResource) -> None:
        raw = AsyncExchangesResource(resource._requester.as_raw())
        self.retrieve_rates = to_raw_async(raw.retrieve_rates)
        self.list_available_currencies = to_raw_async_page(
            raw.list_available_currencies
        )
        del raw
