"""`client.authorization`: the front door's resource (and sub-resources), sync and async.

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

from ..api.authorization import (
    create_authorization_token,
)
from ..models.authorization_token import AuthorizationToken
from ..models.lang import Lang
from ..types import UNSET, Unset


def _parse_create_authorization_token(response: httpx.Response) -> AuthorizationToken:
    response_200 = AuthorizationToken.from_dict(response.json())

    return response_200


class AuthorizationResource(SyncResource):
    """`client.authorization`."""

    @cached_property
    def with_raw_response(self) -> AuthorizationResourceWithRawResponse:
        """The same methods, answering a `RawResponse` (status, headers, `.parse()`)."""
        return AuthorizationResourceWithRawResponse(self)

    def create_token(
        self,
        *,
        lang: Lang | Unset = UNSET,
        extra_headers: Headers | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> AuthorizationToken:
        """Create an authorization token: `POST /api/authorizations/token` (create_authorization_token).

        Exchanges the account's public and private key (HTTP Basic,
        `public_key:private_key`) for a JWT. The token is valid for 1 hour (`exp - iat =
        3600`); after that the API answers 401 and a new token must be created. Send it
        raw as `Authorization: <token>` on every other call. Keep tokens secret and
        forget (delete) a token once it is no longer needed: there is no documented
        revoke endpoint.

        The request has no body. Assumed: errors of this endpoint (bad keys, missing or
        malformed header) are not documented by the vendor; they are specified here as
        401 with the common error body, and 400 for an invalid `lang` cookie.

        Args:
            lang: Language of the API's messages.
            extra_headers: Headers sent with this request only, on top of the client's.
            timeout: This request's timeout (seconds or an `httpx.Timeout`), instead of
                the client's.

        Returns:
            `AuthorizationToken`: A fresh token.

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

        return self._requester.request(
            create_authorization_token._get_kwargs(lang=lang),
            _parse_create_authorization_token,
            extra_headers,
            timeout,
        )


class AuthorizationResourceWithRawResponse:
    """`client.authorization.with_raw_response`: each method answers a
    `RawResponse`; a list method's, that of its first page (`.parse()` gives the page)."""

    def __init__(self, resource: AuthorizationResource) -> None:
        raw = AuthorizationResource(resource._requester.as_raw())
        self.create_token = to_raw(raw.create_token)
        del raw


class AsyncAuthorizationResource(AsyncResource):
    """`client.authorization`."""

    @cached_property
    def with_raw_response(self) -> AsyncAuthorizationResourceWithRawResponse:
        """The same methods, answering a `RawResponse` (status, headers, `.parse()`)."""
        return AsyncAuthorizationResourceWithRawResponse(self)

    async def create_token(
        self,
        *,
        lang: Lang | Unset = UNSET,
        extra_headers: Headers | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> AuthorizationToken:
        """Create an authorization token: `POST /api/authorizations/token` (create_authorization_token).

        Exchanges the account's public and private key (HTTP Basic,
        `public_key:private_key`) for a JWT. The token is valid for 1 hour (`exp - iat =
        3600`); after that the API answers 401 and a new token must be created. Send it
        raw as `Authorization: <token>` on every other call. Keep tokens secret and
        forget (delete) a token once it is no longer needed: there is no documented
        revoke endpoint.

        The request has no body. Assumed: errors of this endpoint (bad keys, missing or
        malformed header) are not documented by the vendor; they are specified here as
        401 with the common error body, and 400 for an invalid `lang` cookie.

        Args:
            lang: Language of the API's messages.
            extra_headers: Headers sent with this request only, on top of the client's.
            timeout: This request's timeout (seconds or an `httpx.Timeout`), instead of
                the client's.

        Returns:
            `AuthorizationToken`: A fresh token.

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

        return await self._requester.request(
            create_authorization_token._get_kwargs(lang=lang),
            _parse_create_authorization_token,
            extra_headers,
            timeout,
        )


class AsyncAuthorizationResourceWithRawResponse:
    """`client.authorization.with_raw_response`: each method answers a
    `RawResponse`; a list method's, that of its first page (`.parse()` gives the page)."""

    def __init__(self, resource: AsyncAuthorizationResource) -> None:
        raw = AsyncAuthorizationResource(resource._requester.as_raw())
        self.create_token = to_raw_async(raw.create_token)
        del raw
