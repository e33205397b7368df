"""`client.gateways`: the front door's resource (and sub-resources), sync and async.

Generated from openapi.yaml by `make generate`; never edit by hand.
"""

from __future__ import annotations

import builtins
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

from ..api.gateways import (
    create_gateway_keys,
    get_gateway,
    list_gateways,
    update_account_gateway,
    update_gateway,
    update_gateway_method,
)
from ..models.account_gateway import AccountGateway
from ..models.gateway import Gateway
from ..models.gateway_keys_create import GatewayKeysCreate
from ..models.gateway_method import GatewayMethod
from ..models.gateway_method_update import GatewayMethodUpdate
from ..models.gateway_update import GatewayUpdate
from ..models.lang import Lang
from ..types import UNSET, Unset


def _parse_update_gateway_method(response: httpx.Response) -> GatewayMethod:
    response_200 = GatewayMethod.from_dict(response.json())

    return response_200


def _parse_create_gateway_keys(response: httpx.Response) -> AccountGateway:
    response_200 = AccountGateway.from_dict(response.json())

    return response_200


def _parse_get_gateway(response: httpx.Response) -> Gateway:
    response_200 = Gateway.from_dict(response.json())

    return response_200


def _parse_update_gateway(response: httpx.Response) -> Gateway:
    response_200 = Gateway.from_dict(response.json())

    return response_200


def _parse_update_account_gateway(response: httpx.Response) -> AccountGateway:
    response_200 = AccountGateway.from_dict(response.json())

    return response_200


