from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.lang import Lang
from ...models.transaction_summary import TransactionSummary
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    currency: str | Unset = UNSET,
    lang: Lang | Unset = UNSET,
) -> dict[str, Any]:

    cookies = {}
    if lang is not UNSET:
        cookies["lang"] = lang

    params: dict[str, Any] = {}

    params["currency"] = currency

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/transactions/summary",
        "params": params,
    }
    # ecartpay: per-request cookies only when set (httpx deprecates `cookies={}` per request).
    if cookies:
        _kwargs["cookies"] = cookies

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | TransactionSummary | None:
    if response.status_code == 200:
        response_200 = TransactionSummary.from_dict(response.json())

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
) -> Response[Error | TransactionSummary]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    currency: str | Unset = UNSET,
    lang: Lang | Unset = UNSET,
) -> Response[Error | TransactionSummary]:
    """Balance and totals in one currency

     Pay-ins, refunds, payouts and fees of the account in `currency`, and the balance
    they leave. Assumed: without `currency`, MXN.

    Args:
        currency (str | Unset): ISO 4217 code in requests (MXN, USD, BRL, CAD, ARS, COP, EUR, PEN,
            JPY, RUB, GBP,
            CLP, UYU, GTQ, INR, CNY, AUD, ...). A pattern rather than an enum, so a currency the
            vendor adds later is accepted; responses use a plain string.
        lang (Lang | Unset): Language of the API's messages.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | TransactionSummary]
    """

    kwargs = _get_kwargs(
        currency=currency,
        lang=lang,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    currency: str | Unset = UNSET,
    lang: Lang | Unset = UNSET,
) -> Error | TransactionSummary | None:
    """Balance and totals in one currency

     Pay-ins, refunds, payouts and fees of the account in `currency`, and the balance
    they leave. Assumed: without `currency`, MXN.

    Args:
        currency (str | Unset): ISO 4217 code in requests (MXN, USD, BRL, CAD, ARS, COP, EUR, PEN,
            JPY, RUB, GBP,
            CLP, UYU, GTQ, INR, CNY, AUD, ...). A pattern rather than an enum, so a currency the
            vendor adds later is accepted; responses use a plain string.
        lang (Lang | Unset): Language of the API's messages.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | TransactionSummary
    """

    return sync_detailed(
        client=client,
        currency=currency,
        lang=lang,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    currency: str | Unset = UNSET,
    lang: Lang | Unset = UNSET,
) -> Response[Error | TransactionSummary]:
    """Balance and totals in one currency

     Pay-ins, refunds, payouts and fees of the account in `currency`, and the balance
    they leave. Assumed: without `currency`, MXN.

    Args:
        currency (str | Unset): ISO 4217 code in requests (MXN, USD, BRL, CAD, ARS, COP, EUR, PEN,
            JPY, RUB, GBP,
            CLP, UYU, GTQ, INR, CNY, AUD, ...). A pattern rather than an enum, so a currency the
            vendor adds later is accepted; responses use a plain string.
        lang (Lang | Unset): Language of the API's messages.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | TransactionSummary]
    """

    kwargs = _get_kwargs(
        currency=currency,
        lang=lang,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    currency: str | Unset = UNSET,
    lang: Lang | Unset = UNSET,
) -> Error | TransactionSummary | None:
    """Balance and totals in one currency

     Pay-ins, refunds, payouts and fees of the account in `currency`, and the balance
    they leave. Assumed: without `currency`, MXN.

    Args:
        currency (str | Unset): ISO 4217 code in requests (MXN, USD, BRL, CAD, ARS, COP, EUR, PEN,
            JPY, RUB, GBP,
            CLP, UYU, GTQ, INR, CNY, AUD, ...). A pattern rather than an enum, so a currency the
            vendor adds later is accepted; responses use a plain string.
        lang (Lang | Unset): Language of the API's messages.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | TransactionSummary
    """

    return (
        await asyncio_detailed(
            client=client,
            currency=currency,
            lang=lang,
        )
    ).parsed
