from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.account_gateway import AccountGateway
from ...models.error import Error
from ...models.gateway_keys_create import GatewayKeysCreate
from ...models.lang import Lang
from ...types import UNSET, Response, Unset, path_segment


def _get_kwargs(
    gateway_id: str,
    *,
    body: GatewayKeysCreate,
    lang: Lang | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    cookies = {}
    if lang is not UNSET:
        cookies["lang"] = lang

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/accounts/gateways/{gateway_id}/keys".format(
            gateway_id=path_segment("gateway_id", gateway_id),
        ),
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
) -> AccountGateway | Error | None:
    if response.status_code == 200:
        response_200 = AccountGateway.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = Error.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = Error.from_dict(response.json())

        return response_401

    if response.status_code == 404:
        response_404 = Error.from_dict(response.json())

        return response_404

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[AccountGateway | Error]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    gateway_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: GatewayKeysCreate,
    lang: Lang | Unset = UNSET,
) -> Response[AccountGateway | Error]:
    """Store the account's keys for a gateway

     Connects the account to a gateway with the merchant's own keys for it. Assumed (no
    recorded answer): answers the stored configuration, which never carries the private
    key back; an unknown gateway is a 404; `public_key` and `private_key` are required.

    Args:
        gateway_id (str):
        lang (Lang | Unset): Language of the API's messages.
        body (GatewayKeysCreate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AccountGateway | Error]
    """

    kwargs = _get_kwargs(
        gateway_id=gateway_id,
        body=body,
        lang=lang,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    gateway_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: GatewayKeysCreate,
    lang: Lang | Unset = UNSET,
) -> AccountGateway | Error | None:
    """Store the account's keys for a gateway

     Connects the account to a gateway with the merchant's own keys for it. Assumed (no
    recorded answer): answers the stored configuration, which never carries the private
    key back; an unknown gateway is a 404; `public_key` and `private_key` are required.

    Args:
        gateway_id (str):
        lang (Lang | Unset): Language of the API's messages.
        body (GatewayKeysCreate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AccountGateway | Error
    """

    return sync_detailed(
        gateway_id=gateway_id,
        client=client,
        body=body,
        lang=lang,
    ).parsed


async def asyncio_detailed(
    gateway_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: GatewayKeysCreate,
    lang: Lang | Unset = UNSET,
) -> Response[AccountGateway | Error]:
    """Store the account's keys for a gateway

     Connects the account to a gateway with the merchant's own keys for it. Assumed (no
    recorded answer): answers the stored configuration, which never carries the private
    key back; an unknown gateway is a 404; `public_key` and `private_key` are required.

    Args:
        gateway_id (str):
        lang (Lang | Unset): Language of the API's messages.
        body (GatewayKeysCreate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AccountGateway | Error]
    """

    kwargs = _get_kwargs(
        gateway_id=gateway_id,
        body=body,
        lang=lang,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    gateway_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: GatewayKeysCreate,
    lang: Lang | Unset = UNSET,
) -> AccountGateway | Error | None:
    """Store the account's keys for a gateway

     Connects the account to a gateway with the merchant's own keys for it. Assumed (no
    recorded answer): answers the stored configuration, which never carries the private
    key back; an unknown gateway is a 404; `public_key` and `private_key` are required.

    Args:
        gateway_id (str):
        lang (Lang | Unset): Language of the API's messages.
        body (GatewayKeysCreate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AccountGateway | Error
    """

    return (
        await asyncio_detailed(
            gateway_id=gateway_id,
            client=client,
            body=body,
            lang=lang,
        )
    ).parsed
