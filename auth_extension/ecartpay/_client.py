"""`EcartPay` and `AsyncEcartPay`: one object per set of keys, its resources as attributes.

    client = ecartpay.EcartPay()                  # as `authenticated_client()` is configured
    order = client.orders.retrieve(order_id)      # -> Order
    quick = client.with_options(timeout=5.0, max_retries=0)   # same token and pool

Each client wraps the low-level `AuthenticatedClient` of `ecartpay_auth.authenticated_client`
(the same keys, environment variables, defaults, single-flight token, safe retries and
call log), and sends every call through `ecartpay._base` (per-request options, the typed
errors). The resources (`client.customers`, ...) are generated from the spec
(`ecartpay_client.resources`) and loaded on first use.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping
from types import TracebackType
from typing import Self

import httpx

from ecartpay_auth._auth import EcartPayAuth
from ecartpay_auth._calls import CallOptions
from ecartpay_auth._client import auth_of, authenticated_client
from ecartpay_auth._constants import DEFAULT_TIMEOUT
from ecartpay_auth._errors import ConfigurationError
from ecartpay_auth._retry import RetryPolicy
from ecartpay_auth._shared import SharedTokenStore
from ecartpay_auth._token import TokenStore
from ecartpay_auth._user_agent import AppInfo
from ecartpay_client.client import AuthenticatedClient
from ecartpay_client.resources import AsyncResources, Resources

from ._base import NOT_GIVEN, AsyncRequester, NotGiven, RequestOptions, SyncRequester, Timeout

__all__ = ["AsyncEcartPay", "EcartPay"]


class _Through(httpx.BaseTransport):
    """Sends through the user's `httpx.Client` (its proxies, TLS and mounts); the SDK's
    auth, retries and log run on top. Closing the SDK client leaves the user's open."""

    def __init__(self, client: httpx.Client) -> None:
        self._client = client

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        return self._client.send(request, stream=True)

    def close(self) -> None:
        """The user's client is the user's to close."""


class _AsyncThrough(httpx.AsyncBaseTransport):
    """`_Through` for an `httpx.AsyncClient`."""

    def __init__(self, client: httpx.AsyncClient) -> None:
        self._client = client

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        return await self._client.send(request, stream=True)

    async def aclose(self) -> None:
        """The user's client is the user's to close."""


class _Core:
    """What both clients hold: the low-level client, its retry policy and the options."""

    _low: AuthenticatedClient
    _policy: RetryPolicy

    def _configure(
        self,
        public_key: str | None,
        private_key: str | None,
        *,
        environment: str | None,
        base_url: str | None,
        token_store: TokenStore | SharedTokenStore | None,
        retry_policy: RetryPolicy | None,
        timeout: float | httpx.Timeout | None,
        app_info: AppInfo | None,
        transport: httpx.BaseTransport | httpx.AsyncBaseTransport | None,
        allow_insecure_http: bool,
    ) -> None:
        self._low = authenticated_client(
            public_key,
            private_key,
            environment,
            base_url,
            token_store=token_store,
            retry_policy=retry_policy,
            timeout=timeout,
            app_info=app_info,
            raise_on_unexpected_status=False,
            httpx_args=None if transport is None else {"transport": transport},
            allow_insecure_http=allow_insecure_http,
        )
        self._policy = retry_policy if retry_policy is not None else self.auth.retry_policy

    @property
    def auth(self) -> EcartPayAuth:
        """The `EcartPayAuth` (token source) this client and its copies share."""
        return auth_of(self._low)

    @property
    def low_level_client(self) -> AuthenticatedClient:
        """The generated `AuthenticatedClient` underneath, for the modules of
        `ecartpay_client.api` (same token, same pool)."""
        return self._low

    @property
    def base_url(self) -> str:
        return self.auth.base_url

    def _options(
        self,
        current: RequestOptions,
        timeout: Timeout | NotGiven,
        max_retries: int | None,
        headers: Mapping[str, str] | None,
    ) -> RequestOptions:
        calls = current.calls
        if max_retries is not None:
            try:
                policy = dataclasses.replace(self._policy, max_retries=max_retries)
            except (TypeError, ValueError) as exc:
                raise ConfigurationError(f"max_retries: {exc}") from None
            calls = CallOptions(retry_policy=policy)
        return RequestOptions(
            headers={**current.headers, **(headers or {})},
            timeout=current.timeout if isinstance(timeout, NotGiven) else timeout,
            calls=calls,
            auth=current.auth,
        )

    def _copy(self) -> Self:
        copy = object.__new__(type(self))
        copy._low = self._low
        copy._policy = self._policy
        return copy

    def __repr__(self) -> str:
        return f"{type(self).__name__}(base_url={self.base_url!r})"


