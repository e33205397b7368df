"""`client.oauth`: the front door's resource (and sub-resources), sync and async.

Generated from openapi.yaml by `make generate`; never edit by hand.
"""

from __future__ import annotations

from functools import cached_property

import httpx
from ecartpay._base import NOT_GIVEN, Headers, NotGiven, Timeout, payload
from ecartpay._resource import (
    AsyncResource,
    SyncResource,
    to_raw,
    to_raw_async,
)

from ..api.oauth import (
    create_oauth_token,
    get_oauth_credentials,
)
from ..models.lang import Lang
from ..models.oauth_credentials import OauthCredentials
from ..models.oauth_grant import OauthGrant
from ..models.oauth_token_request import OauthTokenRequest
from ..models.oauth_token_request_grant_type import OauthTokenRequestGrantType
from ..types import UNSET, Unset


def _parse_create_oauth_token(response: httpx.Response) -> OauthGrant:
    response_200 = OauthGrant.from_dict(response.json())

    return response_200


def _parse_get_oauth_credentials(response: httpx.Response) -> OauthCredentials:
    response_200 = OauthCredentials.from_dict(response.json())

    return response_200


class OauthResource(SyncResource):
    """`client.oauth`."""

    @cached_property
    def with_raw_response(self) -> OauthResourceWithRawResponse:
        """The same methods, answering a `RawResponse` (status, headers, `.parse()`)."""
        return OauthResourceWithRawResponse(self)

    def create_token(
        self,
        *,
        grant_type: OauthTokenRequestGrantType,
        redirect_url: str | Unset = UNSET,
        refresh_token: str | Unset = UNSET,
        client_id: str,
        x_secret: str,
        lang: Lang | Unset = UNSET,
        authorization: str | None = None,
        extra_headers: Headers | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> OauthGrant:
        """Exchange an authorization code (or refresh a grant): `POST /api/oauth/token` (create_oauth_token).

        Run on the platform's server only. With `grant_type: authorization_code`, the
        single-use code from the redirect travels raw in `Authorization`, the
        application's secret in `x-secret`, and `redirect_url` must be exactly the URL
        the application registered. With `grant_type: refresh_token` (assumed from the
        usual OAuth names: the docs page has a section on refreshing whose field names
        are not in our excerpt), the body's `refresh_token` stands for the code and
        `Authorization` is not sent.

        The two vendor sources disagree on the answer, so both shapes are valid here: -
        the vendor's agent plugin (skill `oauth-connect`) shows the merchant's keys
        directly: `account_id`, `public_id`, `private_id` and a comma-separated `scope`;
        - the docs page "OAuth Ecart Pay" shows an `access_token`, which
        `getOauthCredentials` turns into the keys (and, when refreshing, a new one). A
        client must follow whichever shape arrives.

        Errors use the vendor's `{message, statusCode}` body. Assumed (the docs' error
        reference is not in our excerpt): the credentials of this request are the
        application's (`client_id`, `x-secret`) and the code in `Authorization`, so an
        unknown client, a wrong secret, a missing, unknown, expired or already used
        code, and an unknown or spent refresh token are a 401, like any refused
        credential of this API; a `redirect_url` other than the registered one is a 400.
        The body may add an OAuth-style `error` code (`invalid_client`, `invalid_grant`,
        `redirect_uri_mismatch`, `invalid_request`).

        Args:
            grant_type: `authorization_code` to exchange a callback's code, or
                `refresh_token` (assumed) to renew an access token.
            redirect_url: The registered redirect URL, exactly (with
                `authorization_code`).
            refresh_token: The refresh token of an earlier exchange (with
                `refresh_token`).
            client_id: The application's `client_id`.
            x_secret: The application's `client_secret`.
            lang: Language of the API's messages.
            authorization: Sent raw in `Authorization` instead of the client's token:
                Only for `createOauthToken`: the single-use authorization code from the
                redirect, sent raw (the vendor's agent plugin). None: no `Authorization` at
                all.
            extra_headers: Headers sent with this request only, on top of the client's.
            timeout: This request's timeout (seconds or an `httpx.Timeout`), instead of
                the client's.

        Returns:
            `OauthGrant`: The merchant's keys, or an access token (see above).

        Raises:
            ecartpay.BadRequestError: 400: The exchange was refused (assumed statuses):
                401 for the credentials (the application's, the code or the refresh token:
                unknown, expired, used), 400 for a redirect URL other than the registered
                one.
            ecartpay.AuthenticationError: 401: The exchange was refused (assumed
                statuses): 401 for the credentials (the application's, the code or the
                refresh token: unknown, expired, used), 400 for a redirect URL other than
                the registered one.
            ecartpay.APIError: Any other error status the API answers.
            ecartpay.APIConnectionError: No answer, after every safe retry
                (`ecartpay.APITimeoutError` when it timed out).
        """

        fields = payload(
            {
                "grant_type": grant_type,
                "redirect_url": redirect_url,
                "refresh_token": refresh_token,
            }
        )
        body = OauthTokenRequest.from_dict(fields)

        return self._requester.request(
            create_oauth_token._get_kwargs(
                body=body, client_id=client_id, x_secret=x_secret, lang=lang
            ),
            _parse_create_oauth_token,
            extra_headers,
            timeout,
            credential=authorization,
        )

    def retrieve_credentials(
        self,
        *,
        lang: Lang | Unset = UNSET,
        authorization: str,
        extra_headers: Headers | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> OauthCredentials:
        """Read the connected merchant's keys: `GET /api/oauth/credentials` (get_oauth_credentials).

        From the docs page only (step 5): the access token of `createOauthToken` answers
        the merchant's `public_id` / `private_id`, ordinary API keys for
        `createAuthorizationToken`. Assumed: the access token travels raw in
        `Authorization` like every token of this API (the local sandbox also accepts a
        `Bearer ` prefix here, the usual OAuth form); an unknown or expired access token
        is a 401.

        Args:
            lang: Language of the API's messages.
            authorization: Sent raw in `Authorization` instead of the client's token:
                Only for `getOauthCredentials`: the access token of `createOauthToken` (docs
                page).
            extra_headers: Headers sent with this request only, on top of the client's.
            timeout: This request's timeout (seconds or an `httpx.Timeout`), instead of
                the client's.

        Returns:
            `OauthCredentials`: The merchant's keys.

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
            get_oauth_credentials._get_kwargs(lang=lang),
            _parse_get_oauth_credentials,
            extra_headers,
            timeout,
            credential=authorization,
        )


class OauthResourceWithRawResponse:
    """`client.oauth.with_raw_response`: each method answers a
    `RawResponse`; a list method's, that of its first page (`.parse()` gives the page)."""

    def __init__(self, resource: OauthResource) -> None:
        raw = OauthResource(resource._requester.as_raw())
        self.create_token = to_raw(raw.create_token)
        self.retrieve_credentials = to_raw(raw.retrieve_credentials)
        del raw


class AsyncOauthResource(AsyncResource):
    """`client.oauth`."""

    @cached_property
    def with_raw_response(self) -> AsyncOauthResourceWithRawResponse:
        """The same methods, answering a `RawResponse` (status, headers, `.parse()`)."""
        return AsyncOauthResourceWithRawResponse(self)

    async def create_token(
        self,
        *,
        grant_type: OauthTokenRequestGrantType,
        redirect_url: str | Unset = UNSET,
        refresh_token: str | Unset = UNSET,
        client_id: str,
        x_secret: str,
        lang: Lang | Unset = UNSET,
        authorization: str | None = None,
        extra_headers: Headers | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> OauthGrant:
        """Exchange an authorization code (or refresh a grant): `POST /api/oauth/token` (create_oauth_token).

        Run on the platform's server only. With `grant_type: authorization_code`, the
        single-use code from the redirect travels raw in `Authorization`, the
        application's secret in `x-secret`, and `redirect_url` must be exactly the URL
        the application registered. With `grant_type: refresh_token` (assumed from the
        usual OAuth names: the docs page has a section on refreshing whose field names
        are not in our excerpt), the body's `refresh_token` stands for the code and
        `Authorization` is not sent.

        The two vendor sources disagree on the answer, so both shapes are valid here: -
        the vendor's agent plugin (skill `oauth-connect`) shows the merchant's keys
        directly: `account_id`, `public_id`, `private_id` and a comma-separated `scope`;
        - the docs page "OAuth Ecart Pay" shows an `access_token`, which
        `getOauthCredentials` turns into the keys (and, when refreshing, a new one). A
        client must follow whichever shape arrives.

        Errors use the vendor's `{message, statusCode}` body. Assumed (the docs' error
        reference is not in our excerpt): the credentials of this request are the
        application's (`client_id`, `x-secret`) and the code in `Authorization`, so an
        unknown client, a wrong secret, a missing, unknown, expired or already used
        code, and an unknown or spent refresh token are a 401, like any refused
        credential of this API; a `redirect_url` other than the registered one is a 400.
        The body may add an OAuth-style `error` code (`invalid_client`, `invalid_grant`,
        `redirect_uri_mismatch`, `invalid_request`).

        Args:
            grant_type: `authorization_code` to exchange a callback's code, or
                `refresh_token` (assumed) to renew an access token.
            redirect_url: The registered redirect URL, exactly (with
                `authorization_code`).
            refresh_token: The refresh token of an earlier exchange (with
                `refresh_token`).
            client_id: The application's `client_id`.
            x_secret: The application's `client_secret`.
            lang: Language of the API's messages.
            authorization: Sent raw in `Authorization` instead of the client's token:
                Only for `createOauthToken`: the single-use authorization code from the
                redirect, sent raw (the vendor's agent plugin). None: no `Authorization` at
                all.
            extra_headers: Headers sent with this request only, on top of the client's.
            timeout: This request's timeout (seconds or an `httpx.Timeout`), instead of
                the client's.

        Returns:
            `OauthGrant`: The merchant's keys, or an access token (see above).

        Raises:
            ecartpay.BadRequestError: 400: The exchange was refused (assumed statuses):
                401 for the credentials (the application's, the code or the refresh token:
                unknown, expired, used), 400 for a redirect URL other than the registered
                one.
            ecartpay.AuthenticationError: 401: The exchange was refused (assumed
                statuses): 401 for the credentials (the application's, the code or the
                refresh token: unknown, expired, used), 400 for a redirect URL other than
                the registered one.
            ecartpay.APIError: Any other error status the API answers.
            ecartpay.APIConnectionError: No answer, after every safe retry
                (`ecartpay.APITimeoutError` when it timed out).
        """

        fields = payload(
            {
                "grant_type": grant_type,
                "redirect_url": redirect_url,
                "refresh_token": refresh_token,
            }
        )
        body = OauthTokenRequest.from_dict(fields)

        return await self._requester.request(
            create_oauth_token._get_kwargs(
                body=body, client_id=client_id, x_secret=x_secret, lang=lang
            ),
            _parse_create_oauth_token,
            extra_headers,
            timeout,
            credential=authorization,
        )

    async def retrieve_credentials(
        self,
        *,
        lang: Lang | Unset = UNSET,
        authorization: str,
        extra_headers: Headers | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> OauthCredentials:
        """Read the connected merchant's keys: `GET /api/oauth/credentials` (get_oauth_credentials).

        From the docs page only (step 5): the access token of `createOauthToken` answers
        the merchant's `public_id` / `private_id`, ordinary API keys for
        `createAuthorizationToken`. Assumed: the access token travels raw in
        `Authorization` like every token of this API (the local sandbox also accepts a
        `Bearer ` prefix here, the usual OAuth form); an unknown or expired access token
        is a 401.

        Args:
            lang: Language of the API's messages.
            authorization: Sent raw in `Authorization` instead of the client's token:
                Only for `getOauthCredentials`: the access token of `createOauthToken` (docs
                page).
            extra_headers: Headers sent with this request only, on top of the client's.
            timeout: This request's timeout (seconds or an `httpx.Timeout`), instead of
                the client's.

        Returns:
            `OauthCredentials`: The merchant's keys.

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
            get_oauth_credentials._get_kwargs(lang=lang),
            _parse_get_oauth_credentials,
            extra_headers,
            timeout,
            credential=authorization,
        )


class AsyncOauthResourceWithRawResponse:
    """`client.oauth.with_raw_response`: each method answers a
    `RawResponse`; a list method's, that of its first page (`.parse()` gives the page)."""

    def __init__(self, resource: AsyncOauthResource) -> None:
        raw = AsyncOauthResource(resource._requester.as_raw())
        self.create_token = to_raw_async(raw.create_token)
        self.retrieve_credentials = to_raw_async(raw.retrieve_credentials)
        del raw
