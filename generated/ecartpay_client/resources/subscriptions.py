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
        """List subscriptions: `GET /api/subscriptions` (list_subscriptions).

        The account's subscriptions, one page at a time (`page` from 1, `limit` per
        page), optionally filtered by creation dates, `status`, `currency`, `interval`
        or customer.

        Args:
            page: Page number, from 1.
            limit: Items per page. Assumed default 20 and maximum 100.
            created_atfrom: Only subscriptions created on or after this day
                (`YYYY-MM-DD`, UTC).
            created_atto: Only subscriptions created on or before this day
                (`YYYY-MM-DD`, UTC).
            status: Only subscriptions in this status.
            currency: Only subscriptions in this currency.
            interval: Only subscriptions with this interval.
            customer_id: Only this customer's subscriptions.
            lang: Language of the API's messages.
            extra_headers: Headers sent with this request only, on top of the client's.
            timeout: This request's timeout (seconds or an `httpx.Timeout`), instead of
                the client's.

        Returns:
            `SyncPage[Subscription]`: One page of subscriptions. Iterating it yields
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
        """Create a subscription: `POST /api/subscriptions` (create_subscription).

        Subscribes a customer of the account, either to a subscription template
        (`template_id`, or `subscription_id` as in the reference's "Generate Session
        Link" example) or to the plan given inline (`amount`, `currency`, `interval`).
        Only MXN and USD exist for subscriptions. The reference requires `customer_id`,
        but its own session-link example sends `account_customer_id` instead: either is
        accepted. Without `card_ids` the subscription waits as `pending` for the
        customer to add a card (see the invitation link); with cards it is `active`. An
        unknown customer or template is 404.

        Args:
            customer_id: The customer to charge; this or `account_customer_id` is
                required.
            account_customer_id: The customer to charge, as the vendor's session-link
                example names it; used instead of `customer_id`.
            subscription_id: A subscription template's id (as in the reference's
                session-link example).
            template_id: A subscription template's id.
            amount: An amount in major units with at most two decimals (243.33; 243.333
                is a 400), where no currency allowed has more. Subscriptions charge in MXN
                or USD, both with two; a payout's currency may have fewer (0 for JPY and
                CLP: 10.5 JPY is a 400 too). Assumed, as for `Money`: at least 0.01 and at
                most 100,000,000.
            currency: Subscriptions charge in MXN or USD only (vendor docs); a request
                in another currency is invalid. Responses carry a plain string.
            interval: How often a subscription charges, times its `frequency`.
            frequency: Charge every `frequency` intervals (1 with `monthly`: each
                month).
            service: The plan's name (`Gold Plus` in the vendor's examples).
            trial_period_days: Days before the first charge.
            end_date: A date and time as the vendor accepts it: `2021-06-18 12:00:00`,
                `2021-06-18T12:00:00.000Z` or a day (`2021-06-18`); taken as UTC.
            benefits: What the plan includes, one line each, for the customer's page.
            merchant_management: A flag the vendor's examples send as `false`; what it
                changes is not documented by the vendor.
            notify_url: Your URL that hears about this subscription's charges.
            billing_cycle: The `day` (and `month`) of the billing cycle.
            card_ids: Card ids (24-hex), as the vendor's examples show.
            lang: Language of the API's messages.
            extra_headers: Headers sent with this request only, on top of the client's.
            timeout: This request's timeout (seconds or an `httpx.Timeout`), instead of
                the client's.

        Returns:
            `Subscription`: The created subscription.

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
        """List the caller's own subscriptions: `GET /api/subscriptions/my-subscriptions` (list_my_subscriptions).

        Assumed (the reference says only "get my subscriptions"): the subscriptions the
        calling user created (`created_by`), where `listSubscriptions` answers the whole
        account's. An account's API keys act as one user.

        Args:
            page: Page number, from 1.
            limit: Items per page. Assumed default 20 and maximum 100.
            lang: Language of the API's messages.
            extra_headers: Headers sent with this request only, on top of the client's.
            timeout: This request's timeout (seconds or an `httpx.Timeout`), instead of
                the client's.

        Returns:
            `SyncPage[Subscription]`: One page of subscriptions. Iterating it yields
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
        """Get a subscription: `GET /api/subscriptions/{id}` (get_subscription).

        One subscription by its id: its customer, amount and interval, status and
        `next_payment_date` (404 when unknown to the account).

        Args:
            id: The subscription's id.
            lang: Language of the API's messages.
            extra_headers: Headers sent with this request only, on top of the client's.
            timeout: This request's timeout (seconds or an `httpx.Timeout`), instead of
                the client's.

        Returns:
            `Subscription`: The subscription.

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
        """Update a subscription: `PUT /api/subscriptions/{id}` (update_subscription).

        Pauses, resumes or cancels a subscription, or replaces its cards. A cancelled
        subscription is final; activating needs at least one card. Refused with 409.

        Args:
            id: The subscription's id.
            status: `active`, `paused` or `cancelled`.
            card_ids: Card ids (24-hex), as the vendor's examples show.
            lang: Language of the API's messages.
            extra_headers: Headers sent with this request only, on top of the client's.
            timeout: This request's timeout (seconds or an `httpx.Timeout`), instead of
                the client's.

        Returns:
            `Subscription`: The updated subscription.

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
        """Update a subscription as its customer: `PUT /api/subscriptions/from-customer/{id}` (update_subscription_from_customer).

        What the customer portal calls when the customer adds a card or changes the
        status; the same rules as `updateSubscription`.

        Args:
            id: The subscription's id.
            status: `active`, `paused` or `cancelled`.
            card_ids: Card ids (24-hex), as the vendor's examples show.
            lang: Language of the API's messages.
            extra_headers: Headers sent with this request only, on top of the client's.
            timeout: This request's timeout (seconds or an `httpx.Timeout`), instead of
                the client's.

        Returns:
            `Subscription`: The updated subscription.

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
        """Send the invitation link again: `POST /api/subscriptions/{id}/resend-invitation-link` (resend_subscription_invitation).

        Sends the customer the link where they add a card to a `pending` subscription.
        Assumed (the reference shows no answer) the subscription comes back with
        `invitation_link` and `invitation_sent_at`; only a pending subscription has one
        to send (409 otherwise).

        Args:
            id: The subscription's id (a pending one).
            lang: Language of the API's messages.
            extra_headers: Headers sent with this request only, on top of the client's.
            timeout: This request's timeout (seconds or an `httpx.Timeout`), instead of
                the client's.

        Returns:
            `Subscription`: The subscription, invitation sent.

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
        """List subscription templates: `GET /api/subscriptions-template` (list_subscription_templates).

        Assumed the vendor's list shape; the reference shows no answer.

        Args:
            page: Page number, from 1.
            limit: Items per page. Assumed default 20 and maximum 100.
            lang: Language of the API's messages.
            extra_headers: Headers sent with this request only, on top of the client's.
            timeout: This request's timeout (seconds or an `httpx.Timeout`), instead of
                the client's.

        Returns:
            `SyncPage[SubscriptionTemplate]`: One page of subscription templates.
            Iterating it yields every item of every page, fetching the next one when
            needed.

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
        """Create a subscription template: `POST /api/subscriptions-template` (create_subscription_template).

        A plan customers subscribe to (`template_id` of `createSubscription`). Only MXN
        and USD exist for subscriptions.

        Args:
            service: The plan's name (`Gold Plus` in the vendor's examples).
            amount: An amount in major units with at most two decimals (243.33; 243.333
                is a 400), where no currency allowed has more. Subscriptions charge in MXN
                or USD, both with two; a payout's currency may have fewer (0 for JPY and
                CLP: 10.5 JPY is a 400 too). Assumed, as for `Money`: at least 0.01 and at
                most 100,000,000.
            currency: Subscriptions charge in MXN or USD only (vendor docs); a request
                in another currency is invalid. Responses carry a plain string.
            interval: How often a subscription charges, times its `frequency`.
            frequency: Charge every `frequency` intervals (1 with `monthly`: each
                month).
            trial_period_days: Days before the first charge of each subscription.
            benefits: What the plan includes, one line each.
            end_date: A date and time as the vendor accepts it: `2021-06-18 12:00:00`,
                `2021-06-18T12:00:00.000Z` or a day (`2021-06-18`); taken as UTC.
            billing_cycle: The `day` (and `month`) of the billing cycle.
            lang: Language of the API's messages.
            extra_headers: Headers sent with this request only, on top of the client's.
            timeout: This request's timeout (seconds or an `httpx.Timeout`), instead of
                the client's.

        Returns:
            `SubscriptionTemplate`: The created subscription template.

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
        """List subscriptions: `GET /api/subscriptions` (list_subscriptions).

        The account's subscriptions, one page at a time (`page` from 1, `limit` per
        page), optionally filtered by creation dates, `status`, `currency`, `interval`
        or customer.

        Args:
            page: Page number, from 1.
            limit: Items per page. Assumed default 20 and maximum 100.
            created_atfrom: Only subscriptions created on or after this day
                (`YYYY-MM-DD`, UTC).
            created_atto: Only subscriptions created on or before this day
                (`YYYY-MM-DD`, UTC).
            status: Only subscriptions in this status.
            currency: Only subscriptions in this currency.
            interval: Only subscriptions with this interval.
            customer_id: Only this customer's subscriptions.
            lang: Language of the API's messages.
            extra_headers: Headers sent with this request only, on top of the client's.
            timeout: This request's timeout (seconds or an `httpx.Timeout`), instead of
                the client's.

        Returns:
            `AsyncPage[Subscription]`: One page of subscriptions. `await` it for the
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
        """Create a subscription: `POST /api/subscriptions` (create_subscription).

        Subscribes a customer of the account, either to a subscription template
        (`template_id`, or `subscription_id` as in the reference's "Generate Session
        Link" example) or to the plan given inline (`amount`, `currency`, `interval`).
        Only MXN and USD exist for subscriptions. The reference requires `customer_id`,
        but its own session-link example sends `account_customer_id` instead: either is
        accepted. Without `card_ids` the subscription waits as `pending` for the
        customer to add a card (see the invitation link); with cards it is `active`. An
        unknown customer or template is 404.

        Args:
            customer_id: The customer to charge; this or `account_customer_id` is
                required.
            account_customer_id: The customer to charge, as the vendor's session-link
                example names it; used instead of `customer_id`.
            subscription_id: A subscription template's id (as in the reference's
                session-link example).
            template_id: A subscription template's id.
            amount: An amount in major units with at most two decimals (243.33; 243.333
                is a 400), where no currency allowed has more. Subscriptions charge in MXN
                or USD, both with two; a payout's currency may have fewer (0 for JPY and
                CLP: 10.5 JPY is a 400 too). Assumed, as for `Money`: at least 0.01 and at
                most 100,000,000.
            currency: Subscriptions charge in MXN or USD only (vendor docs); a request
                in another currency is invalid. Responses carry a plain string.
            interval: How often a subscription charges, times its `frequency`.
            frequency: Charge every `frequency` intervals (1 with `monthly`: each
                month).
            service: The plan's name (`Gold Plus` in the vendor's examples).
            trial_period_days: Days before the first charge.
            end_date: A date and time as the vendor accepts it: `2021-06-18 12:00:00`,
                `2021-06-18T12:00:00.000Z` or a day (`2021-06-18`); taken as UTC.
            benefits: What the plan includes, one line each, for the customer's page.
            merchant_management: A flag the vendor's examples send as `false`; what it
                changes is not documented by the vendor.
            notify_url: Your URL that hears about this subscription's charges.
            billing_cycle: The `day` (and `month`) of the billing cycle.
            card_ids: Card ids (24-hex), as the vendor's examples show.
            lang: Language of the API's messages.
            extra_headers: Headers sent with this request only, on top of the client's.
            timeout: This request's timeout (seconds or an `httpx.Timeout`), instead of
                the client's.

        Returns:
            `Subscription`: The created subscription.

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
        """List the caller's own subscriptions: `GET /api/subscriptions/my-subscriptions` (list_my_subscriptions).

        Assumed (the reference says only "get my subscriptions"): the subscriptions the
        calling user created (`created_by`), where `listSubscriptions` answers the whole
        account's. An account's API keys act as one user.

        Args:
            page: Page number, from 1.
            limit: Items per page. Assumed default 20 and maximum 100.
            lang: Language of the API's messages.
            extra_headers: Headers sent with this request only, on top of the client's.
            timeout: This request's timeout (seconds or an `httpx.Timeout`), instead of
                the client's.

        Returns:
            `AsyncPage[Subscription]`: One page of subscriptions. `await` it for the
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
        """Get a subscription: `GET /api/subscriptions/{id}` (get_subscription).

        One subscription by its id: its customer, amount and interval, status and
        `next_payment_date` (404 when unknown to the account).

        Args:
            id: The subscription's id.
            lang: Language of the API's messages.
            extra_headers: Headers sent with this request only, on top of the client's.
            timeout: This request's timeout (seconds or an `httpx.Timeout`), instead of
                the client's.

        Returns:
            `Subscription`: The subscription.

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
        """Update a subscription: `PUT /api/subscriptions/{id}` (update_subscription).

        Pauses, resumes or cancels a subscription, or replaces its cards. A cancelled
        subscription is final; activating needs at least one card. Refused with 409.

        Args:
            id: The subscription's id.
            status: `active`, `paused` or `cancelled`.
            card_ids: Card ids (24-hex), as the vendor's examples show.
            lang: Language of the API's messages.
            extra_headers: Headers sent with this request only, on top of the client's.
            timeout: This request's timeout (seconds or an `httpx.Timeout`), instead of
                the client's.

        Returns:
            `Subscription`: The updated subscription.

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
        """Update a subscription as its customer: `PUT /api/subscriptions/from-customer/{id}` (update_subscription_from_customer).

        What the customer portal calls when the customer adds a card or changes the
        status; the same rules as `updateSubscription`.

        Args:
            id: The subscription's id.
            status: `active`, `paused` or `cancelled`.
            card_ids: Card ids (24-hex), as the vendor's examples show.
            lang: Language of the API's messages.
            extra_headers: Headers sent with this request only, on top of the client's.
            timeout: This request's timeout (seconds or an `httpx.Timeout`), instead of
                the client's.

        Returns:
            `Subscription`: The updated subscription.

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
        """Send the invitation link again: `POST /api/subscriptions/{id}/resend-invitation-link` (resend_subscription_invitation).

        Sends the customer the link where they add a card to a `pending` subscription.
        Assumed (the reference shows no answer) the subscription comes back with
        `invitation_link` and `invitation_sent_at`; only a pending subscription has one
        to send (409 otherwise).

        Args:
            id: The subscription's id (a pending one).
            lang: Language of the API's messages.
            extra_headers: Headers sent with this request only, on top of the client's.
            timeout: This request's timeout (seconds or an `httpx.Timeout`), instead of
                the client's.

        Returns:
            `Subscription`: The subscription, invitation sent.

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
        """List subscription templates: `GET /api/subscriptions-template` (list_subscription_templates).

        Assumed the vendor's list shape; the reference shows no answer.

        Args:
            page: Page number, from 1.
            limit: Items per page. Assumed default 20 and maximum 100.
            lang: Language of the API's messages.
            extra_headers: Headers sent with this request only, on top of the client's.
            timeout: This request's timeout (seconds or an `httpx.Timeout`), instead of
                the client's.

        Returns:
            `AsyncPage[SubscriptionTemplate]`: One page of subscription templates.
            `await` it for the first page; `async for` yields every item of every page.

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
        """Create a subscription template: `POST /api/subscriptions-template` (create_subscription_template).

        A plan customers subscribe to (`template_id` of `createSubscription`). Only MXN
        and USD exist for subscriptions.

        Args:
            service: The plan's name (`Gold Plus` in the vendor's examples).
            amount: An amount in major units with at most two decimals (243.33; 243.333
                is a 400), where no currency allowed has more. Subscriptions charge in MXN
                or USD, both with two; a payout's currency may have fewer (0 for JPY and
                CLP: 10.5 JPY is a 400 too). Assumed, as for `Money`: at least 0.01 and at
                most 100,000,000.
            currency: Subscriptions charge in MXN or USD only (vendor docs); a request
                in another currency is invalid. Responses carry a plain string.
            interval: How often a subscription charges, times its `frequency`.
            frequency: Charge every `frequency` intervals (1 with `monthly`: each
                month).
            trial_period_days: Days before the first charge of each subscription.
            benefits: What the plan includes, one line each.
            end_date: A date and time as the vendor accepts it: `2021-06-18 12:00:00`,
                `2021-06-18T12:00:00.000Z` or a day (`2021-06-18`); taken as UTC.
            billing_cycle: The `day` (and `month`) of the billing cycle.
            lang: Language of the API's messages.
            extra_headers: Headers sent with this request only, on top of the client's.
            timeout: This request's timeout (seconds or an `httpx.Timeout`), instead of
                the client's.

        Returns:
            `SubscriptionTemplate`: The created subscription template.

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
