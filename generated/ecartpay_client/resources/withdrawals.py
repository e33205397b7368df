"""`client.withdrawals`: the front door's resource (and sub-resources), sync and async.

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

from ..api.withdrawals import (
    create_withdrawal_account,
    delete_withdrawal_account,
    list_withdrawal_accounts,
    list_withdrawals,
    update_withdrawal_account,
)
from ..models.delete_withdrawal_account_body import DeleteWithdrawalAccountBody
from ..models.lang import Lang
from ..models.withdrawal import Withdrawal
from ..models.withdrawal_account import WithdrawalAccount
from ..models.withdrawal_account_create import WithdrawalAccountCreate
from ..models.withdrawal_account_update import WithdrawalAccountUpdate
from ..models.withdrawal_method import WithdrawalMethod
from ..types import UNSET, Unset


def _parse_create_withdrawal_account(response: httpx.Response) -> WithdrawalAccount:
    response_200 = WithdrawalAccount.from_dict(response.json())

    return response_200


def _parse_update_withdrawal_account(response: httpx.Response) -> WithdrawalAccount:
    response_200 = WithdrawalAccount.from_dict(response.json())

    return response_200


def _parse_delete_withdrawal_account(response: httpx.Response) -> WithdrawalAccount:
    response_200 = WithdrawalAccount.from_dict(response.json())

    return response_200


class WithdrawalsResource(SyncResource):
    """`client.withdrawals`."""

    @cached_property
    def with_raw_response(self) -> WithdrawalsResourceWithRawResponse:
        """The same methods, answering a `RawResponse` (status, headers, `.parse()`)."""
        return WithdrawalsResourceWithRawResponse(self)

    def list(
        self,
        *,
        page: int | Unset = 1,
        limit: int | Unset = 20,
        date_start: str | Unset = UNSET,
        date_end: str | Unset = UNSET,
        currency: str | Unset = UNSET,
        status: str | Unset = UNSET,
        q: str | Unset = UNSET,
        lang: Lang | Unset = UNSET,
        extra_headers: Headers | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> SyncPage[Withdrawal]:
        """List withdrawals: `GET /api/withdrawals` (list_withdrawals).

        The history of money withdrawn to the account's bank accounts, filtered by date,
        currency, status and a free-text `q` (matched against `id`, `reference` and
        `reference_id`). Assumed: the vendor's list shape; the reference shows no
        answer.

        Args:
            page: Page number, from 1.
            limit: Items per page. Assumed default 20 and maximum 100.
            date_start: Only withdrawals created on or after this day (`YYYY-MM-DD`,
                UTC).
            date_end: Only withdrawals created on or before this day (`YYYY-MM-DD`,
                UTC).
            currency: Only withdrawals in this currency.
            status: Only withdrawals in this status (`processing`, `paid`, `cancelled`).
            q: Free text, matched against ids and references.
            lang: Language of the API's messages.
            extra_headers: Headers sent with this request only, on top of the client's.
            timeout: This request's timeout (seconds or an `httpx.Timeout`), instead of
                the client's.

        Returns:
            `SyncPage[Withdrawal]`: One page of withdrawals. Iterating it yields every
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
            list_withdrawals,
            {
                "page": page,
                "limit": limit,
                "date_start": date_start,
                "date_end": date_end,
                "currency": currency,
                "status": status,
                "q": q,
                "lang": lang,
            },
            extra_headers,
            timeout,
        )

    def list_accounts(
        self,
        *,
        lang: Lang | Unset = UNSET,
        extra_headers: Headers | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> SyncPage[WithdrawalAccount]:
        """List the withdrawal bank accounts: `GET /api/accounts/payments/method` (list_withdrawal_accounts).

        The bank accounts (CLABE) and debit cards the account withdraws to. Assumed: a
        bare array, as the vendor answers for a customer's cards.

        Args:
            lang: Language of the API's messages.
            extra_headers: Headers sent with this request only, on top of the client's.
            timeout: This request's timeout (seconds or an `httpx.Timeout`), instead of
                the client's.

        Returns:
            `SyncPage[WithdrawalAccount]`: Every withdrawal account. Iterating it yields
            every item of every page, fetching the next one when needed.

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
            list_withdrawal_accounts,
            {
                "lang": lang,
            },
            extra_headers,
            timeout,
        )

    def create_account(
        self,
        *,
        method: str | WithdrawalMethod,
        name: str,
        business_name: str | Unset = UNSET,
        number: str | Unset = UNSET,
        bank: int | Unset = UNSET,
        x_otp: str | Unset = UNSET,
        lang: Lang | Unset = UNSET,
        extra_headers: Headers | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> WithdrawalAccount:
        """Add a withdrawal bank account: `POST /api/accounts/payments/method` (create_withdrawal_account).

        Needs the one-time code of the account's owner (`X-OTP`); a missing or wrong
        code is refused with 403 and nothing is stored.

        Args:
            method: The kind of account (`clabe` in the vendor's examples); other kinds
                are accepted as text.
            name: Your label for the account.
            business_name: The account holder's name; the vendor's example puts the
                CLABE here, so digits are accepted too.
            number: The CLABE (18 digits) or card number.
            bank: The bank's code.
            x_otp: The one-time code the account's owner received. Assumed: the
                reference shows no code at all, so where it travels is this spec's choice (a
                header, so reads, writes and deletes take it alike). The local sandbox
                accepts its documented test code `000000` and refuses any other with 403.
            lang: Language of the API's messages.
            extra_headers: Headers sent with this request only, on top of the client's.
            timeout: This request's timeout (seconds or an `httpx.Timeout`), instead of
                the client's.

        Returns:
            `WithdrawalAccount`: The new withdrawal account.

        Raises:
            ecartpay.BadRequestError: 400: The request was refused (invalid body, query,
                cookie, or a business rule such as a duplicate customer); `message` says
                why.
            ecartpay.AuthenticationError: 401: Missing, malformed, wrong, expired or
                revoked credentials. Assumed for the token endpoint (undocumented there).
            ecartpay.PermissionDeniedError: 403: The one-time code is missing or wrong;
                nothing changed.
            ecartpay.APIError: Any other error status the API answers.
            ecartpay.APIConnectionError: No answer, after every safe retry
                (`ecartpay.APITimeoutError` when it timed out).
        """

        fields = payload(
            {
                "method": method,
                "name": name,
                "business_name": business_name,
                "number": number,
                "bank": bank,
            }
        )
        body = WithdrawalAccountCreate.from_dict(fields)

        return self._requester.request(
            create_withdrawal_account._get_kwargs(body=body, x_otp=x_otp, lang=lang),
            _parse_create_withdrawal_account,
            extra_headers,
            timeout,
        )

    def update_account(
        self,
        id: str,
        *,
        method: str | Unset | WithdrawalMethod = UNSET,
        name: str | Unset = UNSET,
        business_name: str | Unset = UNSET,
        number: str | Unset = UNSET,
        bank: int | Unset = UNSET,
        x_otp: str | Unset = UNSET,
        lang: Lang | Unset = UNSET,
        extra_headers: Headers | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> WithdrawalAccount:
        """Update a withdrawal bank account: `PUT /api/accounts/payments/method/{id}` (update_withdrawal_account).

        Needs the owner's one-time code (`X-OTP`), like creation.

        Args:
            id: The withdrawal account's id.
            method: The kind of account (`clabe` in the vendor's examples); other kinds
                are accepted as text.
            name: Your new label for the account.
            business_name: The account holder's name.
            number: The new CLABE (18 digits) or card number.
            bank: The bank's numeric code.
            x_otp: The one-time code the account's owner received. Assumed: the
                reference shows no code at all, so where it travels is this spec's choice (a
                header, so reads, writes and deletes take it alike). The local sandbox
                accepts its documented test code `000000` and refuses any other with 403.
            lang: Language of the API's messages.
            extra_headers: Headers sent with this request only, on top of the client's.
            timeout: This request's timeout (seconds or an `httpx.Timeout`), instead of
                the client's.

        Returns:
            `WithdrawalAccount`: The updated withdrawal account.

        Raises:
            ecartpay.BadRequestError: 400: The request was refused (invalid body, query,
                cookie, or a business rule such as a duplicate customer); `message` says
                why.
            ecartpay.AuthenticationError: 401: Missing, malformed, wrong, expired or
                revoked credentials. Assumed for the token endpoint (undocumented there).
            ecartpay.PermissionDeniedError: 403: The one-time code is missing or wrong;
                nothing changed.
            ecartpay.NotFoundError: 404: No such resource in this account.
            ecartpay.APIError: Any other error status the API answers.
            ecartpay.APIConnectionError: No answer, after every safe retry
                (`ecartpay.APITimeoutError` when it timed out).
        """

        fields = payload(
            {
                "method": method,
                "name": name,
                "business_name": business_name,
                "number": number,
                "bank": bank,
            }
        )
        body = WithdrawalAccountUpdate.from_dict(fields)

        return self._requester.request(
            update_withdrawal_account._get_kwargs(
                id=id, body=body, x_otp=x_otp, lang=lang
            ),
            _parse_update_withdrawal_account,
            extra_headers,
            timeout,
        )

    def delete_account(
        self,
        id: str,
        *,
        name: str | Unset = UNSET,
        x_otp: str | Unset = UNSET,
        lang: Lang | Unset = UNSET,
        extra_headers: Headers | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> WithdrawalAccount:
        """Delete a withdrawal bank account: `DELETE /api/accounts/payments/method/{id}` (delete_withdrawal_account).

        Needs the owner's one-time code (`X-OTP`). Assumed (the reference shows no
        answer) the deleted account comes back. The reference's example sends a body
        (`name`), which is accepted and ignored.

        Args:
            id: The withdrawal account's id.
            name: Sent by the vendor's example and ignored: the account is chosen by its
                id.
            x_otp: The one-time code the account's owner received. Assumed: the
                reference shows no code at all, so where it travels is this spec's choice (a
                header, so reads, writes and deletes take it alike). The local sandbox
                accepts its documented test code `000000` and refuses any other with 403.
            lang: Language of the API's messages.
            extra_headers: Headers sent with this request only, on top of the client's.
            timeout: This request's timeout (seconds or an `httpx.Timeout`), instead of
                the client's.

        Returns:
            `WithdrawalAccount`: The deleted withdrawal account.

        Raises:
            ecartpay.BadRequestError: 400: The request was refused (invalid body, query,
                cookie, or a business rule such as a duplicate customer); `message` says
                why.
            ecartpay.AuthenticationError: 401: Missing, malformed, wrong, expired or
                revoked credentials. Assumed for the token endpoint (undocumented there).
            ecartpay.PermissionDeniedError: 403: The one-time code is missing or wrong;
                nothing changed.
            ecartpay.NotFoundError: 404: No such resource in this account.
            ecartpay.APIError: Any other error status the API answers.
            ecartpay.APIConnectionError: No answer, after every safe retry
                (`ecartpay.APITimeoutError` when it timed out).
        """

        fields = payload(
            {
                "name": name,
            }
        )
        body = DeleteWithdrawalAccountBody.from_dict(fields) if fields else UNSET

        return self._requester.request(
            delete_withdrawal_account._get_kwargs(
                id=id, body=body, x_otp=x_otp, lang=lang
            ),
            _parse_delete_withdrawal_account,
            extra_headers,
            timeout,
        )


class WithdrawalsResourceWithRawResponse:
    """`client.withdrawals.with_raw_response`: each method answers a
    `RawResponse`; a list method's, that of its first page (`.parse()` gives the page)."""

    def __init__(self, resource: WithdrawalsResource) -> None:
        raw = WithdrawalsResource(resource._requester.as_raw())
        self.list = to_raw(raw.list)
        self.list_accounts = to_raw(raw.list_accounts)
        self.create_account = to_raw(raw.create_account)
        self.update_account = to_raw(raw.update_account)
        self.delete_account = to_raw(raw.delete_account)
        del raw


