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
        """List the account's transactions: `GET /api/transactions` (list_transactions).

        Newest first. Two ways to page (the transactions guide): `page` (1 to 10) with
        `limit`; beyond page 10, cursors. Every answer carries `token_page` (the
        position of its first item) and `next_token` (the position of its last item,
        null on the last page): pass `next=<next_token>` for the following page,
        `prev=<token_page>` for the one before. The guide says "use next_token with
        next"; the digest of the docs names the request parameter `next_token`: both
        spellings are accepted (Assumed). With a cursor, `page` is ignored; a forward
        cursor wins over `prev` (Assumed). A cursor is the URL-safe base64 of a position
        (16 characters); any such string is a valid position.

        Args:
            page: Page number, from 1; at most 10 (use `next` beyond).
            limit: Items per page. Assumed default 10, maximum 100.
            next_: A `next_token`; answers the page after it.
            next_token: The same as `next` (the other spelling).
            prev: A `token_page`; answers the page before it.
            q: Search text, matched in the transaction's number, order and reference.
            type_: Only this type (`payment`, `refund`, ...).
            status: Only this status (`paid`, `reimbursed`, ...).
            start_date: Created on or after this day (UTC, `YYYY-MM-DD`).
            end_date: Created on or before this day (UTC, `YYYY-MM-DD`).
            lang: Language of the API's messages.
            extra_headers: Headers sent with this request only, on top of the client's.
            timeout: This request's timeout (seconds or an `httpx.Timeout`), instead of
                the client's.

        Returns:
            `SyncPage[Transaction]`: One page of transactions. Iterating it yields every
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
        """Balance and totals in one currency: `GET /api/transactions/summary` (get_transaction_summary).

        Pay-ins, refunds, payouts and fees of the account in `currency`, and the balance
        they leave. Assumed: without `currency`, MXN.

        Args:
            currency: Three-letter code; default MXN.
            lang: Language of the API's messages.
            extra_headers: Headers sent with this request only, on top of the client's.
            timeout: This request's timeout (seconds or an `httpx.Timeout`), instead of
                the client's.

        Returns:
            `TransactionSummary`: The summary.

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
        """Get a transaction: `GET /api/transactions/{transaction_id}` (get_transaction).

        One movement of money (a payment, a refund, a payout, a withdrawal...), by its
        id; 404 when the account has none with that id.

        Args:
            transaction_id: The transaction's `id` (24 hex) or its number (`TR...`).
            lang: Language of the API's messages.
            extra_headers: Headers sent with this request only, on top of the client's.
            timeout: This request's timeout (seconds or an `httpx.Timeout`), instead of
                the client's.

        Returns:
            `Transaction`: The transaction.

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
        """List the account's transactions: `GET /api/transactions` (list_transactions).

        Newest first. Two ways to page (the transactions guide): `page` (1 to 10) with
        `limit`; beyond page 10, cursors. Every answer carries `token_page` (the
        position of its first item) and `next_token` (the position of its last item,
        null on the last page): pass `next=<next_token>` for the following page,
        `prev=<token_page>` for the one before. The guide says "use next_token with
        next"; the digest of the docs names the request parameter `next_token`: both
        spellings are accepted (Assumed). With a cursor, `page` is ignored; a forward
        cursor wins over `prev` (Assumed). A cursor is the URL-safe base64 of a position
        (16 characters); any such string is a valid position.

        Args:
            page: Page number, from 1; at most 10 (use `next` beyond).
            limit: Items per page. Assumed default 10, maximum 100.
            next_: A `next_token`; answers the page after it.
            next_token: The same as `next` (the other spelling).
            prev: A `token_page`; answers the page before it.
            q: Search text, matched in the transaction's number, order and reference.
            type_: Only this type (`payment`, `refund`, ...).
            status: Only this status (`paid`, `reimbursed`, ...).
            start_date: Created on or after this day (UTC, `YYYY-MM-DD`).
            end_date: Created on or before this day (UTC, `YYYY-MM-DD`).
            lang: Language of the API's messages.
            extra_headers: Headers sent with this request only, on top of the client's.
            timeout: This request's timeout (seconds or an `httpx.Timeout`), instead of
                the client's.

        Returns:
            `AsyncPage[Transaction]`: One page of transactions. `await` it for the first
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
        """Balance and totals in one currency: `GET /api/transactions/summary` (get_transaction_summary).

        Pay-ins, refunds, payouts and fees of the account in `currency`, and the balance
        they leave. Assumed: without `currency`, MXN.

        Args:
            currency: Three-letter code; default MXN.
            lang: Language of the API's messages.
            extra_headers: Headers sent with this request only, on top of the client's.
            timeout: This request's timeout (seconds or an `httpx.Timeout`), instead of
                the client's.

        Returns:
            `TransactionSummary`: The summary.

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
        """Get a transaction: `GET /api/transactions/{transaction_id}` (get_transaction).

        One movement of money (a payment, a refund, a payout, a withdrawal...), by its
        id; 404 when the account has none with that id.

        Args:
            transaction_id: The transaction's `id` (24 hex) or its number (`TR...`).
            lang: Language of the API's messages.
            extra_headers: Headers sent with this request only, on top of the client's.
            timeout: This request's timeout (seconds or an `httpx.Timeout`), instead of
                the client's.

        Returns:
            `Transaction`: The transaction.

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
