"""The ``lang`` cookie chooses English or Spanish for every message."""

from __future__ import annotations

import re

import httpx
import pytest

from ecartpay_auth import TOKEN_PATH
from ecartpay_sandbox import RunningSandbox
from ecartpay_sandbox._messages import LANGS, MESSAGES, message


def test_every_message_exists_in_both_languages() -> None:
    for key, texts in MESSAGES.items():
        assert set(texts) == set(LANGS), key
        assert texts["en"] != texts["es"], key
        # the same placeholders in both, so any message renders in any language
        en_fields = set(re.findall(r"{(\w+)}", texts["en"]))
        assert en_fields == set(re.findall(r"{(\w+)}", texts["es"])), key


@pytest.mark.parametrize(
    ("lang", "expected"),
    [
        ("es", "No autorizado: falta el encabezado Authorization"),
        ("en", "Unauthorized: missing Authorization header"),
        (None, "Unauthorized: missing Authorization header"),
    ],
)
def test_lang_cookie_picks_the_language(
    http: httpx.Client, lang: str | None, expected: str
) -> None:
    if lang is not None:
        http.cookies.set("lang", lang)
    assert http.get("/api/customers").json()["message"] == expected


def test_spanish_messages_for_each_kind_of_error(
    http: httpx.Client, sandbox: RunningSandbox, token: str
) -> None:
    http.cookies.set("lang", "es")
    auth = {"Authorization": token}
    cases = [
        (http.post(TOKEN_PATH, auth=("pub", "x")), 401, message("bad_keys", "es")),
        (http.get("/api/orders/abc", headers=auth), 404, "Orden no encontrada"),
        (http.delete("/api/customers"), 405, "Método no permitido"),
        (http.get("/api/nada"), 404, "No encontrado"),
        (
            http.get("/api/customers", params={"limit": 0}, headers=auth),
            400,
            "Solicitud inválida: query parameter 'limit': 0 is less than the minimum of 1",
        ),
    ]
    for response, status, text in cases:
        assert response.status_code == status
        assert response.json() == {"message": text, "statusCode": status}
    sandbox.control.add_fault(kind="status", status=429, retry_after=3)
    limited = http.get("/api/customers", headers=auth)
    assert limited.json()["message"] == "Demasiadas solicitudes, reintenta en 3 s"
