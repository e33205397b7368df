from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.lang import Lang
from ...models.transaction_list import TransactionList
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    page: int | Unset = 1,
    limit: int | Unset = 10,
    next_: str | Unset = UNSET,
    next_token: str | Unset = UNSET,
    prev: str | Unset = UNSET,
    q: str | Unset = UNSET,
    type_: str | Unset = UNSET,
    status: str | Unset = UNSET,
    start_date: str | Unset = UNSET,
    end_date: str | Unset = UNSET,
    lang: Lang | Unset = UNSET,
) -> dict[str, Any]:

    cookies = {}
    if lang is not UNSET:
        cookies["lang"] = lang

    params: dict[str, Any] = {}

    params["page"] = page

    params["limit"] = limit

    params["next"] = next_

    params["next_token"] = next_token

    params["prev"] = prev

    params["q"] = q

    params["type"] = type_

    params["status"] = status

    params["start_date"] = start_date

    params["end_date"] = end_date

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/transactions",
        "params": params,
    }
    # ecartpay: per-request cookies only when set (httpx deprecates `cookies={}` per request).
    if cookies:
        _kwargs["cookies"] = cookies

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | TransactionList | None:
    if response.status_code == 200:
        response_200 = TransactionList.from_dict(response.json())

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
) -> Response[Error | TransactionList]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    page: int | Unset = 1,
    limit: int | Unset = 10,
    next_: str | Unset = UNSET,
    next_token: str | Unset = UNSET,
    prev: str | Unset = UNSET,
    q: str | Unset = UNSET,
    type_: str | Unset = UNSET,
    status: str | Unset = UNSET,
    start_date: str | Unset = UNSET,
    end_date: str | Unset = UNSET,
    lang: Lang | Unset = UNSET,
) -> Response[Error | TransactionList]:
    """List the account's transactions

     Newest first. Two ways to page (the transactions guide): `page` (1 to 10) with
    `limit`; beyond page 10, cursors. Every answer carries `token_page` (the position of
    its first item) and `next_token` (the position of its last item, null on the last
    page): pass `next=<next_token>` for the following page, `prev=<token_page>` for the
    one before. The guide says "use next_token with next"; the digest of the docs names
    the request parameter `next_token`: both spellings are accepted (Assumed). With a
    cursor, `page` is ignored; a forward cursor wins over `prev` (Assumed). A cursor is
    the URL-safe base64 of a position (16 characters); any such string is a valid
    position.

    Args:
        page (int | Unset):  Default: 1.
        limit (int | Unset):  Default: 10.
        next_ (str | Unset): A page position (`token_page`, `next_token`), URL-safe base64.
        next_token (str | Unset): A page position (`token_page`, `next_token`), URL-safe base64.
        prev (str | Unset): A page position (`token_page`, `next_token`), URL-safe base64.
        q (str | Unset):
        type_ (str | Unset):
        status (str | Unset):
        start_date (str | Unset): A calendar day, `YYYY-MM-DD`.
        end_date (str | Unset): A calendar day, `YYYY-MM-DD`.
        lang (Lang | Unset): Language of the API's messages.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | TransactionList]
    """

    kwargs = _get_kwargs(
        page=page,
        limit=limit,
        next_=next_,
        next_token=next_token,
        prev=prev,
        q=q,
        type_=type_,
        status=status,
        start_date=start_date,
        end_date=end_date,
        lang=lang,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    page: int | Unset = 1,
    limit: int | Unset = 10,
    next_: str | Unset = UNSET,
    next_token: str | Unset = UNSET,
    prev: str | Unset = UNSET,
    q: str | Unset = UNSET,
    type_: str | Unset = UNSET,
    status: str | Unset = UNSET,
    start_date: str | Unset = UNSET,
    end_date: str | Unset = UNSET,
    lang: Lang | Unset = UNSET,
) -> Error | TransactionList | None:
    """List the account's transactions

     Newest first. Two ways to page (the transactions guide): `page` (1 to 10) with
    `limit`; beyond page 10, cursors. Every answer carries `token_page` (the position of
    its first item) and `next_token` (the position of its last item, null on the last
    page): pass `next=<next_token>` for the following page, `prev=<token_page>` for the
    one before. The guide says "use next_token with next"; the digest of the docs names
    the request parameter `next_token`: both spellings are accepted (Assumed). With a
    cursor, `page` is ignored; a forward cursor wins over `prev` (Assumed). A cursor is
    the URL-safe base64 of a position (16 characters); any such string is a valid
    position.

    Args:
        page (int | Unset):  Default: 1.
        limit (int | Unset):  Default: 10.
        next_ (str | Unset): A page position (`token_page`, `next_token`), URL-safe base64.
        next_token (str | Unset): A page position (`token_page`, `next_token`), URL-safe base64.
        prev (str | Unset): A page position (`token_page`, `next_token`), URL-safe base64.
        q (str | Unset):
        type_ (str | Unset):
        status (str | Unset):
        start_date (str | Unset): A calendar day, `YYYY-MM-DD`.
        end_date (str | Unset): A calendar day, `YYYY-MM-DD`.
        lang (Lang | Unset): Language of the API's messages.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | TransactionList
    """

    return sync_detailed(
        client=client,
        page=page,
        limit=limit,
        next_=next_,
        next_token=next_token,
        prev=prev,
        q=q,
        type_=type_,
        status=status,
        start_date=start_date,
        end_date=end_date,
        lang=lang,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    page: int | Unset = 1,
    limit: int | Unset = 10,
    next_: str | Unset = UNSET,
    next_token: str | Unset = UNSET,
    prev: str | Unset = UNSET,
    q: str | Unset = UNSET,
    type_: str | Unset = UNSET,
    status: str | Unset = UNSET,
    start_date: str | Unset = UNSET,
    end_date: str | Unset = UNSET,
    lang: Lang | Unset = UNSET,
) -> Response[Error | TransactionList]:
    """List the account's transactions

     Newest first. Two ways to page (the transactions guide): `page` (1 to 10) with
    `limit`; beyond page 10, cursors. Every answer carries `token_page` (the position of
    its first item) and `next_token` (the position of its last item, null on the last
    page): pass `next=<next_token>` for the following page, `prev=<token_page>` for the
    one before. The guide says "use next_token with next"; the digest of the docs names
    the request parameter `next_token`: both spellings are accepted (Assumed). With a
    cursor, `page` is ignored; a forward cursor wins over `prev` (Assumed). A cursor is
    the URL-safe base64 of a position (16 characters); any such string is a valid
    position.

    Args:
        page (int | Unset):  Default: 1.
        limit (int | Unset):  Default: 10.
        next_ (str | Unset): A page position (`token_page`, `next_token`), URL-safe base64.
        next_token (str | Unset): A page position (`token_page`, `next_token`), URL-safe base64.
        prev (str | Unset): A page position (`token_page`, `next_token`), URL-safe base64.
        q (str | Unset):
        type_ (str | Unset):
        status (str | Unset):
        start_date (str | Unset): A calendar day, `YYYY-MM-DD`.
        end_date (str | Unset): A calendar day, `YYYY-MM-DD`.
        lang (Lang | Unset): Language of the API's messages.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | TransactionList]
    """

    kwargs = _get_kwargs(
        page=page,
        limit=limit,
        next_=next_,
        next_token=next_token,
        prev=prev,
        q=q,
        type_=type_,
        status=status,
        start_date=start_date,
        end_date=end_date,
        lang=lang,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    page: int | Unset = 1,
    limit: int | Unset = 10,
    next_: str | Unset = UNSET,
    next_token: str | Unset = UNSET,
    prev: str | Unset = UNSET,
    q: str | Unset = UNSET,
    type_: str | Unset = UNSET,
    status: str | Unset = UNSET,
    start_date: str | Unset = UNSET,
    end_date: str | Unset = UNSET,
    lang: Lang | Unset = UNSET,
) -> Error | TransactionList | None:
    """List the account's transactions

     Newest first. Two ways to page (the transactions guide): `page` (1 to 10) with
    `limit`; beyond page 10, cursors. Every answer carries `token_page` (the position of
    its first item) and `next_token` (the position of its last item, null on the last
    page): pass `next=<next_token>` for the following page, `prev=<token_page>` for the
    one before. The guide says "use next_token with next"; the digest of the docs names
    the request parameter `next_token`: both spellings are accepted (Assumed). With a
    cursor, `page` is ignored; a forward cursor wins over `prev` (Assumed). A cursor is
    the URL-safe base64 of a position (16 characters); any such string is a valid
    position.

    Args:
        page (int | Unset):  Default: 1.
        limit (int | Unset):  Default: 10.
        next_ (str | Unset): A page position (`token_page`, `next_token`), URL-safe base64.
        next_token (str | Unset): A page position (`token_page`, `next_token`), URL-safe base64.
        prev (str | Unset): A page position (`token_page`, `next_token`), URL-safe base64.
        q (str | Unset):
        type_ (str | Unset):
        status (str | Unset):
        start_date (str | Unset): A calendar day, `YYYY-MM-DD`.
        end_date (str | Unset): A calendar day, `YYYY-MM-DD`.
        lang (Lang | Unset): Language of the API's messages.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | TransactionList
    """

    return (
        await asyncio_detailed(
            client=client,
            page=page,
            limit=limit,
            next_=next_,
            next_token=next_token,
            prev=prev,
            q=q,
            type_=type_,
            status=status,
            start_date=start_date,
            end_date=end_date,
            lang=lang,
        )
    ).parsed
