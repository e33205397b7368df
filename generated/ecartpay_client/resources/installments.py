"""`client.installments`: the front door's resource (and sub-resources), sync and async.

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

from ..api.installments import (
    activate_installments,
    get_installments_configuration,
    update_installments_configuration,
)
from ..models.installments_activation import InstallmentsActivation
from ..models.installments_commission_create import InstallmentsCommissionCreate
from ..models.installments_configuration import InstallmentsConfiguration
from ..models.installments_configuration_update import InstallmentsConfigurationUpdate
from ..models.lang import Lang
from ..types import UNSET, Unset


def _parse_get_installments_configuration(
    response: httpx.Response,
) -> InstallmentsConfiguration:
    response_200 = InstallmentsConfiguration.from_dict(response.json())

    return response_200


def _parse_update_installments_configuration(
    response: httpx.Response,
) -> InstallmentsConfiguration:
    response_200 = InstallmentsConfiguration.from_dict(response.json())

    return response_200


def _parse_activate_installments(response: httpx.Response) -> InstallmentsConfiguration:
    response_200 = InstallmentsConfiguration.from_dict(response.json())

    return response_200


class InstallmentsResource(SyncResource):
    """`client.installments`."""

    @cached_property
    def with_raw_response(self) -> InstallmentsResourceWithRawResponse:
        """The same methods, answering a `RawResponse` (status, headers, `.parse()`)."""
        return InstallmentsResourceWithRawResponse(self)

    def retrieve_configuration(
        self,
        *,
        lang: Lang | Unset = UNSET,
        extra_headers: Headers | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> InstallmentsConfiguration:
        """Get the interest-free (MSI) installments configuration: `GET /api/cards/msi-configuration` (get_installments_configuration).

        The account's interest-free and fixed installments (MSI) settings. Assumed shape
        (no recorded answer); an account that never configured MSI gets the default
        plans, switched off.

        Args:
            lang: Language of the API's messages.
            extra_headers: Headers sent with this request only, on top of the client's.
            timeout: This request's timeout (seconds or an `httpx.Timeout`), instead of
                the client's.

        Returns:
            `InstallmentsConfiguration`: The configuration.

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

        return self._requester.request(
            get_installments_configuration._get_kwargs(lang=lang),
            _parse_get_installments_configuration,
            extra_headers,
            timeout,
        )

    def update_configuration(
        self,
        *,
        commissions: builtins.list[InstallmentsCommissionCreate | dict[str, Any]]
        | Unset = UNSET,
        amex_fixed_installments: bool | Unset = UNSET,
        lang: Lang | Unset = UNSET,
        extra_headers: Headers | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> InstallmentsConfiguration:
        """Create or update the MSI configuration: `POST /api/cards/msi-configuration` (update_installments_configuration).

        Each commission replaces the plan with the same `installments`; plans not sent
        stay as they were. Assumed: answers the whole configuration.

        Args:
            commissions: One plan per number of installments (3, 6, 9, ...): whether it
                is on, and the order amounts it applies to.
            amex_fixed_installments: Named for fixed installments on American Express
                cards; its exact effect is not documented by the vendor.
            lang: Language of the API's messages.
            extra_headers: Headers sent with this request only, on top of the client's.
            timeout: This request's timeout (seconds or an `httpx.Timeout`), instead of
                the client's.

        Returns:
            `InstallmentsConfiguration`: The configuration.

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
                "commissions": commissions,
                "amex_fixed_installments": amex_fixed_installments,
            }
        )
        body = InstallmentsConfigurationUpdate.from_dict(fields)

        return self._requester.request(
            update_installments_configuration._get_kwargs(body=body, lang=lang),
            _parse_update_installments_configuration,
            extra_headers,
            timeout,
        )

    def activate(
        self,
        *,
        is_active: bool,
        lang: Lang | Unset = UNSET,
        extra_headers: Headers | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> InstallmentsConfiguration:
        """Turn MSI installments on or off: `POST /api/cards/msi/activate` (activate_installments).

        Assumed (no recorded answer) - answers the whole configuration.

        Args:
            is_active: `true` turns installment payments on for the account, `false`
                turns them off.
            lang: Language of the API's messages.
            extra_headers: Headers sent with this request only, on top of the client's.
            timeout: This request's timeout (seconds or an `httpx.Timeout`), instead of
                the client's.

        Returns:
            `InstallmentsConfiguration`: The configuration.

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
                "is_active": is_active,
            }
        )
        body = InstallmentsActivation.from_dict(fields)

        return self._requester.request(
            activate_installments._get_kwargs(body=body, lang=lang),
            _parse_activate_installments,
            extra_headers,
            timeout,
        )


