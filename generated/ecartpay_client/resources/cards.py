"""`client.cards`: the front door's resource (and sub-resources), sync and async.

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

from ..api.cards import (
    create_card,
    delete_card,
    get_card,
    list_cards,
)
from ..models.card import Card
from ..models.card_create import CardCreate
from ..models.delete_result import DeleteResult
from ..models.lang import Lang
from ..types import UNSET, Unset


def _parse_create_card(response: httpx.Response) -> Card:
    response_200 = Card.from_dict(response.json())

    return response_200


def _parse_get_card(response: httpx.Response) -> Card:
    response_200 = Card.from_dict(response.json())

    return response_200


def _parse_delete_card(response: httpx.Response) -> DeleteResult:
    response_200 = DeleteResult.from_dict(response.json())

    return response_200


class CardsResource(SyncResource):
    """`client.cards`."""

    @cached_property
    def with_raw_response(self) -> CardsResourceWithRawResponse:
        """The same methods, answering a `RawResponse` (status, headers, `.parse()`)."""
        return CardsResourceWithRawResponse(self)

    def list(
        self,
        *,
        lang: Lang | Unset = UNSET,
        extra_headers: Headers | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> SyncPage[Card]:
        """List the account's stored cards: `GET /api/cards` (list_cards).

        A bare array, oldest first (the account's own cards, not its customers').

        Args:
            lang: Language of the API's messages.
            extra_headers: Headers sent with this request only, on top of the client's.
            timeout: This request's timeout (seconds or an `httpx.Timeout`), instead of
                the client's.

        Returns:
            `SyncPage[Card]`: The stored cards. Iterating it yields every item of every
            page, fetching the next one when needed.

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
            list_cards,
            {
                "lang": lang,
            },
            extra_headers,
            timeout,
        )

    def create(
        self,
        *,
        number: str,
        exp_month: str,
        exp_year: str,
        cvc: str | Unset = UNSET,
        name: str | Unset = UNSET,
        lang: Lang | Unset = UNSET,
        extra_headers: Headers | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> Card:
        """Store a card in the account: `POST /api/cards` (create_card).

        The answer carries the number only encrypted (an opaque string). The reference's
        own example stores a card that expired in 2012 and a number with dashes: both
        are accepted.

        Args:
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
            `Card`: The stored card.

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
                "number": number,
                "exp_month": exp_month,
                "exp_year": exp_year,
                "cvc": cvc,
                "name": name,
            }
        )
        body = CardCreate.from_dict(fields)

        return self._requester.request(
            create_card._get_kwargs(body=body, lang=lang),
            _parse_create_card,
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
    ) -> Card:
        """Get a stored card: `GET /api/cards/{id}` (get_card).

        One card stored in the account, by its id: brand, last digits, expiry and
        holder; its `number` is never the plain card number. 404 when the account has no
        such card.

        Args:
            id: The card's id.
            lang: Language of the API's messages.
            extra_headers: Headers sent with this request only, on top of the client's.
            timeout: This request's timeout (seconds or an `httpx.Timeout`), instead of
                the client's.

        Returns:
            `Card`: The card.

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
            get_card._get_kwargs(id=id, lang=lang),
            _parse_get_card,
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
        """Delete a stored card: `DELETE /api/cards/{id}` (delete_card).

        Its tokens stop working.

        Args:
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
            delete_card._get_kwargs(id=id, lang=lang),
            _parse_delete_card,
            extra_headers,
            timeout,
        )


class CardsResourceWithRawResponse:
    """`client.cards.with_raw_response`: each method answers a
    `RawResponse`; a list method's, that of its first page (`.parse()` gives the page)."""

    def __init__(self, resource: CardsResource) -> None:
        raw = CardsResource(resource._requester.as_raw())
        self.list = to_raw(raw.list)
        self.create = to_raw(raw.create)
        self.retrieve = to_raw(raw.retrieve)
        self.delete = to_raw(raw.delete)
        del raw


class AsyncCardsResource(AsyncResource):
    """`client.cards`."""

    @cached_property
    def with_raw_response(self) -> AsyncCardsResourceWithRawResponse:
        """The same methods, answering a `RawResponse` (status, headers, `.parse()`)."""
        return AsyncCardsResourceWithRawResponse(self)

    def list(
        self,
        *,
        lang: Lang | Unset = UNSET,
        extra_headers: Headers | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> AsyncPage[Card]:
        """List the account's stored cards: `GET /api/cards` (list_cards).

        A bare array, oldest first (the account's own cards, not its customers').

        Args:
            lang: Language of the API's messages.
            extra_headers: Headers sent with this request only, on top of the client's.
            timeout: This request's timeout (seconds or an `httpx.Timeout`), instead of
                the client's.

        Returns:
            `AsyncPage[Card]`: The stored cards. `await` it for the first page; `async
            for` yields every item of every page.

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
            list_cards,
            {
                "lang": lang,
            },
            extra_headers,
            timeout,
        )

    async def create(
        self,
        *,
        number: str,
        exp_month: str,
        exp_year: str,
        cvc: str | Unset = UNSET,
        name: str | Unset = UNSET,
        lang: Lang | Unset = UNSET,
        extra_headers: Headers | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> Card:
        """Store a card in the account: `POST /api/cards` (create_card).

        The answer carries the number only encrypted (an opaque string). The reference's
        own example stores a card that expired in 2012 and a number with dashes: both
        are accepted.

        Args:
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
            `Card`: The stored card.

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
                "number": number,
                "exp_month": exp_month,
                "exp_year": exp_year,
                "cvc": cvc,
                "name": name,
            }
        )
        body = CardCreate.from_dict(fields)

        return await self._requester.request(
            create_card._get_kwargs(body=body, lang=lang),
            _parse_create_card,
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
    ) -> Card:
        """Get a stored card: `GET /api/cards/{id}` (get_card).

        One card stored in the account, by its id: brand, last digits, expiry and
        holder; its `number` is never the plain card number. 404 when the account has no
        such card.

        Args:
            id: The card's id.
            lang: Language of the API's messages.
            extra_headers: Headers sent with this request only, on top of the client's.
            timeout: This request's timeout (seconds or an `httpx.Timeout`), instead of
                the client's.

        Returns:
            `Card`: The card.

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
            get_card._get_kwargs(id=id, lang=lang),
            _parse_get_card,
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
        """Delete a stored card: `DELETE /api/cards/{id}` (delete_card).

        Its tokens stop working.

        Args:
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
            delete_card._get_kwargs(id=id, lang=lang),
            _parse_delete_card,
            extra_headers,
            timeout,
        )


class AsyncCardsResourceWithRawResponse:
    """`client.cards.with_raw_response`: each method answers a
    `RawResponse`; a list method's, that of its first page (`.parse()` gives the page)."""

    def __init__(self, resource: AsyncCardsResource) -> None:
        raw = AsyncCardsResource(resource._requester.as_raw())
        self.list = to_raw_async_page(raw.list)
        self.create = to_raw_async(raw.create)
        self.retrieve = to_raw_async(raw.retrieve)
        self.delete = to_raw_async(raw.delete)
        del raw
