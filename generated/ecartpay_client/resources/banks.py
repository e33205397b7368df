"""`client.banks`: the front door's resource (and sub-resources), sync and async.

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

from ..api.banks import (
    get_bank,
    list_banks,
)
from ..models.bank import Bank
from ..models.lang import Lang
from ..types import UNSET, Unset


def _parse_get_bank(response: httpx.Response) -> Bank:
    response_200 = Bank.from_dict(response.json())

    return response_200


class BanksResource(SyncResource):
    """`client.banks`."""

    @cached_property
    def with_raw_response(self) -> BanksResourceWithRawResponse:
        """The same methods, answering a `RawResponse` (status, headers, `.parse()`)."""
        return BanksResourceWithRawResponse(self)

    def list(
        self,
        *,
        country: str | Unset = UNSET,
        lang: Lang | Unset = UNSET,
        extra_headers: Headers | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> SyncPage[Bank]:
        """List banks by country: `GET /api/banks` (list_banks).

        Banks the vendor operates with, for a dropdown or to check a bank is supported.
        Answers a bare array (recorded). Assumed: without `country`, every country's
        banks; an unknown country gives an empty array.

        Args:
            country: ISO 3166-1 alpha-2 country code (MX, US, ...).
            lang: Language of the API's messages.
            extra_headers: Headers sent with this request only, on top of the client's.
            timeout: This request's timeout (seconds or an `httpx.Timeout`), instead of
                the client's.

        Returns:
            `SyncPage[Bank]`: The banks, by name. Iterating it yields every item of
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
            list_banks,
            {
                "country": country,
                "lang": lang,
            },
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
    ) -> Bank:
        """Get a bank: `GET /api/banks/{id}` (get_bank).

        One bank. The recorded single view sends `clave` as a number where the list
        sends a string; both are accepted.

        Args:
            id: The bank's id.
            lang: Language of the API's messages.
            extra_headers: Headers sent with this request only, on top of the client's.
            timeout: This request's timeout (seconds or an `httpx.Timeout`), instead of
                the client's.

        Returns:
            `Bank`: The bank.

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
            get_bank._get_kwargs(id=id, lang=lang),
            _parse_get_bank,
            extra_headers,
            timeout,
        )


class BanksResourceWithRawResponse:
    """`client.banks.with_raw_response`: each method answers a
    `RawResponse`; a list method's, that of its first page (`.parse()` gives the page)."""

    def __init__(self, resource: BanksResource) -> None:
        raw = BanksResource(resource._requester.as_raw())
        self.list = to_raw(raw.list)
        self.retrieve = to_raw(raw.retrieve)
        del raw


class AsyncBanksResource(AsyncResource):
    """`client.banks`."""

    @cached_property
    def with_raw_response(self) -> AsyncBanksResourceWithRawResponse:
        """The same methods, answering a `RawResponse` (status, headers, `.parse()`)."""
        return AsyncBanksResourceWithRawResponse(self)

    def list(
        self,
        *,
        country: str | Unset = UNSET,
        lang: Lang | Unset = UNSET,
        extra_headers: Headers | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> AsyncPage[Bank]:
        """List banks by country: `GET /api/banks` (list_banks).

        Banks the vendor operates with, for a dropdown or to check a bank is supported.
        Answers a bare array (recorded). Assumed: without `country`, every country's
        banks; an unknown country gives an empty array.

        Args:
            country: ISO 3166-1 alpha-2 country code (MX, US, ...).
            lang: Language of the API's messages.
            extra_headers: Headers sent with this request only, on top of the client's.
            timeout: This request's timeout (seconds or an `httpx.Timeout`), instead of
                the client's.

        Returns:
            `AsyncPage[Bank]`: The banks, by name. `await` it for the first page; `async
            for` yields every item of every page.

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
            list_banks,
            {
                "country": country,
                "lang": lang,
            },
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
    ) -> Bank:
        """Get a bank: `GET /api/banks/{id}` (get_bank).

        One bank. The recorded single view sends `clave` as a number where the list
        sends a string; both are accepted.

        Args:
            id: The bank's id.
            lang: Language of the API's messages.
            extra_headers: Headers sent with this request only, on top of the client's.
            timeout: This request's timeout (seconds or an `httpx.Timeout`), instead of
                the client's.

        Returns:
            `Bank`: The bank.

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
            get_bank._get_kwargs(id=id, lang=lang),
            _parse_get_bank,
            extra_headers,
            timeout,
        )


class AsyncBanksResourceWithRawResponse:
    """`client.banks.with_raw_response`: each method answers a
    `RawResponse`; a list method's, that of its first page (`.parse()` gives the page)."""

    def __init__(self, resource: AsyncBanksResource) -> None:
        raw = AsyncBanksResource(resource._requester.as_raw())
        self.list = to_raw_async_page(raw.list)
        self.retrieve = to_raw_async(raw.retrieve)
        del raw
