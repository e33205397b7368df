from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.activity_list import ActivityList
from ...models.error import Error
from ...models.lang import Lang
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    status: str | Unset = UNSET,
    risk_level: str | Unset = UNSET,
    q: str | Unset = UNSET,
    page: int | Unset = 1,
    limit: int | Unset = 20,
    lang: Lang | Unset = UNSET,
) -> dict[str, Any]:

    cookies = {}
    if lang is not UNSET:
        cookies["lang"] = lang

    params: dict[str, Any] = {}

    params["status"] = status

    params["risk_level"] = risk_level

    params["q"] = q

    params["page"] = page

    params["limit"] = limit

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/activity",
        "params": params,
    }
    # ecartpay: per-request cookies only when set (httpx deprecates `cookies={}` per request).
    if cookies:
        _kwargs["cookies"] = cookies

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ActivityList | Error | None:
    if response.status_code == 200:
        response_200 = ActivityList.from_dict(response.json())

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
) -> Response[ActivityList | Error]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    status: str | Unset = UNSET,
    risk_level: str | Unset = UNSET,
    q: str | Unset = UNSET,
    page: int | Unset = 1,
    limit: int | Unset = 20,
    lang: Lang | Unset = UNSET,
) -> Response[ActivityList | Error]:
    """List payment activity

     Payment attempts seen by the risk engine, newest first. `status` and `risk_level`
    take comma-separated values (`failed,blocked`); `q` searches card digits, email and
    order id. Assumed shape (no recorded answer): `{docs, count, pages}` like the
    vendor's other lists; `limit` (the vendor's example is 100) at most 100.

    Args:
        status (str | Unset):
        risk_level (str | Unset):
        q (str | Unset):
        page (int | Unset):  Default: 1.
        limit (int | Unset):  Default: 20.
        lang (Lang | Unset): Language of the API's messages.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ActivityList | Error]
    """

    kwargs = _get_kwargs(
        status=status,
        risk_level=risk_level,
        q=q,
        page=page,
        limit=limit,
        lang=lang,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    status: str | Unset = UNSET,
    risk_level: str | Unset = UNSET,
    q: str | Unset = UNSET,
    page: int | Unset = 1,
    limit: int | Unset = 20,
    lang: Lang | Unset = UNSET,
) -> ActivityList | Error | None:
    """List payment activity

     Payment attempts seen by the risk engine, newest first. `status` and `risk_level`
    take comma-separated values (`failed,blocked`); `q` searches card digits, email and
    order id. Assumed shape (no recorded answer): `{docs, count, pages}` like the
    vendor's other lists; `limit` (the vendor's example is 100) at most 100.

    Args:
        status (str | Unset):
        risk_level (str | Unset):
        q (str | Unset):
        page (int | Unset):  Default: 1.
        limit (int | Unset):  Default: 20.
        lang (Lang | Unset): Language of the API's messages.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ActivityList | Error
    """

    return sync_detailed(
        client=client,
        status=status,
        risk_level=risk_level,
        q=q,
        page=page,
        limit=limit,
        lang=lang,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    status: str | Unset = UNSET,
    risk_level: str | Unset = UNSET,
    q: str | Unset = UNSET,
    page: int | Unset = 1,
    limit: int | Unset = 20,
    lang: Lang | Unset = UNSET,
) -> Response[ActivityList | Error]:
    """List payment activity

     Payment attempts seen by the risk engine, newest first. `status` and `risk_level`
    take comma-separated values (`failed,blocked`); `q` searches card digits, email and
    order id. Assumed shape (no recorded answer): `{docs, count, pages}` like the
    vendor's other lists; `limit` (the vendor's example is 100) at most 100.

    Args:
        status (str | Unset):
        risk_level (str | Unset):
        q (str | Unset):
        page (int | Unset):  Default: 1.
        limit (int | Unset):  Default: 20.
        lang (Lang | Unset): Language of the API's messages.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ActivityList | Error]
    """

    kwargs = _get_kwargs(
        status=status,
        risk_level=risk_level,
        q=q,
        page=page,
        limit=limit,
        lang=lang,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    status: str | Unset = UNSET,
    risk_level: str | Unset = UNSET,
    q: str | Unset = UNSET,
    page: int | Unset = 1,
    limit: int | Unset = 20,
    lang: Lang | Unset = UNSET,
) -> ActivityList | Error | None:
    """List payment activity

     Payment attempts seen by the risk engine, newest first. `status` and `risk_level`
    take comma-separated values (`failed,blocked`); `q` searches card digits, email and
    order id. Assumed shape (no recorded answer): `{docs, count, pages}` like the
    vendor's other lists; `limit` (the vendor's example is 100) at most 100.

    Args:
        status (str | Unset):
        risk_level (str | Unset):
        q (str | Unset):
        page (int | Unset):  Default: 1.
        limit (int | Unset):  Default: 20.
        lang (Lang | Unset): Language of the API's messages.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ActivityList | Error
    """

    return (
        await asyncio_detailed(
            client=client,
            status=status,
            risk_level=risk_level,
            q=q,
            page=page,
            limit=limit,
            lang=lang,
        )
    ).parsed
