from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.exchange_rates import ExchangeRates
from ...models.lang import Lang
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    base: str | Unset = UNSET,
    lang: Lang | Unset = UNSET,
) -> dict[str, Any]:

    cookies = {}
    if lang is not UNSET:
        cookies["lang"] = lang

    params: dict[str, Any] = {}

    params["base"] = base

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/exchanges",
        "params": params,
    }
    # ecartpay: per-request cookies only when set (httpx deprecates `cookies={}` per request).
    if cookies:
        _kwargs["cookies"] = cookies

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | ExchangeRates | None:
    if response.status_code == 200:
        response_200 = ExchangeRates.from_dict(response.json())

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
) -> Response[Error | ExchangeRates]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    base: str | Unset = UNSET,
    lang: Lang | Unset = UNSET,
) -> Response[Error | ExchangeRates]:
    """Exchange rates from a base currency

     Assumed shape (the vendor records no answer): `{base, rates: {CURRENCY: rate},
    updated_at}`, where one unit of `base` buys `rate` units of each currency. Assumed:
    `base` defaults to USD; a base the vendor does not quote is a 404.

    Args:
        base (str | Unset): ISO 4217 code in requests (MXN, USD, BRL, CAD, ARS, COP, EUR, PEN,
            JPY, RUB, GBP,
            CLP, UYU, GTQ, INR, CNY, AUD, ...). A pattern rather than an enum, so a currency the
            vendor adds later is accepted; responses use a plain string.
        lang (Lang | Unset): Language of the API's messages.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | ExchangeRates]
    """

    kwargs = _get_kwargs(
        base=base,
        lang=lang,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    base: str | Unset = UNSET,
    lang: Lang | Unset = UNSET,
) -> Error | ExchangeRates | None:
    """Exchange rates from a base currency

     Assumed shape (the vendor records no answer): `{base, rates: {CURRENCY: rate},
    updated_at}`, where one unit of `base` buys `rate` units of each currency. Assumed:
    `base` defaults to USD; a base the vendor does not quote is a 404.

    Args:
        base (str | Unset): ISO 4217 code in requests (MXN, USD, BRL, CAD, ARS, COP, EUR, PEN,
            JPY, RUB, GBP,
            CLP, UYU, GTQ, INR, CNY, AUD, ...). A pattern rather than an enum, so a currency the
            vendor adds later is accepted; responses use a plain string.
        lang (Lang | Unset): Language of the API's messages.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | ExchangeRates
    """

    return sync_detailed(
        client=client,
        base=base,
        lang=lang,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    base: str | Unset = UNSET,
    lang: Lang | Unset = UNSET,
) -> Response[Error | ExchangeRates]:
    """Exchange rates from a base currency

     Assumed shape (the vendor records no answer): `{base, rates: {CURRENCY: rate},
    updated_at}`, where one unit of `base` buys `rate` units of each currency. Assumed:
    `base` defaults to USD; a base the vendor does not quote is a 404.

    Args:
        base (str | Unset): ISO 4217 code in requests (MXN, USD, BRL, CAD, ARS, COP, EUR, PEN,
            JPY, RUB, GBP,
            CLP, UYU, GTQ, INR, CNY, AUD, ...). A pattern rather than an enum, so a currency the
            vendor adds later is accepted; responses use a plain string.
        lang (Lang | Unset): Language of the API's messages.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | ExchangeRates]
    """

    kwargs = _get_kwargs(
        base=base,
        lang=lang,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    base: str | Unset = UNSET,
    lang: Lang | Unset = UNSET,
) -> Error | ExchangeRates | None:
    """Exchange rates from a base currency

     Assumed shape (the vendor records no answer): `{base, rates: {CURRENCY: rate},
    updated_at}`, where one unit of `base` buys `rate` units of each currency. Assumed:
    `base` defaults to USD; a base the vendor does not quote is a 404.

    Args:
        base (str | Unset): ISO 4217 code in requests (MXN, USD, BRL, CAD, ARS, COP, EUR, PEN,
            JPY, RUB, GBP,
            CLP, UYU, GTQ, INR, CNY, AUD, ...). A pattern rather than an enum, so a currency the
            vendor adds later is accepted; responses use a plain string.
        lang (Lang | Unset): Language of the API's messages.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | ExchangeRates
    """

    return (
        await asyncio_detailed(
            client=client,
            base=base,
            lang=lang,
        )
    ).parsed
