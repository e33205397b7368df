"""`client.payouts`: the front door's resource (and sub-resources), sync and async.

Generated from openapi.yaml by `make generate`; never edit by hand.
"""

from __future__ import annotations

import builtins
from functools import cached_property
from typing import Any

import httpx
from ecartpay._base import NOT_GIVEN, Headers, NotGiven, Timeout, payload
from ecartpay._pages import AsyncPage, SyncPage
from ecartpay._resource import (
    AsyncResource,
    SyncResource,
    to_raw,
    to_raw_async,
    to_raw_async_page,
)

from ..api.payouts import (
    confirm_payout,
    create_payout,
    get_payout,
    list_payouts,
    update_payout,
)
from ..models.lang import Lang
from ..models.payout import Payout
from ..models.payout_charge import PayoutCharge
from ..models.payout_confirm import PayoutConfirm
from ..models.payout_create import PayoutCreate
from ..models.payout_item_create import PayoutItemCreate
from ..models.payout_update import PayoutUpdate
from ..types import UNSET, Unset


def _parse_create_payout(response: httpx.Response) -> Payout:
    response_200 = Payout.from_dict(response.json())

    return response_200


def _parse_get_payout(response: httpx.Response) -> Payout:
    response_200 = Payout.from_dict(response.json())

    return response_200


def _parse_update_payout(response: httpx.Response) -> Payout:
    response_200 = Payout.from_dict(response.json())

    return response_200


def _parse_confirm_payout(response: httpx.Response) -> Payout:
    response_200 = Payout.from_dict(response.json())

    return response_200


