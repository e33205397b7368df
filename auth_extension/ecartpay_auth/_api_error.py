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
        status_code: The HTTP status.
        api_message: The body's `message` (None when the body has none).
        api_status_code: The body's `statusCode`, which may differ from the HTTP status.
        method: The request's method, e.g. "GET".
        path: The request's path, e.g. "/api/customers" (no query string: filters such
            as `email` are personal data).
        body: The body parsed as JSON, else its text (cut at 500 characters), else None.

    Example:
        ```python
        try:
            client.customers.create(first_name="Ana", last_name="López", email=email)
        except ecartpay.APIError as error:
            print(error.status_code, error.api_message)  # e.g. 400 "email ... already exists"
        ```
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
        from a raw body, whatever its shape.

        For code that calls the API with its own httpx client and wants the SDK's errors.

        Args:
            status_code: The HTTP status of the answer.
            method: The request's method.
            path: The request's path (a query string is dropped).
            content: The raw body (JSON, text or empty).

        Returns:
            An instance of the status's subclass (`NotFoundError` for 404, ...).

        Example:
            ```python
            error = ecartpay.APIError.from_parts(
                status_code=404,
                method="get",
                path="/api/orders/1?page=2",
                content=b'{"message": "Not found"}',
            )
            assert isinstance(error, ecartpay.NotFoundError)
            assert (error.path, error.api_message) == ("/api/orders/1", "Not found")

            ```
        """
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
    """400: the API rejected the request's parameters (or a business rule, such as a
    duplicate customer); `api_message` says which.

    Raised by any front-door call. Not retried: the same request would fail again.

    Example:
        ```python
        try:
            client.customers.create(first_name="Ana", last_name="López", email=email)
        except ecartpay.BadRequestError as error:
            form.add_error(error.api_message or "rejected by Ecart Pay")
        ```
    """


class AuthenticationError(APIError):
    """401: the credentials were refused.

    From the token endpoint (a 401 or a 403 there): the keys themselves were refused, and
    retrying cannot help. From an API call: the token was refused even after one refresh.

    Example:
        ```python
        try:
            client.orders.retrieve(order_id)
        except ecartpay.AuthenticationError:
            alert("Ecart Pay refused our keys: were they rotated or swapped?")
        ```
    """


class PaymentRequiredError(APIError):
    """402: the account cannot do this without paying (or a payment was declined).

    Raised by any front-door call, e.g. an order charged with a card `token` whose card
    was declined (nothing is stored then).

    Example:
        ```python
        try:
            client.orders.create(currency="MXN", email=email, items=items, token=card_token)
        except ecartpay.PaymentRequiredError:
            show_card_declined()
        ```
    """


class PermissionDeniedError(APIError):
    """403: the keys are valid but may not do this (a missing scope, a one-time code
    refused, ...).

    Example:
        ```python
        try:
            client.withdrawals.delete_account(account_id, x_otp=otp)
        except ecartpay.PermissionDeniedError as error:
            print(error.api_message)
        ```
    """


class NotFoundError(APIError):
    """404: no such object in this account (or no such path).

    Example:
        ```python
        try:
            order = client.orders.retrieve("65a1b2c3d4e5f60718293b5c")
        except ecartpay.NotFoundError:
            order = None
        ```
    """


class ConflictError(APIError):
    """409: the request conflicts with the object's current state (a refund over what is
    left, an order already paid, a card token already used, ...). Nothing changed.

    Example:
        ```python
        try:
            client.orders.refund(order_id, amount=50)
        except ecartpay.ConflictError as error:
            print("not refunded:", error.api_message)
        ```
    """


class UnprocessableEntityError(APIError):
    """422: the request was well formed but the API could not apply it.

    Example:
        ```python
        try:
            client.orders.create(currency="MXN", email=email, items=items)
        except ecartpay.UnprocessableEntityError as error:
            print(error.api_message)
        ```
    """


class RateLimitError(APIError):
    """429: too many requests (after every retry the retry policy allows).

    Raised only once the client's `RetryPolicy` gave up, so slow down rather than retry
    at once.

    Example:
        ```python
        try:
            client.customers.list(limit=100)
        except ecartpay.RateLimitError:
            queue.retry_later(delay=60)
        ```
    """


class InternalServerError(APIError):
    """5xx: the API failed (after every retry that was safe). A write may or may not
    have happened: look it up before sending it again.

    Example:
        ```python
        try:
            client.orders.retrieve(order_id)
        except ecartpay.InternalServerError as error:
            log.error("Ecart Pay failed: %s", error.status_code)
        ```
    """


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
