"""`client.checkouts`: the front door's resource (and sub-resources), sync and async.

Generated from openapi.yaml by `make generate`; never edit by hand.
"""

from __future__ import annotations

import builtins
from functools import cached_property
from typing import Any

import httpx
from ecartpay._base import NOT_GIVEN, Headers, NotGiven, Timeout, payload
from ecartpay._resource import (
    AsyncResource,
    SyncResource,
    to_raw,
    to_raw_async,
)

from ..api.checkouts import (
    create_checkout,
    get_checkout,
    get_public_checkout,
    update_checkout,
    update_checkout_item,
)
from ..models.checkout import Checkout
from ..models.checkout_buyer import CheckoutBuyer
from ..models.checkout_create import CheckoutCreate
from ..models.checkout_item_create import CheckoutItemCreate
from ..models.checkout_item_update import CheckoutItemUpdate
from ..models.checkout_update import CheckoutUpdate
from ..models.lang import Lang
from ..types import UNSET, Unset


def _parse_update_checkout_item(response: httpx.Response) -> Checkout:
    response_200 = Checkout.from_dict(response.json())

    return response_200


def _parse_create_checkout(response: httpx.Response) -> Checkout:
    response_200 = Checkout.from_dict(response.json())

    return response_200


def _parse_get_checkout(response: httpx.Response) -> Checkout:
    response_200 = Checkout.from_dict(response.json())

    return response_200


def _parse_update_checkout(response: httpx.Response) -> Checkout:
    response_200 = Checkout.from_dict(response.json())

    return response_200


def _parse_get_public_checkout(response: httpx.Response) -> Checkout:
    response_200 = Checkout.from_dict(response.json())

    return response_200


