"""`client.notifications`: the front door's resource (and sub-resources), sync and async.

Generated from openapi.yaml by `make generate`; never edit by hand.
"""

from __future__ import annotations

from functools import cached_property

import httpx
from ecartpay._base import NOT_GIVEN, Headers, NotGiven, Timeout
from ecartpay._resource import (
    AsyncResource,
    SyncResource,
    to_raw,
    to_raw_async,
)

from ..api.notifications import (
    mark_notification_seen,
)
from ..models.lang import Lang
from ..models.notification import Notification
from ..types import UNSET, Unset


def _parse_mark_notification_seen(response: httpx.Response) -> Notification:
    response_200 = Notification.from_dict(response.json())

    return response_200


class NotificationsResource(SyncResource):
    """`client.notifications`."""

    @cached_property
    def with_raw_response(self) -> NotificationsResourceWithRawResponse:
        """The same methods, answering a `RawResponse` (status, headers, `.parse()`)."""
        return NotificationsResourceWithRawResponse(self)

    def mark_seen(
        self,
        notification_id: str,
        *,
        lang: Lang | Unset = UNSET,
        extra_headers: Headers | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> Notification:
        """Mark a notification as seen: `PUT /api/notifications/{notification_id}/seen` (mark_notification_seen).

        Assumed (no recorded answer): answers the notification with `seen: true`;
        marking it again changes nothing (the first `seen_at` stays).

        Args:
            notification_id: The notification's id.
            lang: Language of the API's messages.
            extra_headers: Headers sent with this request only, on top of the client's.
            timeout: This request's timeout (seconds or an `httpx.Timeout`), instead of
                the client's.

        Returns:
            `Notification`: The notification.

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
            mark_notification_seen._get_kwargs(
                notification_id=notification_id, lang=lang
            ),
            _parse_mark_notification_seen,
            extra_headers,
            timeout,
        )


class NotificationsResourceWithRawResponse:
    """`client.notifications.with_raw_response`: each method answers a
    `RawResponse`; a list method's, that of its first page (`.parse()` gives the page)."""

    def __init__(self, resource: NotificationsResource) -> None:
        raw = NotificationsResource(resource._requester.as_raw())
        self.mark_seen = to_raw(raw.mark_seen)
        del raw


class AsyncNotificationsResource(AsyncResource):
    """`client.notifications`."""

    @cached_property
    def with_raw_response(self) -> AsyncNotificationsResourceWithRawResponse:
        """The same methods, answering a `RawResponse` (status, headers, `.parse()`)."""
        return AsyncNotificationsResourceWithRawResponse(self)

    async def mark_seen(
        self,
        notification_id: str,
        *,
        lang: Lang | Unset = UNSET,
        extra_headers: Headers | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> Notification:
        """Mark a notification as seen: `PUT /api/notifications/{notification_id}/seen` (mark_notification_seen).

        Assumed (no recorded answer): answers the notification with `seen: true`;
        marking it again changes nothing (the first `seen_at` stays).

        Args:
            notification_id: The notification's id.
            lang: Language of the API's messages.
            extra_headers: Headers sent with this request only, on top of the client's.
            timeout: This request's timeout (seconds or an `httpx.Timeout`), instead of
                the client's.

        Returns:
            `Notification`: The notification.

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
            mark_notification_seen._get_kwargs(
                notification_id=notification_id, lang=lang
            ),
            _parse_mark_notification_seen,
            extra_headers,
            timeout,
        )


class AsyncNotificationsResourceWithRawResponse:
    """`client.notifications.with_raw_response`: each method answers a
    `RawResponse`; a list method's, that of its first page (`.parse()` gives the page)."""

    def __init__(self, resource: AsyncNotificationsResource) -> None:
        raw = AsyncNotificationsResource(resource._requester.as_raw())
        self.mark_seen = to_raw_async(raw.mark_seen)
        del raw
