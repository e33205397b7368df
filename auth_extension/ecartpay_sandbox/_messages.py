"""Every message the sandbox sends, in English and Spanish (the ``lang`` cookie picks).

One table so that a test can check that no message lacks a translation: the shared messages
are here, each resource module adds its own with ``add_messages`` when it is imported.
"""

from __future__ import annotations

from typing import Literal

Lang = Literal["en", "es"]
LANGS: tuple[Lang, ...] = ("en", "es")

MESSAGES: dict[str, dict[Lang, str]] = {
    "unauthorized": {"en": "Unauthorized", "es": "No autorizado"},
    "missing_basic": {
        "en": "Unauthorized: send the public and private key as HTTP Basic credentials",
        "es": "No autorizado: envía la llave pública y la privada como credenciales HTTP Basic",
    },
    "malformed_basic": {
        "en": "Unauthorized: malformed Basic credentials",
        "es": "No autorizado: credenciales Basic mal formadas",
    },
    "bad_keys": {
        "en": "Unauthorized: invalid public or private key",
        "es": "No autorizado: llave pública o privada inválida",
    },
    "missing_token": {
        "en": "Unauthorized: missing Authorization header",
        "es": "No autorizado: falta el encabezado Authorization",
    },
    "bearer_token": {
        "en": "Unauthorized: send the token raw (Authorization: <token>), without 'Bearer '",
        "es": "No autorizado: envía el token tal cual (Authorization: <token>), sin 'Bearer '",
    },
    "expired_token": {
        "en": "Unauthorized: token expired",
        "es": "No autorizado: el token expiró",
    },
    "invalid_token": {
        "en": "Unauthorized: invalid token",
        "es": "No autorizado: token inválido",
    },
    "revoked_token": {
        "en": "Unauthorized: token revoked or unknown",
        "es": "No autorizado: token revocado o desconocido",
    },
    "invalid_request": {
        "en": "Invalid request: {detail}",
        "es": "Solicitud inválida: {detail}",
    },
    "not_found": {"en": "Not found", "es": "No encontrado"},
    "method_not_allowed": {"en": "Method not allowed", "es": "Método no permitido"},
    "internal_error": {"en": "Internal server error", "es": "Error interno del servidor"},
    "payload_too_large": {
        "en": "request entity too large",
        "es": "la entidad de la solicitud es demasiado grande",
    },
    "fault_status": {
        "en": "Scripted fault: status {status}",
        "es": "Falla programada: estado {status}",
    },
    "too_many_requests": {
        "en": "Too many requests, retry after {retry_after} s",
        "es": "Demasiadas solicitudes, reintenta en {retry_after} s",
    },
}


def add_messages(table: dict[str, dict[Lang, str]]) -> None:
    """Add a resource's messages; a key may be defined once, in every language."""
    for key, texts in table.items():
        if key in MESSAGES:
            raise ValueError(f"message {key!r} is defined twice")
        if set(texts) != set(LANGS):
            raise ValueError(f"message {key!r} needs exactly the languages {LANGS}")
    MESSAGES.update(table)


def message(key: str, lang: Lang = "en", **values: object) -> str:
    """The text for ``key`` in ``lang``, with ``values`` filled in."""
    return MESSAGES[key][lang].format(**values)


def parse_lang(raw: str | None) -> Lang | None:
    """``en``/``es`` from a cookie value; None when it is neither (the caller decides)."""
    if raw == "en":
        return "en"
    if raw == "es":
        return "es"
    return None
