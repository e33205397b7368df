"""`MerchantPool`: thousands of merchants in one process, one connection pool.

    pool = ecartpay.MerchantPool(token_store=ecartpay.RedisTokenStore.from_url(url))
    client = pool.client(creds.public_key, creds.private_key)      # an EcartPay
    client.orders.retrieve(order_id)
    aclient = pool.async_client(creds.public_key, creds.private_key)   # an AsyncEcartPay

Every merchant client sends through the pool's one httpx client (sync) or async client
(a connection pool per event loop), with its merchant's `EcartPayAuth` as the request's
auth. The auths come from `ecartpay_auth.MerchantAuths`: per-merchant single flight, the
least recently used idle merchants dropped beyond `max_merchants`, jittered refreshes,
and, with a shared store, one mint per merchant for the whole fleet. A merchant client
costs a few small objects: get one per request, or keep it, either is fine.
"""

from __future__ import annotations

from types import TracebackType
from typing import Self

import httpx

from ecartpay_auth._auth import EcartPayAuth
from ecartpay_auth._client import authenticated_client
from ecartpay_auth._config import ENV_BASE_URL, ENV_ENVIRONMENT, ENV_TOKEN_STORE, from_env
from ecartpay_auth._constants import (
    DEFAULT_MAX_MERCHANTS,
    DEFAULT_REFRESH_JITTER,
    DEFAULT_REFRESH_MARGIN,
    DEFAULT_TIMEOUT,
)
from ecartpay_auth._endpoint import VerifyTypes
from ecartpay_auth._errors import ConfigurationError
from ecartpay_auth._merchants import MerchantAuths
from ecartpay_auth._retry import RetryPolicy
from ecartpay_auth._shared import SharedTokenStore
from ecartpay_auth._store_spec import store_from_spec
from ecartpay_auth._user_agent import AppInfo
from ecartpay_client.client import AuthenticatedClient

from ._base import AsyncRequester, RequestOptions, SyncRequester
from ._client import AsyncEcartPay, EcartPay, _AsyncThrough, _Through

__all__ = ["MerchantPool"]

_Transport = httpx.BaseTransport | httpx.AsyncBaseTransport


def _merchant_auth(options: RequestOptions) -> EcartPayAuth:
    auth = options.auth
    assert isinstance(auth, EcartPayAuth)
    return auth


def _no_low_level_client() -> ConfigurationError:
    return ConfigurationError(
        "a merchant client of a MerchantPool shares the pool's connections and has no "
        "low-level client of its own: use ecartpay_auth.authenticated_client(auth=client.auth)"
    )


class _PooledEcartPay(EcartPay):
    """An `EcartPay` for one merchant of a pool: the pool owns the connections."""

    @property
    def auth(self) -> EcartPayAuth:
        """This merchant's `EcartPayAuth` (its token source, shared with its copies)."""
        return _merchant_auth(self._requester.options)

    @property
    def low_level_client(self) -> AuthenticatedClient:
        raise _no_low_level_client()

    def close(self) -> None:
        """Nothing to close: the pool's connections stay open for its other merchants
        (`pool.close()` closes them)."""

    def __repr__(self) -> str:
        return f"EcartPay(base_url={self.base_url!r}, merchant={self.auth!r})"


class _PooledAsyncEcartPay(AsyncEcartPay):
    """`_PooledEcartPay` for asyncio."""

    @property
    def auth(self) -> EcartPayAuth:
        """This merchant's `EcartPayAuth` (its token source, shared with its copies)."""
        return _merchant_auth(self._requester.options)

    @property
    def low_level_client(self) -> AuthenticatedClient:
        raise _no_low_level_client()

    async def close(self) -> None:
        """Nothing to close: see `_PooledEcartPay.close`."""

    def __repr__(self) -> str:
        return f"AsyncEcartPay(base_url={self.base_url!r}, merchant={self.auth!r})"


