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
        """List a customer's cards: `GET /api/customers/{customer_id}/cards` (list_customer_cards)."""

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
        """Add a card to a customer: `POST /api/customers/{customer_id}/cards` (create_customer_card)."""

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
        """Delete a customer's card: `DELETE /api/customers/{customer_id}/cards/{id}` (delete_customer_card)."""

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
        """Make a card the customer's default: `PUT /api/customers/{customer_id}/cards/{id}/default` (set_default_customer_card)."""

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
        """Add a CLABE payment method to a customer: `POST /api/customers/{customer_id}/payment-methods` (create_customer_payment_method)."""

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
        """Create a customer: `POST /api/customers` (create_customer)."""

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
        """List customers: `GET /api/customers` (list_customers)."""

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
        """Update a customer: `PUT /api/customers/{id}` (update_customer)."""

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
        """Delete a customer: `DELETE /api/customers/{id}` (delete_customer)."""

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
        """Create a customer token: `POST /api/customers/{customer_id}/token` (create_customer_token)."""

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
        """List a customer's cards: `GET /api/customers/{customer_id}/cards` (list_customer_cards)."""

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
        """Add a card to a customer: `POST /api/customers/{customer_id}/cards` (create_customer_card)."""

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
        """Delete a customer's card: `DELETE /api/customers/{customer_id}/cards/{id}` (delete_customer_card)."""

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
        """Make a card the customer's default: `PUT /api/customers/{customer_id}/cards/{id}/default` (set_default_customer_card)."""

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
        """Add a CLABE payment method to a customer: `POST /api/customers/{customer_id}/payment-methods` (create_customer_payment_method)."""

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
        """Create a customer: `POST /api/customers` (create_customer)."""

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
        """List customers: `GET /api/customers` (list_customers)."""

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
        """Update a customer: `PUT /api/customers/{id}` (update_customer)."""

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
        """Delete a customer: `DELETE /api/customers/{id}` (delete_customer)."""

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
        """Create a customer token: `POST /api/customers/{customer_id}/token` (create_customer_token)."""

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
