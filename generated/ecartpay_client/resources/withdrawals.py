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
        """List withdrawals: `GET /api/withdrawals` (list_withdrawals)."""

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
        """List the withdrawal bank accounts: `GET /api/accounts/payments/method` (list_withdrawal_accounts)."""

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
        """Add a withdrawal bank account: `POST /api/accounts/payments/method` (create_withdrawal_account)."""

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
        """Update a withdrawal bank account: `PUT /api/accounts/payments/method/{id}` (update_withdrawal_account)."""

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
        """Delete a withdrawal bank account: `DELETE /api/accounts/payments/method/{id}` (delete_withdrawal_account)."""

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
        """List withdrawals: `GET /api/withdrawals` (list_withdrawals)."""

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
        """List the withdrawal bank accounts: `GET /api/accounts/payments/method` (list_withdrawal_accounts)."""

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
        """Add a withdrawal bank account: `POST /api/accounts/payments/method` (create_withdrawal_account)."""

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
        """Update a withdrawal bank account: `PUT /api/accounts/payments/method/{id}` (update_withdrawal_account)."""

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
        """Delete a withdrawal bank account: `DELETE /api/accounts/payments/method/{id}` (delete_withdrawal_account)."""

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
