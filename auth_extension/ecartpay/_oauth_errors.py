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
    """An OAuth connect step failed: the root of the errors below, so one `except` can
    send the merchant back to the start of the flow whatever went wrong.

    Raised by `ecartpay.oauth.parse_callback` (an error the consent page reported) and
    `exchange_code` (an answer that carries no keys), and through its subclasses.

    Attributes:
        error: The OAuth-style code when one is known (`access_denied`, `invalid_grant`,
            `redirect_uri_mismatch`, `invalid_client`, ...), else None.
        status_code: The HTTP status, when an answer caused it.
        api_message: The API's own `message`, when its answer had one.

    Example:
        ```python
        try:
            code = ecartpay.oauth.parse_callback(query, expected_state=saved_state)
        except ecartpay.OAuthError as error:
            return redirect_to_connect_page(reason=error.error)
        ```
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
    """The merchant refused the connection on the consent page (`?error=access_denied`).

    Raised by `ecartpay.oauth.parse_callback`. Not a fault: show the merchant what they
    would gain, and let them try again.

    Example:
        ```python
        try:
            code = ecartpay.oauth.parse_callback(query, expected_state=saved_state)
        except ecartpay.ConsentDeniedError:
            return "You can connect your Ecart Pay account any time from Settings."
        ```
    """


class StateMismatchError(OAuthError):
    """The callback's `state` differs from the one this session stored: a forged or
    replayed callback (checked in constant time, before any request).

    Raised by `ecartpay.oauth.parse_callback`, `exchange_code` and `aexchange_code`
    before anything else, so a forged callback never spends a code.

    Example:
        ```python
        try:
            code = ecartpay.oauth.parse_callback(query, expected_state=session["state"])
        except ecartpay.StateMismatchError:
            return Response(status_code=400)  # never exchange a code you did not ask for
        ```
    """


class InvalidCodeError(OAuthError):
    """The authorization code is missing, unknown, expired (about 5 minutes) or already
    used: send the merchant through the consent page again.

    Raised by `ecartpay.oauth.parse_callback` (no code in the callback) and by
    `exchange_code` / `aexchange_code` (the API refused the code).

    Example:
        ```python
        try:
            creds = ecartpay.oauth.exchange_code(code, **exchange_arguments)
        except ecartpay.InvalidCodeError:
            url, state = ecartpay.oauth.authorization_url(CLIENT_ID, REDIRECT_URI)
        ```
    """


class RedirectMismatchError(OAuthError):
    """The redirect URL differs from the one the application registered (it must match
    exactly, scheme, host, path and trailing slash included).

    Raised by `ecartpay.oauth.exchange_code` / `aexchange_code`. A configuration fault:
    retrying with the same URL cannot help.

    Example:
        ```python
        try:
            creds = ecartpay.oauth.exchange_code(code, **exchange_arguments)
        except ecartpay.RedirectMismatchError:
            log.error("REDIRECT_URI differs from the application's registered URL")
            raise
        ```
    """


class InvalidClientError(OAuthError):
    """The application's `client_id` is unknown or its `client_secret` is wrong.

    Raised by `ecartpay.oauth.exchange_code` / `aexchange_code`. A configuration fault of
    the platform, not of the merchant: alert, do not ask the merchant to retry.

    Example:
        ```python
        try:
            creds = ecartpay.oauth.exchange_code(code, **exchange_arguments)
        except ecartpay.InvalidClientError:
            log.error("check ECARTPAY_CLIENT_ID and the client secret")
            raise
        ```
    """
