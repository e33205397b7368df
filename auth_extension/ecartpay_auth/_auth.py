"""`EcartPayAuth`: the httpx.Auth that puts a valid token on every request."""

from __future__ import annotations

import logging
import math
import os
import ssl
import time
from collections.abc import AsyncGenerator, Callable, Generator
from typing import TYPE_CHECKING

import httpx

from ._config import (
    ENV_BASE_URL,
    ENV_ENVIRONMENT,
    ENV_PRIVATE_KEY,
    ENV_PUBLIC_KEY,
    ENV_TOKEN_STORE,
    SWAPPED_HINT,
    Target,
    VerifyTypes,
    from_env,
    keys_look_swapped,
    resolve_target,
    validate_key,
)
from ._constants import DEFAULT_REFRESH_MARGIN, DEFAULT_TIMEOUT, TOKEN_PATH
from ._errors import ConfigurationError
from ._redact import fingerprint
from ._retry import RetryPolicy
from ._shared import SharedTokenStore
from ._source import TokenSource
from ._store_spec import store_from_spec
from ._token import InMemoryTokenStore, Margin, Token, TokenStore

if TYPE_CHECKING:
    from ._fleet import FleetMinter

__all__ = ["EcartPayAuth"]

logger = logging.getLogger("ecartpay_auth")


def normalize_verify(verify: VerifyTypes) -> ssl.SSLContext:
    """One SSLContext for every client this auth builds.

    A CA bundle path becomes a context (httpx 0.28 deprecates `verify=<path>`), and so do
    True/False: loading a CA bundle blocks for tens of ms, so it happens once, here, not
    on an event loop at every mint or every new loop's connection pool.
    """
    if isinstance(verify, str):
        if not os.path.exists(verify):
            raise ConfigurationError(f"CA file not found: {verify}")
        return ssl.create_default_context(cafile=verify)
    if isinstance(verify, ssl.SSLContext):
        return verify
    return httpx.create_ssl_context(verify)


def _origin(url: httpx.URL) -> tuple[str, str, int | None]:
    default = {"http": 80, "https": 443}.get(url.scheme)
    return (url.scheme, url.host, url.port or default)


