"""`client.subscriptions`: the front door's resource (and sub-resources), sync and async.

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

from ..api.subscriptions import (
    create_subscription,
    create_subscription_template,
    get_subscription,
    list_my_subscriptions,
    list_subscription_templates,
    list_subscriptions,
    resend_subscription_invitation,
    update_subscription,
    update_subscription_from_customer,
)
from ..models.billing_cycle import BillingCycle
from ..models.lang import Lang
from ..models.subscription import Subscription
from ..models.subscription_create import SubscriptionCreate
from ..models.subscription_currency import SubscriptionCurrency
from ..models.subscription_interval import SubscriptionInterval
from ..models.subscription_template import SubscriptionTemplate
from ..models.subscription_template_create import SubscriptionTemplateCreate
from ..models.subscription_update import SubscriptionUpdate
from ..models.subscription_update_status import SubscriptionUpdateStatus
from ..types import UNSET, Unset


def _parse_create_subscription(response: httpx.Response) -> Subscription:
    response_200 = Subscription.from_dict(response.json())

    return response_200


def _parse_get_subscription(response: httpx.Response) -> Subscription:
    response_200 = Subscription.from_dict(response.json())

    return response_200


def _parse_update_subscription(response: httpx.Response) -> Subscription:
    response_200 = Subscription.from_dict(response.json())

    return response_200


def _parse_update_subscription_from_customer(response: httpx.Response) -> Subscription:
    response_200 = Subscription.from_dict(response.json())

    return response_200


def _parse_resend_subscription_invitation(response: httpx.Response) -> Subscription:
    response_200 = Subscription.from_dict(response.json())

    return response_200


def _parse_create_subscription_template(
    response: httpx.Response,
) -> SubscriptionTemplate:
    response_200 = SubscriptionTemplate.from_dict(response.json())

    return response_200


class SubscriptionsResource(SyncResource):
    """`client.subscriptions`."""

    @cached_property
    def with_raw_response(self) -> SubscriptionsResourceWithRawResponse:
        """The same methods, answering a `RawResponse` (status, headers, `.parse()`)."""
        return SubscriptionsResourceWithRawResponse(self)

    def list(
        self,
        *,
        page: int | Unset = 1,
        limit: int | Unset = 20,
        created_atfrom: str | Unset = UNSET,
        created_atto: str | Unset = UNSET,
        status: str | Unset = UNSET,
        currency: str | Unset = UNSET,
        interval: str | Unset = UNSET,
        customer_id: str | Unset = UNSET,
        lang: Lang | Unset = UNSET,
        extra_headers: Headers | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> SyncPage[Subscription]:
        """List subscriptions: `GET /api/subscriptions` (list_subscriptions)."""

        return SyncPage.first(
            self._requester,
            list_subscriptions,
            {
                "page": page,
                "limit": limit,
                "created_atfrom": created_atfrom,
                "created_atto": created_atto,
                "status": status,
                "currency": currency,
                "interval": interval,
                "customer_id": customer_id,
                "lang": lang,
            },
            extra_headers,
            timeout,
        )

    def create(
        self,
        *,
        customer_id: str | Unset = UNSET,
        account_customer_id: str | Unset = UNSET,
        subscription_id: str | Unset = UNSET,
        template_id: str | Unset = UNSET,
        amount: float | Unset = UNSET,
        currency: SubscriptionCurrency | Unset = UNSET,
        interval: SubscriptionInterval | Unset = UNSET,
        frequency: int | Unset = UNSET,
        service: str | Unset = UNSET,
        trial_period_days: int | Unset = UNSET,
        end_date: str | Unset = UNSET,
        benefits: builtins.list[str] | Unset = UNSET,
        merchant_management: bool | Unset = UNSET,
        notify_url: str | Unset = UNSET,
        billing_cycle: BillingCycle | dict[str, Any] | Unset = UNSET,
        card_ids: builtins.list[str] | Unset = UNSET,
        lang: Lang | Unset = UNSET,
        extra_headers: Headers | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> Subscription:
        """Create a subscription: `POST /api/subscriptions` (create_subscription)."""

        fields = payload(
            {
                "customer_id": customer_id,
                "account_customer_id": account_customer_id,
                "subscription_id": subscription_id,
                "template_id": template_id,
                "amount": amount,
                "currency": currency,
                "interval": interval,
                "frequency": frequency,
                "service": service,
                "trial_period_days": trial_period_days,
                "end_date": end_date,
                "benefits": benefits,
                "merchant_management": merchant_management,
                "notify_url": notify_url,
                "billing_cycle": billing_cycle,
                "card_ids": card_ids,
            }
        )
        body = SubscriptionCreate.from_dict(fields)

        return self._requester.request(
            create_subscription._get_kwargs(body=body, lang=lang),
            _parse_create_subscription,
            extra_headers,
            timeout,
        )

    def list_my(
        self,
        *,
        page: int | Unset = 1,
        limit: int | Unset = 20,
        lang: Lang | Unset = UNSET,
        extra_headers: Headers | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> SyncPage[Subscription]:
        """List the caller's own subscriptions: `GET /api/subscriptions/my-subscriptions` (list_my_subscriptions)."""

        return SyncPage.first(
            self._requester,
            list_my_subscriptions,
            {
                "page": page,
                "limit": limit,
                "lang": lang,
            },
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
    ) -> Subscription:
        """Get a subscription: `GET /api/subscriptions/{id}` (get_subscription)."""

        return self._requester.request(
            get_subscription._get_kwargs(id=id, lang=lang),
            _parse_get_subscription,
            extra_headers,
            timeout,
        )

    def update(
        self,
        id: str,
        *,
        status: SubscriptionUpdateStatus | Unset = UNSET,
        card_ids: builtins.list[str] | Unset = UNSET,
        lang: Lang | Unset = UNSET,
        extra_headers: Headers | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> Subscription:
        """Update a subscription: `PUT /api/subscriptions/{id}` (update_subscription)."""

        fields = payload(
            {
                "status": status,
                "card_ids": card_ids,
            }
        )
        body = SubscriptionUpdate.from_dict(fields)

        return self._requester.request(
            update_subscription._get_kwargs(id=id, body=body, lang=lang),
            _parse_update_subscription,
            extra_headers,
            timeout,
        )

    def update_from_customer(
        self,
        id: str,
        *,
        status: SubscriptionUpdateStatus | Unset = UNSET,
        card_ids: builtins.list[str] | Unset = UNSET,
        lang: Lang | Unset = UNSET,
        extra_headers: Headers | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> Subscription:
        """Update a subscription as its customer: `PUT /api/subscriptions/from-customer/{id}` (update_subscription_from_customer)."""

        fields = payload(
            {
                "status": status,
                "card_ids": card_ids,
            }
        )
        body = SubscriptionUpdate.from_dict(fields)

        return self._requester.request(
            update_subscription_from_customer._get_kwargs(id=id, body=body, lang=lang),
            _parse_update_subscription_from_customer,
            extra_headers,
            timeout,
        )

    def resend_invitation(
        self,
        id: str,
        *,
        lang: Lang | Unset = UNSET,
        extra_headers: Headers | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> Subscription:
        """Send the invitation link again: `POST /api/subscriptions/{id}/resend-invitation-link` (resend_subscription_invitation)."""

        return self._requester.request(
            resend_subscription_invitation._get_kwargs(id=id, lang=lang),
            _parse_resend_subscription_invitation,
            extra_headers,
            timeout,
        )

    def list_templates(
        self,
        *,
        page: int | Unset = 1,
        limit: int | Unset = 20,
        lang: Lang | Unset = UNSET,
        extra_headers: Headers | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> SyncPage[SubscriptionTemplate]:
        """List subscription templates: `GET /api/subscriptions-template` (list_subscription_templates)."""

        return SyncPage.first(
            self._requester,
            list_subscription_templates,
            {
                "page": page,
                "limit": limit,
                "lang": lang,
            },
            extra_headers,
            timeout,
        )

    def create_template(
        self,
        *,
        service: str,
        amount: float,
        currency: SubscriptionCurrency,
        interval: SubscriptionInterval,
        frequency: int,
        trial_period_days: int | Unset = UNSET,
        benefits: builtins.list[str] | Unset = UNSET,
        end_date: str | Unset = UNSET,
        billing_cycle: BillingCycle | dict[str, Any] | Unset = UNSET,
        lang: Lang | Unset = UNSET,
        extra_headers: Headers | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> SubscriptionTemplate:
        """Create a subscription template: `POST /api/subscriptions-template` (create_subscription_template)."""

        fields = payload(
            {
                "service": service,
                "amount": amount,
                "currency": currency,
                "interval": interval,
                "frequency": frequency,
                "trial_period_days": trial_period_days,
                "benefits": benefits,
                "end_date": end_date,
                "billing_cycle": billing_cycle,
            }
        )
        body = SubscriptionTemplateCreate.from_dict(fields)

        return self._requester.request(
            create_subscription_template._get_kwargs(body=body, lang=lang),
            _parse_create_subscription_template,
            extra_headers,
            timeout,
        )


class SubscriptionsResourceWithRawResponse:
    """`client.subscriptions.with_raw_response`: each method answers a
    `RawResponse`; a list method's, that of its first page (`.parse()` gives the page)."""

    def __init__(self, resource: SubscriptionsResource) -> None:
        raw = SubscriptionsResource(resource._requester.as_raw())
        self.list = to_raw(raw.list)
        self.create = to_raw(raw.create)
        self.list_my = to_raw(raw.list_my)
        self.retrieve = to_raw(raw.retrieve)
        self.update = to_raw(raw.update)
        self.update_from_customer = to_raw(raw.update_from_customer)
        self.resend_invitation = to_raw(raw.resend_invitation)
        self.list_templates = to_raw(raw.list_templates)
        self.create_template = to_raw(raw.create_template)
        del raw


class AsyncSubscriptionsResource(AsyncResource):
    """`client.subscriptions`."""

    @cached_property
    def with_raw_response(self) -> AsyncSubscriptionsResourceWithRawResponse:
        """The same methods, answering a `RawResponse` (status, headers, `.parse()`)."""
        return AsyncSubscriptionsResourceWithRawResponse(self)

    def list(
        self,
        *,
        page: int | Unset = 1,
        limit: int | Unset = 20,
        created_atfrom: str | Unset = UNSET,
        created_atto: str | Unset = UNSET,
        status: str | Unset = UNSET,
        currency: str | Unset = UNSET,
        interval: str | Unset = UNSET,
        customer_id: str | Unset = UNSET,
        lang: Lang | Unset = UNSET,
        extra_headers: Headers | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> AsyncPage[Subscription]:
        """List subscriptions: `GET /api/subscriptions` (list_subscriptions)."""

        return AsyncPage(
            self._requester,
            list_subscriptions,
            {
                "page": page,
                "limit": limit,
                "created_atfrom": created_atfrom,
                "created_atto": created_atto,
                "status": status,
                "currency": currency,
                "interval": interval,
                "customer_id": customer_id,
                "lang": lang,
            },
            extra_headers,
            timeout,
        )

    async def create(
        self,
        *,
        customer_id: str | Unset = UNSET,
        account_customer_id: str | Unset = UNSET,
        subscription_id: str | Unset = UNSET,
        template_id: str | Unset = UNSET,
        amount: float | Unset = UNSET,
        currency: SubscriptionCurrency | Unset = UNSET,
        interval: SubscriptionInterval | Unset = UNSET,
        frequency: int | Unset = UNSET,
        service: str | Unset = UNSET,
        trial_period_days: int | Unset = UNSET,
        end_date: str | Unset = UNSET,
        benefits: builtins.list[str] | Unset = UNSET,
        merchant_management: bool | Unset = UNSET,
        notify_url: str | Unset = UNSET,
        billing_cycle: BillingCycle | dict[str, Any] | Unset = UNSET,
        card_ids: builtins.list[str] | Unset = UNSET,
        lang: Lang | Unset = UNSET,
        extra_headers: Headers | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> Subscription:
        """Create a subscription: `POST /api/subscriptions` (create_subscription)."""

        fields = payload(
            {
                "customer_id": customer_id,
                "account_customer_id": account_customer_id,
                "subscription_id": subscription_id,
                "template_id": template_id,
                "amount": amount,
                "currency": currency,
                "interval": interval,
                "frequency": frequency,
                "service": service,
                "trial_period_days": trial_period_days,
                "end_date": end_date,
                "benefits": benefits,
                "merchant_management": merchant_management,
                "notify_url": notify_url,
                "billing_cycle": billing_cycle,
                "card_ids": card_ids,
            }
        )
        body = SubscriptionCreate.from_dict(fields)

        return await self._requester.request(
            create_subscription._get_kwargs(body=body, lang=lang),
            _parse_create_subscription,
            extra_headers,
            timeout,
        )

    def list_my(
        self,
        *,
        page: int | Unset = 1,
        limit: int | Unset = 20,
        lang: Lang | Unset = UNSET,
        extra_headers: Headers | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> AsyncPage[Subscription]:
        """List the caller's own subscriptions: `GET /api/subscriptions/my-subscriptions` (list_my_subscriptions)."""

        return AsyncPage(
            self._requester,
            list_my_subscriptions,
            {
                "page": page,
                "limit": limit,
                "lang": lang,
            },
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
    ) -> Subscription:
        """Get a subscription: `GET /api/subscriptions/{id}` (get_subscription)."""

        return await self._requester.request(
            get_subscription._get_kwargs(id=id, lang=lang),
            _parse_get_subscription,
            extra_headers,
            timeout,
        )

    async def update(
        self,
        id: str,
        *,
        status: SubscriptionUpdateStatus | Unset = UNSET,
        card_ids: builtins.list[str] | Unset = UNSET,
        lang: Lang | Unset = UNSET,
        extra_headers: Headers | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> Subscription:
        """Update a subscription: `PUT /api/subscriptions/{id}` (update_subscription)."""

        fields = payload(
            {
                "status": status,
                "card_ids": card_ids,
            }
        )
        body = SubscriptionUpdate.from_dict(fields)

        return await self._requester.request(
            update_subscription._get_kwargs(id=id, body=body, lang=lang),
            _parse_update_subscription,
            extra_headers,
            timeout,
        )

    async def update_from_customer(
        self,
        id: str,
        *,
        status: SubscriptionUpdateStatus | Unset = UNSET,
        card_ids: builtins.list[str] | Unset = UNSET,
        lang: Lang | Unset = UNSET,
        extra_headers: Headers | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> Subscription:
        """Update a subscription as its customer: `PUT /api/subscriptions/from-customer/{id}` (update_subscription_from_customer)."""

        fields = payload(
            {
                "status": status,
                "card_ids": card_ids,
            }
        )
        body = SubscriptionUpdate.from_dict(fields)

        return await self._requester.request(
            update_subscription_from_customer._get_kwargs(id=id, body=body, lang=lang),
            _parse_update_subscription_from_customer,
            extra_headers,
            timeout,
        )

    async def resend_invitation(
        self,
        id: str,
        *,
        lang: Lang | Unset = UNSET,
        extra_headers: Headers | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> Subscription:
        """Send the invitation link again: `POST /api/subscriptions/{id}/resend-invitation-link` (resend_subscription_invitation)."""

        return await self._requester.request(
            resend_subscription_invitation._get_kwargs(id=id, lang=lang),
            _parse_resend_subscription_invitation,
            extra_headers,
            timeout,
        )

    def list_templates(
        self,
        *,
        page: int | Unset = 1,
        limit: int | Unset = 20,
        lang: Lang | Unset = UNSET,
        extra_headers: Headers | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> AsyncPage[SubscriptionTemplate]:
        """List subscription templates: `GET /api/subscriptions-template` (list_subscription_templates)."""

        return AsyncPage(
            self._requester,
            list_subscription_templates,
            {
                "page": page,
                "limit": limit,
                "lang": lang,
            },
            extra_headers,
            timeout,
        )

    async def create_template(
        self,
        *,
        service: str,
        amount: float,
        currency: SubscriptionCurrency,
        interval: SubscriptionInterval,
        frequency: int,
        trial_period_days: int | Unset = UNSET,
        benefits: builtins.list[str] | Unset = UNSET,
        end_date: str | Unset = UNSET,
        billing_cycle: BillingCycle | dict[str, Any] | Unset = UNSET,
        lang: Lang | Unset = UNSET,
        extra_headers: Headers | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> SubscriptionTemplate:
        """Create a subscription template: `POST /api/subscriptions-template` (create_subscription_template)."""

        fields = payload(
            {
                "service": service,
                "amount": amount,
                "currency": currency,
                "interval": interval,
                "frequency": frequency,
                "trial_period_days": trial_period_days,
                "benefits": benefits,
                "end_date": end_date,
                "billing_cycle": billing_cycle,
            }
        )
        body = SubscriptionTemplateCreate.from_dict(fields)

        return await self._requester.request(
            create_subscription_template._get_kwargs(body=body, lang=lang),
            _parse_create_subscription_template,
            extra_headers,
            timeout,
        )


class AsyncSubscriptionsResourceWithRawResponse:
    """`client.subscriptions.with_raw_response`: each method answers a
    `RawResponse`; a list method's, that of its first page (`.parse()` gives the page)."""

    def __init__(self, resource: AsyncSubscriptionsResource) -> None:
        raw = AsyncSubscriptionsResource(resource._requester.as_raw())
        self.list = to_raw_async_page(raw.list)
        self.create = to_raw_async(raw.create)
        self.list_my = to_raw_async_page(raw.list_my)
        self.retrieve = to_raw_async(raw.retrieve)
        self.update = to_raw_async(raw.update)
        self.update_from_customer = to_raw_async(raw.update_from_customer)
        self.resend_invitation = to_raw_async(raw.resend_invitation)
        self.list_templates = to_raw_async_page(raw.list_templates)
        self.create_template = to_raw_async(raw.create_template)
        del raw
