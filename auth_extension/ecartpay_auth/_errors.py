"""Typed errors: every failure a user can see from this package derives from EcartPayError.

This is the one error tree of the SDK: `ecartpay` (the front door) re-exports these classes
and the API errors of `_api_error`, so a token error caught by the low layer and one caught
through `ecartpay.EcartPayError` are the same class.

Messages are composed by this package from facts that are safe to show (status, host, the
API's own `message`), never from request headers or raw bodies, so that neither a key nor
a token can end up in a log line or a traceback.
"""

from __future__ import annotations

__all__ = [
    "APIConnectionError",
    "APITimeoutError",
    "ConfigurationError",
    "EcartPayError",
    "ServiceUnavailableError",
    "TokenResponseError",
    "WebhookVerificationError",
]


class EcartPayError(Exception):
    """Base of every error the SDK raises (`ecartpay` and `ecartpay_auth` alike), so one
    `except` is enough around any call; nothing from httpx escapes.

    Attributes:
        status_code: The HTTP status that caused it (None when there was no response).
        api_message: The API's own `message` field, when its body had one.

    Example:
        ```python
        try:
            client.orders.retrieve(order_id)
        except ecartpay.EcartPayError as error:
            log.warning("Ecart Pay call failed: %s (status %s)", error, error.status_code)
        ```
    """

    status_code: int | None
    api_message: str | None

    def __init__(
        self,
        message: str,
        *,
        status_code: int | None = None,
        api_message: str | None = None,
    ) -> None:
        super().__init__(message)
        self.status_code = status_code
        self.api_message = api_message

    def __reduce__(self) -> tuple[object, ...]:
        # Keep every attribute when pickled (multiprocessing, celery, ...): the message
        # rebuilds the exception, the instance dict (status, message, retry_after, and
        # whatever a subclass adds) is restored as its state.
        return (_rebuild, (type(self), str(self)), dict(self.__dict__))


def _rebuild(cls: type[EcartPayError], message: str) -> EcartPayError:
    error = cls.__new__(cls)
    Exception.__init__(error, message)
    return error


class ConfigurationError(EcartPayError, ValueError):
    """Missing or malformed keys, an unknown environment or a bad option: fix the call.

    Raised when a client, an auth or a store is built (before any request), so a
    misconfigured service fails at start-up rather than on its first payment. Also a
    `ValueError`.

    Example:
        ```python
        try:
            client = ecartpay.EcartPay()  # reads ECARTPAY_PUBLIC_KEY / _PRIVATE_KEY
        except ecartpay.ConfigurationError as error:
            raise SystemExit(f"Ecart Pay is not configured: {error}")
        ```
    """


class TokenResponseError(EcartPayError):
    """The token endpoint answered, but not with a usable token (e.g. a malformed 200).

    Raised by any call that needs a new token (`EcartPayAuth.get_token`, or the first
    call of a client). The message says what was wrong, never the body itself.

    Example:
        ```python
        try:
            auth.get_token()
        except ecartpay.TokenResponseError:
            alert("the token endpoint answered something unexpected")
        ```
    """


class ServiceUnavailableError(EcartPayError):
    """The token endpoint stayed unreachable or overloaded (429/5xx) after every retry.

    Raised by any call that needs a new token. Worth retrying later: nothing was sent to
    the API itself.

    Attributes:
        retry_after: The server's last `Retry-After`, in seconds, when it sent one.

    Example:
        ```python
        try:
            client.orders.retrieve(order_id)
        except ecartpay.ServiceUnavailableError as error:
            queue.retry_later(delay=error.retry_after or 30)
        ```
    """

    retry_after: float | None

    def __init__(
        self,
        message: str,
        *,
        status_code: int | None = None,
        api_message: str | None = None,
        retry_after: float | None = None,
    ) -> None:
        super().__init__(message, status_code=status_code, api_message=api_message)
        self.retry_after = retry_after


class WebhookVerificationError(EcartPayError):
    """A webhook delivery failed verification: answer it with a 4xx and do not process it.

    Raised by `ecartpay_auth.webhooks.verify`. The message never quotes a secret.

    Attributes:
        reason: The failed check, in a word a program can branch on: `missing_header`,
            `malformed_header`, `signature_mismatch`, `timestamp_too_old`,
            `timestamp_in_future`, `body_too_large`, `not_utf8`, `too_deep`, `not_json`,
            `not_an_event`.

    Example:
        ```python
        try:
            event = ecartpay.webhooks.verify(body, request.headers, secret)
        except ecartpay.WebhookVerificationError as error:
            return Response(status_code=401, content=error.reason)
        ```
    """

    reason: str

    def __init__(self, message: str, *, reason: str) -> None:
        super().__init__(message)
        self.reason = reason


class APIConnectionError(EcartPayError):
    """An API call got no answer: the connection failed or broke (after every safe retry).

    Raised by every front-door call. The httpx exception is the `__cause__`, with its
    request's headers removed (they carry the token). A write that got no answer may
    still have happened: look it up before sending it again.

    Attributes:
        method: The request's method, e.g. `"POST"`.
        path: The request's path, without the query string.

    Example:
        ```python
        try:
            order = client.orders.create(currency="MXN", email="ana@example.com", items=items)
        except ecartpay.APIConnectionError as error:
            log.warning("no answer to %s %s", error.method, error.path)
        ```
    """

    method: str
    path: str

    def __init__(self, message: str, *, method: str = "", path: str = "") -> None:
        super().__init__(message)
        self.method = method
        self.path = path


class APITimeoutError(APIConnectionError):
    """An API call timed out (connect, read, write or waiting for a pooled connection).

    Raised by every front-door call once its timeout (`timeout=` of the client, of
    `with_options` or of the call) ran out, after every safe retry.

    Example:
        ```python
        try:
            client.with_options(timeout=2.0).orders.retrieve(order_id)
        except ecartpay.APITimeoutError:
            show_pending_page()
        ```
    """
