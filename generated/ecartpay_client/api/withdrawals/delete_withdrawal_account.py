from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.delete_withdrawal_account_body import DeleteWithdrawalAccountBody
from ...models.error import Error
from ...models.lang import Lang
from ...models.withdrawal_account import WithdrawalAccount
from ...types import UNSET, Response, Unset, path_segment


def _get_kwargs(
    id: str,
    *,
    body: DeleteWithdrawalAccountBody | Unset = UNSET,
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
        "method": "delete",
        "url": "/api/accounts/payments/method/{id}".format(
            id=path_segment("id", id),
        ),
    }
    # ecartpay: per-request cookies only when set (httpx deprecates `cookies={}` per request).
    if cookies:
        _kwargs["cookies"] = cookies

    if not isinstance(body, Unset):
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

    if response.status_code == 404:
        response_404 = Error.from_dict(response.json())

        return response_404

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
    id: str,
    *,
    client: AuthenticatedClient | Client,
    body: DeleteWithdrawalAccountBody | Unset = UNSET,
    x_otp: str | Unset = UNSET,
    lang: Lang | Unset = UNSET,
) -> Response[Error | WithdrawalAccount]:
    """Delete a withdrawal bank account

     Needs the owner's one-time code (`X-OTP`). Assumed (the reference shows no answer)
    the deleted account comes back. The reference's example sends a body (`name`),
    which is accepted and ignored.

    Args:
        id (str):
        x_otp (str | Unset):
        lang (Lang | Unset): Language of the API's messages.
        body (DeleteWithdrawalAccountBody | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | WithdrawalAccount]
    """

    kwargs = _get_kwargs(
        id=id,
        body=body,
        x_otp=x_otp,
        lang=lang,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    body: DeleteWithdrawalAccountBody | Unset = UNSET,
    x_otp: str | Unset = UNSET,
    lang: Lang | Unset = UNSET,
) -> Error | WithdrawalAccount | None:
    """Delete a withdrawal bank account

     Needs the owner's one-time code (`X-OTP`). Assumed (the reference shows no answer)
    the deleted account comes back. The reference's example sends a body (`name`),
    which is accepted and ignored.

    Args:
        id (str):
        x_otp (str | Unset):
        lang (Lang | Unset): Language of the API's messages.
        body (DeleteWithdrawalAccountBody | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | WithdrawalAccount
    """

    return sync_detailed(
        id=id,
        client=client,
        body=body,
        x_otp=x_otp,
        lang=lang,
    ).parsed


async def asyncio_detailed(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    body: DeleteWithdrawalAccountBody | Unset = UNSET,
    x_otp: str | Unset = UNSET,
    lang: Lang | Unset = UNSET,
) -> Response[Error | WithdrawalAccount]:
    """Delete a withdrawal bank account

     Needs the owner's one-time code (`X-OTP`). Assumed (the reference shows no answer)
    the deleted account comes back. The reference's example sends a body (`name`),
    which is accepted and ignored.

    Args:
        id (str):
        x_otp (str | Unset):
        lang (Lang | Unset): Language of the API's messages.
        body (DeleteWithdrawalAccountBody | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | WithdrawalAccount]
    """

    kwargs = _get_kwargs(
        id=id,
        body=body,
        x_otp=x_otp,
        lang=lang,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    body: DeleteWithdrawalAccountBody | Unset = UNSET,
    x_otp: str | Unset = UNSET,
    lang: Lang | Unset = UNSET,
) -> Error | WithdrawalAccount | None:
    """Delete a withdrawal bank account

     Needs the owner's one-time code (`X-OTP`). Assumed (the reference shows no answer)
    the deleted account comes back. The reference's example sends a body (`name`),
    which is accepted and ignored.

    Args:
        id (str):
        x_otp (str | Unset):
        lang (Lang | Unset): Language of the API's messages.
        body (DeleteWithdrawalAccountBody | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | WithdrawalAccount
    """

    return (
        await asyncio_detailed(
            id=id,
            client=client,
            body=body,
            x_otp=x_otp,
            lang=lang,
        )
    ).parsed
