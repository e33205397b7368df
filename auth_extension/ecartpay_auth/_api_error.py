"""`ApiError`: an error answer of an API call, as one typed exception.

Built from the status, the method, the path and the body only. It never holds the
request or the response (their headers carry the token), and the path loses its query
string (filters such as `email` are personal data).
"""

from __future__ import annotations

import json
from typing import Any

from ._errors import EcartPayError

__all__ = ["ApiError"]

_MAX_TEXT = 500  # a non-JSON body (an HTML error page) is kept, but not all of it


class ApiError(EcartPayError):
    """The API answered an error status (4xx or 5xx).

    Raised by `paginate`/`apaginate` on an error page, and by every call of a client built
    with `authenticated_client(raise_on_error=True)`.

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
        *,
        status_code: int,
        method: str,
        path: str,
        body: Any = None,
        api_message: str | None = None,
        api_status_code: int | None = None,
    ) -> None:
        shown = f": {api_message}" if api_message else ""
        super().__init__(
            f"{method} {path} answered {status_code}{shown}",
            status_code=status_code,
            api_message=api_message,
        )
        self.status_code = status_code
        self.api_status_code = api_status_code
        self.method = method
        self.path = path
        self.body = body

    @classmethod
    def from_parts(cls, *, status_code: int, method: str, path: str, content: bytes) -> ApiError:
        """Read `message` and `statusCode` from a raw body, whatever its shape."""
        body = _parse(content)
        message = body.get("message") if isinstance(body, dict) else None
        code = body.get("statusCode") if isinstance(body, dict) else None
        return cls(
            status_code=status_code,
            method=method.upper(),
            path=path.split("?", 1)[0],
            body=body,
            api_message=message if isinstance(message, str) else None,
            api_status_code=code if isinstance(code, int) and not isinstance(code, bool) else None,
        )

    def __reduce__(self) -> tuple[object, ...]:
        return (
            _rebuild,
            (
                self.status_code,
                self.method,
                self.path,
                self.body,
                self.api_message,
                self.api_status_code,
            ),
        )


def _rebuild(
    status_code: int,
    method: str,
    path: str,
    body: Any,
    api_message: str | None,
    api_status_code: int | None,
) -> ApiError:
    return ApiError(
        status_code=status_code,
        method=method,
        path=path,
        body=body,
        api_message=api_message,
        api_status_code=api_status_code,
    )


def _parse(content: bytes) -> Any:
    if not content:
        return None
    try:
        return json.loads(content)
    except ValueError:
        return content.decode("utf-8", errors="replace")[:_MAX_TEXT]
