"""`APIError` and a subclass per status: an error answer of an API call, as one typed exception.

Built from the status, the method, the path and the body only. It never holds the
request or the response (their headers carry the token), and the path loses its query
string (filters such as `email` are personal data).

`APIError.from_parts` (and `error_for_status`) pick the class of the status:
400 `BadRequestError`, 401 `AuthenticationError`, 402 `PaymentRequiredError`,
403 `PermissionDeniedError`, 404 `NotFoundError`, 409 `ConflictError`,
422 `UnprocessableEntityError`, 429 `RateLimitError`, 5xx `InternalServerError`; any
other error status is a plain `APIError`. `ApiError` is the historical name of `APIError`.
"""

from __future__ import annotations

from typing import Any

from ._errors import EcartPayError
from ._json import loads

__all__ = [
    "APIError",
    "ApiError",
    "AuthenticationError",
    "BadRequestError",
    "ConflictError",
    "InternalServerError",
    "NotFoundError",
    "PaymentRequiredError",
    "PermissionDeniedError",
    "RateLimitError",
    "UnprocessableEntityError",
    "error_class_for",
]

_MAX_TEXT = 500  # a non-JSON body (an HTML error page) is kept, but not all of it


class APIError(EcartPayError):
    """The API answered an error status (4xx or 5xx).

    Raised by every front-door call (`ecartpay.EcartPay`), by `paginate`/`apaginate` on an
    error page, and by every call of a client built with
    `authenticated_client(raise_on_error=True)`.

    Attributes:
        status_code: the HTTP status.
        api_message: the body's `message` (None when the body has none).
        api_status_code: the body's `statusCode`, which may differ from the HTTP status.
        method, path: the request, e.g. "GET" and "/api/customers" (no query string).
        body: the body parsed as JSON, else its text (cut at 500 characters), else None.
    """

    status_code: int
    api_status_code: int | None
    method: str
    path: str
    body: Any

    def __init__(
        self,
        message: str | None = None,
        *,
        status_code: int,
        method: str = "",
        path: str = "",
        body: Any = None,
        api_message: str | None = None,
        api_status_code: int | None = None,
    ) -> None:
        if message is None:
            shown = f": {api_message}" if api_message else ""
            message = f"{method} {path} answered {status_code}{shown}"
        super().__init__(message, status_code=status_code, api_message=api_message)
        self.status_code = status_code
        self.api_status_code = api_status_code
        self.method = method
        self.path = path
        self.body = body

    @classmethod
    def from_parts(cls, *, status_code: int, method: str, path: str, content: bytes) -> APIError:
        """The error of this status (its subclass), reading `message` and `statusCode`
        from a raw body, whatever its shape."""
        body = _parse(content)
        message = body.get("message") if isinstance(body, dict) else None
        code = body.get("statusCode") if isinstance(body, dict) else None
        return error_class_for(status_code)(
            status_code=status_code,
            method=method.upper(),
            path=path.split("?", 1)[0],
            body=body,
            api_message=message if isinstance(message, str) else None,
            api_status_code=code if isinstance(code, int) and not isinstance(code, bool) else None,
        )


#: The historical name, kept for code written against `ecartpay_auth.ApiError`.
ApiError = APIError


class BadRequestError(APIError):
    """400: the API rejected the request's parameters."""


class AuthenticationError(APIError):
    """401: the credentials were refused.

    From the token endpoint (a 401 or a 403 there): the keys themselves were refused, and
    retrying cannot help. From an API call: the token was refused even after one refresh.
    """


class PaymentRequiredError(APIError):
    """402: the account cannot do this without paying (or a payment was declined)."""


class PermissionDeniedError(APIError):
    """403: the keys are valid but may not do this."""


class NotFoundError(APIError):
    """404: no such object (or path)."""


class ConflictError(APIError):
    """409: the request conflicts with the object's current state."""


class UnprocessableEntityError(APIError):
    """422: the request was well formed but the API could not apply it."""


class RateLimitError(APIError):
    """429: too many requests (after every retry the retry policy allows)."""


class InternalServerError(APIError):
    """5xx: the API failed (after every retry that was safe)."""


_BY_STATUS: dict[int, type[APIError]] = {
    400: BadRequestError,
    401: AuthenticationError,
    402: PaymentRequiredError,
    403: PermissionDeniedError,
    404: NotFoundError,
    409: ConflictError,
    422: UnprocessableEntityError,
    429: RateLimitError,
}


def error_class_for(status_code: int) -> type[APIError]:
    """The `APIError` subclass of an HTTP error status (`APIError` itself for the rest)."""
    if status_code >= 500:
        return InternalServerError
    return _BY_STATUS.get(status_code, APIError)


def _parse(content: bytes) -> Any:
    if not content:
        return None
    try:
        return loads(content)
    except ValueError:
        return content.decode("utf-8", errors="replace")[:_MAX_TEXT]
