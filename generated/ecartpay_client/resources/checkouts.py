"""`client.checkouts`: the front door's resource (and sub-resources), sync and async.

Generated from openapi.yaml by `make generate`; never edit by hand.
"""

from __future__ import annotations

import builtins
from functools import cached_property
from typing import Any

import httpx
from ecartpay._base import NOT_GIVEN, Headers, NotGiven, Timeout, payload
from ecartpay._resource import (
    AsyncResource,
    SyncResource,
    to_raw,
    to_raw_async,
)

from ..api.checkouts import (
    create_checkout,
    get_checkout,
    get_public_checkout,
    update_checkout,
    update_checkout_item,
)
from ..models.checkout import Checkout
from ..models.checkout_buyer import CheckoutBuyer
from ..models.checkout_create import CheckoutCreate
from ..models.checkout_item_create import CheckoutItemCreate
from ..models.checkout_item_update import CheckoutItemUpdate
from ..models.checkout_update import CheckoutUpdate
from ..models.lang import Lang
from ..types import UNSET, Unset


def _parse_update_checkout_item(response: httpx.Response) -> Checkout:
    response_200 = Checkout.from_dict(response.json())

    return response_200


def _parse_create_checkout(response: httpx.Response) -> Checkout:
    response_200 = Checkout.from_dict(response.json())

    return response_200


def _parse_get_checkout(response: httpx.Response) -> Checkout:
    response_200 = Checkout.from_dict(response.json())

    return response_200


def _parse_update_checkout(response: httpx.Response) -> Checkout:
    response_200 = Checkout.from_dict(response.json())

    return response_200


def _parse_get_public_checkout(response: httpx.Response) -> Checkout:
    response_200 = Checkout.from_dict(response.json())

    return response_200


