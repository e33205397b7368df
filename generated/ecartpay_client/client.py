import ssl
from collections.abc import Callable
from types import TracebackType
from typing import Any, Self, TypedDict, Unpack

import httpx


class ClientOptions(TypedDict, total=False):
    """The keyword-only settings of `Client` and `AuthenticatedClient`."""

    raise_on_unexpected_status: bool
    cookies: dict[str, str] | None
    headers: dict[str, str] | None
    timeout: httpx.Timeout | None
    verify_ssl: str | bool | ssl.SSLContext
    follow_redirects: bool
    httpx_args: dict[str, Any] | None


class Client:
    """A class for keeping track of data related to the API

    The following are accepted as keyword arguments and will be used to construct httpx Clients internally:

        ``base_url``: The base URL for the API, all requests are made to a relative path to this URL

        ``cookies``: A dictionary of cookies to be sent with every request

        ``headers``: A dictionary of headers to be sent with every request

        ``timeout``: The maximum amount of a time a request can take. API functions will raise
        httpx.TimeoutException if this is exceeded.

        ``verify_ssl``: Whether or not to verify the SSL certificate of the API server. This should be True in production,
        but can be set to False for testing purposes.

        ``follow_redirects``: Whether or not to follow redirects. Default value is False.

        ``httpx_args``: A dictionary of additional arguments to be passed to the ``httpx.Client`` and ``httpx.AsyncClient`` constructor.

    """

    __slots__ = (
        "_async_client",
        "_async_client_factory",
        "_base_url",
        "_client",
        "_client_factory",
        "_cookies",
        "_follow_redirects",
        "_headers",
        "_httpx_args",
        "_timeout",
        "_verify_ssl",
        "raise_on_unexpected_status",
    )

    raise_on_unexpected_status: bool
    """Whether or not to raise an errors.UnexpectedStatus if the API returns a status code that was not documented in the source OpenAPI document. Can also be provided as a keyword argument to the constructor."""

    def __init__(
        self,
        base_url: str,
        *,
        raise_on_unexpected_status: bool = False,
        cookies: dict[str, str] | None = None,
        headers: dict[str, str] | None = None,
        timeout: httpx.Timeout | None = None,
        verify_ssl: str | bool | ssl.SSLContext = True,
        follow_redirects: bool = False,
        httpx_args: dict[str, Any] | None = None,
    ) -> None:
        self.raise_on_unexpected_status = raise_on_unexpected_status
        self._base_url = base_url
        self._cookies = {} if cookies is None else cookies
        self._headers = {} if headers is None else headers
        self._timeout = timeout
        self._verify_ssl = verify_ssl
        self._follow_redirects = follow_redirects
        self._httpx_args = {} if httpx_args is None else httpx_args
        self._client: httpx.Client | None = None
        self._async_client: httpx.AsyncClient | None = None
        self._client_factory: Callable[..., httpx.Client] = httpx.Client
        self._async_client_factory: Callable[..., httpx.AsyncClient] = httpx.AsyncClient

    def __repr__(self) -> str:
        # Only the base URL: the headers and the token may hold credentials.
        return f"{type(self).__name__}(base_url={self._base_url!r})"

    def _settings(self) -> dict[str, Any]:
        """The constructor's arguments that rebuild this client."""
        return {
            "base_url": self._base_url,
            "raise_on_unexpected_status": self.raise_on_unexpected_status,
            "cookies": self._cookies,
            "headers": self._headers,
            "timeout": self._timeout,
            "verify_ssl": self._verify_ssl,
            "follow_redirects": self._follow_redirects,
            "httpx_args": self._httpx_args,
        }

    def _evolve(self, **changes: Any) -> Self:
        """A new client with the same settings and httpx client factories but `changes`.

        It builds its own httpx clients (through the same factories) when first used;
        this client, and the httpx clients it already has, are left as they are.
        """
        settings = {
            **self._settings(),
            "cookies": dict(self._cookies),
            "headers": dict(self._headers),
        }
        evolved = type(self)(**{**settings, **changes})
        evolved._client_factory = self._client_factory
        evolved._async_client_factory = self._async_client_factory
        return evolved

    def with_headers(self, headers: dict[str, str]) -> Self:
        """Get a new client matching this one with additional headers (this one is unchanged)"""
        return self._evolve(headers={**self._headers, **headers})

    def with_cookies(self, cookies: dict[str, str]) -> Self:
        """Get a new client matching this one with additional cookies (this one is unchanged)"""
        return self._evolve(cookies={**self._cookies, **cookies})

    def with_timeout(self, timeout: httpx.Timeout) -> Self:
        """Get a new client matching this one with a new timeout configuration (this one is unchanged)"""
        return self._evolve(timeout=timeout)

    def set_httpx_client_factory(self, factory: Callable[..., httpx.Client]) -> Self:
        """Build this client's httpx.Client (and that of every `with_*` copy) with `factory`,
        called with httpx.Client's keyword arguments, in place of `httpx.Client`"""
        self._client_factory = factory
        return self

    def set_async_httpx_client_factory(
        self, factory: Callable[..., httpx.AsyncClient]
    ) -> Self:
        """`set_httpx_client_factory` for the httpx.AsyncClient"""
        self._async_client_factory = factory
        return self

    def set_httpx_client(self, client: httpx.Client) -> Self:
        """Manually set the underlying httpx.Client

        **NOTE**: This will override any other settings on the client, including cookies, headers, and timeout.
        """
        self._client = client
        return self

    def get_httpx_client(self) -> httpx.Client:
        """Get the underlying httpx.Client, constructing a new one if not previously set"""
        if self._client is None:
            self._client = self._client_factory(
                base_url=self._base_url,
                cookies=self._cookies,
                headers=self._headers,
                timeout=self._timeout,
                verify=self._verify_ssl,
                follow_redirects=self._follow_redirects,
                **self._httpx_args,
            )
        return self._client

    def __enter__(self) -> Self:
        """Enter a context manager for self.client—you cannot enter twice (see httpx docs)"""
        self.get_httpx_client().__enter__()
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc_value: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        """Exit a context manager for internal httpx.Client (see httpx docs)"""
        self.get_httpx_client().__exit__(exc_type, exc_value, traceback)

    def set_async_httpx_client(self, async_client: httpx.AsyncClient) -> Self:
        """Manually set the underlying httpx.AsyncClient

        **NOTE**: This will override any other settings on the client, including cookies, headers, and timeout.
        """
        self._async_client = async_client
        return self

    def get_async_httpx_client(self) -> httpx.AsyncClient:
        """Get the underlying httpx.AsyncClient, constructing a new one if not previously set"""
        if self._async_client is None:
            self._async_client = self._async_client_factory(
                base_url=self._base_url,
                cookies=self._cookies,
                headers=self._headers,
                timeout=self._timeout,
                verify=self._verify_ssl,
                follow_redirects=self._follow_redirects,
                **self._httpx_args,
            )
        return self._async_client

    async def __aenter__(self) -> Self:
        """Enter a context manager for underlying httpx.AsyncClient—you cannot enter twice (see httpx docs)"""
        await self.get_async_httpx_client().__aenter__()
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc_value: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        """Exit a context manager for underlying httpx.AsyncClient (see httpx docs)"""
        await self.get_async_httpx_client().__aexit__(exc_type, exc_value, traceback)


