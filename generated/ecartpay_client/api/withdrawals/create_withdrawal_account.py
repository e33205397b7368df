from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.lang import Lang
from ...models.withdrawal_account import WithdrawalAccount
from ...models.withdrawal_account_create import WithdrawalAccountCreate
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    body: WithdrawalAccountCreate,
    x_otp: str | Unset = UNSET,
    lang: Lang | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(x_otp, Unset):
        headers["X-OTP"] = x_otp

    cookies = {}
    if lang is not UNSET:
        cookies["lang"] = lang

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/accounts/payments/method",
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
) -> Error | WithdrawalAccount | None:
    if response.status_code == 200:
        response_200 = WithdrawalAccount.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = Error.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = Error.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = Error.from_dict(response.json())

        return response_403

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Error | WithdrawalAccount]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: WithdrawalAccountCreate,
    x_otp: str | Unset = UNSET,
    lang: Lang | Unset = UNSET,
) -> Response[Error | WithdrawalAccount]:
    """Add a withdrawal bank account

     Needs the one-time code of the account's owner (`X-OTP`); a missing or wrong code
    is refused with 403 and nothing is stored.

    Args:
        x_otp (str | Unset):
        lang (Lang | Unset): Language of the API's messages.
        body (WithdrawalAccountCreate): Assumed: `method` and `name` are required. The reference's
            example puts the CLABE
            in `business_name`; `number` (from the update operation) holds it too.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | WithdrawalAccount]
    """

    kwargs = _get_kwargs(
        body=body,
        x_otp=x_otp,
        lang=lang,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: WithdrawalAccountCreate,
    x_otp: str | Unset = UNSET,
    lang: Lang | Unset = UNSET,
) -> Error | WithdrawalAccount | None:
    """Add a withdrawal bank account

     Needs the one-time code of the account's owner (`X-OTP`); a missing or wrong code
    is refused with 403 and nothing is stored.

    Args:
        x_otp (str | Unset):
        lang (Lang | Unset): Language of the API's messages.
        body (WithdrawalAccountCreate): Assumed: `method` and `name` are required. The reference's
            example puts the CLABE
            in `business_name`; `number` (from the update operation) holds it too.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | WithdrawalAccount
    """

    return sync_detailed(
        client=client,
        body=body,
        x_otp=x_otp,
        lang=lang,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: WithdrawalAccountCreate,
    x_otp: str | Unset = UNSET,
    lang: Lang | Unset = UNSET,
) -> Response[Error | WithdrawalAccount]:
    """Add a withdrawal bank account

     Needs the one-time code of the account's owner (`X-OTP`); a missing or wrong code
    is refused with 403 and nothing is stored.

    Args:
        x_otp (str | Unset):
        lang (Lang | Unset): Language of the API's messages.
        body (WithdrawalAccountCreate): Assumed: `method` and `name` are required. The reference's
            example puts the CLABE
            in `business_name`; `number` (from the update operation) holds it too.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | WithdrawalAccount]
    """

    kwargs = _get_kwargs(
        body=body,
        x_otp=x_otp,
        lang=lang,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: WithdrawalAccountCreate,
    x_otp: str | Unset = UNSET,
    lang: Lang | Unset = UNSET,
) -> Error | WithdrawalAccount | None:
    """Add a withdrawal bank account

     Needs the one-time code of the account's owner (`X-OTP`); a missing or wrong code
    is refused with 403 and nothing is stored.

    Args:
        x_otp (str | Unset):
        lang (Lang | Unset): Language of the API's messages.
        body (WithdrawalAccountCreate): Assumed: `method` and `name` are required. The reference's
            example puts the CLABE
            in `business_name`; `number` (from the update operation) holds it too.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | WithdrawalAccount
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
            x_otp=x_otp,
            lang=lang,
        )
    ).parsed
