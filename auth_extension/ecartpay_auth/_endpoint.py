"""One mint: the generated `create_authorization_token` call, its retries, its errors.

The request and the parsing of a good answer belong to the generated client, so the spec
drives them. This module adds what the generated code leaves out: classifying the
answer (retry, refuse, accept), HTTP Basic credentials sent to the token endpoint only,
and errors that name the target but never a key or a token.
"""

from __future__ import annotations

import contextlib
import logging
import ssl
import time
from collections.abc import Callable, Iterator
from typing import Any, NoReturn

import httpx

from ecartpay_client.api.authorization import create_authorization_token
from ecartpay_client.client import AuthenticatedClient
from ecartpay_client.models.authorization_token import AuthorizationToken
from ecartpay_client.types import Response

from ._api_error import AuthenticationError
from ._config import SWAPPED_HINT, Target, VerifyTypes
from ._constants import TOKEN_PATH
from ._errors import (
    ConfigurationError,
    EcartPayError,
    ServiceUnavailableError,
    TokenResponseError,
)
from ._json import loads
from ._redact import redact, without_headers
from ._retry import RetryableMintError, RetryPolicy
from ._token import Margin, Token, margin_value
from ._user_agent import user_agent

__all__ = ["Minter", "VerifyTypes"]

logger = logging.getLogger("ecartpay_auth")

_MAX_API_MESSAGE = 300
_WHAT = "token endpoint"  # names the retried request in the retry log lines


def _api_message(content: bytes) -> str | None:
    """The `message` (or `error`) field of an error body, if it has one."""
    try:
        body = loads(content)
    except (ValueError, UnicodeDecodeError):
        return None
    if not isinstance(body, dict):
        return None
    for field in ("message", "error"):
        value = body.get(field)
        if isinstance(value, str) and value:
            return value[:_MAX_API_MESSAGE]
    return None


def _body_shape(content: bytes) -> str:
    """Describe a body without quoting it (it might contain a token)."""
    try:
        body = loads(content)
    except (ValueError, UnicodeDecodeError):
        return f"{len(content)} bytes that are not JSON"
    if isinstance(body, dict):
        keys = ", ".join(sorted(str(k)[:40] for k in body)[:10])
        return f"a JSON object with keys [{keys}]"
    return f"a JSON {type(body).__name__}"


def _usable_token(value: object) -> str | None:
    """A token must be a non-empty string that can travel in an HTTP header as is."""
    if not isinstance(value, str) or not value or len(value) > 16_384:
        return None
    if not value.isascii() or not value.isprintable() or any(ch.isspace() for ch in value):
        return None
    return value


def _certificate_problem(exc: BaseException) -> str | None:
    """What the TLS library said of an untrusted certificate, if that is what `exc` is."""
    seen: BaseException | None = exc
    for _ in range(10):
        if seen is None:
            return None
        if isinstance(seen, ssl.SSLCertVerificationError):
            return str(seen.verify_message or "certificate verify failed")
        seen = seen.__cause__ or seen.__context__
    return None


