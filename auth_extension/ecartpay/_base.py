"""How a front-door call is sent and answered: the one place between the generated
resource methods and httpx.

A resource method builds the request with the generated endpoint's `_get_kwargs` and
hands it here with the parser of its 2xx model. This module adds the per-request options
(headers, timeout, retries), sends through the client's httpx client (auth, safe retries
and call log live there), and turns every outcome into a model or an `EcartPayError`:
an error status raises the `APIError` of its status, a transport failure
`APIConnectionError` (`APITimeoutError`), a 2xx the spec's parser cannot read a plain
`APIError`. Nothing from httpx or `ecartpay_client.errors` escapes.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import date, datetime
from enum import Enum
from typing import Any, Generic, TypeVar

import httpx

from ecartpay_auth._api_error import APIError
from ecartpay_auth._calls import CALL_OPTIONS, CallOptions
from ecartpay_auth._errors import APIConnectionError, APITimeoutError
from ecartpay_client.types import Unset

__all__ = [
    "NOT_GIVEN",
    "AsyncRequester",
    "Credential",
    "Headers",
    "NotGiven",
    "RawResponse",
    "RequestOptions",
    "SyncRequester",
    "Timeout",
    "parsed_or_error",
    "payload",
]

T = TypeVar("T")


class NotGiven:
    """The default of `timeout=`: "not given" (None means "no timeout")."""

    _instance: NotGiven | None = None

    def __new__(cls) -> NotGiven:
        if cls._instance is None:
            cls._instance = super().__new__(cls)
        return cls._instance

    def __bool__(self) -> bool:
        return False

    def __repr__(self) -> str:
        return "NOT_GIVEN"


NOT_GIVEN = NotGiven()
Timeout = float | httpx.Timeout | None
Headers = Mapping[str, str]
#: What an operation with a credential of its own sends in `Authorization` (an OAuth code
#: or access token): the string, or None for nothing; NOT_GIVEN: the client's token.
Credential = str | None | NotGiven

#: httpx's base `Auth` passes a request through untouched: for those credentials, neither
#: the client's token nor its 401 replay applies.
_NO_AUTH = httpx.Auth()


@dataclass(frozen=True, slots=True)
class RequestOptions:
    """What `with_options` sets for every request of a client: headers, a timeout, and the
    `CallOptions` (retry policy) when they differ from the client's; `auth` for a client
    that shares its connection pool with others (a `MerchantPool`'s merchant)."""

    headers: Mapping[str, str] = field(default_factory=dict)
    timeout: Timeout | NotGiven = NOT_GIVEN
    calls: CallOptions | None = None
    auth: httpx.Auth | None = None


class RawResponse(Generic[T]):
    """An answer as it came: `status_code`, `headers` (the response's), `content`, and
    `parse()` for the model. Error statuses raise before one is built.

    Made by `client.<resource>.with_raw_response.<method>(...)`, for what the model does
    not carry (a header, the exact bytes).

    Args:
        response: The httpx response.
        parse: What turns it into the method's model.

    Attributes:
        status_code: The HTTP status (2xx).
        headers: The response's headers.
        content: The body's bytes.

    Example:
        ```python
        raw = client.orders.with_raw_response.retrieve(order_id)
        print(raw.status_code, raw.headers.get("content-type"))
        order = raw.parse()
        ```
    """

    __slots__ = ("_parse", "_response", "content", "headers", "status_code")

    def __init__(self, response: httpx.Response, parse: Callable[[httpx.Response], T]) -> None:
        self.status_code = response.status_code
        self.headers = response.headers
        self.content = response.content
        self._response = response
        self._parse = parse

    def parse(self) -> T:
        """The model of the answer (as the plain method returns it).

        Returns:
            The parsed model, e.g. an `Order`.

        Example:
            ```python
            order = client.orders.with_raw_response.retrieve(order_id).parse()
            ```
        """

        return self._parse(self._response)

    def __repr__(self) -> str:
        return f"<RawResponse [{self.status_code}]>"


def payload(values: Mapping[str, Any]) -> dict[str, Any]:
    """A request body's JSON fields from keyword arguments: unset ones left out, models
    (or plain dicts) and dates as JSON, so the generated model's `from_dict` reads it."""
    return {k: _json(v) for k, v in values.items() if not isinstance(v, Unset)}


def _json(value: Any) -> Any:
    if hasattr(value, "to_dict"):
        return value.to_dict()
    if isinstance(value, Mapping):
        return {k: _json(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [_json(v) for v in value]
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, Enum):
        return value.value
    return value


#: What a generated parser raises on a body the spec does not describe. RecursionError:
#: `json.loads` (and a model's `from_dict`) on a document nested deeper than the
#: interpreter recurses; a hostile or broken server must not turn that into a crash.
UNREADABLE = (ValueError, KeyError, TypeError, AttributeError, RecursionError)


def _path(kwargs: Mapping[str, Any]) -> tuple[str, str]:
    return str(kwargs["method"]).upper(), str(kwargs["url"]).split("?", 1)[0]


def _connection_error(exc: httpx.HTTPError, method: str, path: str) -> APIConnectionError:
    """The typed error of a request that got no answer. The httpx exception stays its
    `__cause__`, with its request's headers (the token) removed first."""
    with contextlib.suppress(RuntimeError):  # RuntimeError: an exception without a request
        exc.request.headers = httpx.Headers()
    kind = APITimeoutError if isinstance(exc, httpx.TimeoutException) else APIConnectionError
    what = "timed out" if kind is APITimeoutError else "failed"
    return kind(f"{method} {path} {what}: {type(exc).__name__}", method=method, path=path)


def _unreadable(response: httpx.Response, method: str, path: str, exc: Exception) -> APIError:
    error = APIError.from_parts(
        status_code=response.status_code, method=method, path=path, content=response.content
    )
    return APIError(
        f"{method} {path} answered {response.status_code} with a body the spec does not "
        f"describe ({type(exc).__name__})",
        status_code=response.status_code,
        method=method,
        path=path,
        body=error.body,
        api_message=error.api_message,
        api_status_code=error.api_status_code,
    )


def parsed_or_error(
    response: httpx.Response,
    parse: Callable[[httpx.Response], T],
    kwargs: Mapping[str, Any] | None = None,
) -> T:
    """`parse(response)`; a body the parser cannot read raises a plain `APIError` naming
    the request (from its `kwargs`, else from the response), worked out only then."""
    try:
        return parse(response)
    except UNREADABLE as exc:
        if kwargs is not None:
            method, path = _path(kwargs)
        else:
            method, path = str(response.request.method), response.request.url.path
        raise _unreadable(response, method, path, exc) from None


class _Requester:
    """What the sync and async requesters share: options and the request's arguments."""

    __slots__ = ("options", "raw")

    def __init__(self, options: RequestOptions, *, raw: bool = False) -> None:
        self.options = options
        self.raw = raw

    def _arguments(
        self,
        kwargs: dict[str, Any],
        extra_headers: Headers | None,
        timeout: Timeout | NotGiven,
        credential: Credential = NOT_GIVEN,
    ) -> dict[str, Any]:
        options = self.options
        if options.headers or extra_headers:
            kwargs["headers"] = {
                **options.headers,
                **kwargs.get("headers", {}),
                **(extra_headers or {}),
            }
        if isinstance(timeout, NotGiven):
            timeout = options.timeout
        if not isinstance(timeout, NotGiven):
            kwargs["timeout"] = timeout
        if options.calls is not None:
            kwargs["extensions"] = {CALL_OPTIONS: options.calls}
        if options.auth is not None:
            kwargs["auth"] = options.auth
        if not isinstance(credential, NotGiven):  # the operation's own, not the token
            kwargs["auth"] = _NO_AUTH
            if credential is not None:
                kwargs["headers"] = {**kwargs.get("headers", {}), "Authorization": credential}
        return kwargs

    def _answer(
        self, response: httpx.Response, parse: Callable[[httpx.Response], T], kwargs: Any
    ) -> Any:
        """The model of a 2xx (a `RawResponse` of it on a raw requester); raises the
        `APIError` of an error status."""
        if response.status_code >= 400:  # inline: this runs on every call
            raise _status_error(response, kwargs)
        if self.raw:
            return RawResponse(response, lambda r: parsed_or_error(r, parse, kwargs))
        return parsed_or_error(response, parse, kwargs)


class SyncRequester(_Requester):
    """Sends a front-door call through the client's `httpx.Client`."""

    __slots__ = ("http",)

    def __init__(self, http: httpx.Client, options: RequestOptions, *, raw: bool = False) -> None:
        super().__init__(options, raw=raw)
        self.http = http

    def with_options(self, options: RequestOptions) -> SyncRequester:
        return SyncRequester(self.http, options, raw=self.raw)

    def as_raw(self) -> SyncRequester:
        return SyncRequester(self.http, self.options, raw=True)

    def plain(self) -> SyncRequester:
        """This requester answering models: what a raw first page's later pages use."""
        return self if not self.raw else SyncRequester(self.http, self.options)

    def _send(
        self,
        kwargs: dict[str, Any],
        extra_headers: Headers | None,
        timeout: Timeout | NotGiven,
        credential: Credential = NOT_GIVEN,
    ) -> httpx.Response:
        try:
            arguments = self._arguments(kwargs, extra_headers, timeout, credential)
            return self.http.request(**arguments)
        except httpx.HTTPError as exc:
            raise _connection_error(exc, *_path(kwargs)) from exc

    def send(
        self,
        kwargs: dict[str, Any],
        extra_headers: Headers | None,
        timeout: Timeout | NotGiven,
        credential: Credential = NOT_GIVEN,
    ) -> httpx.Response:
        """The answer, read; raises the typed error of a failed request or error status."""
        return _checked(self._send(kwargs, extra_headers, timeout, credential), kwargs)

    def request(
        self,
        kwargs: dict[str, Any],
        parse: Callable[[httpx.Response], T],
        extra_headers: Headers | None,
        timeout: Timeout | NotGiven,
        credential: Credential = NOT_GIVEN,
    ) -> T:
        """The parsed 2xx model (a `RawResponse` of it on a raw requester)."""
        response = self._send(kwargs, extra_headers, timeout, credential)
        answer: T = self._answer(response, parse, kwargs)
        return answer


class AsyncRequester(_Requester):
    """Sends a front-door call through the client's `httpx.AsyncClient`."""

    __slots__ = ("http",)

    def __init__(
        self, http: httpx.AsyncClient, options: RequestOptions, *, raw: bool = False
    ) -> None:
        super().__init__(options, raw=raw)
        self.http = http

    def with_options(self, options: RequestOptions) -> AsyncRequester:
        return AsyncRequester(self.http, options, raw=self.raw)

    def as_raw(self) -> AsyncRequester:
        return AsyncRequester(self.http, self.options, raw=True)

    def plain(self) -> AsyncRequester:
        """This requester answering models: what a raw first page's later pages use."""
        return self if not self.raw else AsyncRequester(self.http, self.options)

    async def _send(
        self,
        kwargs: dict[str, Any],
        extra_headers: Headers | None,
        timeout: Timeout | NotGiven,  # noqa: ASYNC109 - the per-request httpx timeout
        credential: Credential = NOT_GIVEN,
    ) -> httpx.Response:
        arguments = self._arguments(kwargs, extra_headers, timeout, credential)
        try:
            return await self.http.request(**arguments)
        except httpx.HTTPError as exc:
            raise _connection_error(exc, *_path(kwargs)) from exc

    async def send(
        self,
        kwargs: dict[str, Any],
        extra_headers: Headers | None,
        timeout: Timeout | NotGiven,  # noqa: ASYNC109 - the per-request httpx timeout
        credential: Credential = NOT_GIVEN,
    ) -> httpx.Response:
        """The answer, read; raises the typed error of a failed request or error status."""
        response = await self._send(kwargs, extra_headers, timeout, credential)
        return _checked(response, kwargs)

    async def request(
        self,
        kwargs: dict[str, Any],
        parse: Callable[[httpx.Response], T],
        extra_headers: Headers | None,
        timeout: Timeout | NotGiven,  # noqa: ASYNC109 - the per-request httpx timeout
        credential: Credential = NOT_GIVEN,
    ) -> T:
        """The parsed 2xx model (a `RawResponse` of it on a raw requester)."""
        response = await self._send(kwargs, extra_headers, timeout, credential)
        answer: T = self._answer(response, parse, kwargs)
        return answer


def _checked(response: httpx.Response, kwargs: Any) -> httpx.Response:
    """`response`; raises the `APIError` of its status when it is an error."""
    if response.status_code >= 400:
        raise _status_error(response, kwargs)
    return response


def _status_error(response: httpx.Response, kwargs: Any) -> APIError:
    method, path = _path(kwargs)
    return APIError.from_parts(
        status_code=response.status_code, method=method, path=path, content=response.content
    )
