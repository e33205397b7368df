from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.lang import Lang
from ...models.oauth_application import OauthApplication
from ...models.oauth_application_create import OauthApplicationCreate
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    body: OauthApplicationCreate,
    lang: Lang | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    cookies = {}
    if lang is not UNSET:
        cookies["lang"] = lang

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/oauth/applications",
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
) -> Error | OauthApplication | None:
    if response.status_code == 200:
        response_200 = OauthApplication.from_dict(response.json())

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
) -> Response[Error | OauthApplication]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: OauthApplicationCreate,
    lang: Lang | Unset = UNSET,
) -> Response[Error | OauthApplication]:
    """Create an OAuth application

     Registers a platform's application once, with the account's ordinary token (the
    vendor requires the scope `write_oauth_applications`; the vendor's plugin sample
    sends the token with a `Bearer ` prefix, the rest of the API documents it raw: the
    raw form is specified here). The answer carries the application's `client_id` and
    its `client_secret`. The secret appears in this answer only: keep it on the
    server. The vendor always adds `read_credentials` to the scopes.

    Args:
        lang (Lang | Unset): Language of the API's messages.
        body (OauthApplicationCreate): Fields from the vendor's agent plugin. Assumed required:
            `name` and `redirect_url`
            (a consent page needs a name to show and a place to return to).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | OauthApplication]
    """

    kwargs = _get_kwargs(
        body=body,
        lang=lang,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: OauthApplicationCreate,
    lang: Lang | Unset = UNSET,
) -> Error | OauthApplication | None:
    """Create an OAuth application

     Registers a platform's application once, with the account's ordinary token (the
    vendor requires the scope `write_oauth_applications`; the vendor's plugin sample
    sends the token with a `Bearer ` prefix, the rest of the API documents it raw: the
    raw form is specified here). The answer carries the application's `client_id` and
    its `client_secret`. The secret appears in this answer only: keep it on the
    server. The vendor always adds `read_credentials` to the scopes.

    Args:
        lang (Lang | Unset): Language of the API's messages.
        body (OauthApplicationCreate): Fields from the vendor's agent plugin. Assumed required:
            `name` and `redirect_url`
            (a consent page needs a name to show and a place to return to).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | OauthApplication
    """

    return sync_detailed(
        client=client,
        body=body,
        lang=lang,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: OauthApplicationCreate,
    lang: Lang | Unset = UNSET,
) -> Response[Error | OauthApplication]:
    """Create an OAuth application

     Registers a platform's application once, with the account's ordinary token (the
    vendor requires the scope `write_oauth_applications`; the vendor's plugin sample
    sends the token with a `Bearer ` prefix, the rest of the API documents it raw: the
    raw form is specified here). The answer carries the application's `client_id` and
    its `client_secret`. The secret appears in this answer only: keep it on the
    server. The vendor always adds `read_credentials` to the scopes.

    Args:
        lang (Lang | Unset): Language of the API's messages.
        body (OauthApplicationCreate): Fields from the vendor's agent plugin. Assumed required:
            `name` and `redirect_url`
            (a consent page needs a name to show and a place to return to).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | OauthApplication]
    """

    kwargs = _get_kwargs(
        body=body,
        lang=lang,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: OauthApplicationCreate,
    lang: Lang | Unset = UNSET,
) -> Error | OauthApplication | None:
    """Create an OAuth application

     Registers a platform's application once, with the account's ordinary token (the
    vendor requires the scope `write_oauth_applications`; the vendor's plugin sample
    sends the token with a `Bearer ` prefix, the rest of the API documents it raw: the
    raw form is specified here). The answer carries the application's `client_id` and
    its `client_secret`. The secret appears in this answer only: keep it on the
    server. The vendor always adds `read_credentials` to the scopes.

    Args:
        lang (Lang | Unset): Language of the API's messages.
        body (OauthApplicationCreate): Fields from the vendor's agent plugin. Assumed required:
            `name` and `redirect_url`
            (a consent page needs a name to show and a place to return to).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | OauthApplication
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
            lang=lang,
        )
    ).parsed
