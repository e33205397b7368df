from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.billing_client import BillingClient
from ...models.error import Error
from ...models.lang import Lang
from ...types import UNSET, Response, Unset, path_segment


def _get_kwargs(
    account_id: str,
    *,
    lang: Lang | Unset = UNSET,
) -> dict[str, Any]:

    cookies = {}
    if lang is not UNSET:
        cookies["lang"] = lang

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/_/accounts/{account_id}/billing-information".format(
            account_id=path_segment("account_id", account_id),
        ),
    }
    # ecartpay: per-request cookies only when set (httpx deprecates `cookies={}` per request).
    if cookies:
        _kwargs["cookies"] = cookies

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | list[BillingClient] | None:
    if response.status_code == 200:
        response_200 = []
        _response_200 = response.json()
        for response_200_item_data in _response_200:
            response_200_item = BillingClient.from_dict(response_200_item_data)

            response_200.append(response_200_item)

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
) -> Response[Error | list[BillingClient]]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    account_id: str,
    *,
    client: AuthenticatedClient | Client,
    lang: Lang | Unset = UNSET,
) -> Response[Error | list[BillingClient]]:
    """Get an account's client billing information

     The billing information registered in an account (`createBillingClient`). The
    export shows a request body on this GET (a copy of the withdrawal-account example);
    it is not part of this operation. Assumed: an account reads only its own; another
    account's id is a 404.

    Args:
        account_id (str):
        lang (Lang | Unset): Language of the API's messages.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | list[BillingClient]]
    """

    kwargs = _get_kwargs(
        account_id=account_id,
        lang=lang,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    account_id: str,
    *,
    client: AuthenticatedClient | Client,
    lang: Lang | Unset = UNSET,
) -> Error | list[BillingClient] | None:
    """Get an account's client billing information

     The billing information registered in an account (`createBillingClient`). The
    export shows a request body on this GET (a copy of the withdrawal-account example);
    it is not part of this operation. Assumed: an account reads only its own; another
    account's id is a 404.

    Args:
        account_id (str):
        lang (Lang | Unset): Language of the API's messages.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | list[BillingClient]
    """

    return sync_detailed(
        account_id=account_id,
        client=client,
        lang=lang,
    ).parsed


async def asyncio_detailed(
    account_id: str,
    *,
    client: AuthenticatedClient | Client,
    lang: Lang | Unset = UNSET,
) -> Response[Error | list[BillingClient]]:
    """Get an account's client billing information

     The billing information registered in an account (`createBillingClient`). The
    export shows a request body on this GET (a copy of the withdrawal-account example);
    it is not part of this operation. Assumed: an account reads only its own; another
    account's id is a 404.

    Args:
        account_id (str):
        lang (Lang | Unset): Language of the API's messages.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | list[BillingClient]]
    """

    kwargs = _get_kwargs(
        account_id=account_id,
        lang=lang,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    account_id: str,
    *,
    client: AuthenticatedClient | Client,
    lang: Lang | Unset = UNSET,
) -> Error | list[BillingClient] | None:
    """Get an account's client billing information

     The billing information registered in an account (`createBillingClient`). The
    export shows a request body on this GET (a copy of the withdrawal-account example);
    it is not part of this operation. Assumed: an account reads only its own; another
    account's id is a 404.

    Args:
        account_id (str):
        lang (Lang | Unset): Language of the API's messages.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | list[BillingClient]
    """

    return (
        await asyncio_detailed(
            account_id=account_id,
            client=client,
            lang=lang,
        )
    ).parsed
