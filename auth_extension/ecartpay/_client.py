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
        """The `EcartPayAuth` (token source) this client and its copies share.

        Example:
            ```python
            client.auth.forget()  # the next call mints a new token
            ```
        """
        return auth_of(self._low)

    @property
    def low_level_client(self) -> AuthenticatedClient:
        """The generated `AuthenticatedClient` underneath, for the modules of
        `ecartpay_client.api` (same token, same pool).

        Example:
            ```python
            from ecartpay_client.api.orders import get_order

            response = get_order.sync_detailed(id=order_id, client=client.low_level_client)
            ```
        """
        return self._low

    @property
    def base_url(self) -> str:
        """The API's base URL this client calls, e.g. `https://sandbox.ecartpay.com`.

        Example:
            ```python
            print(client.base_url)  # https://sandbox.ecartpay.com unless configured

            ```
        """
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

    One client per set of keys, shared by the whole process: it holds the token (minted
    once, refreshed before it expires, whatever the number of threads) and the
    connection pool. Use it as a context manager, or call `close()`.

    Args:
        public_key: The account's public key; default ECARTPAY_PUBLIC_KEY.
        private_key: The account's private key; default ECARTPAY_PRIVATE_KEY.
        environment: `"sandbox"` (the default) or `"production"`; default
            ECARTPAY_ENVIRONMENT.
        base_url: The API's base URL, e.g. a local sandbox's (wins over `environment`);
            default ECARTPAY_BASE_URL. Plain `http://` only for this machine.
        token_store: Where tokens are kept: in memory (default), or a
            `FileTokenStore` / `RedisTokenStore` shared by processes so they mint one
            token between them.
        retry_policy: When and how long to retry (default `RetryPolicy()`).
        timeout: Seconds (or an `httpx.Timeout`) for each request.
        app_info: Your application's name, version and URL, for the `User-Agent`.
        http_client: An `httpx.Client` to send through (its proxies, TLS settings,
            mounts); it stays yours to close.
        allow_insecure_http: Allow a plain `http://` base URL on another machine.

    Raises:
        ecartpay.ConfigurationError: Missing or malformed keys, an unknown environment,
            a plain-http URL, or an `http_client` that is not an `httpx.Client`.

    Example:
        ```python
        import ecartpay

        with ecartpay.EcartPay() as client:  # ECARTPAY_PUBLIC_KEY / _PRIVATE_KEY
            customer = client.customers.create(
                first_name="Ana", last_name="López", email="ana@example.com"
            )
            order = client.orders.create(
                customer_id=customer.id,
                currency="MXN",
                items=[{"name": "T-shirt", "quantity": 2, "price": 150.5}],
            )
        ```
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
        connection pool. This client is left as it is, so a copy per use is cheap.

        Args:
            timeout: Seconds (or an `httpx.Timeout`, or None for none) for each request.
            max_retries: Retries after a failed attempt (0: none); the rest of the
                retry policy is kept.
            headers: Headers added to every request.

        Returns:
            The new client.

        Raises:
            ecartpay.ConfigurationError: A negative `max_retries`.

        Example:
            ```python
            fast = client.with_options(timeout=5.0, max_retries=0)
            fast.orders.retrieve(order_id)
            ```
        """
        options = self._options(self._requester.options, timeout, max_retries, headers)
        copy = self._copy()
        copy._requester = self._requester.with_options(options)
        return copy

    def close(self) -> None:
        """Close the connection pool (shared with `with_options` copies); forget the token.

        Example:
            ```python
            client = ecartpay.EcartPay()
            try:
                client.orders.retrieve(order_id)
            finally:
                client.close()
            ```
        """
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
    `await client.close()`. Concurrent tasks share one token, minted once.

    Args:
        public_key: The account's public key; default ECARTPAY_PUBLIC_KEY.
        private_key: The account's private key; default ECARTPAY_PRIVATE_KEY.
        environment: `"sandbox"` (the default) or `"production"`.
        base_url: The API's base URL (wins over `environment`).
        token_store: Where tokens are kept (see `EcartPay`).
        retry_policy: When and how long to retry (default `RetryPolicy()`).
        timeout: Seconds (or an `httpx.Timeout`) for each request.
        app_info: Your application's name, version and URL, for the `User-Agent`.
        http_client: An `httpx.AsyncClient` to send through; it stays yours to close.
        allow_insecure_http: Allow a plain `http://` base URL on another machine.

    Raises:
        ecartpay.ConfigurationError: As `EcartPay` raises it.

    Example:
        ```python
        async with ecartpay.AsyncEcartPay() as client:
            order = await client.orders.retrieve(order_id)
            async for customer in client.customers.list(limit=50):
                print(customer.email)
        ```
    """

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
        """A client with these options on every call, sharing this one's auth, token and
        connection pool (see `EcartPay.with_options`).

        Args:
            timeout: Seconds (or an `httpx.Timeout`, or None for none) for each request.
            max_retries: Retries after a failed attempt (0: none).
            headers: Headers added to every request.

        Returns:
            The new client.

        Raises:
            ecartpay.ConfigurationError: A negative `max_retries`.

        Example:
            ```python
            order = await client.with_options(timeout=5.0).orders.retrieve(order_id)
            ```
        """
        options = self._options(self._requester.options, timeout, max_retries, headers)
        copy = self._copy()
        copy._requester = self._requester.with_options(options)
        return copy

    async def close(self) -> None:
        """Close the connection pool (shared with `with_options` copies); forget the token.

        Example:
            ```python
            client = ecartpay.AsyncEcartPay()
            try:
                await client.orders.retrieve(order_id)
            finally:
                await client.close()
            ```
        """

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
