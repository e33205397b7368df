"""OAuth connect: a platform gets a merchant's API keys with the merchant's consent.

    url, state = ecartpay.oauth.authorization_url(CLIENT_ID, REDIRECT_URI)
    # keep `state` in the user's session, send the merchant's browser to `url`; then, in
    # the callback (GET REDIRECT_URI?code=..&state=..):
    code = ecartpay.oauth.parse_callback(request.query_params, expected_state=saved_state)
    creds = ecartpay.oauth.exchange_code(
        code, client_id=CLIENT_ID, client_secret=CLIENT_SECRET, redirect_uri=REDIRECT_URI,
        state=request.query_params["state"], expected_state=saved_state,
    )                                           # -> MerchantCredentials
    client = pool.client(creds.public_key, creds.private_key)   # act as the merchant

The vendor's two sources disagree on the exchange's answer (the keys directly, or an
access token that `GET /api/oauth/credentials` turns into keys): `exchange_code` follows
whichever shape arrives. Both requests go through the generated client
(`ecartpay_client.api.oauth`). `aexchange_code` is the async twin.

The state is compared in constant time before any request. Every failure is an
`ecartpay.EcartPayError`: the `OAuthError` family below for what the flow refuses,
`APIError` / `APIConnectionError` for anything else. No code, secret, key or token ever
appears in a `repr`, a log line or an exception.
"""

from __future__ import annotations

import hmac
import logging
import secrets
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any, NoReturn
from urllib.parse import parse_qsl, urlencode, urlsplit

import httpx

from ecartpay_auth._api_error import APIError
from ecartpay_auth._config import (
    ENV_BASE_URL,
    ENV_ENVIRONMENT,
    Target,
    from_env,
    resolve_target,
)
from ecartpay_auth._constants import DEFAULT_TIMEOUT
from ecartpay_auth._errors import APIConnectionError, APITimeoutError, ConfigurationError
from ecartpay_auth._redact import fingerprint
from ecartpay_auth._steps import Flow, Op, run_async, run_sync
from ecartpay_auth._user_agent import user_agent
from ecartpay_client.api.oauth import create_oauth_token, get_oauth_credentials
from ecartpay_client.client import AuthenticatedClient
from ecartpay_client.models.oauth_credentials import OauthCredentials
from ecartpay_client.models.oauth_grant import OauthGrant
from ecartpay_client.models.oauth_token_request import OauthTokenRequest
from ecartpay_client.models.oauth_token_request_grant_type import OauthTokenRequestGrantType
from ecartpay_client.types import UNSET, Response

from ._oauth_errors import (
    ConsentDeniedError,
    InvalidClientError,
    InvalidCodeError,
    OAuthError,
    RedirectMismatchError,
    StateMismatchError,
)

__all__ = [
    "CONSENT_PATH",
    "ConsentDeniedError",
    "InvalidClientError",
    "InvalidCodeError",
    "MerchantCredentials",
    "OAuthError",
    "RedirectMismatchError",
    "StateMismatchError",
    "aexchange_code",
    "authorization_url",
    "exchange_code",
    "parse_callback",
]

logger = logging.getLogger("ecartpay.oauth")

CONSENT_PATH = "/oauth"
"""The consent page, on the same host as the API (`{base}/oauth?client_id=..`)."""

_STATE_BYTES = 32  # 256 bits of randomness: 43 URL-safe characters
_LOOPBACK = ("localhost", "127.0.0.1", "::1")


@dataclass(frozen=True, slots=True)
class MerchantCredentials:
    """A connected merchant's API keys, as the exchange (or the credentials call) gave
    them. `repr` shows the account, the public key and the scopes, never `private_key`.

    Store `private_key` encrypted, server-side: it is an ordinary API key of the merchant.

    Attributes:
        account_id: The merchant's Ecart Pay account, when the answer names it.
        public_key: The merchant's public API key.
        private_key: The merchant's private API key (kept out of `repr`).
        scopes: What the merchant granted, e.g. `("read_orders", "read_credentials")`.

    Example:
        ```python
        creds = ecartpay.oauth.exchange_code(code, **exchange_arguments)
        vault.store(creds.account_id, creds.public_key, encrypt(creds.private_key))
        client = pool.client(creds.public_key, creds.private_key)
        ```
    """

    account_id: str | None
    public_key: str
    private_key: str = field(repr=False)
    scopes: tuple[str, ...] = ()

    def __repr__(self) -> str:
        return (
            f"MerchantCredentials(account_id={self.account_id!r}, "
            f"public_key={self.public_key!r}, private_key=sha256:{fingerprint(self.private_key)}, "
            f"scopes={self.scopes!r})"
        )

    __str__ = __repr__