class AsyncWithdrawalsResource(AsyncResource):
    """`client.withdrawals`."""

    @cached_property
    def with_raw_response(self) -> AsyncWithdrawalsResourceWithRawResponse:
        """The same methods, answering a `RawResponse` (status, headers, `.parse()`)."""
        return AsyncWithdrawalsResourceWithRawResponse(self)

    def list(
        self,
        *,
        page: int | Unset = 1,
        limit: int | Unset = 20,
        date_start: str | Unset = UNSET,
        date_end: str | Unset = UNSET,
        currency: str | Unset = UNSET,
        status: str | Unset = UNSET,
        q: str | Unset = UNSET,
        lang: Lang | Unset = UNSET,
        extra_headers: Headers | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> AsyncPage[Withdrawal]:
        """List withdrawals: `GET /api/withdrawals` (list_withdrawals).

        The history of money withdrawn to the account's bank accounts, filtered by date,
        currency, status and a free-text `q` (matched against `id`, `reference` and
        `reference_id`). Assumed: the vendor's list shape; the reference shows no
        answer.

        Args:
            page: Page number, from 1.
            limit: Items per page. Assumed default 20 and maximum 100.
            date_start: Only withdrawals created on or after this day (`YYYY-MM-DD`,
                UTC).
            date_end: Only withdrawals created on or before this day (`YYYY-MM-DD`,
                UTC).
            currency: Only withdrawals in this currency.
            status: Only withdrawals in this status (`processing`, `paid`, `cancelled`).
            q: Free text, matched against ids and references.
            lang: Language of the API's messages.
            extra_headers: Headers sent with this request only, on top of the client's.
            timeout: This request's timeout (seconds or an `httpx.Timeout`), instead of
                the client's.

        Returns:
            `AsyncPage[Withdrawal]`: One page of withdrawals. `await` it for the first
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
            list_withdrawals,
            {
                "page": page,
                "limit": limit,
                "date_start": date_start,
                "date_end": date_end,
                "currency": currency,
                "status": status,
                "q": q,
                "lang": lang,
            },
            extra_headers,
            timeout,
        )

    def list_accounts(
        self,
        *,
        lang: Lang | Unset = UNSET,
        extra_headers: Headers | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> AsyncPage[WithdrawalAccount]:
        """List the withdrawal bank accounts: `GET /api/accounts/payments/method` (list_withdrawal_accounts).

        The bank accounts (CLABE) and debit cards the account withdraws to. Assumed: a
        bare array, as the vendor answers for a customer's cards.

        Args:
            lang: Language of the API's messages.
            extra_headers: Headers sent with this request only, on top of the client's.
            timeout: This request's timeout (seconds or an `httpx.Timeout`), instead of
                the client's.

        Returns:
            `AsyncPage[WithdrawalAccount]`: Every withdrawal account. `await` it for the
            first page; `async for` yields every item of every page.

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
            list_withdrawal_accounts,
            {
                "lang": lang,
            },
            extra_headers,
            timeout,
        )

    async def create_account(
        self,
        *,
        method: str | WithdrawalMethod,
        name: str,
        business_name: str | Unset = UNSET,
        number: str | Unset = UNSET,
        bank: int | Unset = UNSET,
        x_otp: str | Unset = UNSET,
        lang: Lang | Unset = UNSET,
        extra_headers: Headers | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> WithdrawalAccount:
        """Add a withdrawal bank account: `POST /api/accounts/payments/method` (create_withdrawal_account).

        Needs the one-time code of the account's owner (`X-OTP`); a missing or wrong
        code is refused with 403 and nothing is stored.

        Args:
            method: The kind of account (`clabe` in the vendor's examples); other kinds
                are accepted as text.
            name: Your label for the account.
            business_name: The account holder's name; the vendor's example puts the
                CLABE here, so digits are accepted too.
            number: The CLABE (18 digits) or card number.
            bank: The bank's code.
            x_otp: The one-time code the account's owner received. Assumed: the
                reference shows no code at all, so where it travels is this spec's choice (a
                header, so reads, writes and deletes take it alike). The local sandbox
                accepts its documented test code `000000` and refuses any other with 403.
            lang: Language of the API's messages.
            extra_headers: Headers sent with this request only, on top of the client's.
            timeout: This request's timeout (seconds or an `httpx.Timeout`), instead of
                the client's.

        Returns:
            `WithdrawalAccount`: The new withdrawal account.

        Raises:
            ecartpay.BadRequestError: 400: The request was refused (invalid body, query,
                cookie, or a business rule such as a duplicate customer); `message` says
                why.
            ecartpay.AuthenticationError: 401: Missing, malformed, wrong, expired or
                revoked credentials. Assumed for the token endpoint (undocumented there).
            ecartpay.PermissionDeniedError: 403: The one-time code is missing or wrong;
                nothing changed.
            ecartpay.APIError: Any other error status the API answers.
            ecartpay.APIConnectionError: No answer, after every safe retry
                (`ecartpay.APITimeoutError` when it timed out).
        """

        fields = payload(
            {
                "method": method,
                "name": name,
                "business_name": business_name,
                "number": number,
                "bank": bank,
            }
        )
        body = WithdrawalAccountCreate.from_dict(fields)

        return await self._requester.request(
            create_withdrawal_account._get_kwargs(body=body, x_otp=x_otp, lang=lang),
            _parse_create_withdrawal_account,
            extra_headers,
            timeout,
        )

    async def update_account(
        self,
        id: str,
        *,
        method: str | Unset | WithdrawalMethod = UNSET,
        name: str | Unset = UNSET,
        business_name: str | Unset = UNSET,
        number: str | Unset = UNSET,
        bank: int | Unset = UNSET,
        x_otp: str | Unset = UNSET,
        lang: Lang | Unset = UNSET,
        extra_headers: Headers | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> WithdrawalAccount:
        """Update a withdrawal bank account: `PUT /api/accounts/payments/method/{id}` (update_withdrawal_account).

        Needs the owner's one-time code (`X-OTP`), like creation.

        Args:
            id: The withdrawal account's id.
            method: The kind of account (`clabe` in the vendor's examples); other kinds
                are accepted as text.
            name: Your new label for the account.
            business_name: The account holder's name.
            number: The new CLABE (18 digits) or card number.
            bank: The bank's numeric code.
            x_otp: The one-time code the account's owner received. Assumed: the
                reference shows no code at all, so where it travels is this spec's choice (a
                header, so reads, writes and deletes take it alike). The local sandbox
                accepts its documented test code `000000` and refuses any other with 403.
            lang: Language of the API's messages.
            extra_headers: Headers sent with this request only, on top of the client's.
            timeout: This request's timeout (seconds or an `httpx.Timeout`), instead of
                the client's.

        Returns:
            `WithdrawalAccount`: The updated withdrawal account.

        Raises:
            ecartpay.BadRequestError: 400: The request was refused (invalid body, query,
                cookie, or a business rule such as a duplicate customer); `message` says
                why.
            ecartpay.AuthenticationError: 401: Missing, malformed, wrong, expired or
                revoked credentials. Assumed for the token endpoint (undocumented there).
            ecartpay.PermissionDeniedError: 403: The one-time code is missing or wrong;
                nothing changed.
            ecartpay.NotFoundError: 404: No such resource in this account.
            ecartpay.APIError: Any other error status the API answers.
            ecartpay.APIConnectionError: No answer, after every safe retry
                (`ecartpay.APITimeoutError` when it timed out).
        """

        fields = payload(
            {
                "method": method,
                "name": name,
                "business_name": business_name,
                "number": number,
                "bank": bank,
            }
        )
        body = WithdrawalAccountUpdate.from_dict(fields)

        return await self._requester.request(
            update_withdrawal_account._get_kwargs(
                id=id, body=body, x_otp=x_otp, lang=lang
            ),
            _parse_update_withdrawal_account,
            extra_headers,
            timeout,
        )

    async def delete_account(
        self,
        id: str,
        *,
        name: str | Unset = UNSET,
        x_otp: str | Unset = UNSET,
        lang: Lang | Unset = UNSET,
        extra_headers: Headers | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> WithdrawalAccount:
        """Delete a withdrawal bank account: `DELETE /api/accounts/payments/method/{id}` (delete_withdrawal_account).

        Needs the owner's one-time code (`X-OTP`). Assumed (the reference shows no
        answer) the deleted account comes back. The reference's example sends a body
        (`name`), which is accepted and ignored.

        Args:
            id: The withdrawal account's id.
            name: Sent by the vendor's example and ignored: the account is chosen by its
                id.
            x_otp: The one-time code the account's owner received. Assumed: the
                reference shows no code at all, so where it travels is this spec's choice (a
                header, so reads, writes and deletes take it alike). The local sandbox
                accepts its documented test code `000000` and refuses any other with 403.
            lang: Language of the API's messages.
            extra_headers: Headers sent with this request only, on top of the client's.
            timeout: This request's timeout (seconds or an `httpx.Timeout`), instead of
                the client's.

        Returns:
            `WithdrawalAccount`: The deleted withdrawal account.

        Raises:
            ecartpay.BadRequestError: 400: The request was refused (invalid body, query,
                cookie, or a business rule such as a duplicate customer); `message` says
                why.
            ecartpay.AuthenticationError: 401: Missing, malformed, wrong, expired or
                revoked credentials. Assumed for the token endpoint (undocumented there).
            ecartpay.PermissionDeniedError: 403: The one-time code is missing or wrong;
                nothing changed.
            ecartpay.NotFoundError: 404: No such resource in this account.
            ecartpay.APIError: Any other error status the API answers.
            ecartpay.APIConnectionError: No answer, after every safe retry
                (`ecartpay.APITimeoutError` when it timed out).
        """

        fields = payload(
            {
                "name": name,
            }
        )
        body = DeleteWithdrawalAccountBody.from_dict(fields) if fields else UNSET

        return await self._requester.request(
            delete_withdrawal_account._get_kwargs(
                id=id, body=body, x_otp=x_otp, lang=lang
            ),
            _parse_delete_withdrawal_account,
            extra_headers,
            timeout,
        )


class AsyncWithdrawalsResourceWithRawResponse:
    """`client.withdrawals.with_raw_response`: each method answers a
    `RawResponse`; a list method's, that of its first page (`.parse()` gives the page)."""

    def __init__(self, resource: AsyncWithdrawalsResource) -> None:
        raw = AsyncWithdrawalsResource(resource._requester.as_raw())
        self.list = to_raw_async_page(raw.list)
        self.list_accounts = to_raw_async_page(raw.list_accounts)
        self.create_account = to_raw_async(raw.create_account)
        self.update_account = to_raw_async(raw.update_account)
        self.delete_account = to_raw_async(raw.delete_account)
        del raw