class PayoutsResource(SyncResource):
    """`client.payouts`."""

    @cached_property
    def with_raw_response(self) -> PayoutsResourceWithRawResponse:
        """The same methods, answering a `RawResponse` (status, headers, `.parse()`)."""
        return PayoutsResourceWithRawResponse(self)

    def list(
        self,
        *,
        page: int | Unset = 1,
        limit: int | Unset = 20,
        q: str | Unset = UNSET,
        reference_id: str | Unset = UNSET,
        status: str | Unset = UNSET,
        lang: Lang | Unset = UNSET,
        extra_headers: Headers | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> SyncPage[Payout]:
        """List payouts: `GET /api/payouts` (list_payouts)."""

        return SyncPage.first(
            self._requester,
            list_payouts,
            {
                "page": page,
                "limit": limit,
                "q": q,
                "reference_id": reference_id,
                "status": status,
                "lang": lang,
            },
            extra_headers,
            timeout,
        )

    def create(
        self,
        *,
        amount: float,
        currency: str,
        email: str | Unset = UNSET,
        customer_id: str | Unset = UNSET,
        payment_method_id: str | Unset = UNSET,
        reference_id: str | Unset = UNSET,
        require_confirmation: bool | Unset = False,
        items: builtins.list[PayoutItemCreate | dict[str, Any]] | Unset = UNSET,
        lang: Lang | Unset = UNSET,
        extra_headers: Headers | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> Payout:
        """Create a payout: `POST /api/payouts` (create_payout)."""

        fields = payload(
            {
                "amount": amount,
                "currency": currency,
                "email": email,
                "customer_id": customer_id,
                "payment_method_id": payment_method_id,
                "reference_id": reference_id,
                "require_confirmation": require_confirmation,
                "items": items,
            }
        )
        body = PayoutCreate.from_dict(fields)

        return self._requester.request(
            create_payout._get_kwargs(body=body, lang=lang),
            _parse_create_payout,
            extra_headers,
            timeout,
        )

    def retrieve(
        self,
        payout_id: str,
        *,
        lang: Lang | Unset = UNSET,
        extra_headers: Headers | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> Payout:
        """Get a payout: `GET /api/payouts/{payout_id}` (get_payout)."""

        return self._requester.request(
            get_payout._get_kwargs(payout_id=payout_id, lang=lang),
            _parse_get_payout,
            extra_headers,
            timeout,
        )

    def update(
        self,
        payout_id: str,
        *,
        amount: float | Unset = UNSET,
        charges: builtins.list[PayoutCharge | dict[str, Any]] | Unset = UNSET,
        items: builtins.list[PayoutItemCreate | dict[str, Any]] | Unset = UNSET,
        order_id: str | Unset = UNSET,
        lang: Lang | Unset = UNSET,
        extra_headers: Headers | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> Payout:
        """Update a payout's items: `PUT /api/payouts/{payout_id}` (update_payout)."""

        fields = payload(
            {
                "amount": amount,
                "charges": charges,
                "items": items,
                "order_id": order_id,
            }
        )
        body = PayoutUpdate.from_dict(fields)

        return self._requester.request(
            update_payout._get_kwargs(payout_id=payout_id, body=body, lang=lang),
            _parse_update_payout,
            extra_headers,
            timeout,
        )

    def confirm(
        self,
        payout_id: str,
        *,
        available_at: str | Unset = UNSET,
        lang: Lang | Unset = UNSET,
        extra_headers: Headers | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> Payout:
        """Confirm a payout: `PUT /api/payouts/{payout_id}/confirm` (confirm_payout)."""

        fields = payload(
            {
                "available_at": available_at,
            }
        )
        body = PayoutConfirm.from_dict(fields) if fields else UNSET

        return self._requester.request(
            confirm_payout._get_kwargs(payout_id=payout_id, body=body, lang=lang),
            _parse_confirm_payout,
            extra_headers,
            timeout,
        )


class PayoutsResourceWithRawResponse:
    """`client.payouts.with_raw_response`: each method answers a
    `RawResponse`; a list method's, that of its first page (`.parse()` gives the page)."""

    def __init__(self, resource: PayoutsResource) -> None:
        raw = PayoutsResource(resource._requester.as_raw())
        self.list = to_raw(raw.list)
        self.create = to_raw(raw.create)
        self.retrieve = to_raw(raw.retrieve)
        self.update = to_raw(raw.update)
        self.confirm = to_raw(raw.confirm)
        del raw


class AsyncPayoutsResource(AsyncResource):
    """`client.payouts`."""

    @cached_property
    def with_raw_response(self) -> AsyncPayoutsResourceWithRawResponse:
        """The same methods, answering a `RawResponse` (status, headers, `.parse()`)."""
        return AsyncPayoutsResourceWithRawResponse(self)

    def list(
        self,
        *,
        page: int | Unset = 1,
        limit: int | Unset = 20,
        q: str | Unset = UNSET,
        reference_id: str | Unset = UNSET,
        status: str | Unset = UNSET,
        lang: Lang | Unset = UNSET,
        extra_headers: Headers | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> AsyncPage[Payout]:
        """List payouts: `GET /api/payouts` (list_payouts)."""

        return AsyncPage(
            self._requester,
            list_payouts,
            {
                "page": page,
                "limit": limit,
                "q": q,
                "reference_id": reference_id,
                "status": status,
                "lang": lang,
            },
            extra_headers,
            timeout,
        )

    async def create(
        self,
        *,
        amount: float,
        currency: str,
        email: str | Unset = UNSET,
        customer_id: str | Unset = UNSET,
        payment_method_id: str | Unset = UNSET,
        reference_id: str | Unset = UNSET,
        require_confirmation: bool | Unset = False,
        items: builtins.list[PayoutItemCreate | dict[str, Any]] | Unset = UNSET,
        lang: Lang | Unset = UNSET,
        extra_headers: Headers | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> Payout:
        """Create a payout: `POST /api/payouts` (create_payout)."""

        fields = payload(
            {
                "amount": amount,
                "currency": currency,
                "email": email,
                "customer_id": customer_id,
                "payment_method_id": payment_method_id,
                "reference_id": reference_id,
                "require_confirmation": require_confirmation,
                "items": items,
            }
        )
        body = PayoutCreate.from_dict(fields)

        return await self._requester.request(
            create_payout._get_kwargs(body=body, lang=lang),
            _parse_create_payout,
            extra_headers,
            timeout,
        )

    async def retrieve(
        self,
        payout_id: str,
        *,
        lang: Lang | Unset = UNSET,
        extra_headers: Headers | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> Payout:
        """Get a payout: `GET /api/payouts/{payout_id}` (get_payout)."""

        return await self._requester.request(
            get_payout._get_kwargs(payout_id=payout_id, lang=lang),
            _parse_get_payout,
            extra_headers,
            timeout,
        )

    async def update(
        self,
        payout_id: str,
        *,
        amount: float | Unset = UNSET,
        charges: builtins.list[PayoutCharge | dict[str, Any]] | Unset = UNSET,
        items: builtins.list[PayoutItemCreate | dict[str, Any]] | Unset = UNSET,
        order_id: str | Unset = UNSET,
        lang: Lang | Unset = UNSET,
        extra_headers: Headers | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> Payout:
        """Update a payout's items: `PUT /api/payouts/{payout_id}` (update_payout)."""

        fields = payload(
            {
                "amount": amount,
                "charges": charges,
                "items": items,
                "order_id": order_id,
            }
        )
        body = PayoutUpdate.from_dict(fields)

        return await self._requester.request(
            update_payout._get_kwargs(payout_id=payout_id, body=body, lang=lang),
            _parse_update_payout,
            extra_headers,
            timeout,
        )

    async def confirm(
        self,
        payout_id: str,
        *,
        available_at: str | Unset = UNSET,
        lang: Lang | Unset = UNSET,
        extra_headers: Headers | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> Payout:
        """Confirm a payout: `PUT /api/payouts/{payout_id}/confirm` (confirm_payout)."""

        fields = payload(
            {
                "available_at": available_at,
            }
        )
        body = PayoutConfirm.from_dict(fields) if fields else UNSET

        return await self._requester.request(
            confirm_payout._get_kwargs(payout_id=payout_id, body=body, lang=lang),
            _parse_confirm_payout,
            extra_headers,
            timeout,
        )


class AsyncPayoutsResourceWithRawResponse:
    """`client.payouts.with_raw_response`: each method answers a
    `RawResponse`; a list method's, that of its first page (`.parse()` gives the page)."""

    def __init__(self, resource: AsyncPayoutsResource) -> None:
        raw = AsyncPayoutsResource(resource._requester.as_raw())
        self.list = to_raw_async_page(raw.list)
        self.create = to_raw_async(raw.create)
        self.retrieve = to_raw_async(raw.retrieve)
        self.update = to_raw_async(raw.update)
        self.confirm = to_raw_async(raw.confirm)
        del raw
