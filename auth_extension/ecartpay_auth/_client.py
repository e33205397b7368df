"""`authenticated_client()`: the generated client, wired with `EcartPayAuth`.

It returns the generated `AuthenticatedClient` itself (not a subclass), so every
generated endpoint accepts it without casts. Its httpx clients are built here and handed
over with `set_httpx_client` / `set_async_httpx_client`; they are small subclasses whose
`close()` / `aclose()` and context-manager exit also call `auth.forget()` when the auth
was created here, which is how "closing the client forgets its token" is kept without
touching generated code. An auth passed in with `auth=` may be shared by other clients
(or, through a shared store, by a fleet): closing one client leaves it alone.
"""

from __future__ import annotations

import ssl
import threading
from collections.abc import AsyncGenerator, Callable, Mapping
from types import TracebackType
from typing import TYPE_CHECKING, Any

import httpx

from ecartpay_client.client import AuthenticatedClient

from ._aio import running_loop
from ._auth import EcartPayAuth
from ._calls import ApiAsyncClient, ApiClient, CallOptions
from ._config import VerifyTypes
from ._constants import DEFAULT_REFRESH_MARGIN, DEFAULT_TIMEOUT
from ._errors import ConfigurationError
from ._retry import RetryPolicy
from ._shared import SharedTokenStore
from ._token import TokenStore
from ._user_agent import AppInfo, user_agent

if TYPE_CHECKING:
    import asyncio

__all__ = ["auth_of", "authenticated_client"]