class CheckoutsItemsResource(SyncResource):
    """`client.checkouts.items`."""

    @cached_property
    def with_raw_response(self) -> CheckoutsItemsResourceWithRawResponse:
        """The same methods, answering a `RawResponse` (status, headers, `.parse()`)."""
        return CheckoutsItemsResourceWithRawResponse(self)

    def update(
        self,
        checkout_id: str,
        id: str,
        *,
        name: str | Unset = UNSET,
        quantity: int | Unset = UNSET,
        price: float | Unset = UNSET,
        discount: float | Unset = UNSET,
        is_service: bool | Unset = UNSET,
        lang: Lang | Unset = UNSET,
        extra_headers: Headers | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> Checkout:
        """Update an item of a checkout: `PUT /api/checkouts/{checkout_id}/items/{id}` (update_checkout_item)."""

        fields = payload(
            {
                "name": name,
                "quantity": quantity,
                "price": price,
                "discount": discount,
                "is_service": is_service,
            }
        )
        body = CheckoutItemUpdate.from_dict(fields)

        return self._requester.request(
            update_checkout_item._get_kwargs(
                checkout_id=checkout_id, id=id, body=body, lang=lang
            ),
            _parse_update_checkout_item,
            extra_headers,
            timeout,
        )


class CheckoutsItemsResourceWithRawResponse:
    """`client.checkouts.items.with_raw_response`: each method answers a
    `RawResponse`; a list method's, that of its first page (`.parse()` gives the page)."""

    def __init__(self, resource: CheckoutsItemsResource) -> None:
        raw = CheckoutsItemsResource(resource._requester.as_raw())
        self.update = to_raw(raw.update)
        del raw


class CheckoutsResource(SyncResource):
    """`client.checkouts`."""

    @cached_property
    def items(self) -> CheckoutsItemsResource:
        return CheckoutsItemsResource(self._requester)

    @cached_property
    def with_raw_response(self) -> CheckoutsResourceWithRawResponse:
        """The same methods, answering a `RawResponse` (status, headers, `.parse()`)."""
        return CheckoutsResourceWithRawResponse(self)

    def create(
        self,
        *,
        currency: str,
        amounts: builtins.list[float],
        concept: str,
        customer_id: str | Unset = UNSET,
        title: str | Unset = UNSET,
        subtitle: str | Unset = UNSET,
        image_url: str | Unset = UNSET,
        items: builtins.list[CheckoutItemCreate | dict[str, Any]] | Unset = UNSET,
        notify_url: str | Unset = UNSET,
        reference_id: str | Unset = UNSET,
        reference: str | Unset = UNSET,
        lang: Lang | Unset = UNSET,
        extra_headers: Headers | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> Checkout:
        """Create a checkout: `POST /api/checkouts` (create_checkout)."""

        fields = payload(
            {
                "currency": currency,
                "amounts": amounts,
                "concept": concept,
                "customer_id": customer_id,
                "title": title,
                "subtitle": subtitle,
                "image_url": image_url,
                "items": items,
                "notify_url": notify_url,
                "reference_id": reference_id,
                "reference": reference,
            }
        )
        body = CheckoutCreate.from_dict(fields)

        return self._requester.request(
            create_checkout._get_kwargs(body=body, lang=lang),
            _parse_create_checkout,
            extra_headers,
            timeout,
        )

    def retrieve(
        self,
        id: str,
        *,
        lang: Lang | Unset = UNSET,
        extra_headers: Headers | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> Checkout:
        """Get a checkout: `GET /api/checkouts/{id}` (get_checkout)."""

        return self._requester.request(
            get_checkout._get_kwargs(id=id, lang=lang),
            _parse_get_checkout,
            extra_headers,
            timeout,
        )

    def update(
        self,
        id: str,
        *,
        notify_url: str | Unset = UNSET,
        customer: CheckoutBuyer | dict[str, Any] | Unset = UNSET,
        lang: Lang | Unset = UNSET,
        extra_headers: Headers | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> Checkout:
        """Update a checkout: `PUT /api/checkouts/{id}` (update_checkout)."""

        fields = payload(
            {
                "notify_url": notify_url,
                "customer": customer,
            }
        )
        body = CheckoutUpdate.from_dict(fields)

        return self._requester.request(
            update_checkout._get_kwargs(id=id, body=body, lang=lang),
            _parse_update_checkout,
            extra_headers,
            timeout,
        )

    def retrieve_public(
        self,
        id: str,
        *,
        lang: Lang | Unset = UNSET,
        extra_headers: Headers | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> Checkout:
        """Get the public view of a checkout: `GET /api/checkout/{id}` (get_public_checkout)."""

        return self._requester.request(
            get_public_checkout._get_kwargs(id=id, lang=lang),
            _parse_get_public_checkout,
            extra_headers,
            timeout,
        )


class CheckoutsResourceWithRawResponse:
    """`client.checkouts.with_raw_response`: each method answers a
    `RawResponse`; a list method's, that of its first page (`.parse()` gives the page)."""

    def __init__(self, resource: CheckoutsResource) -> None:
        raw = CheckoutsResource(resource._requester.as_raw())
        self.items = CheckoutsItemsResourceWithRawResponse(resource.items)
        self.create = to_raw(raw.create)
        self.retrieve = to_raw(raw.retrieve)
        self.update = to_raw(raw.update)
        self.retrieve_public = to_raw(raw.retrieve_public)
        del raw


class AsyncCheckoutsItemsResource(AsyncResource):
    """`client.checkouts.items`."""

    @cached_property
    def with_raw_response(self) -> AsyncCheckoutsItemsResourceWithRawResponse:
        """The same methods, answering a `RawResponse` (status, headers, `.parse()`)."""
        return AsyncCheckoutsItemsResourceWithRawResponse(self)

    async def update(
        self,
        checkout_id: str,
        id: str,
        *,
        name: str | Unset = UNSET,
        quantity: int | Unset = UNSET,
        price: float | Unset = UNSET,
        discount: float | Unset = UNSET,
        is_service: bool | Unset = UNSET,
        lang: Lang | Unset = UNSET,
        extra_headers: Headers | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> Checkout:
        """Update an item of a checkout: `PUT /api/checkouts/{checkout_id}/items/{id}` (update_checkout_item)."""

        fields = payload(
            {
                "name": name,
                "quantity": quantity,
                "price": price,
                "discount": discount,
                "is_service": is_service,
            }
        )
        body = CheckoutItemUpdate.from_dict(fields)

        return await self._requester.request(
            update_checkout_item._get_kwargs(
                checkout_id=checkout_id, id=id, body=body, lang=lang
            ),
            _parse_update_checkout_item,
            extra_headers,
            timeout,
        )


class AsyncCheckoutsItemsResourceWithRawResponse:
    """`client.checkouts.items.with_raw_response`: each method answers a
    `RawResponse`; a list method's, that of its first page (`.parse()` gives the page)."""

    def __init__(self, resource: AsyncCheckoutsItemsResource) -> None:
        raw = AsyncCheckoutsItemsResource(resource._requester.as_raw())
        self.update = to_raw_async(raw.update)
        del raw


class AsyncCheckoutsResource(AsyncResource):
    """`client.checkouts`."""

    @cached_property
    def items(self) -> AsyncCheckoutsItemsResource:
        return AsyncCheckoutsItemsResource(self._requester)

    @cached_property
    def with_raw_response(self) -> AsyncCheckoutsResourceWithRawResponse:
        """The same methods, answering a `RawResponse` (status, headers, `.parse()`)."""
        return AsyncCheckoutsResourceWithRawResponse(self)

    async def create(
        self,
        *,
        currency: str,
        amounts: builtins.list[float],
        concept: str,
        customer_id: str | Unset = UNSET,
        title: str | Unset = UNSET,
        subtitle: str | Unset = UNSET,
        image_url: str | Unset = UNSET,
        items: builtins.list[CheckoutItemCreate | dict[str, Any]] | Unset = UNSET,
        notify_url: str | Unset = UNSET,
        reference_id: str | Unset = UNSET,
        reference: str | Unset = UNSET,
        lang: Lang | Unset = UNSET,
        extra_headers: Headers | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> Checkout:
        """Create a checkout: `POST /api/checkouts` (create_checkout)."""

        fields = payload(
            {
                "currency": currency,
                "amounts": amounts,
                "concept": concept,
                "customer_id": customer_id,
                "title": title,
                "subtitle": subtitle,
                "image_url": image_url,
                "items": items,
                "notify_url": notify_url,
                "reference_id": reference_id,
                "reference": reference,
            }
        )
        body = CheckoutCreate.from_dict(fields)

        return await self._requester.request(
            create_checkout._get_kwargs(body=body, lang=lang),
            _parse_create_checkout,
            extra_headers,
            timeout,
        )

    async def retrieve(
        self,
        id: str,
        *,
        lang: Lang | Unset = UNSET,
        extra_headers: Headers | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> Checkout:
        """Get a checkout: `GET /api/checkouts/{id}` (get_checkout)."""

        return await self._requester.request(
            get_checkout._get_kwargs(id=id, lang=lang),
            _parse_get_checkout,
            extra_headers,
            timeout,
        )

    async def update(
        self,
        id: str,
        *,
        notify_url: str | Unset = UNSET,
        customer: CheckoutBuyer | dict[str, Any] | Unset = UNSET,
        lang: Lang | Unset = UNSET,
        extra_headers: Headers | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> Checkout:
        """Update a checkout: `PUT /api/checkouts/{id}` (update_checkout)."""

        fields = payload(
            {
                "notify_url": notify_url,
                "customer": customer,
            }
        )
        body = CheckoutUpdate.from_dict(fields)

        return await self._requester.request(
            update_checkout._get_kwargs(id=id, body=body, lang=lang),
            _parse_update_checkout,
            extra_headers,
            timeout,
        )

    async def retrieve_public(
        self,
        id: str,
        *,
        lang: Lang | Unset = UNSET,
        extra_headers: Headers | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> Checkout:
        """Get the public view of a checkout: `GET /api/checkout/{id}` (get_public_checkout)."""

        return await self._requester.request(
            get_public_checkout._get_kwargs(id=id, lang=lang),
            _parse_get_public_checkout,
            extra_headers,
            timeout,
        )


class AsyncCheckoutsResourceWithRawResponse:
    """`client.checkouts.with_raw_response`: each method answers a
    `RawResponse`; a list method's, that of its first page (`.parse()` gives the page)."""

    def __init__(self, resource: AsyncCheckoutsResource) -> None:
        raw = AsyncCheckoutsResource(resource._requester.as_raw())
        self.items = AsyncCheckoutsItemsResourceWithRawResponse(resource.items)
        self.create = to_raw_async(raw.create)
        self.retrieve = to_raw_async(raw.retrieve)
        self.update = to_raw_async(raw.update)
        self.retrieve_public = to_raw_async(raw.retrieve_public)
        del raw
