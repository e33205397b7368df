"""`client.activity`: the front door's resource (and sub-resources), sync and async.

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

from ..api.activity import (
    get_activity,
    list_activity,
)
from ..models.activity import Activity
from ..models.lang import Lang
from ..types import UNSET, Unset


def _parse_get_activity(response: httpx.Response) -> Activity:
    response_200 = Activity.from_dict(response.json())

    return response_200


class ActivityResource(SyncResource):
    """`client.activity`."""

    @cached_property
    def with_raw_response(self) -> ActivityResourceWithRawResponse:
        """The same methods, answering a `RawResponse` (status, headers, `.parse()`)."""
        return ActivityResourceWithRawResponse(self)

    def list(
        self,
        *,
        status: str | Unset = UNSET,
        risk_level: str | Unset = UNSET,
        q: str | Unset = UNSET,
        page: int | Unset = 1,
        limit: int | Unset = 20,
        lang: Lang | Unset = UNSET,
        extra_headers: Headers | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> SyncPage[Activity]:
        """List payment activity: `GET /api/activity` (list_activity).

        Payment attempts seen by the risk engine, newest first. `status` and
        `risk_level` take comma-separated values (`failed,blocked`); `q` searches card
        digits, email and order id. Assumed shape (no recorded answer): `{docs, count,
        pages}` like the vendor's other lists; `limit` (the vendor's example is 100) at
        most 100.

        Args:
            status: Comma-separated statuses.
            risk_level: Comma-separated risk levels.
            q: Text to search for.
            page: Page number, from 1 (Assumed).
            limit: Items per page.
            lang: Language of the API's messages.
            extra_headers: Headers sent with this request only, on top of the client's.
            timeout: This request's timeout (seconds or an `httpx.Timeout`), instead of
                the client's.

        Returns:
            `SyncPage[Activity]`: One page of activity. Iterating it yields every item
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
            list_activity,
            {
                "status": status,
                "risk_level": risk_level,
                "q": q,
                "page": page,
                "limit": limit,
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
    ) -> Activity:
        """Get one activity entry: `GET /api/activity/{id}` (get_activity).

        One entry of the account's activity log, by its id (404 when the account has no
        such entry).

        Args:
            id: The entry's id.
            lang: Language of the API's messages.
            extra_headers: Headers sent with this request only, on top of the client's.
            timeout: This request's timeout (seconds or an `httpx.Timeout`), instead of
                the client's.

        Returns:
            `Activity`: The entry.

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
            get_activity._get_kwargs(id=id, lang=lang),
            _parse_get_activity,
            extra_headers,
            timeout,
        )


class ActivityResourceWithRawResponse:
    """`client.activity.with_raw_response`: each method answers a
    `RawResponse`; a list method's, that of its first page (`.parse()` gives the page)."""

    def __init__(self, resource: ActivityResource) -> None:
        raw = ActivityResource(resource._requester.as_raw())
        self.list = to_raw(raw.list)
        self.retrieve = to_raw(raw.retrieve)
        del raw


class AsyncActivityResource(AsyncResource):
    """`client.activity`."""

    @cached_property
    def with_raw_response(self) -> AsyncActivityResourceWithRawResponse:
        """The same methods, answering a `RawResponse` (status, headers, `.parse()`)."""
        return AsyncActivityResourceWithRawResponse(self)

    def list(
        self,
        *,
        status: str | Unset = UNSET,
        risk_level: str | Unset = UNSET,
        q: str | Unset = UNSET,
        page: int | Unset = 1,
        limit: int | Unset = 20,
        lang: Lang | Unset = UNSET,
        extra_headers: Headers | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> AsyncPage[Activity]:
        """List payment activity: `GET /api/activity` (list_activity).

        Payment attempts seen by the risk engine, newest first. `status` and
        `risk_level` take comma-separated values (`failed,blocked`); `q` searches card
        digits, email and order id. Assumed shape (no recorded answer): `{docs, count,
        pages}` like the vendor's other lists; `limit` (the vendor's example is 100) at
        most 100.

        Args:
            status: Comma-separated statuses.
            risk_level: Comma-separated risk levels.
            q: Text to search for.
            page: Page number, from 1 (Assumed).
            limit: Items per page.
            lang: Language of the API's messages.
            extra_headers: Headers sent with this request only, on top of the client's.
            timeout: This request's timeout (seconds or an `httpx.Timeout`), instead of
                the client's.

        Returns:
            `AsyncPage[Activity]`: One page of activity. `await` it for the first page;
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
            list_activity,
            {
                "status": status,
                "risk_level": risk_level,
                "q": q,
                "page": page,
                "limit": limit,
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
    ) -> Activity:
        """Get one activity entry: `GET /api/activity/{id}` (get_activity).

        One entry of the account's activity log, by its id (404 when the account has no
        such entry).

        Args:
            id: The entry's id.
            lang: Language of the API's messages.
            extra_headers: Headers sent with this request only, on top of the client's.
            timeout: This request's timeout (seconds or an `httpx.Timeout`), instead of
                the client's.

        Returns:
            `Activity`: The entry.

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
            get_activity._get_kwargs(id=id, lang=lang),
            _parse_get_activity,
            extra_headers,
            timeout,
        )


class AsyncActivityResourceWithRawResponse:
    """`client.activity.with_raw_response`: each method answers a
    `RawResponse`; a list method's, that of its first page (`.parse()` gives the page)."""

    def __init__(self, resource: AsyncActivityResource) -> None:
        raw = AsyncActivityResource(resource._requester.as_raw())
        self.list = to_raw_async_page(raw.list)
        self.retrieve = to_raw_async(raw.retrieve)
        del raw