class _ForgetfulClient(ApiClient):
    """The API client (retries, logs, `ApiError`) that forgets the token when closed."""

    def __init__(self, *, on_close: Callable[[], None], **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self._ecartpay_on_close = on_close

    def close(self) -> None:
        try:
            super().close()
        finally:
            self._ecartpay_on_close()

    def __exit__(
        self,
        exc_type: type[BaseException] | None = None,
        exc_value: BaseException | None = None,
        traceback: TracebackType | None = None,
    ) -> None:
        try:
            super().__exit__(exc_type, exc_value, traceback)
        finally:
            self._ecartpay_on_close()


def _loop_key() -> asyncio.AbstractEventLoop | None:
    return running_loop()  # None under trio (or no loop): one pool


async def _close_with_loop(pool: httpx.AsyncBaseTransport) -> AsyncGenerator[None, None]:
    """An async generator whose `finally` closes `pool`.

    `asyncio.run()` (and any runner calling `loop.shutdown_asyncgens()`) finalizes the
    async generators of its loop before closing it: that is the hook that closes each
    loop's connections while the loop can still do it.
    """
    try:
        yield
    finally:
        await pool.aclose()


class _PerLoopTransport(httpx.AsyncBaseTransport):
    """A connection pool per event loop, closed when its loop shuts down.

    httpx's async pool keeps sockets bound to the loop that opened them, so a client
    cached by the generated `AuthenticatedClient` fails with "Event loop is closed" in a
    second `asyncio.run()`. This transport builds a fresh pool for each running loop.
    """

    def __init__(self, factory: Callable[[], httpx.AsyncBaseTransport]) -> None:
        self._factory = factory
        self._lock = threading.Lock()
        self._pools: dict[asyncio.AbstractEventLoop | None, httpx.AsyncBaseTransport] = {}
        self._keepers: dict[asyncio.AbstractEventLoop | None, AsyncGenerator[None, None]] = {}

    async def _pool(self) -> httpx.AsyncBaseTransport:
        key = _loop_key()
        pool = self._pools.get(key)  # every request: a plain dict read, no lock
        if pool is not None:
            return pool
        with self._lock:
            pool = self._pools.get(key)
            if pool is not None:
                return pool
            for loop in [k for k in self._pools if k is not None]:
                if loop.is_closed():  # closed without shutting down its async generators
                    del self._pools[loop]
                    self._keepers.pop(loop, None)
            pool = self._pools[key] = self._factory()
        if key is not None:
            keeper = _close_with_loop(pool)
            await keeper.__anext__()
            self._keepers[key] = keeper
        return pool

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        return await (await self._pool()).handle_async_request(request)

    async def aclose(self) -> None:
        key = _loop_key()
        with self._lock:
            pool = self._pools.pop(key, None)
            keeper = self._keepers.pop(key, None)
            self._pools.clear()
            self._keepers.clear()
        if keeper is not None:
            await keeper.aclose()  # runs its `finally`: closes the pool
        elif pool is not None:
            await pool.aclose()


class _ForgetfulAsyncClient(ApiAsyncClient):
    """The async API client that forgets the token when closed."""

    def __init__(self, *, on_close: Callable[[], None], **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self._ecartpay_on_close = on_close

    async def aclose(self) -> None:
        try:
            await super().aclose()
        finally:
            self._ecartpay_on_close()

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None = None,
        exc_value: BaseException | None = None,
        traceback: TracebackType | None = None,
    ) -> None:
        try:
            await super().__aexit__(exc_type, exc_value, traceback)
        finally:
            self._ecartpay_on_close()


def _keep() -> None:
    """Closing a client whose auth was passed in: the auth may be shared, keep its token."""


_POOL_ARGS = ("verify", "cert", "http1", "http2", "limits", "trust_env")


def authenticated_client(
    public_key: str | None = None,
    private_key: str | None = None,
    environment: str | None = None,
    base_url: str | None = None,
    *,
    auth: EcartPayAuth | None = None,
    refresh_margin: float = DEFAULT_REFRESH_MARGIN,
    retry_policy: RetryPolicy | None = None,
    timeout: float | httpx.Timeout | None = DEFAULT_TIMEOUT,
    verify: VerifyTypes = True,
    token_store: TokenStore | SharedTokenStore | None = None,
    headers: Mapping[str, str] | None = None,
    cookies: Mapping[str, str] | None = None,
    follow_redirects: bool = False,
    raise_on_unexpected_status: bool = True,
    raise_on_error: bool = False,
    app_info: AppInfo | None = None,
    httpx_args: Mapping[str, Any] | None = None,
    allow_insecure_http: bool = False,
) -> AuthenticatedClient:
    """The generated `AuthenticatedClient`, authenticated by an `EcartPayAuth`.

    Keys and target come from the arguments, else from ECARTPAY_PUBLIC_KEY,
    ECARTPAY_PRIVATE_KEY, ECARTPAY_BASE_URL and ECARTPAY_ENVIRONMENT (an explicit
    argument beats every variable; a base URL beats an environment). Pass `auth=` to
    share one token between several clients. Closing the client (`close()`, `with`,
    `async with`) forgets the token of the auth it created; a shared `auth=` is left
    alone (call `auth.forget()` yourself).

    `raise_on_unexpected_status` defaults to True (the generator's default is False): an
    undocumented status such as a 5xx raises `ecartpay_client.errors.UnexpectedStatus`
    instead of `.sync()` quietly returning None. `raise_on_error=True` raises
    `ApiError` for every error status, documented or not, instead of returning the
    typed `Error`.

    API calls are retried when it is safe (docs/guides/retries.md) with
    `retry_policy`: by default the auth's own (the token endpoint's), so one object sets
    both; given with `auth=`, it applies to this client's API calls only. `app_info`
    appends your integration to the User-Agent. A plain `http://` base URL must be this
    machine's (loopback) unless `allow_insecure_http=True`.

    Args:
        public_key: The account's public key; default ECARTPAY_PUBLIC_KEY.
        private_key: The account's private key; default ECARTPAY_PRIVATE_KEY.
        environment: `"sandbox"` (the default) or `"production"`.
        base_url: The API's base URL (wins over `environment`).
        auth: An `EcartPayAuth` to share (then no keys or target here).
        refresh_margin: Seconds before expiry at which the token is refreshed.
        retry_policy: How the token endpoint and safe API calls are retried.
        timeout: Seconds (or an `httpx.Timeout`) for each request.
        verify: TLS verification (bool, CA file or `ssl.SSLContext`).
        token_store: Where the token is kept (memory, or a shared store).
        headers: Headers sent with every request.
        cookies: Cookies sent with every request (e.g. `{"lang": "es"}` for Spanish
            messages).
        follow_redirects: Whether httpx follows redirects (the token never leaves the
            API's origin either way).
        raise_on_unexpected_status: Raise on a status the spec does not document.
        raise_on_error: Raise `ecartpay.APIError` on every error status.
        app_info: Your integration, for the User-Agent.
        httpx_args: More arguments for the httpx clients (`transport`, `proxy`, ...).
        allow_insecure_http: Allow a plain `http://` base URL on another machine.

    Returns:
        The generated client, ready for the modules of `ecartpay_client.api`.

    Raises:
        ecartpay.ConfigurationError: Missing or malformed keys, keys given with
            `auth=`, or a bad option.

    Example:
        ```python
        from ecartpay_client.api.orders import get_order

        with ecartpay_auth.authenticated_client(raise_on_error=True) as client:
            order = get_order.sync(id="65a1b2c3d4e5f60718293b5c", client=client)
        ```
    """
    if retry_policy is not None and not isinstance(retry_policy, RetryPolicy):
        raise ConfigurationError(
            f"retry_policy must be an ecartpay_auth.RetryPolicy, not {type(retry_policy).__name__}"
        )
    if app_info is not None and not isinstance(app_info, AppInfo):
        raise ConfigurationError(
            f"app_info must be an ecartpay_auth.AppInfo, not {type(app_info).__name__}"
        )
    owns_auth = auth is None
    if auth is None:
        auth = EcartPayAuth.from_env(
            public_key=public_key,
            private_key=private_key,
            environment=environment,
            base_url=base_url,
            refresh_margin=refresh_margin,
            retry_policy=retry_policy,
            timeout=timeout,
            verify=verify,
            token_store=token_store,
            allow_insecure_http=allow_insecure_http,
        )
    elif any(v is not None for v in (public_key, private_key, environment, base_url)):
        raise ConfigurationError(
            "pass either auth= or keys/environment/base_url, not both "
            "(the auth already knows its keys and target)"
        )
    client_timeout = auth.timeout if timeout is DEFAULT_TIMEOUT else timeout
    if not isinstance(client_timeout, httpx.Timeout):
        client_timeout = httpx.Timeout(client_timeout)
    extra = dict(httpx_args or {})
    extra.pop("auth", None)
    extra["auth"] = auth
    client_headers = dict(headers or {})
    if not any(name.lower() == "user-agent" for name in client_headers):  # yours wins
        client_headers["User-Agent"] = user_agent(app_info)
    calls = CallOptions(
        retry_policy=retry_policy if retry_policy is not None else auth.retry_policy,
        raise_on_error=bool(raise_on_error),
    )
    settings: dict[str, Any] = {
        "base_url": auth.base_url,
        "cookies": dict(cookies or {}),
        "headers": client_headers,
        "timeout": client_timeout,
        "verify": auth.verify,
        "follow_redirects": follow_redirects,
        **extra,
    }
    verify_ssl: bool | ssl.SSLContext = auth.verify
    client = AuthenticatedClient(
        base_url=auth.base_url,
        token="",
        prefix="",
        cookies=dict(cookies or {}),
        headers=client_headers,
        timeout=client_timeout,
        verify_ssl=verify_ssl,
        follow_redirects=follow_redirects,
        raise_on_unexpected_status=raise_on_unexpected_status,
        httpx_args=extra,
    )
    on_close = auth.forget if owns_auth else _keep

    def build(**kwargs: Any) -> httpx.Client:
        return _ForgetfulClient(on_close=on_close, call_options=calls, **kwargs)

    def build_async(**kwargs: Any) -> httpx.AsyncClient:
        if "transport" not in kwargs:
            pool_args = {k: kwargs[k] for k in _POOL_ARGS if k in kwargs}
            kwargs["transport"] = _PerLoopTransport(lambda: httpx.AsyncHTTPTransport(**pool_args))
        return _ForgetfulAsyncClient(on_close=on_close, call_options=calls, **kwargs)

    # The factories also build the httpx clients of `with_headers`/`with_cookies`/
    # `with_timeout` copies, which so keep the auth, the retries, raise_on_error and the log.
    client.set_httpx_client_factory(build).set_async_httpx_client_factory(build_async)
    client.set_httpx_client(build(**settings))
    client.set_async_httpx_client(build_async(**settings))
    return client


def auth_of(client: AuthenticatedClient | httpx.Client | httpx.AsyncClient) -> EcartPayAuth:
    """The `EcartPayAuth` behind a client built by `authenticated_client` (e.g. to forget
    its token, or to share it with another client).

    Args:
        client: A client built by `authenticated_client`, or an httpx client.

    Returns:
        Its auth.

    Raises:
        ecartpay.ConfigurationError: The client is not authenticated by `EcartPayAuth`.

    Example:
        ```python
        client = ecartpay_auth.authenticated_client()
        second = ecartpay_auth.authenticated_client(auth=ecartpay_auth.auth_of(client))
        ```
    """

    if isinstance(client, AuthenticatedClient):
        auth = client.get_httpx_client().auth
    else:
        auth = client.auth
    if not isinstance(auth, EcartPayAuth):
        raise ConfigurationError("this client is not authenticated by EcartPayAuth")
    return auth
