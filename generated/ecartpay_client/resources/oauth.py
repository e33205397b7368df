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
        extra_headers: Headers | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> OauthGrant:
        """Exchange an authorization code (or refresh a grant): `POST /api/oauth/token` (create_oauth_token)."""

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
        )

    def retrieve_credentials(
        self,
        *,
        lang: Lang | Unset = UNSET,
        extra_headers: Headers | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> OauthCredentials:
        """Read the connected merchant's keys: `GET /api/oauth/credentials` (get_oauth_credentials)."""

        return self._requester.request(
            get_oauth_credentials._get_kwargs(lang=lang),
            _parse_get_oauth_credentials,
            extra_headers,
            timeout,
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
        extra_headers: Headers | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> OauthGrant:
        """Exchange an authorization code (or refresh a grant): `POST /api/oauth/token` (create_oauth_token)."""

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
        )

    async def retrieve_credentials(
        self,
        *,
        lang: Lang | Unset = UNSET,
        extra_headers: Headers | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> OauthCredentials:
        """Read the connected merchant's keys: `GET /api/oauth/credentials` (get_oauth_credentials)."""

        return await self._requester.request(
            get_oauth_credentials._get_kwargs(lang=lang),
            _parse_get_oauth_credentials,
            extra_headers,
            timeout,
        )


class AsyncOauthResourceWithRawResponse:
    """`client.oauth.with_raw_response`: each method answers a
    `RawResponse`; a list method's, that of its first page (`.parse()` gives the page)."""

    def __init__(self, resource: AsyncOauthResource) -> None:
        raw = AsyncOauthResource(resource._requester.as_raw())
        self.create_token = to_raw_async(raw.create_token)
        self.retrieve_credentials = to_raw_async(raw.retrieve_credentials)
        del raw
