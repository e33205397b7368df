"""`client.webhooks`: the front door's resource (and sub-resources), sync and async.

Generated from openapi.yaml by `make generate`; never edit by hand.
"""

from __future__ import annotations

import builtins
from functools import cached_property

import httpx
from ecartpay._base import NOT_GIVEN, Headers, NotGiven, Timeout, payload
from ecartpay._resource import (
    AsyncResource,
    SyncResource,
    to_raw,
    to_raw_async,
)

from ..api.webhooks import (
    create_webhook,
)
from ..models.lang import Lang
from ..models.webhook import Webhook
from ..models.webhook_create import WebhookCreate
from ..models.webhook_event_name import WebhookEventName
from ..types import UNSET, Unset


def _parse_create_webhook(response: httpx.Response) -> Webhook:
    response_200 = Webhook.from_dict(response.json())

    return response_200


class WebhooksResource(SyncResource):
    """`client.webhooks`."""

    @cached_property
    def with_raw_response(self) -> WebhooksResourceWithRawResponse:
        """The same methods, answering a `RawResponse` (status, headers, `.parse()`)."""
        return WebhooksResourceWithRawResponse(self)

    def create(
        self,
        *,
        url: str,
        events: builtins.list[str | WebhookEventName],
        lang: Lang | Unset = UNSET,
        extra_headers: Headers | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> Webhook:
        """Register a webhook: `POST /api/webhooks` (create_webhook).

        Registers `url` to receive the listed `events` (from the webhooks guide, not the
        exported API reference). Deliveries are POSTs of `{"event", "data"}` with
        `x-pay-timestamp`, `x-pay-webhook-id` and `x-pay-signature` headers; see the
        top-level `webhooks:` of this spec. Assumed: the answer (undocumented) echoes
        the registration with an `id`, and a body the guide would not accept is a 400.

        Args:
            url: Where deliveries are POSTed. Assumed: an ASCII URL without spaces,
                brackets or backslashes (a pattern every validator reads alike).
            events: Event names; one the vendor adds later is accepted as a string.
            lang: Language of the API's messages.
            extra_headers: Headers sent with this request only, on top of the client's.
            timeout: This request's timeout (seconds or an `httpx.Timeout`), instead of
                the client's.

        Returns:
            `Webhook`: The registered webhook. Assumed shape (the guide shows none).

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

        fields = payload(
            {
                "url": url,
                "events": events,
            }
        )
        body = WebhookCreate.from_dict(fields)

        return self._requester.request(
            create_webhook._get_kwargs(body=body, lang=lang),
            _parse_create_webhook,
            extra_headers,
            timeout,
        )


class WebhooksResourceWithRawResponse:
    """`client.webhooks.with_raw_response`: each method answers a
    `RawResponse`; a list method's, that of its first page (`.parse()` gives the page)."""

    def __init__(self, resource: WebhooksResource) -> None:
        raw = WebhooksResource(resource._requester.as_raw())
        self.create = to_raw(raw.create)
        del raw


class AsyncWebhooksResource(AsyncResource):
    """`client.webhooks`."""

    @cached_property
    def with_raw_response(self) -> AsyncWebhooksResourceWithRawResponse:
        """The same methods, answering a `RawResponse` (status, headers, `.parse()`)."""
        return AsyncWebhooksResourceWithRawResponse(self)

    async def create(
        self,
        *,
        url: str,
        events: builtins.list[str | WebhookEventName],
        lang: Lang | Unset = UNSET,
        extra_headers: Headers | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> Webhook:
        """Register a webhook: `POST /api/webhooks` (create_webhook).

        Registers `url` to receive the listed `events` (from the webhooks guide, not the
        exported API reference). Deliveries are POSTs of `{"event", "data"}` with
        `x-pay-timestamp`, `x-pay-webhook-id` and `x-pay-signature` headers; see the
        top-level `webhooks:` of this spec. Assumed: the answer (undocumented) echoes
        the registration with an `id`, and a body the guide would not accept is a 400.

        Args:
            url: Where deliveries are POSTed. Assumed: an ASCII URL without spaces,
                brackets or backslashes (a pattern every validator reads alike).
            events: Event names; one the vendor adds later is accepted as a string.
            lang: Language of the API's messages.
            extra_headers: Headers sent with this request only, on top of the client's.
            timeout: This request's timeout (seconds or an `httpx.Timeout`), instead of
                the client's.

        Returns:
            `Webhook`: The registered webhook. Assumed shape (the guide shows none).

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

        fields = payload(
            {
                "url": url,
                "events": events,
            }
        )
        body = WebhookCreate.from_dict(fields)

        return await self._requester.request(
            create_webhook._get_kwargs(body=body, lang=lang),
            _parse_create_webhook,
            extra_headers,
            timeout,
        )


class AsyncWebhooksResourceWithRawResponse:
    """`client.webhooks.with_raw_response`: each method answers a
    `RawResponse`; a list method's, that of its first page (`.parse()` gives the page)."""

    def __init__(self, resource: AsyncWebhooksResource) -> None:
        raw = AsyncWebhooksResource(resource._requester.as_raw())
        self.create = to_raw_async(raw.create)
        del raw