def _target(environment: str | None, base_url: str | None) -> Target:
    """Arguments first, else ECARTPAY_BASE_URL / ECARTPAY_ENVIRONMENT, as `EcartPay` reads."""
    if base_url is None and environment is None:
        base_url, environment = from_env(ENV_BASE_URL, None), from_env(ENV_ENVIRONMENT, None)
    return resolve_target(environment, base_url)


# -- step 1: the consent page's URL -----------------------------------------------------


def _check_redirect_uri(redirect_uri: str) -> str:
    """HTTPS, or plain HTTP on a loopback host (the rule the vendor and the spec state)."""
    if not isinstance(redirect_uri, str) or not redirect_uri:
        raise ConfigurationError("redirect_uri must be a non-empty URL")
    parts = urlsplit(redirect_uri)
    if parts.scheme == "https" and parts.hostname:
        return redirect_uri
    if parts.scheme == "http" and parts.hostname in _LOOPBACK:
        return redirect_uri
    raise ConfigurationError(
        "redirect_uri must be an https:// URL (plain http:// only on localhost, 127.0.0.1 "
        "or [::1], for local development)"
    )


def _check_text(value: object, name: str) -> str:
    if not isinstance(value, str) or not value.strip():
        raise ConfigurationError(f"{name} must be a non-empty string")
    return value


def authorization_url(
    client_id: str,
    redirect_uri: str,
    *,
    state: str | None = None,
    base_url: str | None = None,
    environment: str | None = None,
) -> tuple[str, str]:
    """The consent page's URL for this application, and the `state` it carries.

    Without `state`, an unguessable one is made (256 random bits). Keep it in the user's
    session: the callback must bring it back (`exchange_code(..., expected_state=...)`).
    `base_url` (e.g. a local sandbox) wins over `environment` ("sandbox" by default); with
    neither, ECARTPAY_BASE_URL and ECARTPAY_ENVIRONMENT are read, as `EcartPay` does.

    Args:
        client_id: Your OAuth application's id.
        redirect_uri: Where the merchant comes back: `https://` (plain `http://` only on
            a loopback host), exactly as the application registered it.
        state: Your own anti-forgery value; by default a fresh random one.
        base_url: The API's base URL, e.g. a local sandbox's.
        environment: `"sandbox"` or `"production"`.

    Returns:
        `(url, state)`: send the merchant's browser to `url`; keep `state` in the session.

    Raises:
        ecartpay.ConfigurationError: An empty `client_id` or `state`, a `redirect_uri`
            that is not https, or an unknown environment.

    Example:
        ```python
        url, state = ecartpay.oauth.authorization_url(
            "app_123", "https://platform.example.com/oauth/callback"
        )
        session["ecartpay_state"] = state
        return RedirectResponse(url)
        ```
    """
    _check_text(client_id, "client_id")
    _check_redirect_uri(redirect_uri)
    if state is None:
        state = secrets.token_urlsafe(_STATE_BYTES)
    _check_text(state, "state")
    target = _target(environment, base_url)
    query = urlencode({"client_id": client_id, "redirect_uri": redirect_uri, "state": state})
    return f"{target.base_url.rstrip('/')}{CONSENT_PATH}?{query}", state


# -- step 2: the callback ---------------------------------------------------------------


def _check_state(state: object, expected_state: object) -> None:
    """Equal and non-empty, compared in constant time; else `StateMismatchError`."""
    given = state.encode() if isinstance(state, str) else b""
    wanted = expected_state.encode() if isinstance(expected_state, str) else b""
    if not (hmac.compare_digest(given, wanted) and wanted):
        raise StateMismatchError(
            "the callback's state does not match the one stored for this session "
            "(a forged, replayed or cross-session callback): nothing was exchanged",
            error="state_mismatch",
        )


