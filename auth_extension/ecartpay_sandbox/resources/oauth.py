"""OAuth connect: the code exchange (and refresh) and the merchant's credentials.

The exchange answers in the shape the sandbox's ``answer`` setting names (see
``_oauth``). Every refusal is the vendor's ``{message, statusCode}`` body plus an
OAuth-style ``error`` code (``invalid_grant``, ``redirect_uri_mismatch``,
``invalid_client``, ``invalid_request``, ``invalid_token``).
"""

from __future__ import annotations

from typing import Any

from starlette.responses import Response

from ecartpay_sandbox._http import error_body, json_response
from ecartpay_sandbox._messages import add_messages, message
from ecartpay_sandbox._oauth import ACCESS_TOKEN_TTL, Grant, OAuthRefusal
from ecartpay_sandbox._registry import Call, operation

add_messages(
    {
        "oauth_unknown_client": {
            "en": "Unknown OAuth application (client_id)",
            "es": "Aplicación OAuth desconocida (client_id)",
        },
        "oauth_bad_client": {
            "en": "Invalid client_id or client secret",
            "es": "client_id o secreto del cliente inválidos",
        },
        "oauth_redirect_mismatch": {
            "en": "The redirect URL does not match the one registered for this application",
            "es": "La URL de redirección no coincide con la registrada para esta aplicación",
        },
        "oauth_bad_code": {
            "en": "The authorization code is invalid, expired or already used",
            "es": "El código de autorización es inválido, expiró o ya fue usado",
        },
        "oauth_missing_code": {
            "en": "Send the authorization code in the Authorization header",
            "es": "Envía el código de autorización en el encabezado Authorization",
        },
        "oauth_bad_refresh": {
            "en": "The refresh token is invalid or already used",
            "es": "El token de actualización es inválido o ya fue usado",
        },
        "oauth_grant_fields": {
            "en": "grant_type {grant_type} needs {field}",
            "es": "grant_type {grant_type} requiere {field}",
        },
        "oauth_bad_access_token": {
            "en": "Unauthorized: invalid or expired access token",
            "es": "No autorizado: token de acceso inválido o expirado",
        },
    }
)


def refusal(status: int, key: str, error: str, call: Call, **values: object) -> Response:
    """The vendor's error body with the OAuth-style ``error`` code."""
    body = {**error_body(status, message(key, call.lang, **values)), "error": error}
    return json_response(body, status)


def _raw_token(header: str | None) -> str:
    value = (header or "").strip()
    return value[7:].strip() if value.lower().startswith("bearer ") else value


def _keys(call: Call, grant: Grant) -> dict[str, Any]:
    account = call.core.accounts[grant.account_id]
    return {
        "account_id": account.account_id,
        "public_id": account.public_key,
        "private_id": account.private_key,
        "scope": ",".join(grant.scopes),
    }


def _tokens(call: Call, grant: Grant) -> dict[str, Any]:
    access, refresh = call.core.oauth.issue_tokens(grant)
    return {
        "access_token": access,
        "token_type": "Bearer",
        "expires_in": ACCESS_TOKEN_TTL,
        "refresh_token": refresh,
        "scope": ",".join(grant.scopes),
    }


@operation("createOauthToken", auth="none")
def create_oauth_token(call: Call) -> dict[str, Any] | Response:
    """Exchange a code (``Authorization``) or a refresh token for the merchant's access.

    Credentials first (the application's, then the code or refresh token: 401), then
    what the request asks of them (the redirect URL: 400). With ``answer="keys"`` no
    refresh token is ever issued, so every one is unknown (401)."""
    oauth, body = call.core.oauth, call.body
    try:
        app = oauth.authenticate(call.params["client_id"], call.params["x-secret"])
        if body["grant_type"] == "refresh_token":
            if "refresh_token" not in body:
                return refusal(401, "oauth_grant_fields", "invalid_request", call,
                               grant_type="refresh_token", field="refresh_token")  # fmt: skip
            return _tokens(call, oauth.redeem_refresh(app, body["refresh_token"]))
        code = _raw_token(call.request.headers.get("authorization"))
        if not code:
            return refusal(401, "oauth_missing_code", "invalid_request", call)
        grant = oauth.redeem_code(app, code, body.get("redirect_url"))
    except OAuthRefusal as refused:
        return refusal(refused.status, refused.key, refused.error, call)
    return _keys(call, grant) if oauth.answer == "keys" else _tokens(call, grant)


@operation("getOauthCredentials", auth="none")
def get_oauth_credentials(call: Call) -> dict[str, Any] | Response:
    """The merchant's keys for an access token (raw, or with ``Bearer ``)."""
    try:
        grant = call.core.oauth.access(_raw_token(call.request.headers.get("authorization")))
    except OAuthRefusal as refused:
        return refusal(refused.status, refused.key, refused.error, call)
    return _keys(call, grant)
