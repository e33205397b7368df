"""`client.card_tokens`: the front door's resource (and sub-resources), sync and async.

Generated from openapi.yaml by `make generate`; never edit by hand.
"""

from __future__ import annotations

from functools import cached_property

import httpx
from ecartpay._base import NOT_GIVEN, Headers, NotGiven, Timeout, payload
from ecartpay._resource import (
    AsyncResource,
    SyncResource,
    to_raw,
    to_raw_async,
)

from ..api.card_tokens import (
    create_card_token,
)
from ..models.card_token import CardToken
from ..models.card_token_create import CardTokenCreate
from ..models.installments import Installments
from ..models.lang import Lang
from ..types import UNSET, Unset


def _parse_create_card_token(response: httpx.Response) -> CardToken:
    response_200 = CardToken.from_dict(response.json())

    return response_200


class CardTokensResource(SyncResource):
    """`client.card_tokens`."""

    @cached_property
    def with_raw_response(self) -> CardTokensResourceWithRawResponse:
        """The same methods, answering a `RawResponse` (status, headers, `.parse()`)."""
        return CardTokensResourceWithRawResponse(self)

    def create(
        self,
        *,
        id: str,
        cvc: str | Unset = UNSET,
        installments: Installments | Unset = UNSET,
        fixed_installments: bool | Unset = UNSET,
        lang: Lang | Unset = UNSET,
        extra_headers: Headers | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> CardToken:
        """Tokenize a card: `POST /api/tokens` (create_card_token).

        Turns a card `id` (a customer's card or a stored card) into a single-use
        `ca_...` token to pass as `token` to `POST /api/orders`, which charges it at
        once. The reference requires only `id`; `cvc` is optional there. The chosen
        installment plan travels with the token. An unknown card answers 404.

        Args:
            id: A 24-hex identifier (a MongoDB ObjectId).
            cvc: The card's 3 or 4 security digits; optional in the vendor's reference.
            installments: Monthly installments the reference allows.
            fixed_installments: Fixed-rate installments instead of interest-free ones.
            lang: Language of the API's messages.
            extra_headers: Headers sent with this request only, on top of the client's.
            timeout: This request's timeout (seconds or an `httpx.Timeout`), instead of
                the client's.

        Returns:
            `CardToken`: A fresh card token.

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
                "id": id,
                "cvc": cvc,
                "installments": installments,
                "fixed_installments": fixed_installments,
            }
        )
        body = CardTokenCreate.from_dict(fields)

        return self._requester.request(
            create_card_token._get_kwargs(body=body, lang=lang),
            _parse_create_card_token,
            extra_headers,
            timeout,
        )


class CardTokensResourceWithRawResponse:
    """`client.card_tokens.with_raw_response`: each method answers a
    `RawResponse`; a list method's, that of its first page (`.parse()` gives the page)."""

    def __init__(self, resource: CardTokensResource) -> None:
        raw = CardTokensResource(resource._requester.as_raw())
        self.create = to_raw(raw.create)
        del raw


class AsyncCardTokensResource(AsyncResource):
    """`client.card_tokens`."""

    @cached_property
    def with_raw_response(self) -> AsyncCardTokensResourceWithRawResponse:
        """The same methods, answering a `RawResponse` (status, headers, `.parse()`)."""
        return AsyncCardTokensResourceWithRawResponse(self)

    async def create(
        self,
        *,
        id: str,
        cvc: str | Unset = UNSET,
        installments: Installments | Unset = UNSET,
        fixed_installments: bool | Unset = UNSET,
        lang: Lang | Unset = UNSET,
        extra_headers: Headers | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> CardToken:
        """Tokenize a card: `POST /api/tokens` (create_card_token).

        Turns a card `id` (a customer's card or a stored card) into a single-use
        `ca_...` token to pass as `token` to `POST /api/orders`, which charges it at
        once. The reference requires only `id`; `cvc` is optional there. The chosen
        installment plan travels with the token. An unknown card answers 404.

        Args:
            id: A 24-hex identifier (a MongoDB ObjectId).
            cvc: The card's 3 or 4 security digits; optional in the vendor's reference.
            installments: Monthly installments the reference allows.
            fixed_installments: Fixed-rate installments instead of interest-free ones.
            lang: Language of the API's messages.
            extra_headers: Headers sent with this request only, on top of the client's.
            timeout: This request's timeout (seconds or an `httpx.Timeout`), instead of
                the client's.

        Returns:
            `CardToken`: A fresh card token.

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
                "id": id,
                "cvc": cvc,
                "installments": installments,
                "fixed_installments": fixed_installments,
            }
        )
        body = CardTokenCreate.from_dict(fields)

        return await self._requester.request(
            create_card_token._get_kwargs(body=body, lang=lang),
            _parse_create_card_token,
            extra_headers,
            timeout,
        )


class AsyncCardTokensResourceWithRawResponse:
    """`client.card_tokens.with_raw_response`: each method answers a
    `RawResponse`; a list method's, that of its first page (`.parse()` gives the page)."""

    def __init__(self, resource: AsyncCardTokensResource) -> None:
        raw = AsyncCardTokensResource(resource._requester.as_raw())
        self.create = to_raw_async(raw.create)
        del raw