def parse_callback(params: Mapping[str, str] | str, *, expected_state: str) -> str:
    """The authorization code of a callback, once its `state` is checked.

    The state is checked first, so a forged callback is refused before anything else is
    read from it.

    Args:
        params: The callback's query: a mapping such as Starlette's
            `request.query_params` or Flask's `request.args`, a query string, or the
            whole URL.
        expected_state: The `state` kept in the session by `authorization_url`.

    Returns:
        The authorization code, for `exchange_code`.

    Raises:
        ecartpay.StateMismatchError: The callback's `state` is not the session's.
        ecartpay.ConsentDeniedError: The merchant chose deny.
        ecartpay.OAuthError: Any other error the consent page reported.
        ecartpay.InvalidCodeError: The callback carries no code.

    Example:
        ```python
        code = ecartpay.oauth.parse_callback(
            "https://platform.example.com/oauth/callback?code=abc&state=s1",
            expected_state="s1",
        )
        assert code == "abc"
        ```
    """
    if isinstance(params, str):
        query = urlsplit(params).query if "://" in params else params.lstrip("?")
        params = dict(parse_qsl(query, keep_blank_values=True))
    _check_state(params.get("state"), expected_state)
    error = params.get("error")
    if error == "access_denied":
        raise ConsentDeniedError("the merchant denied the connection", error=error)
    if error:
        raise OAuthError(f"the consent page reported {error[:60]!r}", error=error[:60])
    code = params.get("code")
    if not code:
        raise InvalidCodeError("the callback carries no authorization code")
    return code


# -- step 3: the exchange ---------------------------------------------------------------


def _client(
    base_url: str, token: str, timeout: float | httpx.Timeout | None
) -> AuthenticatedClient:
    # The generated client sends `token` raw in `Authorization` with an empty prefix: the
    # code for the exchange, the access token for the credentials call.
    return AuthenticatedClient(
        base_url=base_url,
        token=token,
        prefix="",
        timeout=timeout if isinstance(timeout, httpx.Timeout) else httpx.Timeout(timeout),
        follow_redirects=False,
        raise_on_unexpected_status=False,
        headers={"User-Agent": user_agent()},
    )


def _body(content: bytes) -> dict[str, Any]:
    import json

    try:
        parsed = json.loads(content)
    except (ValueError, UnicodeDecodeError):
        return {}
    return parsed if isinstance(parsed, dict) else {}


def _refused(response: Response[Any], method: str, path: str) -> NoReturn:
    """The typed error of an error answer of the exchange or the credentials call."""
    status = int(response.status_code)
    body = _body(response.content)
    message = body.get("message") if isinstance(body.get("message"), str) else None
    error = body.get("error") if isinstance(body.get("error"), str) else None
    said = f": {message[:200]}" if message else ""
    words = (message or "").lower()
    kind: type[OAuthError] | None = None
    if error == "redirect_uri_mismatch" or (
        error is None and status == 400 and "redirect" in words
    ):
        kind = RedirectMismatchError
    elif (
        error == "invalid_grant"
        or (error is None and status in (400, 401) and "code" in words)
        or (error == "invalid_request" and status == 401)
    ):
        kind = InvalidCodeError
    elif error == "invalid_client" or (status == 401 and path.endswith("/token")):
        kind = InvalidClientError
    if kind is not None:
        raise kind(
            f"{method} {path} refused the connection ({status}{said})",
            error=error,
            status_code=status,
            api_message=message,
        )
    raise APIError.from_parts(
        status_code=status, method=method, path=path, content=response.content
    )


def _no_answer(exc: httpx.TransportError, method: str, path: str) -> NoReturn:
    kind = APITimeoutError if isinstance(exc, httpx.TimeoutException) else APIConnectionError
    # `from None`: the httpx exception's request holds the code and the secret.
    raise kind(f"{method} {path}: {type(exc).__name__}", method=method, path=path) from None


_TOKEN = ("POST", "/api/oauth/token")
_CREDENTIALS = ("GET", "/api/oauth/credentials")


def _scopes(scope: object) -> tuple[str, ...]:
    if not isinstance(scope, str):
        return ()
    return tuple(s for s in scope.replace(" ", ",").split(",") if s)


def _text(value: object) -> str | None:
    return value if isinstance(value, str) and value else None


def _credentials(answer: OauthGrant | OauthCredentials, scope: object) -> MerchantCredentials:
    public, private = _text(answer.public_id), _text(answer.private_id)
    if public is None or private is None:
        raise OAuthError("the answer carries no keys")
    own_scope = answer.scope if answer.scope is not UNSET else scope
    return MerchantCredentials(
        account_id=_text(answer.account_id), public_key=public, private_key=private,
        scopes=_scopes(own_scope),
    )  # fmt: skip


