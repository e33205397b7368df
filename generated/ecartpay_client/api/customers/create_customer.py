from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.customer import Customer
from ...models.customer_create import CustomerCreate
from ...models.error import Error
from ...models.lang import Lang
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    body: CustomerCreate,
    lang: Lang | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    cookies = {}
    if lang is not UNSET:
        cookies["lang"] = lang

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/customers",
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
) -> Customer | Error | None:
    if response.status_code == 200:
        response_200 = Customer.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = Error.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = Error.from_dict(response.json())

        return response_401

    if response.status_code == 409:
        response_409 = Error.from_dict(response.json())

        return response_409

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Customer | Error]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: CustomerCreate,
    lang: Lang | Unset = UNSET,
) -> Response[Customer | Error]:
    """Create a customer

     Assumed: the vendor answers 200 (not 201) on creation, as it does for orders.
    A customer whose `email`, `phone` or `user_id` already exists in the account is
    refused ("email, phone or user_id already exists"). Assumed: with 409, as every
    refusal by the state of the account here (the vendor documents the message, not
    the status); a well-formed request is never a 400. The answer carries only
    the fields the customer has (no `email` for a customer created by phone).

    Args:
        lang (Lang | Unset): Language of the API's messages.
        body (CustomerCreate): `first_name` and `last_name`, and a way to reach the customer:
            `email`, `phone` or
            both (guide: "email and/or phone"; the reference's example "create customer by
            phone" has no email, and its schema requires nothing). `user_id` is the merchant's
            own id for this customer.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Customer | Error]
    """

    kwargs = _get_kwargs(
        body=body,
        lang=lang,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: CustomerCreate,
    lang: Lang | Unset = UNSET,
) -> Customer | Error | None:
    """Create a customer

     Assumed: the vendor answers 200 (not 201) on creation, as it does for orders.
    A customer whose `email`, `phone` or `user_id` already exists in the account is
    refused ("email, phone or user_id already exists"). Assumed: with 409, as every
    refusal by the state of the account here (the vendor documents the message, not
    the status); a well-formed request is never a 400. The answer carries only
    the fields the customer has (no `email` for a customer created by phone).

    Args:
        lang (Lang | Unset): Language of the API's messages.
        body (CustomerCreate): `first_name` and `last_name`, and a way to reach the customer:
            `email`, `phone` or
            both (guide: "email and/or phone"; the reference's example "create customer by
            phone" has no email, and its schema requires nothing). `user_id` is the merchant's
            own id for this customer.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Customer | Error
    """

    return sync_detailed(
        client=client,
        body=body,
        lang=lang,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: CustomerCreate,
    lang: Lang | Unset = UNSET,
) -> Response[Customer | Error]:
    """Create a customer

     Assumed: the vendor answers 200 (not 201) on creation, as it does for orders.
    A customer whose `email`, `phone` or `user_id` already exists in the account is
    refused ("email, phone or user_id already exists"). Assumed: with 409, as every
    refusal by the state of the account here (the vendor documents the message, not
    the status); a well-formed request is never a 400. The answer carries only
    the fields the customer has (no `email` for a customer created by phone).

    Args:
        lang (Lang | Unset): Language of the API's messages.
        body (CustomerCreate): `first_name` and `last_name`, and a way to reach the customer:
            `email`, `phone` or
            both (guide: "email and/or phone"; the reference's example "create customer by
            phone" has no email, and its schema requires nothing). `user_id` is the merchant's
            own id for this customer.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Customer | Error]
    """

    kwargs = _get_kwargs(
        body=body,
        lang=lang,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: CustomerCreate,
    lang: Lang | Unset = UNSET,
) -> Customer | Error | None:
    """Create a customer

     Assumed: the vendor answers 200 (not 201) on creation, as it does for orders.
    A customer whose `email`, `phone` or `user_id` already exists in the account is
    refused ("email, phone or user_id already exists"). Assumed: with 409, as every
    refusal by the state of the account here (the vendor documents the message, not
    the status); a well-formed request is never a 400. The answer carries only
    the fields the customer has (no `email` for a customer created by phone).

    Args:
        lang (Lang | Unset): Language of the API's messages.
        body (CustomerCreate): `first_name` and `last_name`, and a way to reach the customer:
            `email`, `phone` or
            both (guide: "email and/or phone"; the reference's example "create customer by
            phone" has no email, and its schema requires nothing). `user_id` is the merchant's
            own id for this customer.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Customer | Error
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
            lang=lang,
        )
    ).parsed
