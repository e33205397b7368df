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
        """List chargebacks: `GET /api/chargebacks` (list_chargebacks).

        The account's chargebacks (disputes), one page at a time, optionally only those
        in one `status`.

        Args:
            page: Page number, from 1.
            limit: Items per page. Assumed default 20 and maximum 100.
            status: Assumed filter, as on the other lists.
            lang: Language of the API's messages.
            extra_headers: Headers sent with this request only, on top of the client's.
            timeout: This request's timeout (seconds or an `httpx.Timeout`), instead of
                the client's.

        Returns:
            `SyncPage[Chargeback]`: One page of chargebacks. Iterating it yields every
            item of every page, fetching the next one when needed.

        Raises:
            ecartpay.BadRequestError: 400: The request was refused (invalid body, query,
                cookie, or a business rule such as a duplicate customer); `message` says
                why.
            ecartpay.AuthenticationError: 401: Missing, malformed, wrong, expired or
                revoked credentials. Assumed for the token endpoint (undocumented there).
            ecartpay.APIError: Any other error status the API answers.
            ecartpay.APIConnectionError: No answer, after every safe retry
                (`ecartpay.APITimeoutError` when it timed out).
        """

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
        """Create a chargeback: `POST /api/chargebacks` (create_chargeback).

        Disputes a payout of the account (reference: `payout_id`, `reason`); the amount
        and currency are the payout's, and the dispute expires after 7 days. An unknown
        payout is 404; a payout already disputed is refused with 409.

        Args:
            payout_id: The disputed payout.
            reason: Why it is disputed, in your words.
            lang: Language of the API's messages.
            extra_headers: Headers sent with this request only, on top of the client's.
            timeout: This request's timeout (seconds or an `httpx.Timeout`), instead of
                the client's.

        Returns:
            `Chargeback`: The created chargeback.

        Raises:
            ecartpay.BadRequestError: 400: The request was refused (invalid body, query,
                cookie, or a business rule such as a duplicate customer); `message` says
                why.
            ecartpay.AuthenticationError: 401: Missing, malformed, wrong, expired or
                revoked credentials. Assumed for the token endpoint (undocumented there).
            ecartpay.NotFoundError: 404: No such resource in this account.
            ecartpay.ConflictError: 409: Assumed (the vendor documents no status): the
                request is well formed but the resource's state refuses it (an amount over
                what is left to refund, an order that is already paid, a card token already
                used, a duplicate email, a payout's `reference_id` used before, an amount
                over the available balance, a payout already confirmed, a cancelled
                subscription, a chargeback that cannot move that way); nothing changed.
            ecartpay.APIError: Any other error status the API answers.
            ecartpay.APIConnectionError: No answer, after every safe retry
                (`ecartpay.APITimeoutError` when it timed out).
        """

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
        """Get a chargeback: `GET /api/chargebacks/{id}` (get_chargeback).

        One chargeback by its id, with its reason and status (404 when unknown to the
        account).

        Args:
            id: The chargeback's id.
            lang: Language of the API's messages.
            extra_headers: Headers sent with this request only, on top of the client's.
            timeout: This request's timeout (seconds or an `httpx.Timeout`), instead of
                the client's.

        Returns:
            `Chargeback`: The chargeback.

        Raises:
            ecartpay.BadRequestError: 400: The request was refused (invalid body, query,
                cookie, or a business rule such as a duplicate customer); `message` says
                why.
            ecartpay.AuthenticationError: 401: Missing, malformed, wrong, expired or
                revoked credentials. Assumed for the token endpoint (undocumented there).
            ecartpay.NotFoundError: 404: No such resource in this account.
            ecartpay.APIError: Any other error status the API answers.
            ecartpay.APIConnectionError: No answer, after every safe retry
                (`ecartpay.APITimeoutError` when it timed out).
        """

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
        """Update a chargeback: `PUT /api/chargebacks/{id}` (update_chargeback).

        Moves a chargeback on. Assumed transitions (the reference shows `created` ->
        `in_review`): `created` -> `in_review` or `accepted`; `in_review` -> `won` or
        `lost`; anything else is refused with 409.

        Args:
            id: The chargeback's id.
            status: `created` (opened), `in_review` (evidence under review), `accepted`
                (the merchant accepted it), `won`, `lost`. Only `created` and `in_review`
                are in the reference; the rest are Assumed. More may come.
            lang: Language of the API's messages.
            extra_headers: Headers sent with this request only, on top of the client's.
            timeout: This request's timeout (seconds or an `httpx.Timeout`), instead of
                the client's.

        Returns:
            `Chargeback`: The updated chargeback.

        Raises:
            ecartpay.BadRequestError: 400: The request was refused (invalid body, query,
                cookie, or a business rule such as a duplicate customer); `message` says
                why.
            ecartpay.AuthenticationError: 401: Missing, malformed, wrong, expired or
                revoked credentials. Assumed for the token endpoint (undocumented there).
            ecartpay.NotFoundError: 404: No such resource in this account.
            ecartpay.ConflictError: 409: Assumed (the vendor documents no status): the
                request is well formed but the resource's state refuses it (an amount over
                what is left to refund, an order that is already paid, a card token already
                used, a duplicate email, a payout's `reference_id` used before, an amount
                over the available balance, a payout already confirmed, a cancelled
                subscription, a chargeback that cannot move that way); nothing changed.
            ecartpay.APIError: Any other error status the API answers.
            ecartpay.APIConnectionError: No answer, after every safe retry
                (`ecartpay.APITimeoutError` when it timed out).
        """

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
        """List chargebacks: `GET /api/chargebacks` (list_chargebacks).

        The account's chargebacks (disputes), one page at a time, optionally only those
        in one `status`.

        Args:
            page: Page number, from 1.
            limit: Items per page. Assumed default 20 and maximum 100.
            status: Assumed filter, as on the other lists.
            lang: Language of the API's messages.
            extra_headers: Headers sent with this request only, on top of the client's.
            timeout: This request's timeout (seconds or an `httpx.Timeout`), instead of
                the client's.

        Returns:
            `AsyncPage[Chargeback]`: One page of chargebacks. `await` it for the first
            page; `async for` yields every item of every page.

        Raises:
            ecartpay.BadRequestError: 400: The request was refused (invalid body, query,
                cookie, or a business rule such as a duplicate customer); `message` says
                why.
            ecartpay.AuthenticationError: 401: Missing, malformed, wrong, expired or
                revoked credentials. Assumed for the token endpoint (undocumented there).
            ecartpay.APIError: Any other error status the API answers.
            ecartpay.APIConnectionError: No answer, after every safe retry
                (`ecartpay.APITimeoutError` when it timed out).
        """

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
        """Create a chargeback: `POST /api/chargebacks` (create_chargeback).

        Disputes a payout of the account (reference: `payout_id`, `reason`); the amount
        and currency are the payout's, and the dispute expires after 7 days. An unknown
        payout is 404; a payout already disputed is refused with 409.

        Args:
            payout_id: The disputed payout.
            reason: Why it is disputed, in your words.
            lang: Language of the API's messages.
            extra_headers: Headers sent with this request only, on top of the client's.
            timeout: This request's timeout (seconds or an `httpx.Timeout`), instead of
                the client's.

        Returns:
            `Chargeback`: The created chargeback.

        Raises:
            ecartpay.BadRequestError: 400: The request was refused (invalid body, query,
                cookie, or a business rule such as a duplicate customer); `message` says
                why.
            ecartpay.AuthenticationError: 401: Missing, malformed, wrong, expired or
                revoked credentials. Assumed for the token endpoint (undocumented there).
            ecartpay.NotFoundError: 404: No such resource in this account.
            ecartpay.ConflictError: 409: Assumed (the vendor documents no status): the
                request is well formed but the resource's state refuses it (an amount over
                what is left to refund, an order that is already paid, a card token already
                used, a duplicate email, a payout's `reference_id` used before, an amount
                over the available balance, a payout already confirmed, a cancelled
                subscription, a chargeback that cannot move that way); nothing changed.
            ecartpay.APIError: Any other error status the API answers.
            ecartpay.APIConnectionError: No answer, after every safe retry
                (`ecartpay.APITimeoutError` when it timed out).
        """

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
        """Get a chargeback: `GET /api/chargebacks/{id}` (get_chargeback).

        One chargeback by its id, with its reason and status (404 when unknown to the
        account).

        Args:
            id: The chargeback's id.
            lang: Language of the API's messages.
            extra_headers: Headers sent with this request only, on top of the client's.
            timeout: This request's timeout (seconds or an `httpx.Timeout`), instead of
                the client's.

        Returns:
            `Chargeback`: The chargeback.

        Raises:
            ecartpay.BadRequestError: 400: The request was refused (invalid body, query,
                cookie, or a business rule such as a duplicate customer); `message` says
                why.
            ecartpay.AuthenticationError: 401: Missing, malformed, wrong, expired or
                revoked credentials. Assumed for the token endpoint (undocumented there).
            ecartpay.NotFoundError: 404: No such resource in this account.
            ecartpay.APIError: Any other error status the API answers.
            ecartpay.APIConnectionError: No answer, after every safe retry
                (`ecartpay.APITimeoutError` when it timed out).
        """

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
        """Update a chargeback: `PUT /api/chargebacks/{id}` (update_chargeback).

        Moves a chargeback on. Assumed transitions (the reference shows `created` ->
        `in_review`): `created` -> `in_review` or `accepted`; `in_review` -> `won` or
        `lost`; anything else is refused with 409.

        Args:
            id: The chargeback's id.
            status: `created` (opened), `in_review` (evidence under review), `accepted`
                (the merchant accepted it), `won`, `lost`. Only `created` and `in_review`
                are in the reference; the rest are Assumed. More may come.
            lang: Language of the API's messages.
            extra_headers: Headers sent with this request only, on top of the client's.
            timeout: This request's timeout (seconds or an `httpx.Timeout`), instead of
                the client's.

        Returns:
            `Chargeback`: The updated chargeback.

        Raises:
            ecartpay.BadRequestError: 400: The request was refused (invalid body, query,
                cookie, or a business rule such as a duplicate customer); `message` says
                why.
            ecartpay.AuthenticationError: 401: Missing, malformed, wrong, expired or
                revoked credentials. Assumed for the token endpoint (undocumented there).
            ecartpay.NotFoundError: 404: No such resource in this account.
            ecartpay.ConflictError: 409: Assumed (the vendor documents no status): the
                request is well formed but the resource's state refuses it (an amount over
                what is left to refund, an order that is already paid, a card token already
                used, a duplicate email, a payout's `reference_id` used before, an amount
                over the available balance, a payout already confirmed, a cancelled
                subscription, a chargeback that cannot move that way); nothing changed.
            ecartpay.APIError: Any other error status the API answers.
            ecartpay.APIConnectionError: No answer, after every safe retry
                (`ecartpay.APITimeoutError` when it timed out).
        """

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
