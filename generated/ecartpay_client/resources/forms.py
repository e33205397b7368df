"""`client.forms`: the front door's resource (and sub-resources), sync and async.

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

from ..api.forms import (
    list_forms,
)
from ..models.form import Form
from ..models.lang import Lang
from ..types import UNSET, Unset


class FormsResource(SyncResource):
    """`client.forms`."""

    @cached_property
    def with_raw_response(self) -> FormsResourceWithRawResponse:
        """The same methods, answering a `RawResponse` (status, headers, `.parse()`)."""
        return FormsResourceWithRawResponse(self)

    def list(
        self,
        *,
        name: str | Unset = UNSET,
        module: str | Unset = UNSET,
        country: str | Unset = UNSET,
        lang: Lang | Unset = UNSET,
        extra_headers: Headers | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> SyncPage[Form]:
        """Get billing forms: `GET /api/forms` (list_forms).

        The field definitions of a form (e.g. `siigo_keys` of module `billings` in CO),
        to render it. Assumed shape (no recorded answer): a bare array of the forms that
        match every given filter.

        Args:
            name: The form's name.
            module: The module the form belongs to.
            country: ISO 3166-1 alpha-2 country code.
            lang: Language of the API's messages.
            extra_headers: Headers sent with this request only, on top of the client's.
            timeout: This request's timeout (seconds or an `httpx.Timeout`), instead of
                the client's.

        Returns:
            `SyncPage[Form]`: The matching forms. Iterating it yields every item of
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
            list_forms,
            {
                "name": name,
                "module": module,
                "country": country,
                "lang": lang,
            },
            extra_headers,
            timeout,
        )


class FormsResourceWithRawResponse:
    """`client.forms.with_raw_response`: each method answers a
    `RawResponse`; a list method's, that of its first page (`.parse()` gives the page)."""

    def __init__(self, resource: FormsResource) -> None:
        raw = FormsResource(resource._requester.as_raw())
        self.list = to_raw(raw.list)
        del raw


class AsyncFormsResource(AsyncResource):
    """`client.forms`."""

    @cached_property
    def with_raw_response(self) -> AsyncFormsResourceWithRawResponse:
        """The same methods, answering a `RawResponse` (status, headers, `.parse()`)."""
        return AsyncFormsResourceWithRawResponse(self)

    def list(
        self,
        *,
        name: str | Unset = UNSET,
        module: str | Unset = UNSET,
        country: str | Unset = UNSET,
        lang: Lang | Unset = UNSET,
        extra_headers: Headers | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> AsyncPage[Form]:
        """Get billing forms: `GET /api/forms` (list_forms).

        The field definitions of a form (e.g. `siigo_keys` of module `billings` in CO),
        to render it. Assumed shape (no recorded answer): a bare array of the forms that
        match every given filter.

        Args:
            name: The form's name.
            module: The module the form belongs to.
            country: ISO 3166-1 alpha-2 country code.
            lang: Language of the API's messages.
            extra_headers: Headers sent with this request only, on top of the client's.
            timeout: This request's timeout (seconds or an `httpx.Timeout`), instead of
                the client's.

        Returns:
            `AsyncPage[Form]`: The matching forms. `await` it for the first page; `async
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
            list_forms,
            {
                "name": name,
                "module": module,
                "country": country,
                "lang": lang,
            },
            extra_headers,
            timeout,
        )


class AsyncFormsResourceWithRawResponse:
    """`client.forms.with_raw_response`: each method answers a
    `RawResponse`; a list method's, that of its first page (`.parse()` gives the page)."""

    def __init__(self, resource: AsyncFormsResource) -> None:
        raw = AsyncFormsResource(resource._requester.as_raw())
        self.list = to_raw_async_page(raw.list)
        del raw
