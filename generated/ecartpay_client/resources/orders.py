"""`client.orders`: the front door's resource (and sub-resources), sync and async.

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

from ..api.orders import (
    create_order,
    create_refund,
    get_order,
    get_public_order,
    process_order,
    update_order,
)
from ..models.address_state import AddressState
from ..models.bank_transfer import BankTransfer
from ..models.lang import Lang
from ..models.order import Order
from ..models.order_create import OrderCreate
from ..models.order_create_discounts_item import OrderCreateDiscountsItem
from ..models.order_item_create import OrderItemCreate
from ..models.order_process import OrderProcess
from ..models.order_update import OrderUpdate
from ..models.public_order import PublicOrder
from ..models.refund import Refund
from ..models.refund_create import RefundCreate
from ..models.refund_reason import RefundReason
from ..models.shipping_address import ShippingAddress
from ..models.shipping_item_create import ShippingItemCreate
from ..types import UNSET, Unset


def _parse_create_order(response: httpx.Response) -> Order:
    response_200 = Order.from_dict(response.json())

    return response_200


def _parse_get_order(response: httpx.Response) -> Order:
    response_200 = Order.from_dict(response.json())

    return response_200


def _parse_update_order(response: httpx.Response) -> Order:
    response_200 = Order.from_dict(response.json())

    return response_200


def _parse_create_refund(response: httpx.Response) -> Refund:
    response_200 = Refund.from_dict(response.json())

    return response_200


def _parse_process_order(response: httpx.Response) -> BankTransfer:
    response_200 = BankTransfer.from_dict(response.json())

    return response_200


def _parse_get_public_order(response: httpx.Response) -> PublicOrder:
    response_200 = PublicOrder.from_dict(response.json())

    return response_200


class OrdersResource(SyncResource):
    """`client.orders`."""

    @cached_property
    def with_raw_response(self) -> OrdersResourceWithRawResponse:
        """The same methods, answering a `RawResponse` (status, headers, `.parse()`)."""
        return OrdersResourceWithRawResponse(self)

    def create(
        self,
        *,
        currency: str,
        items: builtins.list[OrderItemCreate | dict[str, Any]],
        customer_id: str | Unset = UNSET,
        email: str | Unset = UNSET,
        phone: str | Unset = UNSET,
        first_name: str | Unset = UNSET,
        last_name: str | Unset = UNSET,
        notify_url: str | Unset = UNSET,
        redirect_url: str | Unset = UNSET,
        shipping_address: ShippingAddress | dict[str, Any] | Unset = UNSET,
        shipping_items: builtins.list[ShippingItemCreate | dict[str, Any]]
        | Unset = UNSET,
        discounts: builtins.list[OrderCreateDiscountsItem | dict[str, Any]]
        | Unset = UNSET,
        reference_id: str | Unset = UNSET,
        token: str | Unset = UNSET,
        lang: Lang | Unset = UNSET,
        extra_headers: Headers | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> Order:
        """Create an order: `POST /api/orders` (create_order).

        Creates an order; answers 200 with `status: created` and a `pay_link` where the
        buyer pays. The buyer is reached by `email` or `phone`, or through the
        `customer_id` of a registered customer (optional: the guide calls registering a
        customer first "not strictly necessary"). An unknown `customer_id` answers 404
        (Assumed, like every unknown id here). With a card `token` (from `POST
        /api/tokens`) the order is charged at once: it answers `paid` (or `in_review`
        when the card needs a manual review). Assumed: an unknown or deleted token's
        card answers 404, a spent token 409, a declined card 402; nothing is stored
        then.

        Args:
            currency: ISO 4217 code in requests (MXN, USD, BRL, CAD, ARS, COP, EUR, PEN,
                JPY, RUB, GBP, CLP, UYU, GTQ, INR, CNY, AUD, ...). A pattern rather than an
                enum, so a currency the vendor adds later is accepted; responses use a plain
                string.
            items: What is sold: at least one line with `name`, `quantity` and `price`.
            customer_id: A registered customer of the account who is buying; optional,
                since `email` or `phone` reach the buyer too (404 when unknown).
            email: The buyer's email; this or `phone` (or a `customer_id`) is how the
                buyer is reached.
            phone: The buyer's phone; this or `email` (or a `customer_id`) is how the
                buyer is reached.
            first_name: The buyer's first name.
            last_name: The buyer's last name.
            notify_url: Where order notifications (webhooks) are sent.
            redirect_url: Where the buyer goes after paying.
            shipping_address: Where an order ships. Every field optional (the reference
                requires none).
            shipping_items: Shipping charges added to the order, each with `name`,
                `amount` and `carrier`.
            discounts: Assumed shape (undocumented); kept as given on the order.
            reference_id: The merchant's own reference for this order.
            token: A card token (`ca_...`) from `POST /api/tokens`, to charge at once.
                The reference's default is the empty string: no card.
            lang: Language of the API's messages.
            extra_headers: Headers sent with this request only, on top of the client's.
            timeout: This request's timeout (seconds or an `httpx.Timeout`), instead of
                the client's.

        Returns:
            `Order`: The created order.

        Raises:
            ecartpay.BadRequestError: 400: The request was refused (invalid body, query,
                cookie, or a business rule such as a duplicate customer); `message` says
                why.
            ecartpay.AuthenticationError: 401: Missing, malformed, wrong, expired or
                revoked credentials. Assumed for the token endpoint (undocumented there).
            ecartpay.PaymentRequiredError: 402: Assumed (the vendor documents no
                status): the card was declined. Nothing was stored and the card token stays
                unspent.
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
                "currency": currency,
                "items": items,
                "customer_id": customer_id,
                "email": email,
                "phone": phone,
                "first_name": first_name,
                "last_name": last_name,
                "notify_url": notify_url,
                "redirect_url": redirect_url,
                "shipping_address": shipping_address,
                "shipping_items": shipping_items,
                "discounts": discounts,
                "reference_id": reference_id,
                "token": token,
            }
        )
        body = OrderCreate.from_dict(fields)

        return self._requester.request(
            create_order._get_kwargs(body=body, lang=lang),
            _parse_create_order,
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
    ) -> Order:
        """Get an order: `GET /api/orders/{id}` (get_order).

        One order by its id: its items, totals, buyer and payment `status`, which is how
        a server learns whether the order was paid. Another account's id, or an unknown
        one, is a 404.

        Args:
            id: The order's id.
            lang: Language of the API's messages.
            extra_headers: Headers sent with this request only, on top of the client's.
            timeout: This request's timeout (seconds or an `httpx.Timeout`), instead of
                the client's.

        Returns:
            `Order`: The order.

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
            get_order._get_kwargs(id=id, lang=lang),
            _parse_get_order,
            extra_headers,
            timeout,
        )

    def update(
        self,
        id: str,
        *,
        shipping_address: ShippingAddress | dict[str, Any] | Unset = UNSET,
        first_name: str | Unset = UNSET,
        last_name: str | Unset = UNSET,
        address1: str | Unset = UNSET,
        address2: str | Unset = UNSET,
        city: str | Unset = UNSET,
        postal_code: str | Unset = UNSET,
        reference: str | Unset = UNSET,
        state: AddressState | dict[str, Any] | Unset = UNSET,
        lang: Lang | Unset = UNSET,
        extra_headers: Headers | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> Order:
        """Update an order's shipping address: `PUT /api/orders/{id}` (update_order).

        The reference names the path parameter `order_id`; it is `id` here because `GET
        /api/orders/{id}` shares the path (templates differing only by name clash). The
        reference's export nests the body oddly: `shipping_address` holds the country,
        while `state`, `address1`, `address2`, `city`, `first_name`, `last_name`,
        `postal_code` and `reference` sit beside it. Both placements are accepted; the
        loose fields update the shipping address. Assumed: any status may be updated.

        Args:
            id: The order's id.
            shipping_address: Where an order ships. Every field optional (the reference
                requires none).
            first_name: The first name on the delivery address.
            last_name: The last name on the delivery address.
            address1: Street and number of the delivery address.
            address2: Second line of the address (neighbourhood, suite).
            city: City of the delivery address.
            postal_code: Postal code of the delivery address, as text (leading zeros
                count).
            reference: A landmark or hint for the courier.
            state: State of the delivery address, by its code.
            lang: Language of the API's messages.
            extra_headers: Headers sent with this request only, on top of the client's.
            timeout: This request's timeout (seconds or an `httpx.Timeout`), instead of
                the client's.

        Returns:
            `Order`: The order after the change.

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
                "shipping_address": shipping_address,
                "first_name": first_name,
                "last_name": last_name,
                "address1": address1,
                "address2": address2,
                "city": city,
                "postal_code": postal_code,
                "reference": reference,
                "state": state,
            }
        )
        body = OrderUpdate.from_dict(fields)

        return self._requester.request(
            update_order._get_kwargs(id=id, body=body, lang=lang),
            _parse_update_order,
            extra_headers,
            timeout,
        )

    def refund(
        self,
        order_id: str,
        *,
        amount: float,
        name: RefundReason | Unset = UNSET,
        reason: RefundReason | Unset = UNSET,
        lang: Lang | Unset = UNSET,
        extra_headers: Headers | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> Refund:
        """Refund a paid order, in part or in full: `POST /api/orders/{order_id}/refund` (create_refund).

        The amount decides: less than what is left gives `partially_refunded`, exactly
        what is left gives `refunded`; each refund records a transaction. The reason
        travels as `name` (the reference, which requires it) or `reason` (the refunds
        guide): both are accepted and neither is required here (the more permissive
        reading). Assumed: an order that is not paid, or an amount over what is left, is
        refused with 409 and changes nothing; the answer is the refund (the vendor
        documents no body).

        Balance rule (Assumed, the one payouts and withdrawals follow): a refund is
        money leaving the account, so it never takes the available balance in the
        order's currency below zero. A refund larger than that balance (e.g. after the
        payment was paid out) is refused with 409 and changes nothing. An `amount` with
        more decimals than the currency has (`Money`) is a 400.

        Args:
            order_id: Which order to refund (its `id`).
            amount: At least one cent; no more decimals than the order's currency has.
            name: Why the money goes back.
            reason: Why the money goes back.
            lang: Language of the API's messages.
            extra_headers: Headers sent with this request only, on top of the client's.
            timeout: This request's timeout (seconds or an `httpx.Timeout`), instead of
                the client's.

        Returns:
            `Refund`: The refund, with the order's status after it.

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
                "name": name,
                "reason": reason,
            }
        )
        body = RefundCreate.from_dict(fields)

        return self._requester.request(
            create_refund._get_kwargs(order_id=order_id, body=body, lang=lang),
            _parse_create_refund,
            extra_headers,
            timeout,
        )

    def process(
        self,
        id: str,
        *,
        method_id: str | Unset = "66c397dafd263a538b8312a1",
        lang: Lang | Unset = UNSET,
        extra_headers: Headers | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> BankTransfer:
        """Set an order up for a bank transfer: `POST /api/orders/{id}/process` (process_order).

        Assigns the order a unique CLABE the buyer transfers to. The reference documents
        no Authorization header (the payment page calls it), so no token is needed; one
        is ignored. `method_id` is the payment gateway: `66c397dafd263a538b8312a1` (the
        default) is Ecart Pay's bank transfer. Assumed: calling it again answers the
        same CLABE; a paid or refunded order is refused with 409; an unknown method 404.

        Args:
            id: The order's id.
            method_id: The payment gateway; `66c397dafd263a538b8312a1` is the bank
                transfer.
            lang: Language of the API's messages.
            extra_headers: Headers sent with this request only, on top of the client's.
            timeout: This request's timeout (seconds or an `httpx.Timeout`), instead of
                the client's.

        Returns:
            `BankTransfer`: Where and how much to transfer.

        Raises:
            ecartpay.BadRequestError: 400: The request was refused (invalid body, query,
                cookie, or a business rule such as a duplicate customer); `message` says
                why.
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
                "method_id": method_id,
            }
        )
        body = OrderProcess.from_dict(fields) if fields else UNSET

        return self._requester.request(
            process_order._get_kwargs(id=id, body=body, lang=lang),
            _parse_process_order,
            extra_headers,
            timeout,
            credential=None,
        )

    def retrieve_public(
        self,
        id: str,
        *,
        lang: Lang | Unset = UNSET,
        extra_headers: Headers | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> PublicOrder:
        """Get an order's public view: `GET /api/orders/public/{id}` (get_public_order).

        What the payment page shows, without a token: no buyer contact data, no account
        internals; the CLABE once `processOrder` assigned one. The reference also lists
        this path as `/api/orders/public/{order_id}` ("Get Order Invoice Creation", with
        a token): the same operation here.

        Args:
            id: The order's id.
            lang: Language of the API's messages.
            extra_headers: Headers sent with this request only, on top of the client's.
            timeout: This request's timeout (seconds or an `httpx.Timeout`), instead of
                the client's.

        Returns:
            `PublicOrder`: The public view.

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
            get_public_order._get_kwargs(id=id, lang=lang),
            _parse_get_public_order,
            extra_headers,
            timeout,
            credential=None,
        )


class OrdersResourceWithRawResponse:
    """`client.orders.with_raw_response`: each method answers a
    `RawResponse`; a list method's, that of its first page (`.parse()` gives the page)."""

    def __init__(self, resource: OrdersResource) -> None:
        raw = OrdersResource(resource._requester.as_raw())
        self.create = to_raw(raw.create)
        self.retrieve = to_raw(raw.retrieve)
        self.update = to_raw(raw.update)
        self.refund = to_raw(raw.refund)
        self.process = to_raw(raw.process)
        self.retrieve_public = to_raw(raw.retrieve_public)
        del raw


class AsyncOrdersResource(AsyncResource):
    """`client.orders`."""

    @cached_property
    def with_raw_response(self) -> AsyncOrdersResourceWithRawResponse:
        """The same methods, answering a `RawResponse` (status, headers, `.parse()`)."""
        return AsyncOrdersResourceWithRawResponse(self)

    async def create(
        self,
        *,
        currency: str,
        items: builtins.list[OrderItemCreate | dict[str, Any]],
        customer_id: str | Unset = UNSET,
        email: str | Unset = UNSET,
        phone: str | Unset = UNSET,
        first_name: str | Unset = UNSET,
        last_name: str | Unset = UNSET,
        notify_url: str | Unset = UNSET,
        redirect_url: str | Unset = UNSET,
        shipping_address: ShippingAddress | dict[str, Any] | Unset = UNSET,
        shipping_items: builtins.list[ShippingItemCreate | dict[str, Any]]
        | Unset = UNSET,
        discounts: builtins.list[OrderCreateDiscountsItem | dict[str, Any]]
        | Unset = UNSET,
        reference_id: str | Unset = UNSET,
        token: str | Unset = UNSET,
        lang: Lang | Unset = UNSET,
        extra_headers: Headers | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> Order:
        """Create an order: `POST /api/orders` (create_order).

        Creates an order; answers 200 with `status: created` and a `pay_link` where the
        buyer pays. The buyer is reached by `email` or `phone`, or through the
        `customer_id` of a registered customer (optional: the guide calls registering a
        customer first "not strictly necessary"). An unknown `customer_id` answers 404
        (Assumed, like every unknown id here). With a card `token` (from `POST
        /api/tokens`) the order is charged at once: it answers `paid` (or `in_review`
        when the card needs a manual review). Assumed: an unknown or deleted token's
        card answers 404, a spent token 409, a declined card 402; nothing is stored
        then.

        Args:
            currency: ISO 4217 code in requests (MXN, USD, BRL, CAD, ARS, COP, EUR, PEN,
                JPY, RUB, GBP, CLP, UYU, GTQ, INR, CNY, AUD, ...). A pattern rather than an
                enum, so a currency the vendor adds later is accepted; responses use a plain
                string.
            items: What is sold: at least one line with `name`, `quantity` and `price`.
            customer_id: A registered customer of the account who is buying; optional,
                since `email` or `phone` reach the buyer too (404 when unknown).
            email: The buyer's email; this or `phone` (or a `customer_id`) is how the
                buyer is reached.
            phone: The buyer's phone; this or `email` (or a `customer_id`) is how the
                buyer is reached.
            first_name: The buyer's first name.
            last_name: The buyer's last name.
            notify_url: Where order notifications (webhooks) are sent.
            redirect_url: Where the buyer goes after paying.
            shipping_address: Where an order ships. Every field optional (the reference
                requires none).
            shipping_items: Shipping charges added to the order, each with `name`,
                `amount` and `carrier`.
            discounts: Assumed shape (undocumented); kept as given on the order.
            reference_id: The merchant's own reference for this order.
            token: A card token (`ca_...`) from `POST /api/tokens`, to charge at once.
                The reference's default is the empty string: no card.
            lang: Language of the API's messages.
            extra_headers: Headers sent with this request only, on top of the client's.
            timeout: This request's timeout (seconds or an `httpx.Timeout`), instead of
                the client's.

        Returns:
            `Order`: The created order.

        Raises:
            ecartpay.BadRequestError: 400: The request was refused (invalid body, query,
                cookie, or a business rule such as a duplicate customer); `message` says
                why.
            ecartpay.AuthenticationError: 401: Missing, malformed, wrong, expired or
                revoked credentials. Assumed for the token endpoint (undocumented there).
            ecartpay.PaymentRequiredError: 402: Assumed (the vendor documents no
                status): the card was declined. Nothing was stored and the card token stays
                unspent.
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
                "currency": currency,
                "items": items,
                "customer_id": customer_id,
                "email": email,
                "phone": phone,
                "first_name": first_name,
                "last_name": last_name,
                "notify_url": notify_url,
                "redirect_url": redirect_url,
                "shipping_address": shipping_address,
                "shipping_items": shipping_items,
                "discounts": discounts,
                "reference_id": reference_id,
                "token": token,
            }
        )
        body = OrderCreate.from_dict(fields)

        return await self._requester.request(
            create_order._get_kwargs(body=body, lang=lang),
            _parse_create_order,
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
    ) -> Order:
        """Get an order: `GET /api/orders/{id}` (get_order).

        One order by its id: its items, totals, buyer and payment `status`, which is how
        a server learns whether the order was paid. Another account's id, or an unknown
        one, is a 404.

        Args:
            id: The order's id.
            lang: Language of the API's messages.
            extra_headers: Headers sent with this request only, on top of the client's.
            timeout: This request's timeout (seconds or an `httpx.Timeout`), instead of
                the client's.

        Returns:
            `Order`: The order.

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
            get_order._get_kwargs(id=id, lang=lang),
            _parse_get_order,
            extra_headers,
            timeout,
        )

    async def update(
        self,
        id: str,
        *,
        shipping_address: ShippingAddress | dict[str, Any] | Unset = UNSET,
        first_name: str | Unset = UNSET,
        last_name: str | Unset = UNSET,
        address1: str | Unset = UNSET,
        address2: str | Unset = UNSET,
        city: str | Unset = UNSET,
        postal_code: str | Unset = UNSET,
        reference: str | Unset = UNSET,
        state: AddressState | dict[str, Any] | Unset = UNSET,
        lang: Lang | Unset = UNSET,
        extra_headers: Headers | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> Order:
        """Update an order's shipping address: `PUT /api/orders/{id}` (update_order).

        The reference names the path parameter `order_id`; it is `id` here because `GET
        /api/orders/{id}` shares the path (templates differing only by name clash). The
        reference's export nests the body oddly: `shipping_address` holds the country,
        while `state`, `address1`, `address2`, `city`, `first_name`, `last_name`,
        `postal_code` and `reference` sit beside it. Both placements are accepted; the
        loose fields update the shipping address. Assumed: any status may be updated.

        Args:
            id: The order's id.
            shipping_address: Where an order ships. Every field optional (the reference
                requires none).
            first_name: The first name on the delivery address.
            last_name: The last name on the delivery address.
            address1: Street and number of the delivery address.
            address2: Second line of the address (neighbourhood, suite).
            city: City of the delivery address.
            postal_code: Postal code of the delivery address, as text (leading zeros
                count).
            reference: A landmark or hint for the courier.
            state: State of the delivery address, by its code.
            lang: Language of the API's messages.
            extra_headers: Headers sent with this request only, on top of the client's.
            timeout: This request's timeout (seconds or an `httpx.Timeout`), instead of
                the client's.

        Returns:
            `Order`: The order after the change.

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
                "shipping_address": shipping_address,
                "first_name": first_name,
                "last_name": last_name,
                "address1": address1,
                "address2": address2,
                "city": city,
                "postal_code": postal_code,
                "reference": reference,
                "state": state,
            }
        )
        body = OrderUpdate.from_dict(fields)

        return await self._requester.request(
            update_order._get_kwargs(id=id, body=body, lang=lang),
            _parse_update_order,
            extra_headers,
            timeout,
        )

    async def refund(
        self,
        order_id: str,
        *,
        amount: float,
        name: RefundReason | Unset = UNSET,
        reason: RefundReason | Unset = UNSET,
        lang: Lang | Unset = UNSET,
        extra_headers: Headers | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> Refund:
        """Refund a paid order, in part or in full: `POST /api/orders/{order_id}/refund` (create_refund).

        The amount decides: less than what is left gives `partially_refunded`, exactly
        what is left gives `refunded`; each refund records a transaction. The reason
        travels as `name` (the reference, which requires it) or `reason` (the refunds
        guide): both are accepted and neither is required here (the more permissive
        reading). Assumed: an order that is not paid, or an amount over what is left, is
        refused with 409 and changes nothing; the answer is the refund (the vendor
        documents no body).

        Balance rule (Assumed, the one payouts and withdrawals follow): a refund is
        money leaving the account, so it never takes the available balance in the
        order's currency below zero. A refund larger than that balance (e.g. after the
        payment was paid out) is refused with 409 and changes nothing. An `amount` with
        more decimals than the currency has (`Money`) is a 400.

        Args:
            order_id: Which order to refund (its `id`).
            amount: At least one cent; no more decimals than the order's currency has.
            name: Why the money goes back.
            reason: Why the money goes back.
            lang: Language of the API's messages.
            extra_headers: Headers sent with this request only, on top of the client's.
            timeout: This request's timeout (seconds or an `httpx.Timeout`), instead of
                the client's.

        Returns:
            `Refund`: The refund, with the order's status after it.

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
                "name": name,
                "reason": reason,
            }
        )
        body = RefundCreate.from_dict(fields)

        return await self._requester.request(
            create_refund._get_kwargs(order_id=order_id, body=body, lang=lang),
            _parse_create_refund,
            extra_headers,
            timeout,
        )

    async def process(
        self,
        id: str,
        *,
        method_id: str | Unset = "66c397dafd263a538b8312a1",
        lang: Lang | Unset = UNSET,
        extra_headers: Headers | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> BankTransfer:
        """Set an order up for a bank transfer: `POST /api/orders/{id}/process` (process_order).

        Assigns the order a unique CLABE the buyer transfers to. The reference documents
        no Authorization header (the payment page calls it), so no token is needed; one
        is ignored. `method_id` is the payment gateway: `66c397dafd263a538b8312a1` (the
        default) is Ecart Pay's bank transfer. Assumed: calling it again answers the
        same CLABE; a paid or refunded order is refused with 409; an unknown method 404.

        Args:
            id: The order's id.
            method_id: The payment gateway; `66c397dafd263a538b8312a1` is the bank
                transfer.
            lang: Language of the API's messages.
            extra_headers: Headers sent with this request only, on top of the client's.
            timeout: This request's timeout (seconds or an `httpx.Timeout`), instead of
                the client's.

        Returns:
            `BankTransfer`: Where and how much to transfer.

        Raises:
            ecartpay.BadRequestError: 400: The request was refused (invalid body, query,
                cookie, or a business rule such as a duplicate customer); `message` says
                why.
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
                "method_id": method_id,
            }
        )
        body = OrderProcess.from_dict(fields) if fields else UNSET

        return await self._requester.request(
            process_order._get_kwargs(id=id, body=body, lang=lang),
            _parse_process_order,
            extra_headers,
            timeout,
            credential=None,
        )

    async def retrieve_public(
        self,
        id: str,
        *,
        lang: Lang | Unset = UNSET,
        extra_headers: Headers | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> PublicOrder:
        """Get an order's public view: `GET /api/orders/public/{id}` (get_public_order).

        What the payment page shows, without a token: no buyer contact data, no account
        internals; the CLABE once `processOrder` assigned one. The reference also lists
        this path as `/api/orders/public/{order_id}` ("Get Order Invoice Creation", with
        a token): the same operation here.

        Args:
            id: The order's id.
            lang: Language of the API's messages.
            extra_headers: Headers sent with this request only, on top of the client's.
            timeout: This request's timeout (seconds or an `httpx.Timeout`), instead of
                the client's.

        Returns:
            `PublicOrder`: The public view.

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
            get_public_order._get_kwargs(id=id, lang=lang),
            _parse_get_public_order,
            extra_headers,
            timeout,
            credential=None,
        )


class AsyncOrdersResourceWithRawResponse:
    """`client.orders.with_raw_response`: each method answers a
    `RawResponse`; a list method's, that of its first page (`.parse()` gives the page)."""

    def __init__(self, resource: AsyncOrdersResource) -> None:
        raw = AsyncOrdersResource(resource._requester.as_raw())
        self.create = to_raw_async(raw.create)
        self.retrieve = to_raw_async(raw.retrieve)
        self.update = to_raw_async(raw.update)
        self.refund = to_raw_async(raw.refund)
        self.process = to_raw_async(raw.process)
        self.retrieve_public = to_raw_async(raw.retrieve_public)
        del raw
