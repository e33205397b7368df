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
    """Base of every error raised by `ecartpay_auth`.

    `status_code` is the HTTP status that caused it (None when there was no response) and
    `api_message` the API's own `message` field when its body had one.
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
    """Missing or malformed keys, an unknown environment or a bad option: fix the call."""


class TokenResponseError(EcartPayError):
    """The token endpoint answered, but not with a usable token (e.g. a malformed 200)."""


class ServiceUnavailableError(EcartPayError):
    """The token endpoint stayed unreachable or overloaded (429/5xx) after every retry.

    `retry_after` is the server's last `Retry-After` in seconds, when it sent one.
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

    `reason` names the failed check in a word a program can branch on: `missing_header`,
    `malformed_header`, `signature_mismatch`, `timestamp_too_old`, `timestamp_in_future`,
    `body_too_large`, `not_utf8`, `too_deep`, `not_json`, `not_an_event`. The message never
    quotes a secret.
    """

    reason: str

    def __init__(self, message: str, *, reason: str) -> None:
        super().__init__(message)
        self.reason = reason


class APIConnectionError(EcartPayError):
    """An API call got no answer: the connection failed or broke (after every safe retry).

    `method` and `path` name the request (no query string). The httpx exception is the
    `__cause__`, with its request's headers removed (they carry the token).
    """

    method: str
    path: str

    def __init__(self, message: str, *, method: str = "", path: str = "") -> None:
        super().__init__(message)
        self.method = method
        self.path = path


class APITimeoutError(APIConnectionError):
    """An API call timed out (connect, read, write or waiting for a pooled connection)."""
