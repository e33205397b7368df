from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.form import Form
from ...models.lang import Lang
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    name: str | Unset = UNSET,
    module: str | Unset = UNSET,
    country: str | Unset = UNSET,
    lang: Lang | Unset = UNSET,
) -> dict[str, Any]:

    cookies = {}
    if lang is not UNSET:
        cookies["lang"] = lang

    params: dict[str, Any] = {}

    params["name"] = name

    params["module"] = module

    params["country"] = country

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/forms",
        "params": params,
    }
    # ecartpay: per-request cookies only when set (httpx deprecates `cookies={}` per request).
    if cookies:
        _kwargs["cookies"] = cookies

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | list[Form] | None:
    if response.status_code == 200:
        response_200 = []
        _response_200 = response.json()
        for response_200_item_data in _response_200:
            response_200_item = Form.from_dict(response_200_item_data)

            response_200.append(response_200_item)

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
) -> Response[Error | list[Form]]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    name: str | Unset = UNSET,
    module: str | Unset = UNSET,
    country: str | Unset = UNSET,
    lang: Lang | Unset = UNSET,
) -> Response[Error | list[Form]]:
    """Get billing forms

     The field definitions of a form (e.g. `siigo_keys` of module `billings` in CO), to
    render it. Assumed shape (no recorded answer): a bare array of the forms that match
    every given filter.

    Args:
        name (str | Unset):
        module (str | Unset):
        country (str | Unset):
        lang (Lang | Unset): Language of the API's messages.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | list[Form]]
    """

    kwargs = _get_kwargs(
        name=name,
        module=module,
        country=country,
        lang=lang,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    name: str | Unset = UNSET,
    module: str | Unset = UNSET,
    country: str | Unset = UNSET,
    lang: Lang | Unset = UNSET,
) -> Error | list[Form] | None:
    """Get billing forms

     The field definitions of a form (e.g. `siigo_keys` of module `billings` in CO), to
    render it. Assumed shape (no recorded answer): a bare array of the forms that match
    every given filter.

    Args:
        name (str | Unset):
        module (str | Unset):
        country (str | Unset):
        lang (Lang | Unset): Language of the API's messages.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | list[Form]
    """

    return sync_detailed(
        client=client,
        name=name,
        module=module,
        country=country,
        lang=lang,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    name: str | Unset = UNSET,
    module: str | Unset = UNSET,
    country: str | Unset = UNSET,
    lang: Lang | Unset = UNSET,
) -> Response[Error | list[Form]]:
    """Get billing forms

     The field definitions of a form (e.g. `siigo_keys` of module `billings` in CO), to
    render it. Assumed shape (no recorded answer): a bare array of the forms that match
    every given filter.

    Args:
        name (str | Unset):
        module (str | Unset):
        country (str | Unset):
        lang (Lang | Unset): Language of the API's messages.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | list[Form]]
    """

    kwargs = _get_kwargs(
        name=name,
        module=module,
        country=country,
        lang=lang,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    name: str | Unset = UNSET,
    module: str | Unset = UNSET,
    country: str | Unset = UNSET,
    lang: Lang | Unset = UNSET,
) -> Error | list[Form] | None:
    """Get billing forms

     The field definitions of a form (e.g. `siigo_keys` of module `billings` in CO), to
    render it. Assumed shape (no recorded answer): a bare array of the forms that match
    every given filter.

    Args:
        name (str | Unset):
        module (str | Unset):
        country (str | Unset):
        lang (Lang | Unset): Language of the API's messages.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | list[Form]
    """

    return (
        await asyncio_detailed(
            client=client,
            name=name,
            module=module,
            country=country,
            lang=lang,
        )
    ).parsed