class Minter:
    """Exchanges the keys for a token, with retries. Stateless between calls."""

    def __init__(
        self,
        *,
        public_key: str,
        private_key: str,
        target: Target,
        policy: RetryPolicy,
        timeout: httpx.Timeout,
        verify: ssl.SSLContext,
        keys_swapped: bool,
        refresh_margin: Margin,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self._refresh_margin = refresh_margin
        self._clock = clock  # anchors each token's schedule: the TokenSource's clock
        self._public_key = public_key
        self._private_key = private_key
        self._target = target
        self._policy = policy
        self._timeout = timeout
        # Built once by EcartPayAuth (normalize_verify): loading a CA bundle blocks for tens
        # of ms, which must not happen on the event loop at every mint.
        self._verify = verify
        self._keys_swapped = keys_swapped

    # -- building the generated client ------------------------------------------------

    def _client(self, hook: Callable[[httpx.Response], Any]) -> AuthenticatedClient:
        # The generated token operation takes an AuthenticatedClient; an empty token and
        # prefix leave its header empty, and BasicAuth overwrites it on the one request.
        return AuthenticatedClient(
            base_url=self._target.base_url,
            token="",
            prefix="",
            timeout=self._timeout,
            verify_ssl=self._verify,
            follow_redirects=False,
            raise_on_unexpected_status=False,
            headers={"User-Agent": user_agent()},
            httpx_args={
                "auth": httpx.BasicAuth(self._public_key, self._private_key),
                "event_hooks": {"response": [hook]},
            },
        )

    # -- one attempt --------------------------------------------------------------------

    def _secrets(self) -> tuple[str, str]:
        return (self._public_key, self._private_key)

    def _transport_failure(self, exc: httpx.TransportError) -> NoReturn:
        problem = _certificate_problem(exc)
        if problem is not None:
            # Not transient: retrying cannot make an untrusted certificate trusted.
            raise ConfigurationError(
                f"the TLS certificate of {self._target.host} is not trusted ({problem}): pass "
                "verify=<CA bundle path or ssl.SSLContext> (CLI: --ca-file) if this host "
                "is a local or corporate endpoint you trust"
            ) from exc
        kind = "timed out" if isinstance(exc, httpx.TimeoutException) else "failed"
        detail = redact(str(exc), self._secrets())[:200]
        reason = f"request to {self._target.host} {kind}: {type(exc).__name__}"
        if detail:
            reason += f" ({detail})"
        raise RetryableMintError(reason) from exc

    def _undecodable(self, exc: httpx.RequestError) -> NoReturn:
        raise TokenResponseError(
            f"the token endpoint of {self._target.describe()} sent a response that could "
            f"not be read ({type(exc).__name__})"
        ) from None

    def _classify(
        self,
        *,
        status: int,
        content: bytes,
        headers: httpx.Headers,
        parsed: object,
        parse_error: BaseException | None,
        obtained_at: float,
    ) -> Token:
        where = self._target.describe()
        if status == 200:
            value = _usable_token(parsed.token) if isinstance(parsed, AuthorizationToken) else None
            if value is None:
                why = type(parse_error).__name__ if parse_error is not None else "no usable token"
                raise TokenResponseError(
                    f"the token endpoint of {where} answered 200 with {_body_shape(content)} "
                    f"instead of a token ({why})",
                    status_code=200,
                )
            return Token.from_value(
                value,
                obtained_at_monotonic=obtained_at,
                refresh_margin=margin_value(self._refresh_margin),
            )
        api_message = _api_message(content)
        if api_message is not None:
            api_message = redact(api_message, self._secrets())
        if status in (401, 403):
            hint = (
                "sandbox and production keys are different: check that these keys were "
                "created with the dashboard's Sandbox toggle matching the environment"
            )
            if self._keys_swapped:
                hint = f"{SWAPPED_HINT}; also, {hint}"
            said = f" ({api_message})" if api_message else ""
            raise AuthenticationError(  # never the body: it is not quoted (see _body_shape)
                f"{where} refused the API keys with HTTP {status}{said}: {hint}",
                status_code=status,
                method="POST",
                path=TOKEN_PATH,
                api_message=api_message,
            )
        if status == 429 or status >= 500:
            said = f": {api_message}" if api_message else ""
            raise RetryableMintError(
                f"HTTP {status} from {self._target.host}{said}",
                status_code=status,
                retry_after=self._policy.parse_retry_after(headers.get("retry-after")),
                api_message=api_message,
            )
        said = f" ({api_message})" if api_message else ""
        raise TokenResponseError(
            f"the token endpoint of {where} answered HTTP {status}{said} instead of a token "
            "(is the base URL right?)",
            status_code=status,
            api_message=api_message,
        )

    @contextlib.contextmanager
    def _translated(self) -> Iterator[list[BaseException]]:
        """Map what one attempt can raise: transport errors become retryable or typed
        errors; a parser that chokes on the body is recorded (yielded list) for
        `_finish_attempt`, which classifies the raw response instead."""
        parse_errors: list[BaseException] = []
        try:
            yield parse_errors
        except httpx.TransportError as exc:
            self._transport_failure(exc)
        except httpx.RequestError as exc:  # e.g. a body that cannot be decoded
            self._undecodable(exc)
        except (ValueError, KeyError, TypeError, AttributeError, RecursionError) as exc:
            parse_errors.append(exc)  # the generated parser choked on the body (or its depth)

    def _attempt_sync(self) -> Token:
        seen: list[httpx.Response] = []
        obtained_at = self._clock()
        response: Response[Any] | None = None
        with self._translated() as parse_errors, self._client(seen.append) as client:
            response = create_authorization_token.sync_detailed(client=client)
        return self._finish_attempt(seen, response, parse_errors, obtained_at)

    async def _attempt_async(self) -> Token:
        seen: list[httpx.Response] = []

        async def hook(response: httpx.Response) -> None:
            seen.append(response)

        obtained_at = self._clock()
        response: Response[Any] | None = None
        with self._translated() as parse_errors:
            async with self._client(hook) as client:
                response = await create_authorization_token.asyncio_detailed(client=client)
        return self._finish_attempt(seen, response, parse_errors, obtained_at)

    def _finish_attempt(
        self,
        seen: list[httpx.Response],
        response: Response[Any] | None,
        parse_errors: list[BaseException],
        obtained_at: float,
    ) -> Token:
        if response is not None:
            return self._classify(
                status=int(response.status_code),
                content=response.content,
                headers=httpx.Headers(response.headers),
                parsed=response.parsed,
                parse_error=None,
                obtained_at=obtained_at,
            )
        if not seen:  # pragma: no cover - a parse error implies a response
            raise TokenResponseError("the token endpoint gave no response")
        raw = seen[-1]
        content = b""
        with contextlib.suppress(httpx.HTTPError, RuntimeError):
            content = raw.content
        return self._classify(
            status=raw.status_code,
            content=content,
            headers=raw.headers,
            parsed=None,
            parse_error=parse_errors[0] if parse_errors else None,
            obtained_at=obtained_at,
        )

    # -- with retries ---------------------------------------------------------------------

    def _exhausted(self, exc: RetryableMintError) -> ServiceUnavailableError:
        attempts = self._policy.attempts
        return ServiceUnavailableError(
            f"the token endpoint of {self._target.describe()} is unavailable after "
            f"{attempts} attempt{'s' if attempts != 1 else ''}: {exc.reason}",
            status_code=exc.status_code,
            api_message=exc.api_message,
            retry_after=exc.retry_after,
        )

    def mint_sync(self) -> Token:
        """Mint with retries; raises only EcartPayError subclasses."""
        try:
            for attempt in self._policy.sync_retrying(RetryableMintError, what=_WHAT):
                with attempt:
                    return self._attempt_sync()
        except RetryableMintError as exc:
            raise self._exhausted(exc) from without_headers(exc).__cause__
        except EcartPayError as exc:  # e.g. an untrusted certificate: chained to httpx's
            without_headers(exc)
            raise
        raise AssertionError("unreachable: tenacity either returns or raises")

    async def mint_async(self) -> Token:
        """Mint with retries without blocking the event loop."""
        try:
            async for attempt in self._policy.async_retrying(RetryableMintError, what=_WHAT):
                with attempt:
                    return await self._attempt_async()
        except RetryableMintError as exc:
            raise self._exhausted(exc) from without_headers(exc).__cause__
        except EcartPayError as exc:  # e.g. an untrusted certificate: chained to httpx's
            without_headers(exc)
            raise
        raise AssertionError("unreachable: tenacity either returns or raises")