class GatewaysMethodsResource(SyncResource):
    """`client.gateways.methods`."""

    @cached_property
    def with_raw_response(self) -> GatewaysMethodsResourceWithRawResponse:
        """The same methods, answering a `RawResponse` (status, headers, `.parse()`)."""
        return GatewaysMethodsResourceWithRawResponse(self)

    def update(
        self,
        gateway_id: str,
        id: str,
        *,
        active: bool | Unset = UNSET,
        title: str | Unset = UNSET,
        lang: Lang | Unset = UNSET,
        extra_headers: Headers | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> GatewayMethod:
        """Update a gateway's payment method: `PUT /api/gateways/{gateway_id}/methods/{id}` (update_gateway_method).

        Turns one method of a gateway on or off, or renames it (recorded).

        Args:
            gateway_id: The gateway's id.
            id: The method's id.
            active: `true` to offer this payment method, `false` to hide it.
            title: The method's display title (`Cards` in the vendor's example).
            lang: Language of the API's messages.
            extra_headers: Headers sent with this request only, on top of the client's.
            timeout: This request's timeout (seconds or an `httpx.Timeout`), instead of
                the client's.

        Returns:
            `GatewayMethod`: The updated method.

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
                "active": active,
                "title": title,
            }
        )
        body = GatewayMethodUpdate.from_dict(fields)

        return self._requester.request(
            update_gateway_method._get_kwargs(
                gateway_id=gateway_id, id=id, body=body, lang=lang
            ),
            _parse_update_gateway_method,
            extra_headers,
            timeout,
        )


class GatewaysMethodsResourceWithRawResponse:
    """`client.gateways.methods.with_raw_response`: each method answers a
    `RawResponse`; a list method's, that of its first page (`.parse()` gives the page)."""

    def __init__(self, resource: GatewaysMethodsResource) -> None:
        raw = GatewaysMethodsResource(resource._requester.as_raw())
        self.update = to_raw(raw.update)
        del raw


class GatewaysKeysResource(SyncResource):
    """`client.gateways.keys`."""

    @cached_property
    def with_raw_response(self) -> GatewaysKeysResourceWithRawResponse:
        """The same methods, answering a `RawResponse` (status, headers, `.parse()`)."""
        return GatewaysKeysResourceWithRawResponse(self)

    def create(
        self,
        gateway_id: str,
        *,
        public_key: str,
        private_key: str,
        currency: builtins.list[str] | Unset = UNSET,
        lang: Lang | Unset = UNSET,
        extra_headers: Headers | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> AccountGateway:
        """Store the account's keys for a gateway: `POST /api/accounts/gateways/{gateway_id}/keys` (create_gateway_keys).

        Connects the account to a gateway with the merchant's own keys for it. Assumed
        (no recorded answer): answers the stored configuration, which never carries the
        private key back; an unknown gateway is a 404; `public_key` and `private_key`
        are required.

        Args:
            gateway_id: The gateway's id.
            public_key: The merchant's own public key at that gateway (not an Ecart Pay
                key).
            private_key: The merchant's own private key at that gateway; the answer
                never carries it back.
            currency: The currencies these keys are used for.
            lang: Language of the API's messages.
            extra_headers: Headers sent with this request only, on top of the client's.
            timeout: This request's timeout (seconds or an `httpx.Timeout`), instead of
                the client's.

        Returns:
            `AccountGateway`: The account's configuration for the gateway.

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
                "public_key": public_key,
                "private_key": private_key,
                "currency": currency,
            }
        )
        body = GatewayKeysCreate.from_dict(fields)

        return self._requester.request(
            create_gateway_keys._get_kwargs(
                gateway_id=gateway_id, body=body, lang=lang
            ),
            _parse_create_gateway_keys,
            extra_headers,
            timeout,
        )


class GatewaysKeysResourceWithRawResponse:
    """`client.gateways.keys.with_raw_response`: each method answers a
    `RawResponse`; a list method's, that of its first page (`.parse()` gives the page)."""

    def __init__(self, resource: GatewaysKeysResource) -> None:
        raw = GatewaysKeysResource(resource._requester.as_raw())
        self.create = to_raw(raw.create)
        del raw


class GatewaysResource(SyncResource):
    """`client.gateways`."""

    @cached_property
    def methods(self) -> GatewaysMethodsResource:
        return GatewaysMethodsResource(self._requester)

    @cached_property
    def keys(self) -> GatewaysKeysResource:
        return GatewaysKeysResource(self._requester)

    @cached_property
    def with_raw_response(self) -> GatewaysResourceWithRawResponse:
        """The same methods, answering a `RawResponse` (status, headers, `.parse()`)."""
        return GatewaysResourceWithRawResponse(self)

    def list(
        self,
        *,
        lang: Lang | Unset = UNSET,
        extra_headers: Headers | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> SyncPage[Gateway]:
        """List payment gateways: `GET /api/gateways` (list_gateways).

        The gateways available to the account, with their methods (recorded).

        Args:
            lang: Language of the API's messages.
            extra_headers: Headers sent with this request only, on top of the client's.
            timeout: This request's timeout (seconds or an `httpx.Timeout`), instead of
                the client's.

        Returns:
            `SyncPage[Gateway]`: The gateways. Iterating it yields every item of every
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
            list_gateways,
            {
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
    ) -> Gateway:
        """Get a payment gateway: `GET /api/gateways/{id}` (get_gateway).

        One gateway with its methods and the account's keys for it (recorded).

        Args:
            id: The gateway's id.
            lang: Language of the API's messages.
            extra_headers: Headers sent with this request only, on top of the client's.
            timeout: This request's timeout (seconds or an `httpx.Timeout`), instead of
                the client's.

        Returns:
            `Gateway`: The gateway.

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
            get_gateway._get_kwargs(id=id, lang=lang),
            _parse_get_gateway,
            extra_headers,
            timeout,
        )

    def update(
        self,
        id: str,
        *,
        active: bool,
        lang: Lang | Unset = UNSET,
        extra_headers: Headers | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> Gateway:
        """Turn a payment gateway on or off: `PUT /api/gateways/{id}` (update_gateway).

        Switches one of the account's payment gateways on or off with `active`; the
        answer is the gateway as it now stands. A gateway id the account does not have
        is a 404.

        Args:
            id: The gateway's id.
            active: `true` switches the gateway on for the account, `false` off.
            lang: Language of the API's messages.
            extra_headers: Headers sent with this request only, on top of the client's.
            timeout: This request's timeout (seconds or an `httpx.Timeout`), instead of
                the client's.

        Returns:
            `Gateway`: The updated gateway.

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
                "active": active,
            }
        )
        body = GatewayUpdate.from_dict(fields)

        return self._requester.request(
            update_gateway._get_kwargs(id=id, body=body, lang=lang),
            _parse_update_gateway,
            extra_headers,
            timeout,
        )

    def update_account(
        self,
        id: str,
        *,
        active: bool,
        lang: Lang | Unset = UNSET,
        extra_headers: Headers | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> AccountGateway:
        """Turn the account's gateway configuration on or off: `PUT /api/accounts/gateways/{id}` (update_account_gateway).

        Assumed (no recorded answer): `id` is a configuration from `createGatewayKeys`;
        answers it updated.

        Args:
            id: The configuration's id.
            active: `true` switches the gateway on for the account, `false` off.
            lang: Language of the API's messages.
            extra_headers: Headers sent with this request only, on top of the client's.
            timeout: This request's timeout (seconds or an `httpx.Timeout`), instead of
                the client's.

        Returns:
            `AccountGateway`: The updated configuration.

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
                "active": active,
            }
        )
        body = GatewayUpdate.from_dict(fields)

        return self._requester.request(
            update_account_gateway._get_kwargs(id=id, body=body, lang=lang),
            _parse_update_account_gateway,
            extra_headers,
            timeout,
        )


class GatewaysResourceWithRawResponse:
    """`client.gateways.with_raw_response`: each method answers a
    `RawResponse`; a list method's, that of its first page (`.parse()` gives the page)."""

    def __init__(self, resource: GatewaysResource) -> None:
        raw = GatewaysResource(resource._requester.as_raw())
        self.methods = GatewaysMethodsResourceWithRawResponse(resource.methods)
        self.keys = GatewaysKeysResourceWithRawResponse(resource.keys)
        self.list = to_raw(raw.list)
        self.retrieve = to_raw(raw.retrieve)
        self.update = to_raw(raw.update)
        self.update_account = to_raw(raw.update_account)
        del raw


class AsyncGatewaysMethodsResource(AsyncResource):
    """`client.gateways.methods`."""

    @cached_property
    def with_raw_response(self) -> AsyncGatewaysMethodsResourceWithRawResponse:
        """The same methods, answering a `RawResponse` (status, headers, `.parse()`)."""
        return AsyncGatewaysMethodsResourceWithRawResponse(self)

    async def update(
        self,
        gateway_id: str,
        id: str,
        *,
        active: bool | Unset = UNSET,
        title: str | Unset = UNSET,
        lang: Lang | Unset = UNSET,
        extra_headers: Headers | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> GatewayMethod:
        """Update a gateway's payment method: `PUT /api/gateways/{gateway_id}/methods/{id}` (update_gateway_method).

        Turns one method of a gateway on or off, or renames it (recorded).

        Args:
            gateway_id: The gateway's id.
            id: The method's id.
            active: `true` to offer this payment method, `false` to hide it.
            title: The method's display title (`Cards` in the vendor's example).
            lang: Language of the API's messages.
            extra_headers: Headers sent with this request only, on top of the client's.
            timeout: This request's timeout (seconds or an `httpx.Timeout`), instead of
                the client's.

        Returns:
            `GatewayMethod`: The updated method.

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
                "active": active,
                "title": title,
            }
        )
        body = GatewayMethodUpdate.from_dict(fields)

        return await self._requester.request(
            update_gateway_method._get_kwargs(
                gateway_id=gateway_id, id=id, body=body, lang=lang
            ),
            _parse_update_gateway_method,
            extra_headers,
            timeout,
        )


class AsyncGatewaysMethodsResourceWithRawResponse:
    """`client.gateways.methods.with_raw_response`: each method answers a
    `RawResponse`; a list method's, that of its first page (`.parse()` gives the page)."""

    def __init__(self, resource: AsyncGatewaysMethodsResource) -> None:
        raw = AsyncGatewaysMethodsResource(resource._requester.as_raw())
        self.update = to_raw_async(raw.update)
        del raw


class AsyncGatewaysKeysResource(AsyncResource):
    """`client.gateways.keys`."""

    @cached_property
    def with_raw_response(self) -> AsyncGatewaysKeysResourceWithRawResponse:
        """The same methods, answering a `RawResponse` (status, headers, `.parse()`)."""
        return AsyncGatewaysKeysResourceWithRawResponse(self)

    async def create(
        self,
        gateway_id: str,
        *,
        public_key: str,
        private_key: str,
        currency: builtins.list[str] | Unset = UNSET,
        lang: Lang | Unset = UNSET,
        extra_headers: Headers | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> AccountGateway:
        """Store the account's keys for a gateway: `POST /api/accounts/gateways/{gateway_id}/keys` (create_gateway_keys).

        Connects the account to a gateway with the merchant's own keys for it. Assumed
        (no recorded answer): answers the stored configuration, which never carries the
        private key back; an unknown gateway is a 404; `public_key` and `private_key`
        are required.

        Args:
            gateway_id: The gateway's id.
            public_key: The merchant's own public key at that gateway (not an Ecart Pay
                key).
            private_key: The merchant's own private key at that gateway; the answer
                never carries it back.
            currency: The currencies these keys are used for.
            lang: Language of the API's messages.
            extra_headers: Headers sent with this request only, on top of the client's.
            timeout: This request's timeout (seconds or an `httpx.Timeout`), instead of
                the client's.

        Returns:
            `AccountGateway`: The account's configuration for the gateway.

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
                "public_key": public_key,
                "private_key": private_key,
                "currency": currency,
            }
        )
        body = GatewayKeysCreate.from_dict(fields)

        return await self._requester.request(
            create_gateway_keys._get_kwargs(
                gateway_id=gateway_id, body=body, lang=lang
            ),
            _parse_create_gateway_keys,
            extra_headers,
            timeout,
        )


class AsyncGatewaysKeysResourceWithRawResponse:
    """`client.gateways.keys.with_raw_response`: each method answers a
    `RawResponse`; a list method's, that of its first page (`.parse()` gives the page)."""

    def __init__(self, resource: AsyncGatewaysKeysResource) -> None:
        raw = AsyncGatewaysKeysResource(resource._requester.as_raw())
        self.create = to_raw_async(raw.create)
        del raw


class AsyncGatewaysResource(AsyncResource):
    """`client.gateways`."""

    @cached_property
    def methods(self) -> AsyncGatewaysMethodsResource:
        return AsyncGatewaysMethodsResource(self._requester)

    @cached_property
    def keys(self) -> AsyncGatewaysKeysResource:
        return AsyncGatewaysKeysResource(self._requester)

    @cached_property
    def with_raw_response(self) -> AsyncGatewaysResourceWithRawResponse:
        """The same methods, answering a `RawResponse` (status, headers, `.parse()`)."""
        return AsyncGatewaysResourceWithRawResponse(self)

    def list(
        self,
        *,
        lang: Lang | Unset = UNSET,
        extra_headers: Headers | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> AsyncPage[Gateway]:
        """List payment gateways: `GET /api/gateways` (list_gateways).

        The gateways available to the account, with their methods (recorded).

        Args:
            lang: Language of the API's messages.
            extra_headers: Headers sent with this request only, on top of the client's.
            timeout: This request's timeout (seconds or an `httpx.Timeout`), instead of
                the client's.

        Returns:
            `AsyncPage[Gateway]`: The gateways. `await` it for the first page; `async
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
            list_gateways,
            {
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
    ) -> Gateway:
        """Get a payment gateway: `GET /api/gateways/{id}` (get_gateway).

        One gateway with its methods and the account's keys for it (recorded).

        Args:
            id: The gateway's id.
            lang: Language of the API's messages.
            extra_headers: Headers sent with this request only, on top of the client's.
            timeout: This request's timeout (seconds or an `httpx.Timeout`), instead of
                the client's.

        Returns:
            `Gateway`: The gateway.

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
            get_gateway._get_kwargs(id=id, lang=lang),
            _parse_get_gateway,
            extra_headers,
            timeout,
        )

    async def update(
        self,
        id: str,
        *,
        active: bool,
        lang: Lang | Unset = UNSET,
        extra_headers: Headers | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> Gateway:
        """Turn a payment gateway on or off: `PUT /api/gateways/{id}` (update_gateway).

        Switches one of the account's payment gateways on or off with `active`; the
        answer is the gateway as it now stands. A gateway id the account does not have
        is a 404.

        Args:
            id: The gateway's id.
            active: `true` switches the gateway on for the account, `false` off.
            lang: Language of the API's messages.
            extra_headers: Headers sent with this request only, on top of the client's.
            timeout: This request's timeout (seconds or an `httpx.Timeout`), instead of
                the client's.

        Returns:
            `Gateway`: The updated gateway.

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
                "active": active,
            }
        )
        body = GatewayUpdate.from_dict(fields)

        return await self._requester.request(
            update_gateway._get_kwargs(id=id, body=body, lang=lang),
            _parse_update_gateway,
            extra_headers,
            timeout,
        )

    async def update_account(
        self,
        id: str,
        *,
        active: bool,
        lang: Lang | Unset = UNSET,
        extra_headers: Headers | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> AccountGateway:
        """Turn the account's gateway configuration on or off: `PUT /api/accounts/gateways/{id}` (update_account_gateway).

        Assumed (no recorded answer): `id` is a configuration from `createGatewayKeys`;
        answers it updated.

        Args:
            id: The configuration's id.
            active: `true` switches the gateway on for the account, `false` off.
            lang: Language of the API's messages.
            extra_headers: Headers sent with this request only, on top of the client's.
            timeout: This request's timeout (seconds or an `httpx.Timeout`), instead of
                the client's.

        Returns:
            `AccountGateway`: The updated configuration.

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
                "active": active,
            }
        )
        body = GatewayUpdate.from_dict(fields)

        return await self._requester.request(
            update_account_gateway._get_kwargs(id=id, body=body, lang=lang),
            _parse_update_account_gateway,
            extra_headers,
            timeout,
        )


class AsyncGatewaysResourceWithRawResponse:
    """`client.gateways.with_raw_response`: each method answers a
    `RawResponse`; a list method's, that of its first page (`.parse()` gives the page)."""

    def __init__(self, resource: AsyncGatewaysResource) -> None:
        raw = AsyncGatewaysResource(resource._requester.as_raw())
        self.methods = AsyncGatewaysMethodsResourceWithRawResponse(resource.methods)
        self.keys = AsyncGatewaysKeysResourceWithRawResponse(resource.keys)
        self.list = to_raw_async_page(raw.list)
        self.retrieve = to_raw_async(raw.retrieve)
        self.update = to_raw_async(raw.update)
        self.update_account = to_raw_async(raw.update_account)
        del raw
