from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.lang import Lang
from ...models.oauth_error import OauthError
from ...models.oauth_grant import OauthGrant
from ...models.oauth_token_request import OauthTokenRequest
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    body: OauthTokenRequest,
    client_id: str,
    x_secret: str,
    lang: Lang | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    headers["x-secret"] = x_secret

    cookies = {}
    if lang is not UNSET:
        cookies["lang"] = lang

    params: dict[str, Any] = {}

    params["client_id"] = client_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/oauth/token",
        "params": params,
    }
    # ecartpay: per-request cookies only when set (httpx deprecates `cookies={}` per request).
    if cookies:
        _kwargs["cookies"] = cookies

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> OauthError | OauthGrant | None:
    if response.status_code == 200:
        response_200 = OauthGrant.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = OauthError.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = OauthError.from_dict(response.json())

        return response_401

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[OauthError | OauthGrant]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: OauthTokenRequest,
    client_id: str,
    x_secret: str,
    lang: Lang | Unset = UNSET,
) -> Response[OauthError | OauthGrant]:
    """Exchange an authorization code (or refresh a grant)

     Run on the platform's server only. With `grant_type: authorization_code`, the
    single-use code from the redirect travels raw in `Authorization`, the application's
    secret in `x-secret`, and `redirect_url` must be exactly the URL the application
    registered. With `grant_type: refresh_token` (assumed from the usual OAuth names:
    the docs page has a section on refreshing whose field names are not in our
    excerpt), the body's `refresh_token` stands for the code and `Authorization` is
    not sent.

    The two vendor sources disagree on the answer, so both shapes are valid here:
    - the vendor's agent plugin (skill `oauth-connect`) shows the merchant's keys
      directly: `account_id`, `public_id`, `private_id` and a comma-separated `scope`;
    - the docs page "OAuth Ecart Pay" shows an `access_token`, which
      `getOauthCredentials` turns into the keys (and, when refreshing, a new one).
    A client must follow whichever shape arrives.

    Errors use the vendor's `{message, statusCode}` body. Assumed (the docs' error
    reference is not in our excerpt): the credentials of this request are the
    application's (`client_id`, `x-secret`) and the code in `Authorization`, so an
    unknown client, a wrong secret, a missing, unknown, expired or already used code,
    and an unknown or spent refresh token are a 401, like any refused credential of
    this API; a `redirect_url` other than the registered one is a 400. The body may
    add an OAuth-style `error` code (`invalid_client`, `invalid_grant`,
    `redirect_uri_mismatch`, `invalid_request`).

    Args:
        client_id (str):
        x_secret (str):
        lang (Lang | Unset): Language of the API's messages.
        body (OauthTokenRequest): `authorization_code` (with `redirect_url`, from the vendor's
            agent plugin) or
            `refresh_token` (with `refresh_token`; assumed, see `createOauthToken`).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[OauthError | OauthGrant]
    """

    kwargs = _get_kwargs(
        body=body,
        client_id=client_id,
        x_secret=x_secret,
        lang=lang,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    body: OauthTokenRequest,
    client_id: str,
    x_secret: str,
    lang: Lang | Unset = UNSET,
) -> OauthError | OauthGrant | None:
    """Exchange an authorization code (or refresh a grant)

     Run on the platform's server only. With `grant_type: authorization_code`, the
    single-use code from the redirect travels raw in `Authorization`, the application's
    secret in `x-secret`, and `redirect_url` must be exactly the URL the application
    registered. With `grant_type: refresh_token` (assumed from the usual OAuth names:
    the docs page has a section on refreshing whose field names are not in our
    excerpt), the body's `refresh_token` stands for the code and `Authorization` is
    not sent.

    The two vendor sources disagree on the answer, so both shapes are valid here:
    - the vendor's agent plugin (skill `oauth-connect`) shows the merchant's keys
      directly: `account_id`, `public_id`, `private_id` and a comma-separated `scope`;
    - the docs page "OAuth Ecart Pay" shows an `access_token`, which
      `getOauthCredentials` turns into the keys (and, when refreshing, a new one).
    A client must follow whichever shape arrives.

    Errors use the vendor's `{message, statusCode}` body. Assumed (the docs' error
    reference is not in our excerpt): the credentials of this request are the
    application's (`client_id`, `x-secret`) and the code in `Authorization`, so an
    unknown client, a wrong secret, a missing, unknown, expired or already used code,
    and an unknown or spent refresh token are a 401, like any refused credential of
    this API; a `redirect_url` other than the registered one is a 400. The body may
    add an OAuth-style `error` code (`invalid_client`, `invalid_grant`,
    `redirect_uri_mismatch`, `invalid_request`).

    Args:
        client_id (str):
        x_secret (str):
        lang (Lang | Unset): Language of the API's messages.
        body (OauthTokenRequest): `authorization_code` (with `redirect_url`, from the vendor's
            agent plugin) or
            `refresh_token` (with `refresh_token`; assumed, see `createOauthToken`).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        OauthError | OauthGrant
    """

    return sync_detailed(
        client=client,
        body=body,
        client_id=client_id,
        x_secret=x_secret,
        lang=lang,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: OauthTokenRequest,
    client_id: str,
    x_secret: str,
    lang: Lang | Unset = UNSET,
) -> Response[OauthError | OauthGrant]:
    """Exchange an authorization code (or refresh a grant)

     Run on the platform's server only. With `grant_type: authorization_code`, the
    single-use code from the redirect travels raw in `Authorization`, the application's
    secret in `x-secret`, and `redirect_url` must be exactly the URL the application
    registered. With `grant_type: refresh_token` (assumed from the usual OAuth names:
    the docs page has a section on refreshing whose field names are not in our
    excerpt), the body's `refresh_token` stands for the code and `Authorization` is
    not sent.

    The two vendor sources disagree on the answer, so both shapes are valid here:
    - the vendor's agent plugin (skill `oauth-connect`) shows the merchant's keys
      directly: `account_id`, `public_id`, `private_id` and a comma-separated `scope`;
    - the docs page "OAuth Ecart Pay" shows an `access_token`, which
      `getOauthCredentials` turns into the keys (and, when refreshing, a new one).
    A client must follow whichever shape arrives.

    Errors use the vendor's `{message, statusCode}` body. Assumed (the docs' error
    reference is not in our excerpt): the credentials of this request are the
    application's (`client_id`, `x-secret`) and the code in `Authorization`, so an
    unknown client, a wrong secret, a missing, unknown, expired or already used code,
    and an unknown or spent refresh token are a 401, like any refused credential of
    this API; a `redirect_url` other than the registered one is a 400. The body may
    add an OAuth-style `error` code (`invalid_client`, `invalid_grant`,
    `redirect_uri_mismatch`, `invalid_request`).

    Args:
        client_id (str):
        x_secret (str):
        lang (Lang | Unset): Language of the API's messages.
        body (OauthTokenRequest): `authorization_code` (with `redirect_url`, from the vendor's
            agent plugin) or
            `refresh_token` (with `refresh_token`; assumed, see `createOauthToken`).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[OauthError | OauthGrant]
    """

    kwargs = _get_kwargs(
        body=body,
        client_id=client_id,
        x_secret=x_secret,
        lang=lang,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: OauthTokenRequest,
    client_id: str,
    x_secret: str,
    lang: Lang | Unset = UNSET,
) -> OauthError | OauthGrant | None:
    """Exchange an authorization code (or refresh a grant)

     Run on the platform's server only. With `grant_type: authorization_code`, the
    single-use code from the redirect travels raw in `Authorization`, the application's
    secret in `x-secret`, and `redirect_url` must be exactly the URL the application
    registered. With `grant_type: refresh_token` (assumed from the usual OAuth names:
    the docs page has a section on refreshing whose field names are not in our
    excerpt), the body's `refresh_token` stands for the code and `Authorization` is
    not sent.

    The two vendor sources disagree on the answer, so both shapes are valid here:
    - the vendor's agent plugin (skill `oauth-connect`) shows the merchant's keys
      directly: `account_id`, `public_id`, `private_id` and a comma-separated `scope`;
    - the docs page "OAuth Ecart Pay" shows an `access_token`, which
      `getOauthCredentials` turns into the keys (and, when refreshing, a new one).
    A client must follow whichever shape arrives.

    Errors use the vendor's `{message, statusCode}` body. Assumed (the docs' error
    reference is not in our excerpt): the credentials of this request are the
    application's (`client_id`, `x-secret`) and the code in `Authorization`, so an
    unknown client, a wrong secret, a missing, unknown, expired or already used code,
    and an unknown or spent refresh token are a 401, like any refused credential of
    this API; a `redirect_url` other than the registered one is a 400. The body may
    add an OAuth-style `error` code (`invalid_client`, `invalid_grant`,
    `redirect_uri_mismatch`, `invalid_request`).

    Args:
        client_id (str):
        x_secret (str):
        lang (Lang | Unset): Language of the API's messages.
        body (OauthTokenRequest): `authorization_code` (with `redirect_url`, from the vendor's
            agent plugin) or
            `refresh_token` (with `refresh_token`; assumed, see `createOauthToken`).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        OauthError | OauthGrant
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
            client_id=client_id,
            x_secret=x_secret,
            lang=lang,
        )
    ).parsed