def _shape(answer: object) -> str:
    if isinstance(answer, OauthGrant | OauthCredentials):
        keys = sorted(k for k, v in answer.to_dict().items() if v not in (None, ""))
        return f"fields [{', '.join(k[:40] for k in keys[:12])}]"
    return "no JSON object"


def _from_grant(response: Response[Any]) -> MerchantCredentials | str:
    """The credentials of the keys shape, or the access token of the other shape."""
    if int(response.status_code) != 200:
        _refused(response, *_TOKEN)
    grant = response.parsed
    if isinstance(grant, OauthGrant):
        if _text(grant.public_id) and _text(grant.private_id):
            return _credentials(grant, grant.scope)
        access = _text(grant.access_token)
        if access is not None:
            return access
    raise OAuthError(
        f"the code exchange answered 200 with {_shape(grant)}: neither the merchant's keys "
        "(public_id, private_id) nor an access_token",
        status_code=200,
    )


def _from_credentials(response: Response[Any], scope: object) -> MerchantCredentials:
    if int(response.status_code) != 200:
        _refused(response, *_CREDENTIALS)
    answer = response.parsed
    if (
        isinstance(answer, OauthCredentials)
        and _text(answer.public_id)
        and _text(answer.private_id)
    ):
        return _credentials(answer, scope)
    raise OAuthError(
        f"the credentials call answered 200 with {_shape(answer)}, not the merchant's keys",
        status_code=200,
    )


def _connected(creds: MerchantCredentials, shape: str) -> MerchantCredentials:
    logger.info(
        "connected merchant account %s (public key sha256:%s, %s answer), scopes %s",
        creds.account_id,
        fingerprint(creds.public_key),
        shape,
        ",".join(creds.scopes),
        extra={"ecartpay_event": "oauth_connected"},
    )
    return creds


def _prepare(
    code: str,
    client_id: str,
    client_secret: str,
    redirect_uri: str,
    state: str,
    expected_state: str,
    environment: str | None,
    base_url: str | None,
) -> str:
    """Every check before a request (the state first); the target's base URL."""
    _check_state(state, expected_state)
    if not isinstance(code, str) or not code:
        raise InvalidCodeError("no authorization code to exchange (read it with parse_callback)")
    _check_text(client_id, "client_id")
    _check_text(client_secret, "client_secret")
    _check_redirect_uri(redirect_uri)
    return _target(environment, base_url).base_url


class _Exchange:
    """One exchange: its checked inputs, and the two requests it may make through the
    generated client (the code's, then the access token's), run sync or async."""

    def __init__(self, base_url: str, code: str, client_id: str, client_secret: str,
                 redirect_uri: str, timeout: float | httpx.Timeout | None) -> None:  # fmt: skip
        self._base, self._code, self._timeout = base_url, code, timeout
        self._client_id, self._secret, self._redirect = client_id, client_secret, redirect_uri

    def flow(self) -> Flow[MerchantCredentials]:
        """The decisions, once: follow whichever answer shape arrives."""
        result = _from_grant((yield ("token", self._code)))
        if isinstance(result, MerchantCredentials):
            return _connected(result, "keys")
        return _connected(_from_credentials((yield ("credentials", result)), None), "access token")

    def _request(self, op: Op) -> tuple[AuthenticatedClient, tuple[str, str], dict[str, Any]]:
        kind, token = op
        client = _client(self._base, token, self._timeout)
        if kind == "token":
            body = OauthTokenRequest(
                grant_type=OauthTokenRequestGrantType.AUTHORIZATION_CODE,
                redirect_url=self._redirect,
            )
            args = {"body": body, "client_id": self._client_id, "x_secret": self._secret}
            return client, _TOKEN, args
        return client, _CREDENTIALS, {}

    def run_sync(self, op: Op) -> Response[Any]:
        client, where, args = self._request(op)
        module: Any = create_oauth_token if where is _TOKEN else get_oauth_credentials
        try:
            with client as c:
                return module.sync_detailed(client=c, **args)  # type: ignore[no-any-return]
        except httpx.TransportError as exc:
            _no_answer(exc, *where)

    async def run_async(self, op: Op) -> Response[Any]:
        client, where, args = self._request(op)
        module: Any = create_oauth_token if where is _TOKEN else get_oauth_credentials
        try:
            async with client as c:
                return await module.asyncio_detailed(client=c, **args)  # type: ignore[no-any-return]
        except httpx.TransportError as exc:
            _no_answer(exc, *where)


