"""The errors of OAuth connect (`ecartpay.oauth`), all under `ecartpay.EcartPayError`.

    OAuthError                    a connect step failed; `error` is the OAuth-style code
      ConsentDeniedError          the merchant chose "deny" (`?error=access_denied`)
      StateMismatchError          the callback's `state` is not the one this session sent
      InvalidCodeError            the code is unknown, expired or already used
      RedirectMismatchError       the redirect URL is not the application's registered one
      InvalidClientError          unknown `client_id` or wrong `client_secret`

None of them ever holds a code, a secret, a key or a token: only what went wrong, the
HTTP status and the API's `message`.
"""

from __future__ import annotations

from ecartpay_auth._errors import EcartPayError

__all__ = [
    "ConsentDeniedError",
    "InvalidClientError",
    "InvalidCodeError",
    "OAuthError",
    "RedirectMismatchError",
    "StateMismatchError",
]


class OAuthError(EcartPayError):
    """An OAuth connect step failed.

    `error` is the OAuth-style code when one is known (`access_denied`, `invalid_grant`,
    `redirect_uri_mismatch`, `invalid_client`, ...), else None.
    """

    error: str | None

    def __init__(
        self,
        message: str,
        *,
        error: str | None = None,
        status_code: int | None = None,
        api_message: str | None = None,
    ) -> None:
        super().__init__(message, status_code=status_code, api_message=api_message)
        self.error = error


class ConsentDeniedError(OAuthError):
    """The merchant refused the connection on the consent page."""


class StateMismatchError(OAuthError):
    """The callback's `state` differs from the one this session stored: a forged or
    replayed callback (checked in constant time, before any request)."""


class InvalidCodeError(OAuthError):
    """The authorization code is missing, unknown, expired (about 5 minutes) or already
    used: send the merchant through the consent page again."""


class RedirectMismatchError(OAuthError):
    """The redirect URL differs from the one the application registered (it must match
    exactly, scheme, host, path and trailing slash included)."""


class InvalidClientError(OAuthError):
    """The application's `client_id` is unknown or its `client_secret` is wrong."""
