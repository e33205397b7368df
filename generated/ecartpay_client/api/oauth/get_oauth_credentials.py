from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.lang import Lang
from ...models.oauth_credentials import OauthCredentials
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    lang: Lang | Unset = UNSET,
) -> dict[str, Any]:

    cookies = {}
    if lang is not UNSET:
        cookies["lang"] = lang

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/oauth/credentials",
    }
    # ecartpay: per-request cookies only when set (httpx deprecates `cookies={}` per request).
    if cookies:
        _kwargs["cookies"] = cookies

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | OauthCredentials | None:
    if response.status_code == 200:
        response_200 = OauthCredentials.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = Error.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = Error.from_dict(response.json())

        return response_401

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Error | OauthCredentials]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    lang: Lang | Unset = UNSET,
) -> Response[Error | OauthCredentials]:
    """Read the connected merchant's keys

     From the docs page only (step 5): the access token of `createOauthToken` answers
    the merchant's `public_id` / `private_id`, ordinary API keys for
    `createAuthorizationToken`. Assumed: the access token travels raw in
    `Authorization` like every token of this API (the local sandbox also accepts a
    `Bearer ` prefix here, the usual OAuth form); an unknown or expired access token
    is a 401.

    Args:
        lang (Lang | Unset): Language of the API's messages.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | OauthCredentials]
    """

    kwargs = _get_kwargs(
        lang=lang,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    lang: Lang | Unset = UNSET,
) -> Error | OauthCredentials | None:
    """Read the connected merchant's keys

     From the docs page only (step 5): the access token of `createOauthToken` answers
    the merchant's `public_id` / `private_id`, ordinary API keys for
    `createAuthorizationToken`. Assumed: the access token travels raw in
    `Authorization` like every token of this API (the local sandbox also accepts a
    `Bearer ` prefix here, the usual OAuth form); an unknown or expired access token
    is a 401.

    Args:
        lang (Lang | Unset): Language of the API's messages.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | OauthCredentials
    """

    return sync_detailed(
        client=client,
        lang=lang,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    lang: Lang | Unset = UNSET,
) -> Response[Error | OauthCredentials]:
    """Read the connected merchant's keys

     From the docs page only (step 5): the access token of `createOauthToken` answers
    the merchant's `public_id` / `private_id`, ordinary API keys for
    `createAuthorizationToken`. Assumed: the access token travels raw in
    `Authorization` like every token of this API (the local sandbox also accepts a
    `Bearer ` prefix here, the usual OAuth form); an unknown or expired access token
    is a 401.

    Args:
        lang (Lang | Unset): Language of the API's messages.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | OauthCredentials]
    """

    kwargs = _get_kwargs(
        lang=lang,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    lang: Lang | Unset = UNSET,
) -> Error | OauthCredentials | None:
    """Read the connected merchant's keys

     From the docs page only (step 5): the access token of `createOauthToken` answers
    the merchant's `public_id` / `private_id`, ordinary API keys for
    `createAuthorizationToken`. Assumed: the access token travels raw in
    `Authorization` like every token of this API (the local sandbox also accepts a
    `Bearer ` prefix here, the usual OAuth form); an unknown or expired access token
    is a 401.

    Args:
        lang (Lang | Unset): Language of the API's messages.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | OauthCredentials
    """

    return (
        await asyncio_detailed(
            client=client,
            lang=lang,
        )
    ).parsed