class EcartPay(_Core, Resources):
    """The Ecart Pay API, resources as attributes: `client.customers.create(...)`.

    Keys and target come from the arguments, else from ECARTPAY_PUBLIC_KEY,
    ECARTPAY_PRIVATE_KEY, ECARTPAY_BASE_URL and ECARTPAY_ENVIRONMENT (sandbox by
    default), exactly as `ecartpay_auth.authenticated_client`. `http_client`: an
    `httpx.Client` to send through (its proxies, TLS settings, mounts). A plain
    `http://` base URL is refused unless it is this machine's, or `allow_insecure_http=True`.
    Use it as a context manager, or call `close()` (which forgets the token).
    """

    _requester: SyncRequester

    def __init__(
        self,
        public_key: str | None = None,
        private_key: str | None = None,
        *,
        environment: str | None = None,
        base_url: str | None = None,
        token_store: TokenStore | SharedTokenStore | None = None,
        retry_policy: RetryPolicy | None = None,
        timeout: float | httpx.Timeout | None = DEFAULT_TIMEOUT,
        app_info: AppInfo | None = None,
        http_client: httpx.Client | None = None,
        allow_insecure_http: bool = False,
    ) -> None:
        if http_client is not None and not isinstance(http_client, httpx.Client):
            raise ConfigurationError(
                f"http_client must be an httpx.Client, not {type(http_client).__name__}"
            )
        self._configure(
            public_key,
            private_key,
            environment=environment,
            base_url=base_url,
            token_store=token_store,
            retry_policy=retry_policy,
            timeout=timeout,
            app_info=app_info,
            transport=None if http_client is None else _Through(http_client),
            allow_insecure_http=allow_insecure_http,
        )
        self._requester = SyncRequester(self._low.get_httpx_client(), RequestOptions())

    def with_options(
        self,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        headers: Mapping[str, str] | None = None,
    ) -> EcartPay:
        """A client with these options on every call, sharing this one's auth, token and
        connection pool. This client is left as it is."""
        options = self._options(self._requester.options, timeout, max_retries, headers)
        copy = self._copy()
        copy._requester = self._requester.with_options(options)
        return copy

    def close(self) -> None:
        """Close the connection pool (shared with `with_options` copies); forget the token."""
        self._low.get_httpx_client().close()

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc_value: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self.close()


class AsyncEcartPay(_Core, AsyncResources):
    """`EcartPay` for asyncio: `await client.orders.retrieve(...)`, `async with`,
    `await client.close()`. `http_client`: an `httpx.AsyncClient` to send through."""

    _requester: AsyncRequester

    def __init__(
        self,
        public_key: str | None = None,
        private_key: str | None = None,
        *,
        environment: str | None = None,
        base_url: str | None = None,
        token_store: TokenStore | SharedTokenStore | None = None,
        retry_policy: RetryPolicy | None = None,
        timeout: float | httpx.Timeout | None = DEFAULT_TIMEOUT,
        app_info: AppInfo | None = None,
        http_client: httpx.AsyncClient | None = None,
        allow_insecure_http: bool = False,
    ) -> None:
        if http_client is not None and not isinstance(http_client, httpx.AsyncClient):
            raise ConfigurationError(
                f"http_client must be an httpx.AsyncClient, not {type(http_client).__name__}"
            )
        self._configure(
            public_key,
            private_key,
            environment=environment,
            base_url=base_url,
            token_store=token_store,
            retry_policy=retry_policy,
            timeout=timeout,
            app_info=app_info,
            transport=None if http_client is None else _AsyncThrough(http_client),
            allow_insecure_http=allow_insecure_http,
        )
        self._requester = AsyncRequester(self._low.get_async_httpx_client(), RequestOptions())

    def with_options(
        self,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        headers: Mapping[str, str] | None = None,
    ) -> AsyncEcartPay:
        """See `EcartPay.with_options`."""
        options = self._options(self._requester.options, timeout, max_retries, headers)
        copy = self._copy()
        copy._requester = self._requester.with_options(options)
        return copy

    async def close(self) -> None:
        """Close the connection pool (shared with `with_options` copies); forget the token."""
        await self._low.get_async_httpx_client().aclose()

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc_value: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        await self.close()
