"""`client.oauth_applications`: the front door's resource (and sub-resources), sync and async.

Generated from openapi.yaml by `make generate`; never edit by hand.
"""

from __future__ import annotations

import builtins
from functools import cached_property
from typing import Any

import httpx
from ecartpay._base import NOT_GIVEN, Headers, NotGiven, Timeout, payload
from ecartpay._resource import (
    AsyncResource,
    SyncResource,
    to_raw,
    to_raw_async,
)

from ..api.oauth_applications import (
    create_oauth_application,
)
from ..models.lang import Lang
from ..models.oauth_application import OauthApplication
from ..models.oauth_application_create import OauthApplicationCreate
from ..models.oauth_application_create_onboarding import (
    OauthApplicationCreateOnboarding,
)
from ..types import UNSET, Unset


def _parse_create_oauth_application(response: httpx.Response) -> OauthApplication:
    response_200 = OauthApplication.from_dict(response.json())

    return response_200


class OauthApplicationsResource(SyncResource):
    """`client.oauth_applications`."""

    @cached_property
    def with_raw_response(self) -> OauthApplicationsResourceWithRawResponse:
        """The same methods, answering a `RawResponse` (status, headers, `.parse()`)."""
        return OauthApplicationsResourceWithRawResponse(self)

    def create(
        self,
        *,
        name: str,
        redirect_url: str,
        description: str | Unset = UNSET,
        logo_url: str | Unset = UNSET,
        scopes: builtins.list[str] | Unset = UNSET,
        onboarding: OauthApplicationCreateOnboarding | dict[str, Any] | Unset = UNSET,
        lang: Lang | Unset = UNSET,
        extra_headers: Headers | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> OauthApplication:
        """Create an OAuth application: `POST /api/oauth/applications` (create_oauth_application).

        Registers a platform's application once, with the account's ordinary token (the
        vendor requires the scope `write_oauth_applications`; the vendor's plugin sample
        sends the token with a `Bearer ` prefix, the rest of the API documents it raw:
        the raw form is specified here). The answer carries the application's
        `client_id` and its `client_secret`. The secret appears in this answer only:
        keep it on the server. The vendor always adds `read_credentials` to the scopes.

        Args:
            name: Shown to the merchant on the consent page.
            redirect_url: Where the vendor sends the merchant back after consent. Both
                sources require HTTPS and an exact match with the registered URL; loopback
                addresses (`localhost`, `127.0.0.1`, `[::1]`) may use plain HTTP, so a
                platform can develop locally (assumed: the usual OAuth exception).
            description: A description of your application; where the vendor shows it is
                not documented.
            logo_url: Your application's logo, by URL; where the vendor shows it is not
                documented.
            scopes: Permissions asked of the merchant (`read_orders`, `write_orders`,
                ...; more may exist). The vendor adds `read_credentials` itself.
            onboarding: Text for the merchant's first connection.
            lang: Language of the API's messages.
            extra_headers: Headers sent with this request only, on top of the client's.
            timeout: This request's timeout (seconds or an `httpx.Timeout`), instead of
                the client's.

        Returns:
            `OauthApplication`: The application with its credentials. Assumed status
            (the sources name no status) and assumed echo of the request's fields beside
            `client_id` and `client_secret`, which both sources name.

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
                "name": name,
                "redirect_url": redirect_url,
                "description": description,
                "logo_url": logo_url,
                "scopes": scopes,
                "onboarding": onboarding,
            }
        )
        body = OauthApplicationCreate.from_dict(fields)

        return self._requester.request(
            create_oauth_application._get_kwargs(body=body, lang=lang),
            _parse_create_oauth_application,
            extra_headers,
            timeout,
        )


class OauthApplicationsResourceWithRawResponse:
    """`client.oauth_applications.with_raw_response`: each method answers a
    `RawResponse`; a list method's, that of its first page (`.parse()` gives the page)."""

    def __init__(self, resource: OauthApplicationsResource) -> None:
        raw = OauthApplicationsResource(resource._requester.as_raw())
        self.create = to_raw(raw.create)
        del raw


class AsyncOauthApplicationsResource(AsyncResource):
    """`client.oauth_applications`."""

    @cached_property
    def with_raw_response(self) -> AsyncOauthApplicationsResourceWithRawResponse:
        """The same methods, answering a `RawResponse` (status, headers, `.parse()`)."""
        return AsyncOauthApplicationsResourceWithRawResponse(self)

    async def create(
        self,
        *,
        name: str,
        redirect_url: str,
        description: str | Unset = UNSET,
        logo_url: str | Unset = UNSET,
        scopes: builtins.list[str] | Unset = UNSET,
        onboarding: OauthApplicationCreateOnboarding | dict[str, Any] | Unset = UNSET,
        lang: Lang | Unset = UNSET,
        extra_headers: Headers | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> OauthApplication:
        """Create an OAuth application: `POST /api/oauth/applications` (create_oauth_application).

        Registers a platform's application once, with the account's ordinary token (the
        vendor requires the scope `write_oauth_applications`; the vendor's plugin sample
        sends the token with a `Bearer ` prefix, the rest of the API documents it raw:
        the raw form is specified here). The answer carries the application's
        `client_id` and its `client_secret`. The secret appears in this answer only:
        keep it on the server. The vendor always adds `read_credentials` to the scopes.

        Args:
            name: Shown to the merchant on the consent page.
            redirect_url: Where the vendor sends the merchant back after consent. Both
                sources require HTTPS and an exact match with the registered URL; loopback
                addresses (`localhost`, `127.0.0.1`, `[::1]`) may use plain HTTP, so a
                platform can develop locally (assumed: the usual OAuth exception).
            description: A description of your application; where the vendor shows it is
                not documented.
            logo_url: Your application's logo, by URL; where the vendor shows it is not
                documented.
            scopes: Permissions asked of the merchant (`read_orders`, `write_orders`,
                ...; more may exist). The vendor adds `read_credentials` itself.
            onboarding: Text for the merchant's first connection.
            lang: Language of the API's messages.
            extra_headers: Headers sent with this request only, on top of the client's.
            timeout: This request's timeout (seconds or an `httpx.Timeout`), instead of
                the client's.

        Returns:
            `OauthApplication`: The application with its credentials. Assumed status
            (the sources name no status) and assumed echo of the request's fields beside
            `client_id` and `client_secret`, which both sources name.

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
                "name": name,
                "redirect_url": redirect_url,
                "description": description,
                "logo_url": logo_url,
                "scopes": scopes,
                "onboarding": onboarding,
            }
        )
        body = OauthApplicationCreate.from_dict(fields)

        return await self._requester.request(
            create_oauth_application._get_kwargs(body=body, lang=lang),
            _parse_create_oauth_application,
            extra_headers,
            timeout,
        )


class AsyncOauthApplicationsResourceWithRawResponse:
    """`client.oauth_applications.with_raw_response`: each method answers a
    `RawResponse`; a list method's, that of its first page (`.parse()` gives the page)."""

    def __init__(self, resource: AsyncOauthApplicationsResource) -> None:
        raw = AsyncOauthApplicationsResource(resource._requester.as_raw())
        self.create = to_raw_async(raw.create)
        del raw