class InstallmentsResourceWithRawResponse:
    """`client.installments.with_raw_response`: each method answers a
    `RawResponse`; a list method's, that of its first page (`.parse()` gives the page)."""

    def __init__(self, resource: InstallmentsResource) -> None:
        raw = InstallmentsResource(resource._requester.as_raw())
        self.retrieve_configuration = to_raw(raw.retrieve_configuration)
        self.update_configuration = to_raw(raw.update_configuration)
        self.activate = to_raw(raw.activate)
        del raw


class AsyncInstallmentsResource(AsyncResource):
    """`client.installments`."""

    @cached_property
    def with_raw_response(self) -> AsyncInstallmentsResourceWithRawResponse:
        """The same methods, answering a `RawResponse` (status, headers, `.parse()`)."""
        return AsyncInstallmentsResourceWithRawResponse(self)

    async def retrieve_configuration(
        self,
        *,
        lang: Lang | Unset = UNSET,
        extra_headers: Headers | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> InstallmentsConfiguration:
        """Get the interest-free (MSI) installments configuration: `GET /api/cards/msi-configuration` (get_installments_configuration).

        The account's interest-free and fixed installments (MSI) settings. Assumed shape
        (no recorded answer); an account that never configured MSI gets the default
        plans, switched off.

        Args:
            lang: Language of the API's messages.
            extra_headers: Headers sent with this request only, on top of the client's.
            timeout: This request's timeout (seconds or an `httpx.Timeout`), instead of
                the client's.

        Returns:
            `InstallmentsConfiguration`: The configuration.

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

        return await self._requester.request(
            get_installments_configuration._get_kwargs(lang=lang),
            _parse_get_installments_configuration,
            extra_headers,
            timeout,
        )

    async def update_configuration(
        self,
        *,
        commissions: builtins.list[InstallmentsCommissionCreate | dict[str, Any]]
        | Unset = UNSET,
        amex_fixed_installments: bool | Unset = UNSET,
        lang: Lang | Unset = UNSET,
        extra_headers: Headers | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> InstallmentsConfiguration:
        """Create or update the MSI configuration: `POST /api/cards/msi-configuration` (update_installments_configuration).

        Each commission replaces the plan with the same `installments`; plans not sent
        stay as they were. Assumed: answers the whole configuration.

        Args:
            commissions: One plan per number of installments (3, 6, 9, ...): whether it
                is on, and the order amounts it applies to.
            amex_fixed_installments: Named for fixed installments on American Express
                cards; its exact effect is not documented by the vendor.
            lang: Language of the API's messages.
            extra_headers: Headers sent with this request only, on top of the client's.
            timeout: This request's timeout (seconds or an `httpx.Timeout`), instead of
                the client's.

        Returns:
            `InstallmentsConfiguration`: The configuration.

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
                "commissions": commissions,
                "amex_fixed_installments": amex_fixed_installments,
            }
        )
        body = InstallmentsConfigurationUpdate.from_dict(fields)

        return await self._requester.request(
            update_installments_configuration._get_kwargs(body=body, lang=lang),
            _parse_update_installments_configuration,
            extra_headers,
            timeout,
        )

    async def activate(
        self,
        *,
        is_active: bool,
        lang: Lang | Unset = UNSET,
        extra_headers: Headers | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> InstallmentsConfiguration:
        """Turn MSI installments on or off: `POST /api/cards/msi/activate` (activate_installments).

        Assumed (no recorded answer) - answers the whole configuration.

        Args:
            is_active: `true` turns installment payments on for the account, `false`
                turns them off.
            lang: Language of the API's messages.
            extra_headers: Headers sent with this request only, on top of the client's.
            timeout: This request's timeout (seconds or an `httpx.Timeout`), instead of
                the client's.

        Returns:
            `InstallmentsConfiguration`: The configuration.

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
                "is_active": is_active,
            }
        )
        body = InstallmentsActivation.from_dict(fields)

        return await self._requester.request(
            activate_installments._get_kwargs(body=body, lang=lang),
            _parse_activate_installments,
            extra_headers,
            timeout,
        )


class AsyncInstallmentsResourceWithRawResponse:
    """`client.installments.with_raw_response`: each method answers a
    `RawResponse`; a list method's, that of its first page (`.parse()` gives the page)."""

    def __init__(self, resource: AsyncInstallmentsResource) -> None:
        raw = AsyncInstallmentsResource(resource._requester.as_raw())
        self.retrieve_configuration = to_raw_async(raw.retrieve_configuration)
        self.update_configuration = to_raw_async(raw.update_configuration)
        self.activate = to_raw_async(raw.activate)
        del raw