class CheckoutsItemsResource(SyncResource):
    """`client.checkouts.items`."""

    @cached_property
    def with_raw_response(self) -> CheckoutsItemsResourceWithRawResponse:
        """The same methods, answering a `RawResponse` (status, headers, `.parse()`)."""
        return CheckoutsItemsResourceWithRawResponse(self)

    def update(
        self,
        checkout_id: str,
        id: str,
        *,
        name: str | Unset = UNSET,
        quantity: int | Unset = UNSET,
        price: float | Unset = UNSET,
        discount: float | Unset = UNSET,
        is_service: bool | Unset = UNSET,
        lang: Lang | Unset = UNSET,
        extra_headers: Headers | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> Checkout:
        """Update an item of a checkout: `PUT /api/checkouts/{checkout_id}/items/{id}` (update_checkout_item).

        Assumed (the reference shows no answer) the whole checkout comes back.

        Args:
            checkout_id: The checkout's id.
            id: The item's id within the checkout.
            name: The line's new name.
            quantity: How many units the line now has.
            price: An amount in major units (243.33). Assumed: at least 0.01 and at most
                100,000,000. An amount has no more decimals than its currency's minor unit
                (0 for JPY and CLP, 2 for MXN, USD and the others): more is a 400, never
                rounded. A unit price may be finer; a line is `price * quantity` computed in
                decimals and rounded half-up once, after multiplying. Discounts are between
                0 and what they discount.
            discount: The line's new discount, in the checkout's currency.
            is_service: `true` when the line is a service rather than goods to ship.
            lang: Language of the API's messages.
            extra_headers: Headers sent with this request only, on top of the client's.
            timeout: This request's timeout (seconds or an `httpx.Timeout`), instead of
                the client's.

        Returns:
            `Checkout`: The checkout with the updated item.

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
                "quantity": quantity,
                "price": price,
                "discount": discount,
                "is_service": is_service,
            }
        )
        body = CheckoutItemUpdate.from_dict(fields)

        return self._requester.request(
            update_checkout_item._get_kwargs(
                checkout_id=checkout_id, id=id, body=body, lang=lang
            ),
            _parse_update_checkout_item,
            extra_headers,
            timeout,
        )


class CheckoutsItemsResourceWithRawResponse:
    """`client.checkouts.items.with_raw_response`: each method answers a
    `RawResponse`; a list method's, that of its first page (`.parse()` gives the page)."""

    def __init__(self, resource: CheckoutsItemsResource) -> None:
        raw = CheckoutsItemsResource(resource._requester.as_raw())
        self.update = to_raw(raw.update)
        del raw


class CheckoutsResource(SyncResource):
    """`client.checkouts`."""

    @cached_property
    def items(self) -> CheckoutsItemsResource:
        return CheckoutsItemsResource(self._requester)

    @cached_property
    def with_raw_response(self) -> CheckoutsResourceWithRawResponse:
        """The same methods, answering a `RawResponse` (status, headers, `.parse()`)."""
        return CheckoutsResourceWithRawResponse(self)

    def create(
        self,
        *,
        currency: str,
        amounts: builtins.list[float],
        concept: str,
        customer_id: str | Unset = UNSET,
        title: str | Unset = UNSET,
        subtitle: str | Unset = UNSET,
        image_url: str | Unset = UNSET,
        items: builtins.list[CheckoutItemCreate | dict[str, Any]] | Unset = UNSET,
        notify_url: str | Unset = UNSET,
        reference_id: str | Unset = UNSET,
        reference: str | Unset = UNSET,
        lang: Lang | Unset = UNSET,
        extra_headers: Headers | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> Checkout:
        """Create a checkout: `POST /api/checkouts` (create_checkout).

        A hosted checkout: the buyer picks one of `amounts` (or pays the `items`) at
        `link` (`.../v2/checkout?id=<id>`). The answer carries a 15-minute JWT (`token`,
        scope `write_checkouts`) for the browser. `currency`, `amounts` and `concept`
        are required (reference). An unknown `customer_id` is 404. Assumed: 200 on
        creation.

        Args:
            currency: ISO 4217 code in requests (MXN, USD, BRL, CAD, ARS, COP, EUR, PEN,
                JPY, RUB, GBP, CLP, UYU, GTQ, INR, CNY, AUD, ...). A pattern rather than an
                enum, so a currency the vendor adds later is accepted; responses use a plain
                string.
            amounts: The amounts the buyer can choose from.
            concept: What the buyer pays for, shown on the page and the receipt.
            customer_id: A customer of the account (404 when unknown).
            title: The heading of the hosted checkout page.
            subtitle: A line under the title on the checkout page.
            image_url: An image (your logo) shown on the checkout page.
            items: Line items, when the checkout sells named products instead of a bare
                amount.
            notify_url: Your URL that hears about this checkout's payments.
            reference_id: Your own id for this checkout, to match it with your records.
            reference: A free text of yours kept with the checkout.
            lang: Language of the API's messages.
            extra_headers: Headers sent with this request only, on top of the client's.
            timeout: This request's timeout (seconds or an `httpx.Timeout`), instead of
                the client's.

        Returns:
            `Checkout`: The created checkout, with its `link` and `token`.

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
                "currency": currency,
                "amounts": amounts,
                "concept": concept,
                "customer_id": customer_id,
                "title": title,
                "subtitle": subtitle,
                "image_url": image_url,
                "items": items,
                "notify_url": notify_url,
                "reference_id": reference_id,
                "reference": reference,
            }
        )
        body = CheckoutCreate.from_dict(fields)

        return self._requester.request(
            create_checkout._get_kwargs(body=body, lang=lang),
            _parse_create_checkout,
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
    ) -> Checkout:
        """Get a checkout: `GET /api/checkouts/{id}` (get_checkout).

        One hosted checkout by its id, with its link, amounts and items (404 when
        unknown to the account).

        Args:
            id: The checkout's id.
            lang: Language of the API's messages.
            extra_headers: Headers sent with this request only, on top of the client's.
            timeout: This request's timeout (seconds or an `httpx.Timeout`), instead of
                the client's.

        Returns:
            `Checkout`: The checkout.

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
            get_checkout._get_kwargs(id=id, lang=lang),
            _parse_get_checkout,
            extra_headers,
            timeout,
        )

    def update(
        self,
        id: str,
        *,
        notify_url: str | Unset = UNSET,
        customer: CheckoutBuyer | dict[str, Any] | Unset = UNSET,
        lang: Lang | Unset = UNSET,
        extra_headers: Headers | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> Checkout:
        """Update a checkout: `PUT /api/checkouts/{id}` (update_checkout).

        Changes the buyer's details or the notification URL of an existing checkout.

        Args:
            id: The checkout's id.
            notify_url: A new URL to hear about this checkout's payments.
            customer: The buyer's details on a checkout.
            lang: Language of the API's messages.
            extra_headers: Headers sent with this request only, on top of the client's.
            timeout: This request's timeout (seconds or an `httpx.Timeout`), instead of
                the client's.

        Returns:
            `Checkout`: The updated checkout.

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
                "notify_url": notify_url,
                "customer": customer,
            }
        )
        body = CheckoutUpdate.from_dict(fields)

        return self._requester.request(
            update_checkout._get_kwargs(id=id, body=body, lang=lang),
            _parse_update_checkout,
            extra_headers,
            timeout,
        )

    def retrieve_public(
        self,
        id: str,
        *,
        lang: Lang | Unset = UNSET,
        extra_headers: Headers | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> Checkout:
        """Get the public view of a checkout: `GET /api/checkout/{id}` (get_public_checkout).

        What the buyer's page reads: no token needed. Assumed: the checkout without its
        `token`, `notify_url` and `reference_id`.

        Args:
            id: The checkout's id (the `id` of its `link`).
            lang: Language of the API's messages.
            extra_headers: Headers sent with this request only, on top of the client's.
            timeout: This request's timeout (seconds or an `httpx.Timeout`), instead of
                the client's.

        Returns:
            `Checkout`: The public view.

        Raises:
            ecartpay.BadRequestError: 400: The request was refused (invalid body, query,
                cookie, or a business rule such as a duplicate customer); `message` says
                why.
            ecartpay.NotFoundError: 404: No such resource in this account.
            ecartpay.APIError: Any other error status the API answers.
            ecartpay.APIConnectionError: No answer, after every safe retry
                (`ecartpay.APITimeoutError` when it timed out).
        """

        return self._requester.request(
            get_public_checkout._get_kwargs(id=id, lang=lang),
            _parse_get_public_checkout,
            extra_headers,
            timeout,
            credential=None,
        )


class CheckoutsResourceWithRawResponse:
    """`client.checkouts.with_raw_response`: each method answers a
    `RawResponse`; a list method's, that of its first page (`.parse()` gives the page)."""

    def __init__(self, resource: CheckoutsResource) -> None:
        raw = CheckoutsResource(resource._requester.as_raw())
        self.items = CheckoutsItemsResourceWithRawResponse(resource.items)
        self.create = to_raw(raw.create)
        self.retrieve = to_raw(raw.retrieve)
        self.update = to_raw(raw.update)
        self.retrieve_public = to_raw(raw.retrieve_public)
        del raw


class AsyncCheckoutsItemsResource(AsyncResource):
    """`client.checkouts.items`."""

    @cached_property
    def with_raw_response(self) -> AsyncCheckoutsItemsResourceWithRawResponse:
        """The same methods, answering a `RawResponse` (status, headers, `.parse()`)."""
        return AsyncCheckoutsItemsResourceWithRawResponse(self)

    async def update(
        self,
        checkout_id: str,
        id: str,
        *,
        name: str | Unset = UNSET,
        quantity: int | Unset = UNSET,
        price: float | Unset = UNSET,
        discount: float | Unset = UNSET,
        is_service: bool | Unset = UNSET,
        lang: Lang | Unset = UNSET,
        extra_headers: Headers | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> Checkout:
        """Update an item of a checkout: `PUT /api/checkouts/{checkout_id}/items/{id}` (update_checkout_item).

        Assumed (the reference shows no answer) the whole checkout comes back.

        Args:
            checkout_id: The checkout's id.
            id: The item's id within the checkout.
            name: The line's new name.
            quantity: How many units the line now has.
            price: An amount in major units (243.33). Assumed: at least 0.01 and at most
                100,000,000. An amount has no more decimals than its currency's minor unit
                (0 for JPY and CLP, 2 for MXN, USD and the others): more is a 400, never
                rounded. A unit price may be finer; a line is `price * quantity` computed in
                decimals and rounded half-up once, after multiplying. Discounts are between
                0 and what they discount.
            discount: The line's new discount, in the checkout's currency.
            is_service: `true` when the line is a service rather than goods to ship.
            lang: Language of the API's messages.
            extra_headers: Headers sent with this request only, on top of the client's.
            timeout: This request's timeout (seconds or an `httpx.Timeout`), instead of
                the client's.

        Returns:
            `Checkout`: The checkout with the updated item.

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
                "quantity": quantity,
                "price": price,
                "discount": discount,
                "is_service": is_service,
            }
        )
        body = CheckoutItemUpdate.from_dict(fields)

        return await self._requester.request(
            update_checkout_item._get_kwargs(
                checkout_id=checkout_id, id=id, body=body, lang=lang
            ),
            _parse_update_checkout_item,
            extra_headers,
            timeout,
        )


class AsyncCheckoutsItemsResourceWithRawResponse:
    """`client.checkouts.items.with_raw_response`: each method answers a
    `RawResponse`; a list method's, that of its first page (`.parse()` gives the page)."""

    def __init__(self, resource: AsyncCheckoutsItemsResource) -> None:
        raw = AsyncCheckoutsItemsResource(resource._requester.as_raw())
        self.update = to_raw_async(raw.update)
        del raw


class AsyncCheckoutsResource(AsyncResource):
    """`client.checkouts`."""

    @cached_property
    def items(self) -> AsyncCheckoutsItemsResource:
        return AsyncCheckoutsItemsResource(self._requester)

    @cached_property
    def with_raw_response(self) -> AsyncCheckoutsResourceWithRawResponse:
        """The same methods, answering a `RawResponse` (status, headers, `.parse()`)."""
        return AsyncCheckoutsResourceWithRawResponse(self)

    async def create(
        self,
        *,
        currency: str,
        amounts: builtins.list[float],
        concept: str,
        customer_id: str | Unset = UNSET,
        title: str | Unset = UNSET,
        subtitle: str | Unset = UNSET,
        image_url: str | Unset = UNSET,
        items: builtins.list[CheckoutItemCreate | dict[str, Any]] | Unset = UNSET,
        notify_url: str | Unset = UNSET,
        reference_id: str | Unset = UNSET,
        reference: str | Unset = UNSET,
        lang: Lang | Unset = UNSET,
        extra_headers: Headers | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> Checkout:
        """Create a checkout: `POST /api/checkouts` (create_checkout).

        A hosted checkout: the buyer picks one of `amounts` (or pays the `items`) at
        `link` (`.../v2/checkout?id=<id>`). The answer carries a 15-minute JWT (`token`,
        scope `write_checkouts`) for the browser. `currency`, `amounts` and `concept`
        are required (reference). An unknown `customer_id` is 404. Assumed: 200 on
        creation.

        Args:
            currency: ISO 4217 code in requests (MXN, USD, BRL, CAD, ARS, COP, EUR, PEN,
                JPY, RUB, GBP, CLP, UYU, GTQ, INR, CNY, AUD, ...). A pattern rather than an
                enum, so a currency the vendor adds later is accepted; responses use a plain
                string.
            amounts: The amounts the buyer can choose from.
            concept: What the buyer pays for, shown on the page and the receipt.
            customer_id: A customer of the account (404 when unknown).
            title: The heading of the hosted checkout page.
            subtitle: A line under the title on the checkout page.
            image_url: An image (your logo) shown on the checkout page.
            items: Line items, when the checkout sells named products instead of a bare
                amount.
            notify_url: Your URL that hears about this checkout's payments.
            reference_id: Your own id for this checkout, to match it with your records.
            reference: A free text of yours kept with the checkout.
            lang: Language of the API's messages.
            extra_headers: Headers sent with this request only, on top of the client's.
            timeout: This request's timeout (seconds or an `httpx.Timeout`), instead of
                the client's.

        Returns:
            `Checkout`: The created checkout, with its `link` and `token`.

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
                "currency": currency,
                "amounts": amounts,
                "concept": concept,
                "customer_id": customer_id,
                "title": title,
                "subtitle": subtitle,
                "image_url": image_url,
                "items": items,
                "notify_url": notify_url,
                "reference_id": reference_id,
                "reference": reference,
            }
        )
        body = CheckoutCreate.from_dict(fields)

        return await self._requester.request(
            create_checkout._get_kwargs(body=body, lang=lang),
            _parse_create_checkout,
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
    ) -> Checkout:
        """Get a checkout: `GET /api/checkouts/{id}` (get_checkout).

        One hosted checkout by its id, with its link, amounts and items (404 when
        unknown to the account).

        Args:
            id: The checkout's id.
            lang: Language of the API's messages.
            extra_headers: Headers sent with this request only, on top of the client's.
            timeout: This request's timeout (seconds or an `httpx.Timeout`), instead of
                the client's.

        Returns:
            `Checkout`: The checkout.

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
            get_checkout._get_kwargs(id=id, lang=lang),
            _parse_get_checkout,
            extra_headers,
            timeout,
        )

    async def update(
        self,
        id: str,
        *,
        notify_url: str | Unset = UNSET,
        customer: CheckoutBuyer | dict[str, Any] | Unset = UNSET,
        lang: Lang | Unset = UNSET,
        extra_headers: Headers | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> Checkout:
        """Update a checkout: `PUT /api/checkouts/{id}` (update_checkout).

        Changes the buyer's details or the notification URL of an existing checkout.

        Args:
            id: The checkout's id.
            notify_url: A new URL to hear about this checkout's payments.
            customer: The buyer's details on a checkout.
            lang: Language of the API's messages.
            extra_headers: Headers sent with this request only, on top of the client's.
            timeout: This request's timeout (seconds or an `httpx.Timeout`), instead of
                the client's.

        Returns:
            `Checkout`: The updated checkout.

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
                "notify_url": notify_url,
                "customer": customer,
            }
        )
        body = CheckoutUpdate.from_dict(fields)

        return await self._requester.request(
            update_checkout._get_kwargs(id=id, body=body, lang=lang),
            _parse_update_checkout,
            extra_headers,
            timeout,
        )

    async def retrieve_public(
        self,
        id: str,
        *,
        lang: Lang | Unset = UNSET,
        extra_headers: Headers | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> Checkout:
        """Get the public view of a checkout: `GET /api/checkout/{id}` (get_public_checkout).

        What the buyer's page reads: no token needed. Assumed: the checkout without its
        `token`, `notify_url` and `reference_id`.

        Args:
            id: The checkout's id (the `id` of its `link`).
            lang: Language of the API's messages.
            extra_headers: Headers sent with this request only, on top of the client's.
            timeout: This request's timeout (seconds or an `httpx.Timeout`), instead of
                the client's.

        Returns:
            `Checkout`: The public view.

        Raises:
            ecartpay.BadRequestError: 400: The request was refused (invalid body, query,
                cookie, or a business rule such as a duplicate customer); `message` says
                why.
            ecartpay.NotFoundError: 404: No such resource in this account.
            ecartpay.APIError: Any other error status the API answers.
            ecartpay.APIConnectionError: No answer, after every safe retry
                (`ecartpay.APITimeoutError` when it timed out).
        """

        return await self._requester.request(
            get_public_checkout._get_kwargs(id=id, lang=lang),
            _parse_get_public_checkout,
            extra_headers,
            timeout,
            credential=None,
        )


class AsyncCheckoutsResourceWithRawResponse:
    """`client.checkouts.with_raw_response`: each method answers a
    `RawResponse`; a list method's, that of its first page (`.parse()` gives the page)."""

    def __init__(self, resource: AsyncCheckoutsResource) -> None:
        raw = AsyncCheckoutsResource(resource._requester.as_raw())
        self.items = AsyncCheckoutsItemsResourceWithRawResponse(resource.items)
        self.create = to_raw_async(raw.create)
        self.retrieve = to_raw_async(raw.retrieve)
        self.update = to_raw_async(raw.update)
        self.retrieve_public = to_raw_async(raw.retrieve_public)
        del raw
