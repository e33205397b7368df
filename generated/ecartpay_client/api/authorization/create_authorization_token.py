from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.authorization_token import AuthorizationToken
from ...models.error import Error
from ...models.lang import Lang
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    lang: Lang | Unset = UNSET,
) -> dict[str, Any]:

    cookies = {}
    if lang is not UNSET:
        cookies["lang"] = lang

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/authorizations/token",
    }
    # ecartpay: per-request cookies only when set (httpx deprecates `cookies={}` per request).
    if cookies:
        _kwargs["cookies"] = cookies

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> AuthorizationToken | Error | None:
    if response.status_code == 200:
        response_200 = AuthorizationToken.from_dict(response.json())

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
) -> Response[AuthorizationToken | Error]:
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
) -> Response[AuthorizationToken | Error]:
    """Create an authorization token

     Exchanges the account's public and private key (HTTP Basic, `public_key:private_key`)
    for a JWT. The token is valid for 1 hour (`exp - iat = 3600`); after that the API
    answers 401 and a new token must be created. Send it raw as `Authorization: <token>`
    on every other call. Keep tokens secret and forget (delete) a token once it is no
    longer needed: there is no documented revoke endpoint.

    The request has no body. Assumed: errors of this endpoint (bad keys, missing or
    malformed header) are not documented by the vendor; they are specified here as 401
    with the common error body, and 400 for an invalid `lang` cookie.

    Args:
        lang (Lang | Unset): Language of the API's messages.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AuthorizationToken | Error]
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
) -> AuthorizationToken | Error | None:
    """Create an authorization token

     Exchanges the account's public and private key (HTTP Basic, `public_key:private_key`)
    for a JWT. The token is valid for 1 hour (`exp - iat = 3600`); after that the API
    answers 401 and a new token must be created. Send it raw as `Authorization: <token>`
    on every other call. Keep tokens secret and forget (delete) a token once it is no
    longer needed: there is no documented revoke endpoint.

    The request has no body. Assumed: errors of this endpoint (bad keys, missing or
    malformed header) are not documented by the vendor; they are specified here as 401
    with the common error body, and 400 for an invalid `lang` cookie.

    Args:
        lang (Lang | Unset): Language of the API's messages.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AuthorizationToken | Error
    """

    return sync_detailed(
        client=client,
        lang=lang,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    lang: Lang | Unset = UNSET,
) -> Response[AuthorizationToken | Error]:
    """Create an authorization token

     Exchanges the account's public and private key (HTTP Basic, `public_key:private_key`)
    for a JWT. The token is valid for 1 hour (`exp - iat = 3600`); after that the API
    answers 401 and a new token must be created. Send it raw as `Authorization: <token>`
    on every other call. Keep tokens secret and forget (delete) a token once it is no
    longer needed: there is no documented revoke endpoint.

    The request has no body. Assumed: errors of this endpoint (bad keys, missing or
    malformed header) are not documented by the vendor; they are specified here as 401
    with the common error body, and 400 for an invalid `lang` cookie.

    Args:
        lang (Lang | Unset): Language of the API's messages.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AuthorizationToken | Error]
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
) -> AuthorizationToken | Error | None:
    """Create an authorization token

     Exchanges the account's public and private key (HTTP Basic, `public_key:private_key`)
    for a JWT. The token is valid for 1 hour (`exp - iat = 3600`); after that the API
    answers 401 and a new token must be created. Send it raw as `Authorization: <token>`
    on every other call. Keep tokens secret and forget (delete) a token once it is no
    longer needed: there is no documented revoke endpoint.

    The request has no body. Assumed: errors of this endpoint (bad keys, missing or
    malformed header) are not documented by the vendor; they are specified here as 401
    with the common error body, and 400 for an invalid `lang` cookie.

    Args:
        lang (Lang | Unset): Language of the API's messages.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AuthorizationToken | Error
    """

    return (
        await asyncio_detailed(
            client=client,
            lang=lang,
        )
    ).parsed
