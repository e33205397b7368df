from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.lang import Lang
from ...models.webhook import Webhook
from ...models.webhook_create import WebhookCreate
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    body: WebhookCreate,
    lang: Lang | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    cookies = {}
    if lang is not UNSET:
        cookies["lang"] = lang

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/webhooks",
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
) -> Error | Webhook | None:
    if response.status_code == 200:
        response_200 = Webhook.from_dict(response.json())

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
) -> Response[Error | Webhook]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: WebhookCreate,
    lang: Lang | Unset = UNSET,
) -> Response[Error | Webhook]:
    """Register a webhook

     Registers `url` to receive the listed `events` (from the webhooks guide, not the
    exported API reference). Deliveries are POSTs of `{"event", "data"}` with
    `x-pay-timestamp`, `x-pay-webhook-id` and `x-pay-signature` headers; see the
    top-level `webhooks:` of this spec. Assumed: the answer (undocumented) echoes the
    registration with an `id`, and a body the guide would not accept is a 400.

    Args:
        lang (Lang | Unset): Language of the API's messages.
        body (WebhookCreate): From the webhooks guide (not in the exported reference).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | Webhook]
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
    body: WebhookCreate,
    lang: Lang | Unset = UNSET,
) -> Error | Webhook | None:
    """Register a webhook

     Registers `url` to receive the listed `events` (from the webhooks guide, not the
    exported API reference). Deliveries are POSTs of `{"event", "data"}` with
    `x-pay-timestamp`, `x-pay-webhook-id` and `x-pay-signature` headers; see the
    top-level `webhooks:` of this spec. Assumed: the answer (undocumented) echoes the
    registration with an `id`, and a body the guide would not accept is a 400.

    Args:
        lang (Lang | Unset): Language of the API's messages.
        body (WebhookCreate): From the webhooks guide (not in the exported reference).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | Webhook
    """

    return sync_detailed(
        client=client,
        body=body,
        lang=lang,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: WebhookCreate,
    lang: Lang | Unset = UNSET,
) -> Response[Error | Webhook]:
    """Register a webhook

     Registers `url` to receive the listed `events` (from the webhooks guide, not the
    exported API reference). Deliveries are POSTs of `{"event", "data"}` with
    `x-pay-timestamp`, `x-pay-webhook-id` and `x-pay-signature` headers; see the
    top-level `webhooks:` of this spec. Assumed: the answer (undocumented) echoes the
    registration with an `id`, and a body the guide would not accept is a 400.

    Args:
        lang (Lang | Unset): Language of the API's messages.
        body (WebhookCreate): From the webhooks guide (not in the exported reference).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | Webhook]
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
    body: WebhookCreate,
    lang: Lang | Unset = UNSET,
) -> Error | Webhook | None:
    """Register a webhook

     Registers `url` to receive the listed `events` (from the webhooks guide, not the
    exported API reference). Deliveries are POSTs of `{"event", "data"}` with
    `x-pay-timestamp`, `x-pay-webhook-id` and `x-pay-signature` headers; see the
    top-level `webhooks:` of this spec. Assumed: the answer (undocumented) echoes the
    registration with an `id`, and a body the guide would not accept is a 400.

    Args:
        lang (Lang | Unset): Language of the API's messages.
        body (WebhookCreate): From the webhooks guide (not in the exported reference).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | Webhook
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
            lang=lang,
        )
    ).parsed