class AuthenticatedClient(Client):
    """A Client which has been authenticated for use on secured endpoints

    The following are accepted as keyword arguments and will be used to construct httpx Clients internally:

        ``base_url``: The base URL for the API, all requests are made to a relative path to this URL

        ``cookies``: A dictionary of cookies to be sent with every request

        ``headers``: A dictionary of headers to be sent with every request

        ``timeout``: The maximum amount of a time a request can take. API functions will raise
        httpx.TimeoutException if this is exceeded.

        ``verify_ssl``: Whether or not to verify the SSL certificate of the API server. This should be True in production,
        but can be set to False for testing purposes.

        ``follow_redirects``: Whether or not to follow redirects. Default value is False.

        ``httpx_args``: A dictionary of additional arguments to be passed to the ``httpx.Client`` and ``httpx.AsyncClient`` constructor.

    """

    __slots__ = ("auth_header_name", "prefix", "token")

    token: str
    """The token to use for authentication"""
    prefix: str
    """The prefix to use for the Authorization header"""
    auth_header_name: str
    """The name of the Authorization header"""

    def __init__(
        self,
        base_url: str,
        token: str,
        prefix: str = "Bearer",
        auth_header_name: str = "Authorization",
        **options: Unpack[ClientOptions],
    ) -> None:
        super().__init__(base_url, **options)
        self.token = token
        self.prefix = prefix
        self.auth_header_name = auth_header_name

    def _settings(self) -> dict[str, Any]:
        return {
            **super()._settings(),
            "token": self.token,
            "prefix": self.prefix,
            "auth_header_name": self.auth_header_name,
        }

    def _authorize(self) -> None:
        # A new dict: the headers given to the constructor stay the caller's. An empty
        # token (an httpx auth sets the header per request instead) adds no header.
        if self.token:
            value = f"{self.prefix} {self.token}" if self.prefix else self.token
            self._headers = {**self._headers, self.auth_header_name: value}

    def get_httpx_client(self) -> httpx.Client:
        """Get the underlying httpx.Client, constructing a new one if not previously set"""
        if self._client is None:
            self._authorize()
        return super().get_httpx_client()

    def get_async_httpx_client(self) -> httpx.AsyncClient:
        """Get the underlying httpx.AsyncClient, constructing a new one if not previously set"""
        if self._async_client is None:
            self._authorize()
        return super().get_async_httpx_client()
