"""`client.scopes`: the front door's resource (and sub-resources), sync and async.

Generated from openapi.yaml by `make generate`; never edit by hand.
"""

from __future__ import annotations

from functools import cached_property

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

from ..api.scopes import (
    create_scope_token,
    list_scopes,
)
from ..models.lang import Lang
from ..models.scope import Scope
from ..models.scope_token import ScopeToken
from ..models.scope_token_create import ScopeTokenCreate
from ..types import UNSET, Unset


def _parse_create_scope_token(response: httpx.Response) -> ScopeToken:
    response_200 = ScopeToken.from_dict(response.json())

    return response_200


class ScopesResource(SyncResource):
    """`client.scopes`."""

    @cached_property
    def with_raw_response(self) -> ScopesResourceWithRawResponse:
        """The same methods, answering a `RawResponse` (status, headers, `.parse()`)."""
        return ScopesResourceWithRawResponse(self)

    def list(
        self,
        *,
        lang: Lang | Unset = UNSET,
        extra_headers: Headers | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> SyncPage[Scope]:
        """List the scopes: `GET /api/scopes` (list_scopes).

        The permissions a scoped token can carry (e.g. `write_checkouts`, the scope of a
        checkout's token). Assumed (the reference shows no answer): a bare array.

        Args:
            lang: Language of the API's messages.
            extra_headers: Headers sent with this request only, on top of the client's.
            timeout: This request's timeout (seconds or an `httpx.Timeout`), instead of
                the client's.

        Returns:
            `SyncPage[Scope]`: Every scope. Iterating it yields every item of every
            page, fetching the next one when needed.

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
            list_scopes,
            {
                "lang": lang,
            },
            extra_headers,
            timeout,
        )

    def create_token(
        self,
        *,
        id: str,
        lang: Lang | Unset = UNSET,
        extra_headers: Headers | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> ScopeToken:
        """Create a scoped token: `POST /api/scopes/token` (create_scope_token).

        A short-lived JWT limited to one scope (`id` of `listScopes`), for code that
        must not hold the account's full token. Assumed: `{token}` like the
        authorization endpoint, living 900 s like a checkout's token; an unknown scope
        is 404.

        Args:
            id: The scope's id (from `listScopes`).
            lang: Language of the API's messages.
            extra_headers: Headers sent with this request only, on top of the client's.
            timeout: This request's timeout (seconds or an `httpx.Timeout`), instead of
                the client's.

        Returns:
            `ScopeToken`: The scoped token.

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
                "id": id,
            }
        )
        body = ScopeTokenCreate.from_dict(fields)

        return self._requester.request(
            create_scope_token._get_kwargs(body=body, lang=lang),
            _parse_create_scope_token,
            extra_headers,
            timeout,
        )


class ScopesResourceWithRawResponse:
    """`client.scopes.with_raw_response`: each method answers a
    `RawResponse`; a list method's, that of its first page (`.parse()` gives the page)."""

    def __init__(self, resource: ScopesResource) -> None:
        raw = ScopesResource(resource._requester.as_raw())
        self.list = to_raw(raw.list)
        self.create_token = to_raw(raw.create_token)
        del raw


class AsyncScopesResource(AsyncResource):
    """`client.scopes`."""

    @cached_property
    def with_raw_response(self) -> AsyncScopesResourceWithRawResponse:
        """The same methods, answering a `RawResponse` (status, headers, `.parse()`)."""
        return AsyncScopesResourceWithRawResponse(self)

    def list(
        self,
        *,
        lang: Lang | Unset = UNSET,
        extra_headers: Headers | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> AsyncPage[Scope]:
        """List the scopes: `GET /api/scopes` (list_scopes).

        The permissions a scoped token can carry (e.g. `write_checkouts`, the scope of a
        checkout's token). Assumed (the reference shows no answer): a bare array.

        Args:
            lang: Language of the API's messages.
            extra_headers: Headers sent with this request only, on top of the client's.
            timeout: This request's timeout (seconds or an `httpx.Timeout`), instead of
                the client's.

        Returns:
            `AsyncPage[Scope]`: Every scope. `await` it for the first page; `async for`
            yields every item of every page.

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
            list_scopes,
            {
                "lang": lang,
            },
            extra_headers,
            timeout,
        )

    async def create_token(
        self,
        *,
        id: str,
        lang: Lang | Unset = UNSET,
        extra_headers: Headers | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> ScopeToken:
        """Create a scoped token: `POST /api/scopes/token` (create_scope_token).

        A short-lived JWT limited to one scope (`id` of `listScopes`), for code that
        must not hold the account's full token. Assumed: `{token}` like the
        authorization endpoint, living 900 s like a checkout's token; an unknown scope
        is 404.

        Args:
            id: The scope's id (from `listScopes`).
            lang: Language of the API's messages.
            extra_headers: Headers sent with this request only, on top of the client's.
            timeout: This request's timeout (seconds or an `httpx.Timeout`), instead of
                the client's.

        Returns:
            `ScopeToken`: The scoped token.

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
                "id": id,
            }
        )
        body = ScopeTokenCreate.from_dict(fields)

        return await self._requester.request(
            create_scope_token._get_kwargs(body=body, lang=lang),
            _parse_create_scope_token,
            extra_headers,
            timeout,
        )


class AsyncScopesResourceWithRawResponse:
    """`client.scopes.with_raw_response`: each method answers a
    `RawResponse`; a list method's, that of its first page (`.parse()` gives the page)."""

    def __init__(self, resource: AsyncScopesResource) -> None:
        raw = AsyncScopesResource(resource._requester.as_raw())
        self.list = to_raw_async_page(raw.list)
        self.create_token = to_raw_async(raw.create_token)
        del raw
