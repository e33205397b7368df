"""`client.invoices`: the front door's resource (and sub-resources), sync and async.

Generated from openapi.yaml by `make generate`; never edit by hand.
"""

from __future__ import annotations

from functools import cached_property
from io import BytesIO

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

from ..api.invoices import (
    download_cfdi,
    list_invoices,
)
from ..models.invoice import Invoice
from ..models.lang import Lang
from ..types import UNSET, File, Unset


def _parse_download_cfdi(response: httpx.Response) -> File:
    response_200 = File(payload=BytesIO(response.content))

    return response_200


class InvoicesResource(SyncResource):
    """`client.invoices`."""

    @cached_property
    def with_raw_response(self) -> InvoicesResourceWithRawResponse:
        """The same methods, answering a `RawResponse` (status, headers, `.parse()`)."""
        return InvoicesResourceWithRawResponse(self)

    def list(
        self,
        *,
        year: str | Unset = UNSET,
        month: str | Unset = UNSET,
        page: int | Unset = 1,
        limit: int | Unset = 20,
        lang: Lang | Unset = UNSET,
        extra_headers: Headers | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> SyncPage[Invoice]:
        """List invoices: `GET /api/invoices` (list_invoices).

        The account's invoices, newest first, filtered by `year` and `month` (English
        month name, any case). Assumed shape (no recorded answer): the vendor's list
        shape `{docs, count, pages}`; `limit` at most 100.

        Args:
            year: Only invoices issued in this year, four digits such as 2025.
            month: Only invoices issued in this month, named as in July.
            page: Page number, from 1.
            limit: Invoices per page.
            lang: Language of the API's messages.
            extra_headers: Headers sent with this request only, on top of the client's.
            timeout: This request's timeout (seconds or an `httpx.Timeout`), instead of
                the client's.

        Returns:
            `SyncPage[Invoice]`: One page of invoices. Iterating it yields every item of
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
            list_invoices,
            {
                "year": year,
                "month": month,
                "page": page,
                "limit": limit,
                "lang": lang,
            },
            extra_headers,
            timeout,
        )

    def download_cfdi(
        self,
        id: str,
        *,
        lang: Lang | Unset = UNSET,
        extra_headers: Headers | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> File:
        """Download an invoice's CFDI: `GET /api/invoices/cfdi/download/{id}` (download_cfdi).

        A ZIP archive with the invoice's XML (the CFDI) and its PDF. The vendor's
        recording labels it `text/plain`; both media types are documented, and the
        client returns the raw bytes either way (`File.payload`).

        Args:
            id: The invoice's id.
            lang: Language of the API's messages.
            extra_headers: Headers sent with this request only, on top of the client's.
            timeout: This request's timeout (seconds or an `httpx.Timeout`), instead of
                the client's.

        Returns:
            `File`: The ZIP archive.

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
            download_cfdi._get_kwargs(id=id, lang=lang),
            _parse_download_cfdi,
            extra_headers,
            timeout,
        )


class InvoicesResourceWithRawResponse:
    """`client.invoices.with_raw_response`: each method answers a
    `RawResponse`; a list method's, that of its first page (`.parse()` gives the page)."""

    def __init__(self, resource: InvoicesResource) -> None:
        raw = InvoicesResource(resource._requester.as_raw())
        self.list = to_raw(raw.list)
        self.download_cfdi = to_raw(raw.download_cfdi)
        del raw


class AsyncInvoicesResource(AsyncResource):
    """`client.invoices`."""

    @cached_property
    def with_raw_response(self) -> AsyncInvoicesResourceWithRawResponse:
        """The same methods, answering a `RawResponse` (status, headers, `.parse()`)."""
        return AsyncInvoicesResourceWithRawResponse(self)

    def list(
        self,
        *,
        year: str | Unset = UNSET,
        month: str | Unset = UNSET,
        page: int | Unset = 1,
        limit: int | Unset = 20,
        lang: Lang | Unset = UNSET,
        extra_headers: Headers | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> AsyncPage[Invoice]:
        """List invoices: `GET /api/invoices` (list_invoices).

        The account's invoices, newest first, filtered by `year` and `month` (English
        month name, any case). Assumed shape (no recorded answer): the vendor's list
        shape `{docs, count, pages}`; `limit` at most 100.

        Args:
            year: Only invoices issued in this year, four digits such as 2025.
            month: Only invoices issued in this month, named as in July.
            page: Page number, from 1.
            limit: Invoices per page.
            lang: Language of the API's messages.
            extra_headers: Headers sent with this request only, on top of the client's.
            timeout: This request's timeout (seconds or an `httpx.Timeout`), instead of
                the client's.

        Returns:
            `AsyncPage[Invoice]`: One page of invoices. `await` it for the first page;
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
            list_invoices,
            {
                "year": year,
                "month": month,
                "page": page,
                "limit": limit,
                "lang": lang,
            },
            extra_headers,
            timeout,
        )

    async def download_cfdi(
        self,
        id: str,
        *,
        lang: Lang | Unset = UNSET,
        extra_headers: Headers | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> File:
        """Download an invoice's CFDI: `GET /api/invoices/cfdi/download/{id}` (download_cfdi).

        A ZIP archive with the invoice's XML (the CFDI) and its PDF. The vendor's
        recording labels it `text/plain`; both media types are documented, and the
        client returns the raw bytes either way (`File.payload`).

        Args:
            id: The invoice's id.
            lang: Language of the API's messages.
            extra_headers: Headers sent with this request only, on top of the client's.
            timeout: This request's timeout (seconds or an `httpx.Timeout`), instead of
                the client's.

        Returns:
            `File`: The ZIP archive.

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
            download_cfdi._get_kwargs(id=id, lang=lang),
            _parse_download_cfdi,
            extra_headers,
            timeout,
        )


class AsyncInvoicesResourceWithRawResponse:
    """`client.invoices.with_raw_response`: each method answers a
    `RawResponse`; a list method's, that of its first page (`.parse()` gives the page)."""

    def __init__(self, resource: AsyncInvoicesResource) -> None:
        raw = AsyncInvoicesResource(resource._requester.as_raw())
        self.list = to_raw_async_page(raw.list)
        self.download_cfdi = to_raw_async(raw.download_cfdi)
        del raw