class MerchantPool:
    """Clients for many merchants sharing one connection pool and one token store.

    For a platform acting for its merchants (their keys from `ecartpay.oauth`): one
    `EcartPay` per merchant would open a connection pool each; a pool's merchant clients
    share one. Without arguments, ECARTPAY_BASE_URL, ECARTPAY_ENVIRONMENT and
    ECARTPAY_TOKEN_STORE are read.

    Args:
        token_store: None (tokens in this process's memory) or a shared store
            (`RedisTokenStore`, `FileTokenStore`): then a fleet of processes mints once per
            merchant per token lifetime; each merchant has its own sealed entry.
        max_merchants: Merchants whose token state stays in memory; beyond it the least
            recently used idle one is dropped (its token stays in a shared store).
        environment: `"sandbox"` (the default) or `"production"`.
        base_url: The API's base URL (wins over `environment`).
        retry_policy: When and how long to retry (default `RetryPolicy()`).
        timeout: Seconds (or an `httpx.Timeout`) for each request.
        app_info: Your application's name, version and URL, for the `User-Agent`.
        refresh_margin: Seconds before expiry at which a token is refreshed.
        refresh_jitter: Up to this many seconds more, at random, so that merchants minted
            together do not all refresh in the same second.
        verify: TLS verification for the API (bool, CA file or `ssl.SSLContext`).
        http_client: An `httpx.Client` of yours to send the sync calls through
            (proxies, TLS, mounts), as `EcartPay(http_client=...)`.
        async_http_client: The same for the async calls (an `httpx.AsyncClient`).

    Raises:
        ecartpay.ConfigurationError: An unknown environment, a bad store or an httpx
            client of the wrong kind.

    Example:
        ```python
        pool = ecartpay.MerchantPool(
            token_store=ecartpay.RedisTokenStore.from_url("redis://localhost:6379/0"),
            max_merchants=10_000,
        )
        client = pool.client(creds.public_key, creds.private_key)
        client.orders.retrieve(order_id)
        ```
    """

    def __init__(
        self,
        token_store: SharedTokenStore | None = None,
        max_merchants: int = DEFAULT_MAX_MERCHANTS,
        environment: str | None = None,
        base_url: str | None = None,
        *,
        retry_policy: RetryPolicy | None = None,
        timeout: float | httpx.Timeout | None = DEFAULT_TIMEOUT,
        app_info: AppInfo | None = None,
        refresh_margin: float = DEFAULT_REFRESH_MARGIN,
        refresh_jitter: float = DEFAULT_REFRESH_JITTER,
        verify: VerifyTypes = True,
        http_client: httpx.Client | None = None,
        async_http_client: httpx.AsyncClient | None = None,
    ) -> None:
        if http_client is not None and not isinstance(http_client, httpx.Client):
            raise ConfigurationError(
                f"http_client must be an httpx.Client, not {type(http_client).__name__}"
            )
        if async_http_client is not None and not isinstance(async_http_client, httpx.AsyncClient):
            raise ConfigurationError(
                "async_http_client must be an httpx.AsyncClient, "
                f"not {type(async_http_client).__name__}"
            )
        if base_url is None and environment is None:  # as EcartPay: the environment's
            base_url, environment = from_env(ENV_BASE_URL, None), from_env(ENV_ENVIRONMENT, None)
        if token_store is None:
            token_store = store_from_spec(from_env(ENV_TOKEN_STORE, None))
        self._merchants = MerchantAuths(
            environment=environment,
            base_url=base_url,
            token_store=token_store,
            max_merchants=max_merchants,
            refresh_margin=refresh_margin,
            refresh_jitter=refresh_jitter,
            retry_policy=retry_policy,
            timeout=timeout,
            verify=verify,
        )
        template = self._merchants.template

        # One low-level client for every merchant: its httpx clients (retries, call log,
        # a pool per event loop) send each merchant's requests with that merchant's auth.
        # Given httpx clients of yours, the SDK sends through them (one for each side).
        def low(
            transport: httpx.BaseTransport | httpx.AsyncBaseTransport | None,
        ) -> AuthenticatedClient:
            return authenticated_client(
                auth=template,
                timeout=timeout,
                retry_policy=retry_policy,
                app_info=app_info,
                raise_on_unexpected_status=False,
                httpx_args=None if transport is None else {"transport": transport},
            )

        self._low = low(None if http_client is None else _Through(http_client))
        self._alow = (
            self._low if async_http_client is None else low(_AsyncThrough(async_http_client))
        )
        self._policy = retry_policy if retry_policy is not None else template.retry_policy
        self._closed = False

    @property
    def merchants(self) -> MerchantAuths:
        """The per-merchant auths (`len(pool.merchants)`, `forget(public_key)`, ...).

        Example:
            ```python
            print(len(pool.merchants), "merchants in memory")
            ```
        """
        return self._merchants

    @property
    def base_url(self) -> str:
        """The API's base URL that every client of the pool talks to.

        Example:
            ```python
            print(pool.base_url)  # https://sandbox.ecartpay.com unless configured
            ```
        """
        return self._merchants.template.base_url

    def _auth(self, public_key: str, private_key: str) -> EcartPayAuth:
        if self._closed:
            raise ConfigurationError("this MerchantPool is closed")
        return self._merchants.auth(public_key, private_key)

    def client(self, public_key: str, private_key: str) -> EcartPay:
        """An `EcartPay` acting as this merchant, over the pool's connections. Cheap: get
        one per request, or keep it.

        Args:
            public_key: The merchant's public key.
            private_key: The merchant's private key.

        Returns:
            A client whose calls carry this merchant's token; its `close()` does nothing
            (the pool owns the connections).

        Raises:
            ecartpay.ConfigurationError: The pool is closed, or a key is malformed.

        Example:
            ```python
            client = pool.client(creds.public_key, creds.private_key)
            order = client.orders.retrieve(order_id)
            ```
        """
        client = _PooledEcartPay.__new__(_PooledEcartPay)
        client._low, client._policy = self._low, self._policy
        options = RequestOptions(auth=self._auth(public_key, private_key))
        client._requester = SyncRequester(self._low.get_httpx_client(), options)
        return client

    def async_client(self, public_key: str, private_key: str) -> AsyncEcartPay:
        """An `AsyncEcartPay` acting as this merchant, over the pool's connections.

        Args:
            public_key: The merchant's public key.
            private_key: The merchant's private key.

        Returns:
            An async client whose calls carry this merchant's token.

        Raises:
            ecartpay.ConfigurationError: The pool is closed, or a key is malformed.

        Example:
            ```python
            client = pool.async_client(creds.public_key, creds.private_key)
            order = await client.orders.retrieve(order_id)
            ```
        """
        client = _PooledAsyncEcartPay.__new__(_PooledAsyncEcartPay)
        client._low, client._policy = self._low, self._policy
        options = RequestOptions(auth=self._auth(public_key, private_key))
        client._low = self._alow
        client._requester = AsyncRequester(self._alow.get_async_httpx_client(), options)
        return client

    def forget(self, public_key: str) -> bool:
        """Drop a merchant (disconnected, keys revoked), so its token is no longer used.

        Args:
            public_key: The merchant's public key.

        Returns:
            True if the merchant was in memory.

        Example:
            ```python
            pool.forget(creds.public_key)  # after the merchant disconnected the platform
            ```
        """
        return self._merchants.forget(public_key)

    def __len__(self) -> int:
        return len(self._merchants)

    # -- closing ---------------------------------------------------------------------------

    def close(self) -> None:
        """Close the sync connections; merchant clients of this pool stop working.

        Example:
            ```python
            with ecartpay.MerchantPool() as pool:  # closed on the way out
                pool.client(public_key, private_key).orders.retrieve(order_id)
            ```
        """
        self._closed = True
        self._low.get_httpx_client().close()

    async def aclose(self) -> None:
        """Close the connections of the running event loop (and the sync ones).

        Example:
            ```python
            async with ecartpay.MerchantPool() as pool:  # aclose() on the way out
                await pool.async_client(public_key, private_key).orders.retrieve(order_id)
            ```
        """
        self._closed = True
        await self._alow.get_async_httpx_client().aclose()
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

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc_value: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        await self.aclose()

    def __repr__(self) -> str:
        return f"MerchantPool(base_url={self.base_url!r}, merchants={len(self)})"

    def __getstate__(self) -> object:
        raise TypeError("MerchantPool holds secrets and live connections and cannot be pickled")
