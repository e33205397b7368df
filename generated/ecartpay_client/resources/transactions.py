"""`client.transactions`: the front door's resource (and sub-resources), sync and async.

Generated from openapi.yaml by `make generate`; never edit by hand.
"""

from __future__ import annotations

from functools import cached_property

import httpx
from ecartpay._base import NOT_GIVEN, Headers, NotGiven, Timeout
from ecartpay._pages import AsyncPage, SyncPage
from ecartpay._resource import (
    AsyncResource,
    SyncResource,
    to_raw,
    to_raw_async,
    to_raw_async_page,
)

from ..api.transactions import (
    get_transaction,
    get_transaction_summary,
    list_transactions,
)
from ..models.lang import Lang
from ..models.transaction import Transaction
from ..models.transaction_summary import TransactionSummary
from ..types import UNSET, Unset


def _parse_get_transaction_summary(response: httpx.Response) -> TransactionSummary:
    response_200 = TransactionSummary.from_dict(response.json())

    return response_200


def _parse_get_transaction(response: httpx.Response) -> Transaction:
    response_200 = Transaction.from_dict(response.json())

    return response_200


class TransactionsResource(SyncResource):
    """`client.transactions`."""

    @cached_property
    def with_raw_response(self) -> TransactionsResourceWithRawResponse:
        """The same methods, answering a `RawResponse` (status, headers, `.parse()`)."""
        return TransactionsResourceWithRawResponse(self)

    def list(
        self,
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
        extra_headers: Headers | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> SyncPage[Transaction]:
        """List the account's transactions: `GET /api/transactions` (list_transactions)."""

        return SyncPage.first(
            self._requester,
            list_transactions,
            {
                "page": page,
                "limit": limit,
                "next_": next_,
                "next_token": next_token,
                "prev": prev,
                "q": q,
                "type_": type_,
                "status": status,
                "start_date": start_date,
                "end_date": end_date,
                "lang": lang,
            },
            extra_headers,
            timeout,
        )

    def retrieve_summary(
        self,
        *,
        currency: str | Unset = UNSET,
        lang: Lang | Unset = UNSET,
        extra_headers: Headers | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> TransactionSummary:
        """Balance and totals in one currency: `GET /api/transactions/summary` (get_transaction_summary)."""

        return self._requester.request(
            get_transaction_summary._get_kwargs(currency=currency, lang=lang),
            _parse_get_transaction_summary,
            extra_headers,
            timeout,
        )

    def retrieve(
        self,
        transaction_id: str,
        *,
        lang: Lang | Unset = UNSET,
        extra_headers: Headers | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> Transaction:
        """Get a transaction: `GET /api/transactions/{transaction_id}` (get_transaction)."""

        return self._requester.request(
            get_transaction._get_kwargs(transaction_id=transaction_id, lang=lang),
            _parse_get_transaction,
            extra_headers,
            timeout,
        )


class TransactionsResourceWithRawResponse:
    """`client.transactions.with_raw_response`: each method answers a
    `RawResponse`; a list method's, that of its first page (`.parse()` gives the page)."""

    def __init__(self, resource: TransactionsResource) -> None:
        raw = TransactionsResource(resource._requester.as_raw())
        self.list = to_raw(raw.list)
        self.retrieve_summary = to_raw(raw.retrieve_summary)
        self.retrieve = to_raw(raw.retrieve)
        del raw


class AsyncTransactionsResource(AsyncResource):
    """`client.transactions`."""

    @cached_property
    def with_raw_response(self) -> AsyncTransactionsResourceWithRawResponse:
        """The same methods, answering a `RawResponse` (status, headers, `.parse()`)."""
        return AsyncTransactionsResourceWithRawResponse(self)

    def list(
        self,
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
        extra_headers: Headers | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> AsyncPage[Transaction]:
        """List the account's transactions: `GET /api/transactions` (list_transactions)."""

        return AsyncPage(
            self._requester,
            list_transactions,
            {
                "page": page,
                "limit": limit,
                "next_": next_,
                "next_token": next_token,
                "prev": prev,
                "q": q,
                "type_": type_,
                "status": status,
                "start_date": start_date,
                "end_date": end_date,
                "lang": lang,
            },
            extra_headers,
            timeout,
        )

    async def retrieve_summary(
        self,
        *,
        currency: str | Unset = UNSET,
        lang: Lang | Unset = UNSET,
        extra_headers: Headers | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> TransactionSummary:
        """Balance and totals in one currency: `GET /api/transactions/summary` (get_transaction_summary)."""

        return await self._requester.request(
            get_transaction_summary._get_kwargs(currency=currency, lang=lang),
            _parse_get_transaction_summary,
            extra_headers,
            timeout,
        )

    async def retrieve(
        self,
        transaction_id: str,
        *,
        lang: Lang | Unset = UNSET,
        extra_headers: Headers | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> Transaction:
        """Get a transaction: `GET /api/transactions/{transaction_id}` (get_transaction)."""

        return await self._requester.request(
            get_transaction._get_kwargs(transaction_id=transaction_id, lang=lang),
            _parse_get_transaction,
            extra_headers,
            timeout,
        )


class AsyncTransactionsResourceWithRawResponse:
    """`client.transactions.with_raw_response`: each method answers a
    `RawResponse`; a list method's, that of its first page (`.parse()` gives the page)."""

    def __init__(self, resource: AsyncTransactionsResource) -> None:
        raw = AsyncTransactionsResource(resource._requester.as_raw())
        self.list = to_raw_async_page(raw.list)
        self.retrieve_summary = to_raw_async(raw.retrieve_summary)
        self.retrieve = to_raw_async(raw.retrieve)
        del raw
