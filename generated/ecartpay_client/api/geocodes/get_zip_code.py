from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.lang import Lang
from ...models.zip_code import ZipCode
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    country: str | Unset = "MX",
    postal_code: str | Unset = UNSET,
    lang: Lang | Unset = UNSET,
) -> dict[str, Any]:

    cookies = {}
    if lang is not UNSET:
        cookies["lang"] = lang

    params: dict[str, Any] = {}

    params["country"] = country

    params["postal_code"] = postal_code

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/_/geocodes/zipcode",
        "params": params,
    }
    # ecartpay: per-request cookies only when set (httpx deprecates `cookies={}` per request).
    if cookies:
        _kwargs["cookies"] = cookies

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | list[ZipCode] | None:
    if response.status_code == 200:
        response_200 = []
        _response_200 = response.json()
        for response_200_item_data in _response_200:
            response_200_item = ZipCode.from_dict(response_200_item_data)

            response_200.append(response_200_item)

        return response_200

    if response.status_code == 400:
        response_400 = Error.from_dict(response.json())

        return response_400

    if response.status_code == 404:
        response_404 = Error.from_dict(response.json())

        return response_404

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Error | list[ZipCode]]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    country: str | Unset = "MX",
    postal_code: str | Unset = UNSET,
    lang: Lang | Unset = UNSET,
) -> Response[Error | list[ZipCode]]:
    """Look up a zip code

     Public lookup (no token); answers an array (recorded) with the zip code's place.
    Assumed: `country` defaults to MX; an unknown zip code is a 404 with the vendor's
    error body; without `postal_code`, every zip code on record for the country.

    Args:
        country (str | Unset):  Default: 'MX'.
        postal_code (str | Unset):
        lang (Lang | Unset): Language of the API's messages.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | list[ZipCode]]
    """

    kwargs = _get_kwargs(
        country=country,
        postal_code=postal_code,
        lang=lang,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    country: str | Unset = "MX",
    postal_code: str | Unset = UNSET,
    lang: Lang | Unset = UNSET,
) -> Error | list[ZipCode] | None:
    """Look up a zip code

     Public lookup (no token); answers an array (recorded) with the zip code's place.
    Assumed: `country` defaults to MX; an unknown zip code is a 404 with the vendor's
    error body; without `postal_code`, every zip code on record for the country.

    Args:
        country (str | Unset):  Default: 'MX'.
        postal_code (str | Unset):
        lang (Lang | Unset): Language of the API's messages.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | list[ZipCode]
    """

    return sync_detailed(
        client=client,
        country=country,
        postal_code=postal_code,
        lang=lang,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    country: str | Unset = "MX",
    postal_code: str | Unset = UNSET,
    lang: Lang | Unset = UNSET,
) -> Response[Error | list[ZipCode]]:
    """Look up a zip code

     Public lookup (no token); answers an array (recorded) with the zip code's place.
    Assumed: `country` defaults to MX; an unknown zip code is a 404 with the vendor's
    error body; without `postal_code`, every zip code on record for the country.

    Args:
        country (str | Unset):  Default: 'MX'.
        postal_code (str | Unset):
        lang (Lang | Unset): Language of the API's messages.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | list[ZipCode]]
    """

    kwargs = _get_kwargs(
        country=country,
        postal_code=postal_code,
        lang=lang,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    country: str | Unset = "MX",
    postal_code: str | Unset = UNSET,
    lang: Lang | Unset = UNSET,
) -> Error | list[ZipCode] | None:
    """Look up a zip code

     Public lookup (no token); answers an array (recorded) with the zip code's place.
    Assumed: `country` defaults to MX; an unknown zip code is a 404 with the vendor's
    error body; without `postal_code`, every zip code on record for the country.

    Args:
        country (str | Unset):  Default: 'MX'.
        postal_code (str | Unset):
        lang (Lang | Unset): Language of the API's messages.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | list[ZipCode]
    """

    return (
        await asyncio_detailed(
            client=client,
            country=country,
            postal_code=postal_code,
            lang=lang,
        )
    ).parsed
