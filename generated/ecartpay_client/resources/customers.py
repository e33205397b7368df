"""`client.customers`: the front door's resource (and sub-resources), sync and async.

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

from ..api.customers import (
    create_customer,
    create_customer_card,
    create_customer_payment_method,
    create_customer_token,
    delete_customer,
    delete_customer_card,
    list_customer_cards,
    list_customers,
    set_default_customer_card,
    update_customer,
)
from ..models.card_create import CardCreate
from ..models.customer import Customer
from ..models.customer_card import CustomerCard
from ..models.customer_create import CustomerCreate
from ..models.customer_payment_method import CustomerPaymentMethod
from ..models.customer_payment_method_create import CustomerPaymentMethodCreate
from ..models.customer_token import CustomerToken
from ..models.customer_update import CustomerUpdate
from ..models.delete_result import DeleteResult
from ..models.lang import Lang
from ..types import UNSET, Unset


def _parse_create_customer_card(response: httpx.Response) -> CustomerCard:
    response_200 = CustomerCard.from_dict(response.json())

    return response_200


def _parse_delete_customer_card(response: httpx.Response) -> DeleteResult:
    response_200 = DeleteResult.from_dict(response.json())

    return response_200


def _parse_set_default_customer_card(response: httpx.Response) -> CustomerCard:
    response_200 = CustomerCard.from_dict(response.json())

    return response_200


def _parse_create_customer_payment_method(
    response: httpx.Response,
) -> CustomerPaymentMethod:
    response_200 = CustomerPaymentMethod.from_dict(response.json())

    return response_200


def _parse_create_customer(response: httpx.Response) -> Customer:
    response_200 = Customer.from_dict(response.json())

    return response_200


def _parse_update_customer(response: httpx.Response) -> Customer:
    response_200 = Customer.from_dict(response.json())

    return response_200


def _parse_delete_customer(response: httpx.Response) -> DeleteResult:
    response_200 = DeleteResult.from_dict(response.json())

    return response_200


def _parse_create_customer_token(response: httpx.Response) -> CustomerToken:
    response_200 = CustomerToken.from_dict(response.json())

    return response_200


class CustomersCardsResource(SyncResource):
    """`client.customers.cards`."""

    @cached_property
    def with_raw_response(self) -> CustomersCardsResourceWithRawResponse:
        """The same methods, answering a `RawResponse` (status, headers, `.parse()`)."""
        return CustomersCardsResourceWithRawResponse(self)

    def list(
        self,
        customer_id: str,
        *,
        lang: Lang | Unset = UNSET,
        extra_headers: Headers | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> SyncPage[CustomerCard]:
        """List a customer's cards: `GET /api/customers/{customer_id}/cards` (list_customer_cards).

        A bare array (not a page), oldest first; the default card says `default`.

        Args:
            customer_id: The customer's id.
            lang: Language of the API's messages.
            extra_headers: Headers sent with this request only, on top of the client's.
            timeout: This request's timeout (seconds or an `httpx.Timeout`), instead of
                the client's.

        Returns:
            `SyncPage[CustomerCard]`: The customer's cards. Iterating it yields every
            item of every page, fetching the next one when needed.

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

        return SyncPage.first(
            self._requester,
            list_customer_cards,
            {
                "lang": lang,
            },
            extra_headers,
            timeout,
        )

    def create(
        self,
        customer_id: str,
        *,
        number: str,
        exp_month: str,
        exp_year: str,
        cvc: str | Unset = UNSET,
        name: str | Unset = UNSET,
        lang: Lang | Unset = UNSET,
        extra_headers: Headers | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> CustomerCard:
        """Add a card to a customer: `POST /api/customers/{customer_id}/cards` (create_customer_card).

        Stores a card for the customer; the first one becomes the default. The answer
        never carries the full number or the cvc. Assumed: `number`, `exp_month` and
        `exp_year` are required (the reference marks nothing required).

        Args:
            customer_id: The customer's id.
            number: 12 to 19 digits, optionally separated by single spaces or dashes.
            exp_month: Two digits, as a string.
            exp_year: Four digits, as a string. A past year is accepted (the reference
                stores one).
            cvc: The card's 3 or 4 security digits. The stored card's answer never
                includes them.
            name: The cardholder's name.
            lang: Language of the API's messages.
            extra_headers: Headers sent with this request only, on top of the client's.
            timeout: This request's timeout (seconds or an `httpx.Timeout`), instead of
                the client's.

        Returns:
            `CustomerCard`: The stored card.

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
                "number": number,
                "exp_month": exp_month,
                "exp_year": exp_year,
                "cvc": cvc,
                "name": name,
            }
        )
        body = CardCreate.from_dict(fields)

        return self._requester.request(
            create_customer_card._get_kwargs(
                customer_id=customer_id, body=body, lang=lang
            ),
            _parse_create_customer_card,
            extra_headers,
            timeout,
        )

    def delete(
        self,
        customer_id: str,
        id: str,
        *,
        lang: Lang | Unset = UNSET,
        extra_headers: Headers | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> DeleteResult:
        """Delete a customer's card: `DELETE /api/customers/{customer_id}/cards/{id}` (delete_customer_card).

        Its tokens stop working. Assumed: when the default card goes, the oldest
        remaining card becomes the default.

        Args:
            customer_id: The customer's id.
            id: The card's id.
            lang: Language of the API's messages.
            extra_headers: Headers sent with this request only, on top of the client's.
            timeout: This request's timeout (seconds or an `httpx.Timeout`), instead of
                the client's.

        Returns:
            `DeleteResult`: Deleted.

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
            delete_customer_card._get_kwargs(customer_id=customer_id, id=id, lang=lang),
            _parse_delete_customer_card,
            extra_headers,
            timeout,
        )

    def set_default(
        self,
        customer_id: str,
        id: str,
        *,
        lang: Lang | Unset = UNSET,
        extra_headers: Headers | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> CustomerCard:
        """Make a card the customer's default: `PUT /api/customers/{customer_id}/cards/{id}/default` (set_default_customer_card).

        The request has no body; the previous default card stops being it.

        Args:
            customer_id: The customer's id.
            id: The card's id.
            lang: Language of the API's messages.
            extra_headers: Headers sent with this request only, on top of the client's.
            timeout: This request's timeout (seconds or an `httpx.Timeout`), instead of
                the client's.

        Returns:
            `CustomerCard`: The card, now the default.

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
            set_default_customer_card._get_kwargs(
                customer_id=customer_id, id=id, lang=lang
            ),
            _parse_set_default_customer_card,
            extra_headers,
            timeout,
        )


class CustomersCardsResourceWithRawResponse:
    """`client.customers.cards.with_raw_response`: each method answers a
    `RawResponse`; a list method's, that of its first page (`.parse()` gives the page)."""

    def __init__(self, resource: CustomersCardsResource) -> None:
        raw = CustomersCardsResource(resource._requester.as_raw())
        self.list = to_raw(raw.list)
        self.create = to_raw(raw.create)
        self.delete = to_raw(raw.delete)
        self.set_default = to_raw(raw.set_default)
        del raw


class CustomersPaymentMethodsResource(SyncResource):
    """`client.customers.payment_methods`."""

    @cached_property
    def with_raw_response(self) -> CustomersPaymentMethodsResourceWithRawResponse:
        """The same methods, answering a `RawResponse` (status, headers, `.parse()`)."""
        return CustomersPaymentMethodsResourceWithRawResponse(self)

    def create(
        self,
        customer_id: str,
        *,
        name: str,
        business_name: str,
        bank: str,
        number: str,
        method: str,
        country: str,
        lang: Lang | Unset = UNSET,
        extra_headers: Headers | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> CustomerPaymentMethod:
        """Add a CLABE payment method to a customer: `POST /api/customers/{customer_id}/payment-methods` (create_customer_payment_method).

        A bank account (CLABE) the customer pays from. Every field is required, as the
        reference's description says. The first one becomes the default. Newer endpoints
        of the vendor answer `_id` instead of `id`, so neither is required here.

        Args:
            customer_id: The customer's id.
            name: A label for the account ("Main").
            business_name: The account holder.
            bank: The bank's code (Mexico's, e.g. `40002`).
            number: The account number or CLABE (the reference's example has 16 digits).
            method: The kind of account; `clabe` in the reference.
            country: ISO 3166-1 alpha-2.
            lang: Language of the API's messages.
            extra_headers: Headers sent with this request only, on top of the client's.
            timeout: This request's timeout (seconds or an `httpx.Timeout`), instead of
                the client's.

        Returns:
            `CustomerPaymentMethod`: The stored payment method.

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
                "name": name,
                "business_name": business_name,
                "bank": bank,
                "number": number,
                "method": method,
                "country": country,
            }
        )
        body = CustomerPaymentMethodCreate.from_dict(fields)

        return self._requester.request(
            create_customer_payment_method._get_kwargs(
                customer_id=customer_id, body=body, lang=lang
            ),
            _parse_create_customer_payment_method,
            extra_headers,
            timeout,
        )


class CustomersPaymentMethodsResourceWithRawResponse:
    """`client.customers.payment_methods.with_raw_response`: each method answers a
    `RawResponse`; a list method's, that of its first page (`.parse()` gives the page)."""

    def __init__(self, resource: CustomersPaymentMethodsResource) -> None:
        raw = CustomersPaymentMethodsResource(resource._requester.as_raw())
        self.create = to_raw(raw.create)
        del raw


class CustomersResource(SyncResource):
    """`client.customers`."""

    @cached_property
    def cards(self) -> CustomersCardsResource:
        return CustomersCardsResource(self._requester)

    @cached_property
    def payment_methods(self) -> CustomersPaymentMethodsResource:
        return CustomersPaymentMethodsResource(self._requester)

    @cached_property
    def with_raw_response(self) -> CustomersResourceWithRawResponse:
        """The same methods, answering a `RawResponse` (status, headers, `.parse()`)."""
        return CustomersResourceWithRawResponse(self)

    def create(
        self,
        *,
        first_name: str,
        last_name: str,
        email: str | Unset = UNSET,
        phone: str | Unset = UNSET,
        user_id: str | Unset = UNSET,
        lang: Lang | Unset = UNSET,
        extra_headers: Headers | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> Customer:
        """Create a customer: `POST /api/customers` (create_customer).

        Assumed: the vendor answers 200 (not 201) on creation, as it does for orders. A
        customer whose `email`, `phone` or `user_id` already exists in the account is
        refused ("email, phone or user_id already exists"). Assumed: with 409, as every
        refusal by the state of the account here (the vendor documents the message, not
        the status); a well-formed request is never a 400. The answer carries only the
        fields the customer has (no `email` for a customer created by phone).

        Args:
            first_name: The customer's first name.
            last_name: The customer's last name.
            email: The customer's email; this or `phone` is required, and a duplicate is
                refused.
            phone: The customer's phone; this or `email` is required.
            user_id: Your own id for this customer, to find them again with the list's
                `user_id` filter.
            lang: Language of the API's messages.
            extra_headers: Headers sent with this request only, on top of the client's.
            timeout: This request's timeout (seconds or an `httpx.Timeout`), instead of
                the client's.

        Returns:
            `Customer`: The created customer.

        Raises:
            ecartpay.BadRequestError: 400: The request was refused (invalid body, query,
                cookie, or a business rule such as a duplicate customer); `message` says
                why.
            ecartpay.AuthenticationError: 401: Missing, malformed, wrong, expired or
                revoked credentials. Assumed for the token endpoint (undocumented there).
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
                "first_name": first_name,
                "last_name": last_name,
                "email": email,
                "phone": phone,
                "user_id": user_id,
            }
        )
        body = CustomerCreate.from_dict(fields)

        return self._requester.request(
            create_customer._get_kwargs(body=body, lang=lang),
            _parse_create_customer,
            extra_headers,
            timeout,
        )

    def list(
        self,
        *,
        page: int | Unset = 1,
        limit: int | Unset = 20,
        email: str | Unset = UNSET,
        phone: str | Unset = UNSET,
        user_id: str | Unset = UNSET,
        lang: Lang | Unset = UNSET,
        extra_headers: Headers | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> SyncPage[Customer]:
        """List customers: `GET /api/customers` (list_customers).

        Pages with `page` (from 1) and `limit` (default 20) and filters by exact
        `email`, `phone` or `user_id`. Assumed: `limit` is capped at 100, and
        out-of-range paging parameters are refused with 400.

        Args:
            page: Page number, from 1.
            limit: Items per page. Assumed maximum 100.
            email: Only the customer with this email.
            phone: Only the customer with this phone.
            user_id: Only the customer with this merchant-side id.
            lang: Language of the API's messages.
            extra_headers: Headers sent with this request only, on top of the client's.
            timeout: This request's timeout (seconds or an `httpx.Timeout`), instead of
                the client's.

        Returns:
            `SyncPage[Customer]`: One page of customers. Iterating it yields every item
            of every page, fetching the next one when needed.

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
            list_customers,
            {
                "page": page,
                "limit": limit,
                "email": email,
                "phone": phone,
                "user_id": user_id,
                "lang": lang,
            },
            extra_headers,
            timeout,
        )

    def update(
        self,
        id: str,
        *,
        first_name: str | Unset = UNSET,
        last_name: str | Unset = UNSET,
        email: str | Unset = UNSET,
        phone: str | Unset = UNSET,
        user_id: str | Unset = UNSET,
        lang: Lang | Unset = UNSET,
        extra_headers: Headers | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> Customer:
        """Update a customer: `PUT /api/customers/{id}` (update_customer).

        Changes only the fields sent. The reference lists no required field. Assumed: an
        `email`, `phone` or `user_id` that another customer of the account already has
        is refused with 409, and an unknown id answers 404.

        Args:
            id: The customer's id.
            first_name: The customer's new first name.
            last_name: The customer's new last name.
            email: An email address (a pattern, so every validator agrees; whitespace is
                spelled out as ASCII, because `\\s` also matches control characters in
                Python but not in the fuzzer's generator).
            phone: A phone number, digits with an optional leading `+` (the vendor's
                examples are 10-digit Mexican numbers).
            user_id: Your own id for this customer, to find them again with the list's
                `user_id` filter.
            lang: Language of the API's messages.
            extra_headers: Headers sent with this request only, on top of the client's.
            timeout: This request's timeout (seconds or an `httpx.Timeout`), instead of
                the client's.

        Returns:
            `Customer`: The customer after the change.

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
                "first_name": first_name,
                "last_name": last_name,
                "email": email,
                "phone": phone,
                "user_id": user_id,
            }
        )
        body = CustomerUpdate.from_dict(fields)

        return self._requester.request(
            update_customer._get_kwargs(id=id, body=body, lang=lang),
            _parse_update_customer,
            extra_headers,
            timeout,
        )

    def delete(
        self,
        id: str,
        *,
        lang: Lang | Unset = UNSET,
        extra_headers: Headers | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> DeleteResult:
        """Delete a customer: `DELETE /api/customers/{id}` (delete_customer).

        Deletes the customer with its cards and payment methods; its orders stay. Its
        email, phone and user_id become free again. The reference documents `success` as
        the string `"true"`; the customer-card delete shows a boolean: both are
        accepted.

        Args:
            id: The customer's id.
            lang: Language of the API's messages.
            extra_headers: Headers sent with this request only, on top of the client's.
            timeout: This request's timeout (seconds or an `httpx.Timeout`), instead of
                the client's.

        Returns:
            `DeleteResult`: Deleted.

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
            delete_customer._get_kwargs(id=id, lang=lang),
            _parse_delete_customer,
            extra_headers,
            timeout,
        )

    def create_token(
        self,
        customer_id: str,
        *,
        lang: Lang | Unset = UNSET,
        extra_headers: Headers | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> CustomerToken:
        """Create a customer token: `POST /api/customers/{customer_id}/token` (create_customer_token).

        A JWT for the vendor's browser SDK, scoped to one customer (`id`, `customer_id`,
        `iat`, `exp`), valid 600 s. It is not an API token: the API refuses it in
        `Authorization`. The request has no body.

        Args:
            customer_id: The customer's id.
            lang: Language of the API's messages.
            extra_headers: Headers sent with this request only, on top of the client's.
            timeout: This request's timeout (seconds or an `httpx.Timeout`), instead of
                the client's.

        Returns:
            `CustomerToken`: A fresh customer token.

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
            create_customer_token._get_kwargs(customer_id=customer_id, lang=lang),
            _parse_create_customer_token,
            extra_headers,
            timeout,
        )


class CustomersResourceWithRawResponse:
    """`client.customers.with_raw_response`: each method answers a
    `RawResponse`; a list method's, that of its first page (`.parse()` gives the page)."""

    def __init__(self, resource: CustomersResource) -> None:
        raw = CustomersResource(resource._requester.as_raw())
        self.cards = CustomersCardsResourceWithRawResponse(resource.cards)
        self.payment_methods = CustomersPaymentMethodsResourceWithRawResponse(
            resource.payment_methods
        )
        self.create = to_raw(raw.create)
        self.list = to_raw(raw.list)
        self.update = to_raw(raw.update)
        self.delete = to_raw(raw.delete)
        self.create_token = to_raw(raw.create_token)
        del raw


class AsyncCustomersCardsResource(AsyncResource):
    """`client.customers.cards`."""

    @cached_property
    def with_raw_response(self) -> AsyncCustomersCardsResourceWithRawResponse:
        """The same methods, answering a `RawResponse` (status, headers, `.parse()`)."""
        return AsyncCustomersCardsResourceWithRawResponse(self)

    def list(
        self,
        customer_id: str,
        *,
        lang: Lang | Unset = UNSET,
        extra_headers: Headers | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> AsyncPage[CustomerCard]:
        """List a customer's cards: `GET /api/customers/{customer_id}/cards` (list_customer_cards).

        A bare array (not a page), oldest first; the default card says `default`.

        Args:
            customer_id: The customer's id.
            lang: Language of the API's messages.
            extra_headers: Headers sent with this request only, on top of the client's.
            timeout: This request's timeout (seconds or an `httpx.Timeout`), instead of
                the client's.

        Returns:
            `AsyncPage[CustomerCard]`: The customer's cards. `await` it for the first
            page; `async for` yields every item of every page.

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

        return AsyncPage(
            self._requester,
            list_customer_cards,
            {
                "lang": lang,
            },
            extra_headers,
            timeout,
        )

    async def create(
        self,
        customer_id: str,
        *,
        number: str,
        exp_month: str,
        exp_year: str,
        cvc: str | Unset = UNSET,
        name: str | Unset = UNSET,
        lang: Lang | Unset = UNSET,
        extra_headers: Headers | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> CustomerCard:
        """Add a card to a customer: `POST /api/customers/{customer_id}/cards` (create_customer_card).

        Stores a card for the customer; the first one becomes the default. The answer
        never carries the full number or the cvc. Assumed: `number`, `exp_month` and
        `exp_year` are required (the reference marks nothing required).

        Args:
            customer_id: The customer's id.
            number: 12 to 19 digits, optionally separated by single spaces or dashes.
            exp_month: Two digits, as a string.
            exp_year: Four digits, as a string. A past year is accepted (the reference
                stores one).
            cvc: The card's 3 or 4 security digits. The stored card's answer never
                includes them.
            name: The cardholder's name.
            lang: Language of the API's messages.
            extra_headers: Headers sent with this request only, on top of the client's.
            timeout: This request's timeout (seconds or an `httpx.Timeout`), instead of
                the client's.

        Returns:
            `CustomerCard`: The stored card.

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
                "number": number,
                "exp_month": exp_month,
                "exp_year": exp_year,
                "cvc": cvc,
                "name": name,
            }
        )
        body = CardCreate.from_dict(fields)

        return await self._requester.request(
            create_customer_card._get_kwargs(
                customer_id=customer_id, body=body, lang=lang
            ),
            _parse_create_customer_card,
            extra_headers,
            timeout,
        )

    async def delete(
        self,
        customer_id: str,
        id: str,
        *,
        lang: Lang | Unset = UNSET,
        extra_headers: Headers | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> DeleteResult:
        """Delete a customer's card: `DELETE /api/customers/{customer_id}/cards/{id}` (delete_customer_card).

        Its tokens stop working. Assumed: when the default card goes, the oldest
        remaining card becomes the default.

        Args:
            customer_id: The customer's id.
            id: The card's id.
            lang: Language of the API's messages.
            extra_headers: Headers sent with this request only, on top of the client's.
            timeout: This request's timeout (seconds or an `httpx.Timeout`), instead of
                the client's.

        Returns:
            `DeleteResult`: Deleted.

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
            delete_customer_card._get_kwargs(customer_id=customer_id, id=id, lang=lang),
            _parse_delete_customer_card,
            extra_headers,
            timeout,
        )

    async def set_default(
        self,
        customer_id: str,
        id: str,
        *,
        lang: Lang | Unset = UNSET,
        extra_headers: Headers | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> CustomerCard:
        """Make a card the customer's default: `PUT /api/customers/{customer_id}/cards/{id}/default` (set_default_customer_card).

        The request has no body; the previous default card stops being it.

        Args:
            customer_id: The customer's id.
            id: The card's id.
            lang: Language of the API's messages.
            extra_headers: Headers sent with this request only, on top of the client's.
            timeout: This request's timeout (seconds or an `httpx.Timeout`), instead of
                the client's.

        Returns:
            `CustomerCard`: The card, now the default.

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
            set_default_customer_card._get_kwargs(
                customer_id=customer_id, id=id, lang=lang
            ),
            _parse_set_default_customer_card,
            extra_headers,
            timeout,
        )


class AsyncCustomersCardsResourceWithRawResponse:
    """`client.customers.cards.with_raw_response`: each method answers a
    `RawResponse`; a list method's, that of its first page (`.parse()` gives the page)."""

    def __init__(self, resource: AsyncCustomersCardsResource) -> None:
        raw = AsyncCustomersCardsResource(resource._requester.as_raw())
        self.list = to_raw_async_page(raw.list)
        self.create = to_raw_async(raw.create)
        self.delete = to_raw_async(raw.delete)
        self.set_default = to_raw_async(raw.set_default)
        del raw


class AsyncCustomersPaymentMethodsResource(AsyncResource):
    """`client.customers.payment_methods`."""

    @cached_property
    def with_raw_response(self) -> AsyncCustomersPaymentMethodsResourceWithRawResponse:
        """The same methods, answering a `RawResponse` (status, headers, `.parse()`)."""
        return AsyncCustomersPaymentMethodsResourceWithRawResponse(self)

    async def create(
        self,
        customer_id: str,
        *,
        name: str,
        business_name: str,
        bank: str,
        number: str,
        method: str,
        country: str,
        lang: Lang | Unset = UNSET,
        extra_headers: Headers | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> CustomerPaymentMethod:
        """Add a CLABE payment method to a customer: `POST /api/customers/{customer_id}/payment-methods` (create_customer_payment_method).

        A bank account (CLABE) the customer pays from. Every field is required, as the
        reference's description says. The first one becomes the default. Newer endpoints
        of the vendor answer `_id` instead of `id`, so neither is required here.

        Args:
            customer_id: The customer's id.
            name: A label for the account ("Main").
            business_name: The account holder.
            bank: The bank's code (Mexico's, e.g. `40002`).
            number: The account number or CLABE (the reference's example has 16 digits).
            method: The kind of account; `clabe` in the reference.
            country: ISO 3166-1 alpha-2.
            lang: Language of the API's messages.
            extra_headers: Headers sent with this request only, on top of the client's.
            timeout: This request's timeout (seconds or an `httpx.Timeout`), instead of
                the client's.

        Returns:
            `CustomerPaymentMethod`: The stored payment method.

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
                "name": name,
                "business_name": business_name,
                "bank": bank,
                "number": number,
                "method": method,
                "country": country,
            }
        )
        body = CustomerPaymentMethodCreate.from_dict(fields)

        return await self._requester.request(
            create_customer_payment_method._get_kwargs(
                customer_id=customer_id, body=body, lang=lang
            ),
            _parse_create_customer_payment_method,
            extra_headers,
            timeout,
        )


class AsyncCustomersPaymentMethodsResourceWithRawResponse:
    """`client.customers.payment_methods.with_raw_response`: each method answers a
    `RawResponse`; a list method's, that of its first page (`.parse()` gives the page)."""

    def __init__(self, resource: AsyncCustomersPaymentMethodsResource) -> None:
        raw = AsyncCustomersPaymentMethodsResource(resource._requester.as_raw())
        self.create = to_raw_async(raw.create)
        del raw


class AsyncCustomersResource(AsyncResource):
    """`client.customers`."""

    @cached_property
    def cards(self) -> AsyncCustomersCardsResource:
        return AsyncCustomersCardsResource(self._requester)

    @cached_property
    def payment_methods(self) -> AsyncCustomersPaymentMethodsResource:
        return AsyncCustomersPaymentMethodsResource(self._requester)

    @cached_property
    def with_raw_response(self) -> AsyncCustomersResourceWithRawResponse:
        """The same methods, answering a `RawResponse` (status, headers, `.parse()`)."""
        return AsyncCustomersResourceWithRawResponse(self)

    async def create(
        self,
        *,
        first_name: str,
        last_name: str,
        email: str | Unset = UNSET,
        phone: str | Unset = UNSET,
        user_id: str | Unset = UNSET,
        lang: Lang | Unset = UNSET,
        extra_headers: Headers | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> Customer:
        """Create a customer: `POST /api/customers` (create_customer).

        Assumed: the vendor answers 200 (not 201) on creation, as it does for orders. A
        customer whose `email`, `phone` or `user_id` already exists in the account is
        refused ("email, phone or user_id already exists"). Assumed: with 409, as every
        refusal by the state of the account here (the vendor documents the message, not
        the status); a well-formed request is never a 400. The answer carries only the
        fields the customer has (no `email` for a customer created by phone).

        Args:
            first_name: The customer's first name.
            last_name: The customer's last name.
            email: The customer's email; this or `phone` is required, and a duplicate is
                refused.
            phone: The customer's phone; this or `email` is required.
            user_id: Your own id for this customer, to find them again with the list's
                `user_id` filter.
            lang: Language of the API's messages.
            extra_headers: Headers sent with this request only, on top of the client's.
            timeout: This request's timeout (seconds or an `httpx.Timeout`), instead of
                the client's.

        Returns:
            `Customer`: The created customer.

        Raises:
            ecartpay.BadRequestError: 400: The request was refused (invalid body, query,
                cookie, or a business rule such as a duplicate customer); `message` says
                why.
            ecartpay.AuthenticationError: 401: Missing, malformed, wrong, expired or
                revoked credentials. Assumed for the token endpoint (undocumented there).
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
                "first_name": first_name,
                "last_name": last_name,
                "email": email,
                "phone": phone,
                "user_id": user_id,
            }
        )
        body = CustomerCreate.from_dict(fields)

        return await self._requester.request(
            create_customer._get_kwargs(body=body, lang=lang),
            _parse_create_customer,
            extra_headers,
            timeout,
        )

    def list(
        self,
        *,
        page: int | Unset = 1,
        limit: int | Unset = 20,
        email: str | Unset = UNSET,
        phone: str | Unset = UNSET,
        user_id: str | Unset = UNSET,
        lang: Lang | Unset = UNSET,
        extra_headers: Headers | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> AsyncPage[Customer]:
        """List customers: `GET /api/customers` (list_customers).

        Pages with `page` (from 1) and `limit` (default 20) and filters by exact
        `email`, `phone` or `user_id`. Assumed: `limit` is capped at 100, and
        out-of-range paging parameters are refused with 400.

        Args:
            page: Page number, from 1.
            limit: Items per page. Assumed maximum 100.
            email: Only the customer with this email.
            phone: Only the customer with this phone.
            user_id: Only the customer with this merchant-side id.
            lang: Language of the API's messages.
            extra_headers: Headers sent with this request only, on top of the client's.
            timeout: This request's timeout (seconds or an `httpx.Timeout`), instead of
                the client's.

        Returns:
            `AsyncPage[Customer]`: One page of customers. `await` it for the first page;
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
            list_customers,
            {
                "page": page,
                "limit": limit,
                "email": email,
                "phone": phone,
                "user_id": user_id,
                "lang": lang,
            },
            extra_headers,
            timeout,
        )

    async def update(
        self,
        id: str,
        *,
        first_name: str | Unset = UNSET,
        last_name: str | Unset = UNSET,
        email: str | Unset = UNSET,
        phone: str | Unset = UNSET,
        user_id: str | Unset = UNSET,
        lang: Lang | Unset = UNSET,
        extra_headers: Headers | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> Customer:
        """Update a customer: `PUT /api/customers/{id}` (update_customer).

        Changes only the fields sent. The reference lists no required field. Assumed: an
        `email`, `phone` or `user_id` that another customer of the account already has
        is refused with 409, and an unknown id answers 404.

        Args:
            id: The customer's id.
            first_name: The customer's new first name.
            last_name: The customer's new last name.
            email: An email address (a pattern, so every validator agrees; whitespace is
                spelled out as ASCII, because `\\s` also matches control characters in
                Python but not in the fuzzer's generator).
            phone: A phone number, digits with an optional leading `+` (the vendor's
                examples are 10-digit Mexican numbers).
            user_id: Your own id for this customer, to find them again with the list's
                `user_id` filter.
            lang: Language of the API's messages.
            extra_headers: Headers sent with this request only, on top of the client's.
            timeout: This request's timeout (seconds or an `httpx.Timeout`), instead of
                the client's.

        Returns:
            `Customer`: The customer after the change.

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
                "first_name": first_name,
                "last_name": last_name,
                "email": email,
                "phone": phone,
                "user_id": user_id,
            }
        )
        body = CustomerUpdate.from_dict(fields)

        return await self._requester.request(
            update_customer._get_kwargs(id=id, body=body, lang=lang),
            _parse_update_customer,
            extra_headers,
            timeout,
        )

    async def delete(
        self,
        id: str,
        *,
        lang: Lang | Unset = UNSET,
        extra_headers: Headers | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> DeleteResult:
        """Delete a customer: `DELETE /api/customers/{id}` (delete_customer).

        Deletes the customer with its cards and payment methods; its orders stay. Its
        email, phone and user_id become free again. The reference documents `success` as
        the string `"true"`; the customer-card delete shows a boolean: both are
        accepted.

        Args:
            id: The customer's id.
            lang: Language of the API's messages.
            extra_headers: Headers sent with this request only, on top of the client's.
            timeout: This request's timeout (seconds or an `httpx.Timeout`), instead of
                the client's.

        Returns:
            `DeleteResult`: Deleted.

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
            delete_customer._get_kwargs(id=id, lang=lang),
            _parse_delete_customer,
            extra_headers,
            timeout,
        )

    async def create_token(
        self,
        customer_id: str,
        *,
        lang: Lang | Unset = UNSET,
        extra_headers: Headers | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> CustomerToken:
        """Create a customer token: `POST /api/customers/{customer_id}/token` (create_customer_token).

        A JWT for the vendor's browser SDK, scoped to one customer (`id`, `customer_id`,
        `iat`, `exp`), valid 600 s. It is not an API token: the API refuses it in
        `Authorization`. The request has no body.

        Args:
            customer_id: The customer's id.
            lang: Language of the API's messages.
            extra_headers: Headers sent with this request only, on top of the client's.
            timeout: This request's timeout (seconds or an `httpx.Timeout`), instead of
                the client's.

        Returns:
            `CustomerToken`: A fresh customer token.

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
            create_customer_token._get_kwargs(customer_id=customer_id, lang=lang),
            _parse_create_customer_token,
            extra_headers,
            timeout,
        )


class AsyncCustomersResourceWithRawResponse:
    """`client.customers.with_raw_response`: each method answers a
    `RawResponse`; a list method's, that of its first page (`.parse()` gives the page)."""

    def __init__(self, resource: AsyncCustomersResource) -> None:
        raw = AsyncCustomersResource(resource._requester.as_raw())
        self.cards = AsyncCustomersCardsResourceWithRawResponse(resource.cards)
        self.payment_methods = AsyncCustomersPaymentMethodsResourceWithRawResponse(
            resource.payment_methods
        )
        self.create = to_raw_async(raw.create)
        self.list = to_raw_async_page(raw.list)
        self.update = to_raw_async(raw.update)
        self.delete = to_raw_async(raw.delete)
        self.create_token = to_raw_async(raw.create_token)
        del raw
