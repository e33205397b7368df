"""`client.chargebacks`: the front door's resource (and sub-resources), sync and async.

Generated from openapi.yaml by `make generate`; never edit by hand.
"""

from __future__ import annotations

from functools import cached_property

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

from ..api.chargebacks import (
    create_chargeback,
    get_chargeback,
    list_chargebacks,
    update_chargeback,
)
from ..models.chargeback import Chargeback
from ..models.chargeback_create import ChargebackCreate
from ..models.chargeback_status import ChargebackStatus
from ..models.chargeback_update import ChargebackUpdate
from ..models.lang import Lang
from ..types import UNSET, Unset


def _parse_create_chargeback(response: httpx.Response) -> Chargeback:
    response_200 = Chargeback.from_dict(response.json())

    return response_200


def _parse_get_chargeback(response: httpx.Response) -> Chargeback:
    response_200 = Chargeback.from_dict(response.json())

    return response_200


def _parse_update_chargeback(response: httpx.Response) -> Chargeback:
    response_200 = Chargeback.from_dict(response.json())

    return response_200


class ChargebacksResource(SyncResource):
    """`client.chargebacks`."""

    @cached_property
    def with_raw_response(self) -> ChargebacksResourceWithRawResponse:
        """The same methods, answering a `RawResponse` (status, headers, `.parse()`)."""
        return ChargebacksResourceWithRawResponse(self)

    def list(
        self,
        *,
        page: int | Unset = 1,
        limit: int | Unset = 20,
        status: str | Unset = UNSET,
        lang: Lang | Unset = UNSET,
        extra_headers: Headers | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> SyncPage[Chargeback]:
        """List chargebacks: `GET /api/chargebacks` (list_chargebacks)."""

        return SyncPage.first(
            self._requester,
            list_chargebacks,
            {
                "page": page,
                "limit": limit,
                "status": status,
                "lang": lang,
            },
            extra_headers,
            timeout,
        )

    def create(
        self,
        *,
        payout_id: str,
        reason: str | Unset = UNSET,
        lang: Lang | Unset = UNSET,
        extra_headers: Headers | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> Chargeback:
        """Create a chargeback: `POST /api/chargebacks` (create_chargeback)."""

        fields = payload(
            {
                "payout_id": payout_id,
                "reason": reason,
            }
        )
        body = ChargebackCreate.from_dict(fields)

        return self._requester.request(
            create_chargeback._get_kwargs(body=body, lang=lang),
            _parse_create_chargeback,
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
    ) -> Chargeback:
        """Get a chargeback: `GET /api/chargebacks/{id}` (get_chargeback)."""

        return self._requester.request(
            get_chargeback._get_kwargs(id=id, lang=lang),
            _parse_get_chargeback,
            extra_headers,
            timeout,
        )

    def update(
        self,
        id: str,
        *,
        status: ChargebackStatus,
        lang: Lang | Unset = UNSET,
        extra_headers: Headers | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> Chargeback:
        """Update a chargeback: `PUT /api/chargebacks/{id}` (update_chargeback)."""

        fields = payload(
            {
                "status": status,
            }
        )
        body = ChargebackUpdate.from_dict(fields)

        return self._requester.request(
            update_chargeback._get_kwargs(id=id, body=body, lang=lang),
            _parse_update_chargeback,
            extra_headers,
            timeout,
        )


class ChargebacksResourceWithRawResponse:
    """`client.chargebacks.with_raw_response`: each method answers a
    `RawResponse`; a list method's, that of its first page (`.parse()` gives the page)."""

    def __init__(self, resource: ChargebacksResource) -> None:
        raw = ChargebacksResource(resource._requester.as_raw())
        self.list = to_raw(raw.list)
        self.create = to_raw(raw.create)
        self.retrieve = to_raw(raw.retrieve)
        self.update = to_raw(raw.update)
        del raw


class AsyncChargebacksResource(AsyncResource):
    """`client.chargebacks`."""

    @cached_property
    def with_raw_response(self) -> AsyncChargebacksResourceWithRawResponse:
        """The same methods, answering a `RawResponse` (status, headers, `.parse()`)."""
        return AsyncChargebacksResourceWithRawResponse(self)

    def list(
        self,
        *,
        page: int | Unset = 1,
        limit: int | Unset = 20,
        status: str | Unset = UNSET,
        lang: Lang | Unset = UNSET,
        extra_headers: Headers | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> AsyncPage[Chargeback]:
        """List chargebacks: `GET /api/chargebacks` (list_chargebacks)."""

        return AsyncPage(
            self._requester,
            list_chargebacks,
            {
                "page": page,
                "limit": limit,
                "status": status,
                "lang": lang,
            },
            extra_headers,
            timeout,
        )

    async def create(
        self,
        *,
        payout_id: str,
        reason: str | Unset = UNSET,
        lang: Lang | Unset = UNSET,
        extra_headers: Headers | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> Chargeback:
        """Create a chargeback: `POST /api/chargebacks` (create_chargeback)."""

        fields = payload(
            {
                "payout_id": payout_id,
                "reason": reason,
            }
        )
        body = ChargebackCreate.from_dict(fields)

        return await self._requester.request(
            create_chargeback._get_kwargs(body=body, lang=lang),
            _parse_create_chargeback,
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
    ) -> Chargeback:
        """Get a chargeback: `GET /api/chargebacks/{id}` (get_chargeback)."""

        return await self._requester.request(
            get_chargeback._get_kwargs(id=id, lang=lang),
            _parse_get_chargeback,
            extra_headers,
            timeout,
        )

    async def update(
        self,
        id: str,
        *,
        status: ChargebackStatus,
        lang: Lang | Unset = UNSET,
        extra_headers: Headers | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> Chargeback:
        """Update a chargeback: `PUT /api/chargebacks/{id}` (update_chargeback)."""

        fields = payload(
            {
                "status": status,
            }
        )
        body = ChargebackUpdate.from_dict(fields)

        return await self._requester.request(
            update_chargeback._get_kwargs(id=id, body=body, lang=lang),
            _parse_update_chargeback,
            extra_headers,
            timeout,
        )


class AsyncChargebacksResourceWithRawResponse:
    """`client.chargebacks.with_raw_response`: each method answers a
    `RawResponse`; a list method's, that of its first page (`.parse()` gives the page)."""

    def __init__(self, resource: AsyncChargebacksResource) -> None:
        raw = AsyncChargebacksResource(resource._requester.as_raw())
        self.list = to_raw_async_page(raw.list)
        self.create = to_raw_async(raw.create)
        self.retrieve = to_raw_async(raw.retrieve)
        self.update = to_raw_async(raw.update)
        del raw