def exchange_code(
    code: str,
    *,
    client_id: str,
    client_secret: str,
    redirect_uri: str,
    state: str,
    expected_state: str,
    environment: str | None = None,
    base_url: str | None = None,
    timeout: float | httpx.Timeout | None = DEFAULT_TIMEOUT,
) -> MerchantCredentials:
    """Exchange the callback's code for the merchant's keys (on your server only: it
    needs the application's secret).

    `state` (the callback's) must equal `expected_state` (the session's): checked in
    constant time before any request. Whichever of the vendor's two answers arrives (the
    keys, or an access token that the credentials call turns into keys), the result is
    the same.

    Args:
        code: The authorization code, from `parse_callback`.
        client_id: Your OAuth application's id.
        client_secret: Your OAuth application's secret.
        redirect_uri: Exactly the redirect URL the application registered.
        state: The callback's `state`.
        expected_state: The `state` kept in the session.
        environment: `"sandbox"` or `"production"`.
        base_url: The API's base URL (wins over `environment`).
        timeout: Seconds (or an `httpx.Timeout`) for each request.

    Returns:
        The merchant's keys, account and granted scopes.

    Raises:
        ecartpay.StateMismatchError: `state` differs from `expected_state`.
        ecartpay.InvalidCodeError: The code is missing, unknown, expired or spent.
        ecartpay.RedirectMismatchError: `redirect_uri` is not the registered one.
        ecartpay.InvalidClientError: Unknown `client_id` or wrong `client_secret`.
        ecartpay.OAuthError: The answer carries no keys.
        ecartpay.ConfigurationError: An empty argument or a non-https `redirect_uri`.
        ecartpay.APIError: Any other error answer.
        ecartpay.APIConnectionError: No answer (`APITimeoutError` when it timed out).

    Example:
        ```python
        creds = ecartpay.oauth.exchange_code(
            code,
            client_id=CLIENT_ID,
            client_secret=CLIENT_SECRET,
            redirect_uri=REDIRECT_URI,
            state=request.query_params["state"],
            expected_state=session.pop("ecartpay_state"),
        )
        ```
    """
    base = _prepare(
        code, client_id, client_secret, redirect_uri, state, expected_state, environment, base_url
    )
    exchange = _Exchange(base, code, client_id, client_secret, redirect_uri, timeout)
    return run_sync(exchange.flow(), exchange.run_sync)


async def aexchange_code(
    code: str,
    *,
    client_id: str,
    client_secret: str,
    redirect_uri: str,
    state: str,
    expected_state: str,
    environment: str | None = None,
    base_url: str | None = None,
    timeout: float | httpx.Timeout | None = DEFAULT_TIMEOUT,  # noqa: ASYNC109 - per request
) -> MerchantCredentials:
    """`exchange_code` without blocking the event loop.

    Args:
        code: The authorization code, from `parse_callback`.
        client_id: Your OAuth application's id.
        client_secret: Your OAuth application's secret.
        redirect_uri: Exactly the redirect URL the application registered.
        state: The callback's `state`.
        expected_state: The `state` kept in the session.
        environment: `"sandbox"` or `"production"`.
        base_url: The API's base URL (wins over `environment`).
        timeout: Seconds (or an `httpx.Timeout`) for each request.

    Returns:
        The merchant's keys, account and granted scopes.

    Raises:
        ecartpay.EcartPayError: As `exchange_code` raises them.

    Example:
        ```python
        creds = await ecartpay.oauth.aexchange_code(
            code,
            client_id=CLIENT_ID,
            client_secret=CLIENT_SECRET,
            redirect_uri=REDIRECT_URI,
            state=request.query_params["state"],
            expected_state=session.pop("ecartpay_state"),
        )
        ```
    """

    base = _prepare(
        code, client_id, client_secret, redirect_uri, state, expected_state, environment, base_url
    )
    exchange = _Exchange(base, code, client_id, client_secret, redirect_uri, timeout)
    return await run_async(exchange.flow(), exchange.run_async)
