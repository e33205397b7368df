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
        """List payouts: `GET /api/payouts` (list_payouts).

        The account's payouts, oldest first, filtered by `status`, `reference_id` and a
        free-text `q` (matched against `id`, `reference`, `reference_id` and `email`).
        Assumed: the vendor's list shape and paging.

        Args:
            page: Page number, from 1.
            limit: Items per page. Assumed default 20 and maximum 100.
            q: Free text, matched against ids and references.
            reference_id: Only the payout with this reference.
            status: Only payouts in this status (`pending`, `paid`, ...).
            lang: Language of the API's messages.
            extra_headers: Headers sent with this request only, on top of the client's.
            timeout: This request's timeout (seconds or an `httpx.Timeout`), instead of
                the client's.

        Returns:
            `SyncPage[Payout]`: One page of payouts. Iterating it yields every item of
            every page, fetching the next one when needed.

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
        """Create a payout: `POST /api/payouts` (create_payout).

        Sends money from the account's available balance to an Ecart Pay user (`email`)
        or a customer (`customer_id`). With `require_confirmation: true` the payout
        waits as `pending` until it is confirmed; otherwise it is `paid` at once.
        Refused with 409: a `reference_id` already used (it "can be used only once"), an
        amount over the available balance in that currency; 404: an unknown
        `customer_id`.

        Args:
            amount: An amount in major units with at most two decimals (243.33; 243.333
                is a 400), where no currency allowed has more. Subscriptions charge in MXN
                or USD, both with two; a payout's currency may have fewer (0 for JPY and
                CLP: 10.5 JPY is a 400 too). Assumed, as for `Money`: at least 0.01 and at
                most 100,000,000.
            currency: ISO 4217 code in requests (MXN, USD, BRL, CAD, ARS, COP, EUR, PEN,
                JPY, RUB, GBP, CLP, UYU, GTQ, INR, CNY, AUD, ...). A pattern rather than an
                enum, so a currency the vendor adds later is accepted; responses use a plain
                string.
            email: An email address (a pattern, so every validator agrees; whitespace is
                spelled out as ASCII, because `\\s` also matches control characters in
                Python but not in the fuzzer's generator).
            customer_id: A customer of the account (404 when unknown).
            payment_method_id: Which of the receiver's payment methods gets the money.
            reference_id: Your unique id for this payout; usable only once (409 on
                reuse).
            require_confirmation: true -> `pending` until confirmed; false (default) ->
                `paid` at once.
            items: Lines describing what the payout pays for.
            lang: Language of the API's messages.
            extra_headers: Headers sent with this request only, on top of the client's.
            timeout: This request's timeout (seconds or an `httpx.Timeout`), instead of
                the client's.

        Returns:
            `Payout`: The created payout.

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
        """Get a payout: `GET /api/payouts/{payout_id}` (get_payout).

        One payout by its id, with its items, charges and status (404 when unknown to
        the account).

        Args:
            payout_id: The payout's id.
            lang: Language of the API's messages.
            extra_headers: Headers sent with this request only, on top of the client's.
            timeout: This request's timeout (seconds or an `httpx.Timeout`), instead of
                the client's.

        Returns:
            `Payout`: The payout.

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
        """Update a payout's items: `PUT /api/payouts/{payout_id}` (update_payout).

        Changes the items, charges, amount or order of a payout that is still `pending`
        and not confirmed; a new `amount` must fit the available balance. Assumed: a
        paid or confirmed payout, or an amount over the balance, is refused with 409.

        Args:
            payout_id: The payout's id.
            amount: An amount in major units with at most two decimals (243.33; 243.333
                is a 400), where no currency allowed has more. Subscriptions charge in MXN
                or USD, both with two; a payout's currency may have fewer (0 for JPY and
                CLP: 10.5 JPY is a 400 too). Assumed, as for `Money`: at least 0.01 and at
                most 100,000,000.
            charges: Charges (fees) listed on the payout, each with a `name` and an
                `amount`.
            items: Lines describing what the payout pays for.
            order_id: An order this payout is linked to.
            lang: Language of the API's messages.
            extra_headers: Headers sent with this request only, on top of the client's.
            timeout: This request's timeout (seconds or an `httpx.Timeout`), instead of
                the client's.

        Returns:
            `Payout`: The updated payout.

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
        """Confirm a payout: `PUT /api/payouts/{payout_id}/confirm` (confirm_payout).

        Confirms a payout created with `require_confirmation: true`. Without
        `available_at` it is paid at once; with a future `available_at` it stays
        `pending` (and `confirmed`) until then. A payout already confirmed or paid is
        refused with 409.

        Args:
            payout_id: The payout's id.
            available_at: A date and time as the vendor accepts it: `2021-06-18
                12:00:00`, `2021-06-18T12:00:00.000Z` or a day (`2021-06-18`); taken as UTC.
            lang: Language of the API's messages.
            extra_headers: Headers sent with this request only, on top of the client's.
            timeout: This request's timeout (seconds or an `httpx.Timeout`), instead of
                the client's.

        Returns:
            `Payout`: The confirmed payout.

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
        """List payouts: `GET /api/payouts` (list_payouts).

        The account's payouts, oldest first, filtered by `status`, `reference_id` and a
        free-text `q` (matched against `id`, `reference`, `reference_id` and `email`).
        Assumed: the vendor's list shape and paging.

        Args:
            page: Page number, from 1.
            limit: Items per page. Assumed default 20 and maximum 100.
            q: Free text, matched against ids and references.
            reference_id: Only the payout with this reference.
            status: Only payouts in this status (`pending`, `paid`, ...).
            lang: Language of the API's messages.
            extra_headers: Headers sent with this request only, on top of the client's.
            timeout: This request's timeout (seconds or an `httpx.Timeout`), instead of
                the client's.

        Returns:
            `AsyncPage[Payout]`: One page of payouts. `await` it for the first page;
            `async for` yields every item of every page.

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
        """Create a payout: `POST /api/payouts` (create_payout).

        Sends money from the account's available balance to an Ecart Pay user (`email`)
        or a customer (`customer_id`). With `require_confirmation: true` the payout
        waits as `pending` until it is confirmed; otherwise it is `paid` at once.
        Refused with 409: a `reference_id` already used (it "can be used only once"), an
        amount over the available balance in that currency; 404: an unknown
        `customer_id`.

        Args:
            amount: An amount in major units with at most two decimals (243.33; 243.333
                is a 400), where no currency allowed has more. Subscriptions charge in MXN
                or USD, both with two; a payout's currency may have fewer (0 for JPY and
                CLP: 10.5 JPY is a 400 too). Assumed, as for `Money`: at least 0.01 and at
                most 100,000,000.
            currency: ISO 4217 code in requests (MXN, USD, BRL, CAD, ARS, COP, EUR, PEN,
                JPY, RUB, GBP, CLP, UYU, GTQ, INR, CNY, AUD, ...). A pattern rather than an
                enum, so a currency the vendor adds later is accepted; responses use a plain
                string.
            email: An email address (a pattern, so every validator agrees; whitespace is
                spelled out as ASCII, because `\\s` also matches control characters in
                Python but not in the fuzzer's generator).
            customer_id: A customer of the account (404 when unknown).
            payment_method_id: Which of the receiver's payment methods gets the money.
            reference_id: Your unique id for this payout; usable only once (409 on
                reuse).
            require_confirmation: true -> `pending` until confirmed; false (default) ->
                `paid` at once.
            items: Lines describing what the payout pays for.
            lang: Language of the API's messages.
            extra_headers: Headers sent with this request only, on top of the client's.
            timeout: This request's timeout (seconds or an `httpx.Timeout`), instead of
                the client's.

        Returns:
            `Payout`: The created payout.

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
        """Get a payout: `GET /api/payouts/{payout_id}` (get_payout).

        One payout by its id, with its items, charges and status (404 when unknown to
        the account).

        Args:
            payout_id: The payout's id.
            lang: Language of the API's messages.
            extra_headers: Headers sent with this request only, on top of the client's.
            timeout: This request's timeout (seconds or an `httpx.Timeout`), instead of
                the client's.

        Returns:
            `Payout`: The payout.

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
        """Update a payout's items: `PUT /api/payouts/{payout_id}` (update_payout).

        Changes the items, charges, amount or order of a payout that is still `pending`
        and not confirmed; a new `amount` must fit the available balance. Assumed: a
        paid or confirmed payout, or an amount over the balance, is refused with 409.

        Args:
            payout_id: The payout's id.
            amount: An amount in major units with at most two decimals (243.33; 243.333
                is a 400), where no currency allowed has more. Subscriptions charge in MXN
                or USD, both with two; a payout's currency may have fewer (0 for JPY and
                CLP: 10.5 JPY is a 400 too). Assumed, as for `Money`: at least 0.01 and at
                most 100,000,000.
            charges: Charges (fees) listed on the payout, each with a `name` and an
                `amount`.
            items: Lines describing what the payout pays for.
            order_id: An order this payout is linked to.
            lang: Language of the API's messages.
            extra_headers: Headers sent with this request only, on top of the client's.
            timeout: This request's timeout (seconds or an `httpx.Timeout`), instead of
                the client's.

        Returns:
            `Payout`: The updated payout.

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
        """Confirm a payout: `PUT /api/payouts/{payout_id}/confirm` (confirm_payout).

        Confirms a payout created with `require_confirmation: true`. Without
        `available_at` it is paid at once; with a future `available_at` it stays
        `pending` (and `confirmed`) until then. A payout already confirmed or paid is
        refused with 409.

        Args:
            payout_id: The payout's id.
            available_at: A date and time as the vendor accepts it: `2021-06-18
                12:00:00`, `2021-06-18T12:00:00.000Z` or a day (`2021-06-18`); taken as UTC.
            lang: Language of the API's messages.
            extra_headers: Headers sent with this request only, on top of the client's.
            timeout: This request's timeout (seconds or an `httpx.Timeout`), instead of
                the client's.

        Returns:
            `Payout`: The confirmed payout.

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