class EcartPayAuth(httpx.Auth):
    """Authenticate httpx requests to Ecart Pay with an automatically managed token.

    Works with `httpx.Client` and `httpx.AsyncClient` alike. Only requests to the origin
    it was built for (scheme, host and port of its base URL) are authenticated: the keys
    go to that origin's token endpoint only (HTTP Basic); every other request to that
    origin carries `Authorization: <token>` (raw, as the API documents). A 401 from that
    origin drops the token if it is still current, mints a new one (once for all who saw
    the 401) and replays the request once. Requests to any other origin pass through
    untouched: no token, and their 401 is not acted on.

    Args:
        public_key: The account's public API key (validated here, never shown).
        private_key: The account's private API key (validated here, never shown).
        base_url: Overrides `environment` (e.g. the local sandbox).
        environment: "sandbox" (default) or "production".
        refresh_margin: Seconds before expiry to refresh (capped at half the lifetime).
        retry_policy: How the token endpoint is retried on connection errors, 429 and
            5xx (default `RetryPolicy()`: 2 retries, jittered exponential backoff,
            `Retry-After` honoured up to 30 s).
        timeout: Seconds (or an `httpx.Timeout`) for the token request.
        verify: TLS verification of the token request: a bool, a CA file or an SSLContext.
        token_store: Where the token lives: this process's memory (default), or a
            `SharedTokenStore` (`RedisTokenStore`, `FileTokenStore`) for one mint per
            fleet or host, kept in memory in front of it.
        clock: The monotonic clock of the token schedule (default `time.monotonic`); a
            seam for tests that move time instead of waiting for it.
        allow_insecure_http: Accept a plain `http://` base URL to a host other than this
            machine (loopback needs no flag). Off by default: keys and tokens would
            cross the network in clear text. `verify=False` is accepted, with a WARNING.

    Raises:
        ecartpay.ConfigurationError: A missing or malformed key, an unknown environment,
            a plain-http URL, a negative `refresh_margin` or a bad `retry_policy`.

    Example:
        ```python
        auth = ecartpay_auth.EcartPayAuth(public_key, private_key, environment="sandbox")
        with httpx.Client(base_url=auth.base_url, auth=auth) as http:
            order = http.get("/api/orders/65a1b2c3d4e5f60718293b5c").json()
        ```
    """

    requires_request_body = False
    requires_response_body = False

    def __init__(
        self,
        public_key: str,
        private_key: str,
        *,
        base_url: str | None = None,
        environment: str | None = None,
        refresh_margin: float = DEFAULT_REFRESH_MARGIN,
        retry_policy: RetryPolicy | None = None,
        timeout: float | httpx.Timeout | None = DEFAULT_TIMEOUT,
        verify: VerifyTypes = True,
        token_store: TokenStore | SharedTokenStore | None = None,
        clock: Callable[[], float] = time.monotonic,
        allow_insecure_http: bool = False,
    ) -> None:
        self._public_key = validate_key(public_key, which="public", env_var=ENV_PUBLIC_KEY)
        self._private_key = validate_key(private_key, which="private", env_var=ENV_PRIVATE_KEY)
        self._target: Target = resolve_target(
            environment, base_url, allow_insecure_http=allow_insecure_http is True
        )
        self._token_origin = _origin(httpx.URL(self._target.base_url))
        if (
            isinstance(refresh_margin, bool)
            or not isinstance(refresh_margin, int | float)
            or not math.isfinite(refresh_margin)
            or refresh_margin < 0
        ):
            raise ConfigurationError(
                f"refresh_margin must be a non-negative number of seconds, got {refresh_margin!r}"
            )
        self._refresh_margin = float(refresh_margin)
        if retry_policy is not None and not isinstance(retry_policy, RetryPolicy):
            raise ConfigurationError(
                f"retry_policy must be an ecartpay_auth.RetryPolicy, "
                f"not {type(retry_policy).__name__}"
            )
        self._policy = retry_policy if retry_policy is not None else RetryPolicy()
        self._timeout = timeout if isinstance(timeout, httpx.Timeout) else httpx.Timeout(timeout)
        self._verify = normalize_verify(verify)
        if self._verify.verify_mode == ssl.CERT_NONE:
            logger.warning(
                "TLS certificate verification is off (verify=False) for %s: anyone on the "
                "network path can pose as the API and take the keys and tokens; pass "
                "verify=<CA bundle path or ssl.SSLContext> instead",
                self._target.host,
                extra={"ecartpay_event": "tls_verification_off"},
            )
        self._keys_swapped = keys_look_swapped(self._public_key, self._private_key)
        if self._keys_swapped:
            logger.warning("%s (not refused: the key format is not documented)", SWAPPED_HINT)
        self._wire(token_store, clock, self._refresh_margin)

    def _wire(
        self,
        token_store: TokenStore | SharedTokenStore | None,
        clock: Callable[[], float],
        margin: Margin,
    ) -> None:
        """Build the minter and the single-flight token source over `token_store`.

        `margin` is the refresh margin of each token (or a function of no arguments for
        a jittered one: `ecartpay_auth.MerchantAuths`)."""
        from ._endpoint import Minter  # the token call's modules load with the first auth

        minter = Minter(
            public_key=self._public_key,
            private_key=self._private_key,
            target=self._target,
            policy=self._policy,
            timeout=self._timeout,
            verify=self._verify,
            keys_swapped=self._keys_swapped,
            refresh_margin=margin,
            clock=clock,
        )
        self._store: TokenStore | SharedTokenStore
        self._fleet: FleetMinter | None = None
        mint_sync, mint_async = minter.mint_sync, minter.mint_async
        cache: TokenStore
        if isinstance(token_store, SharedTokenStore):
            from ._fleet import FleetMinter  # only processes that share a store need it

            self._fleet = FleetMinter(
                token_store.bind(
                    base_url=self._target.base_url,
                    public_key=self._public_key,
                    private_key=self._private_key,
                ),
                mint_sync=mint_sync,
                mint_async=mint_async,
                refresh_margin=margin,
                wait_limit=self._wait_limit(),
                clock=clock,
            )
            mint_sync, mint_async = self._fleet.mint_sync, self._fleet.mint_async
            self._store, cache = token_store, InMemoryTokenStore()
        else:
            cache = token_store if token_store is not None else InMemoryTokenStore()
            self._store = cache
        self._source = TokenSource(
            store=cache,
            mint_sync=mint_sync,
            mint_async=mint_async,
            wait_limit=self._wait_limit(),
            clock=clock,
            on_invalidate=self._fleet.reject if self._fleet is not None else None,
        )

    @classmethod
    def _sharing(
        cls,
        template: EcartPayAuth,
        public_key: str,
        private_key: str,
        *,
        token_store: SharedTokenStore | None,
        margin: Margin,
        clock: Callable[[], float],
    ) -> EcartPayAuth:
        """An auth for other keys with `template`'s target, timeout, retry policy and TLS
        context (no new SSLContext, no new settings to validate): what a pool of merchants
        builds per merchant. Each has its own token source, so its own single flight."""
        self = cls.__new__(cls)
        self._public_key = validate_key(public_key, which="public", env_var=ENV_PUBLIC_KEY)
        self._private_key = validate_key(private_key, which="private", env_var=ENV_PRIVATE_KEY)
        self._target = template._target
        self._token_origin = template._token_origin
        self._refresh_margin = template._refresh_margin
        self._policy = template._policy
        self._timeout = template._timeout
        self._verify = template._verify
        self._keys_swapped = keys_look_swapped(self._public_key, self._private_key)
        if self._keys_swapped:
            logger.warning("%s (not refused: the key format is not documented)", SWAPPED_HINT)
        self._wire(token_store, clock, margin)
        return self

    @classmethod
    def from_env(
        cls,
        *,
        public_key: str | None = None,
        private_key: str | None = None,
        environment: str | None = None,
        base_url: str | None = None,
        **kwargs: object,
    ) -> EcartPayAuth:
        """Build from arguments, else ECARTPAY_PUBLIC_KEY / _PRIVATE_KEY / _ENVIRONMENT /
        _BASE_URL / _TOKEN_STORE. An explicit argument beats any environment variable, so
        the keys can live in the environment and the rest in code.

        Args:
            public_key: The public key; default ECARTPAY_PUBLIC_KEY.
            private_key: The private key; default ECARTPAY_PRIVATE_KEY.
            environment: Default ECARTPAY_ENVIRONMENT (then "sandbox").
            base_url: Default ECARTPAY_BASE_URL.
            **kwargs: The other arguments of `EcartPayAuth`; `token_store` defaults to
                ECARTPAY_TOKEN_STORE (e.g. `redis://...` or `file:///...`).

        Returns:
            The auth.

        Raises:
            ecartpay.ConfigurationError: A key is missing from both, or malformed.

        Example:
            ```python
            auth = ecartpay_auth.EcartPayAuth.from_env(refresh_margin=600)
            ```
        """
        if kwargs.get("token_store") is None:
            kwargs["token_store"] = store_from_spec(from_env(ENV_TOKEN_STORE, None))
        if base_url is None and environment is None:
            base_url = from_env(ENV_BASE_URL, None)
            environment = from_env(ENV_ENVIRONMENT, None)
        return cls(
            from_env(ENV_PUBLIC_KEY, public_key),  # type: ignore[arg-type]
            from_env(ENV_PRIVATE_KEY, private_key),  # type: ignore[arg-type]
            base_url=base_url,
            environment=environment,
            **kwargs,  # type: ignore[arg-type]
        )

    def _wait_limit(self) -> float:
        """How long a waiter trusts a mint in progress before presuming it stuck."""
        per_attempt = sum(
            t for t in (self._timeout.connect, self._timeout.write, self._timeout.read) if t
        )
        policy = self._policy
        return max(30.0, policy.attempts * (per_attempt or 60.0) + policy.worst_case_wait() + 5)

    def _minting(self) -> bool:
        """True while a mint of this auth's token is in progress."""
        return self._source.minting()

    # -- public API ------------------------------------------------------------------------

    @property
    def base_url(self) -> str:
        """The API's base URL; only requests to its origin are authenticated.

        Example:
            ```python
            http = httpx.Client(base_url=auth.base_url, auth=auth)
            ```
        """
        return self._target.base_url

    @property
    def environment(self) -> str | None:
        """ "sandbox" or "production", or None when a custom base URL is used.

        Example:
            ```python
            if auth.environment == "production":
                log.info("live payments")
            ```
        """
        return self._target.environment

    @property
    def verify(self) -> ssl.SSLContext:
        """The TLS context of the token request (one for every client this auth builds).

        Example:
            ```python
            http = httpx.Client(base_url=auth.base_url, auth=auth, verify=auth.verify)
            ```
        """
        return self._verify

    @property
    def timeout(self) -> httpx.Timeout:
        """The timeouts of the token request.

        Example:
            ```python
            print(auth.timeout.read)
            ```
        """
        return self._timeout

    @property
    def retry_policy(self) -> RetryPolicy:
        """How the token request is retried.

        Example:
            ```python
            print(auth.retry_policy.worst_case_wait())  # the longest a mint can take
            ```
        """
        return self._policy

    @property
    def token_store(self) -> TokenStore | SharedTokenStore:
        """Where the token is kept (this process's memory unless a shared store was given).

        Example:
            ```python
            print(auth.token_store)  # its repr shows a fingerprint, never the token
            ```
        """
        return self._store

    def get_token(self) -> str:
        """A valid token, minted if needed (blocking). Threads asking at once share one
        mint.

        Returns:
            The token, as sent in `Authorization` (keep it secret; never log it).

        Raises:
            ecartpay.AuthenticationError: The keys were refused.
            ecartpay.ServiceUnavailableError: The token endpoint stayed unreachable or
                overloaded after every retry.
            ecartpay.TokenResponseError: The answer held no usable token.

        Example:
            ```python
            headers = {"Authorization": auth.get_token()}
            ```
        """
        return self._source.get_sync().value

    async def aget_token(self) -> str:
        """A valid token, minted if needed, without blocking the event loop. Tasks asking
        at once share one mint; a cancelled task leaves nothing held.

        Returns:
            The token, as sent in `Authorization` (keep it secret; never log it).

        Raises:
            ecartpay.AuthenticationError: The keys were refused.
            ecartpay.ServiceUnavailableError: The token endpoint stayed unreachable.
            ecartpay.TokenResponseError: The answer held no usable token.

        Example:
            ```python
            headers = {"Authorization": await auth.aget_token()}
            ```
        """
        return (await self._source.get_async()).value

    def get_token_info(self) -> Token:
        """Like `get_token`, but the `Token` object (claims, schedule, fingerprint), for
        what the raw value does not say.

        Returns:
            The current token.

        Raises:
            ecartpay.EcartPayError: As `get_token` raises them.

        Example:
            ```python
            token = auth.get_token_info()
            log.info("token %s expires at %s", token.fingerprint, token.expires_at_utc)
            ```
        """
        return self._source.get_sync()

    async def aget_token_info(self) -> Token:
        """Like `aget_token`, but the `Token` object (claims, schedule, fingerprint).

        Returns:
            The current token.

        Raises:
            ecartpay.EcartPayError: As `aget_token` raises them.

        Example:
            ```python
            token = await auth.aget_token_info()
            print(token.fingerprint, token.remaining())
            ```
        """
        return await self._source.get_async()

    def forget(self) -> None:
        """Drop the token from memory (and from a `TokenStore`); the next request mints anew.

        A shared store keeps its token: the rest of the fleet still uses it. A token that
        the API refused is deleted there by the 401 handling (compare-and-delete).

        Example:
            ```python
            auth.forget()  # e.g. after rotating the keys in the dashboard
            ```
        """
        self._source.forget()

    # -- httpx.Auth --------------------------------------------------------------------------

    def _is_home(self, url: httpx.URL) -> bool:
        """Whether `url` is on the origin this auth was built for (scheme, host, port):
        the only place its token goes, and the only 401 it acts on."""
        return _origin(url) == self._token_origin

    def _is_token_request(self, request: httpx.Request) -> bool:
        return request.url.path.rstrip("/") == TOKEN_PATH

    def _basic(self, request: httpx.Request) -> httpx.Request:
        # A generated `create_authorization_token` call through this auth: Basic keys,
        # sent to this target's token endpoint only.
        basic = httpx.BasicAuth(self._public_key, self._private_key)
        return next(basic.auth_flow(request))

    @staticmethod
    def _replayable(request: httpx.Request) -> bool:
        try:
            request.content  # noqa: B018 - raises when the body is a one-shot stream
        except httpx.RequestNotRead:
            return False
        return True

    def _should_replay(
        self, request: httpx.Request, response: httpx.Response, token: Token
    ) -> bool:
        """After a response: on 401 drop `token` if still current; replay if we can.

        A 401 from another origin (a redirect followed away from home) is not ours."""
        if response.status_code != 401 or not self._is_home(response.url):
            return False
        self._source.invalidate(token)  # even if we cannot replay: the token is dead
        return self._replayable(request)

    @staticmethod
    def _with_fresh(request: httpx.Request, failed: Token, fresh: Token) -> bool:
        """Put `fresh` on `request` for its one replay; False if it is the failed one."""
        if fresh.value == failed.value:
            return False
        request.headers["Authorization"] = fresh.value
        return True

    def sync_auth_flow(
        self, request: httpx.Request
    ) -> Generator[httpx.Request, httpx.Response, None]:
        """httpx's sync hook: add the token to a request of our origin, replay it once after
        a 401 with a fresh token; pass a request to any other origin through untouched.

        httpx calls it; you do not.

        Args:
            request: The request httpx is about to send.

        Yields:
            The request, with its token; once more after a 401, with a fresh one.

        Example:
            ```python
            httpx.Client(auth=auth).get(f"{auth.base_url}/api/customers")  # httpx calls it
            ```
        """
        if not self._is_home(request.url):
            yield request  # another origin: neither our token nor our 401
            return
        if self._is_token_request(request):
            yield self._basic(request)
            return
        token = self._source.get_sync()
        request.headers["Authorization"] = token.value
        response = yield request
        if self._should_replay(request, response, token) and self._with_fresh(
            request, token, self._source.get_sync()
        ):
            yield request

    async def async_auth_flow(
        self, request: httpx.Request
    ) -> AsyncGenerator[httpx.Request, httpx.Response]:
        """httpx's async hook: as `sync_auth_flow`, without blocking the event loop.

        Args:
            request: The request httpx is about to send.

        Yields:
            The request, with its token; once more after a 401, with a fresh one.

        Example:
            ```python
            async with httpx.AsyncClient(auth=auth) as http:
                await http.get(f"{auth.base_url}/api/customers")  # httpx calls it
            ```
        """
        if not self._is_home(request.url):
            yield request  # another origin: neither our token nor our 401
            return
        if self._is_token_request(request):
            yield self._basic(request)
            return
        token = await self._source.get_async()
        request.headers["Authorization"] = token.value
        response = yield request
        if self._should_replay(request, response, token) and self._with_fresh(
            request, token, await self._source.get_async()
        ):
            yield request

    def auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
        """httpx's generic hook: the sync flow.

        Args:
            request: The request httpx is about to send.

        Yields:
            As `sync_auth_flow`.

        Example:
            ```python
            flow = auth.auth_flow(httpx.Request("GET", f"{auth.base_url}/api/customers"))
            ```
        """

        return (yield from self.sync_auth_flow(request))

    # -- never show a secret -----------------------------------------------------------------

    def __repr__(self) -> str:
        token = self._source.peek()
        shown = f"sha256:{token.fingerprint}" if token is not None else None
        return (
            f"EcartPayAuth(base_url={self._target.base_url!r}, "
            f"public_key=sha256:{fingerprint(self._public_key)}, token={shown})"
        )

    __str__ = __repr__

    def __getstate__(self) -> object:
        raise TypeError("EcartPayAuth holds secrets and cannot be pickled")
