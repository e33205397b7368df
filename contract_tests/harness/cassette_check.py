"""Find anything in a cassette that could be a secret and is not a known placeholder.

Independent of the scrubber on purpose: it reads the YAML as written and applies its own
rules, so a scrubbing bug (or a hand-edited cassette) cannot hide a leak. Rules: where a
secret could be (Authorization, cookies, token/key fields and parameters, account ids)
only placeholders are allowed; anywhere, a JWT must be a placeholder JWT, a Basic
credential the placeholder one, and key-shaped or known secret values must not appear.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import parse_qsl, urlsplit

import yaml

from contract_tests.harness import placeholders as ph
from contract_tests.harness.scrub import (
    BASIC_RE,
    COOKIE_ATTRIBUTES,
    JWT_RE,
    PUBLIC_COOKIES,
    is_secret_name,
)

#: Key-shaped strings (the vendor's sample shape, ``pub``/``priv`` + 24 hex).
KEY_RE = re.compile(r"\b(?:pub|priv)_?[0-9a-f]{24}\b")
_ALLOWED_KEYS = {ph.PUBLIC_KEY, ph.PRIVATE_KEY}


@dataclass(frozen=True)
class Finding:
    """One suspicious value: where it is and why; never the value itself."""

    cassette: str
    where: str
    reason: str

    def __str__(self) -> str:
        return f"{self.cassette}: {self.where}: {self.reason}"


def _leaves(value: Any, path: str, key: str = "") -> Iterator[tuple[str, str, str]]:
    """(path, nearest key, value) for every string in a JSON document, and for other
    scalars under a secret-sounding key (a numeric ``token`` is still a token)."""
    if isinstance(value, dict):
        for k, v in value.items():
            shown = str(k) if len(str(k)) <= 32 else str(k)[:6] + "..."  # a key may be a secret
            yield from _leaves(v, f"{path}.{shown}", str(k))
    elif isinstance(value, list):
        for i, v in enumerate(value):
            yield from _leaves(v, f"{path}[{i}]", key)
    elif isinstance(value, str):
        yield path, key, value
    elif value is not None and not isinstance(value, bool) and is_secret_name(key):
        yield path, key, str(value)


class _Checker:
    def __init__(self, name: str, known_secrets: Iterable[str]) -> None:
        self.name = name
        self.known = [s for s in known_secrets if s and len(s) >= 6]
        self.findings: list[Finding] = []

    def flag(self, where: str, reason: str) -> None:
        self.findings.append(Finding(self.name, where, reason))

    def anywhere(self, where: str, text: str) -> None:
        """Rules that hold for every string in the cassette."""
        for match in JWT_RE.finditer(text):
            if not ph.is_placeholder_jwt(match.group(0)):
                self.flag(where, "a JWT that is not the placeholder token")
        for match in BASIC_RE.finditer(text):
            if match.group(0) != ph.BASIC:
                self.flag(where, "a Basic credential that is not the placeholder keys")
        for match in KEY_RE.finditer(text):
            if match.group(0) not in _ALLOWED_KEYS:
                self.flag(where, "a key-shaped value that is not a placeholder key")
        for secret in self.known:
            if secret in text:
                self.flag(where, "a known secret or account id")

    def field(self, where: str, key: str, value: str) -> None:
        """A named field or parameter: secret names only hold placeholders."""
        self.anywhere(where, value)
        if key == "account_id" and value != ph.ACCOUNT_ID:
            self.flag(where, "an account id that is not the placeholder")
        elif is_secret_name(key) and value != ph.SCRUBBED and not ph.is_placeholder_jwt(value):
            self.flag(where, f"a value under {key!r} that is not a placeholder")

    def header(self, where: str, name: str, value: str) -> None:
        lowered = name.lower()
        self.anywhere(where, value)
        if lowered == "authorization":
            if value != ph.BASIC and not ph.is_placeholder_jwt(value):
                self.flag(where, "an Authorization value that is not a placeholder")
        elif lowered in ("cookie", "set-cookie"):
            self.cookie(where, value)
        elif lowered == "host":
            if value != ph.HOST:
                self.flag(where, "a Host that is not the placeholder host")
        elif is_secret_name(lowered) and value != ph.SCRUBBED:
            self.flag(where, f"a {name} header that is not a placeholder")

    def cookie(self, where: str, value: str) -> None:
        for item in value.split(";"):
            name, sep, cookie_value = item.strip().partition("=")
            if not sep:
                continue  # a Set-Cookie attribute such as HttpOnly
            allowed = PUBLIC_COOKIES.get(name.lower(), set())
            attribute = name.lower() in COOKIE_ATTRIBUTES
            if cookie_value != ph.SCRUBBED and cookie_value not in allowed and not attribute:
                self.flag(where, f"cookie {name!r} is not a placeholder")

    def headers(self, where: str, headers: dict[str, Any]) -> None:
        for name, values in (headers or {}).items():
            for value in values if isinstance(values, list) else [values]:
                self.header(f"{where}.headers.{name}", str(name), str(value))

    def body(self, where: str, raw: Any) -> None:
        if raw is None:
            return
        text = raw.decode("utf-8", "replace") if isinstance(raw, bytes) else str(raw)
        try:
            document = json.loads(text) if text else None
        except ValueError:
            self.anywhere(where, text)
            return
        for path, key, value in _leaves(document, where):
            self.field(path, key, value)

    def uri(self, where: str, uri: str) -> None:
        parts = urlsplit(uri)
        if f"{parts.scheme}://{parts.netloc}" != ph.ORIGIN:
            self.flag(where, "a request origin that is not the placeholder origin")
        self.anywhere(where, parts.path)
        for key, value in parse_qsl(parts.query, keep_blank_values=True):
            self.field(f"{where}?{key}", key, value)

    def interaction(self, index: int, interaction: dict[str, Any]) -> None:
        where = f"interactions[{index}]"
        request = interaction.get("request", {})
        response = interaction.get("response", {})
        self.uri(f"{where}.request.uri", str(request.get("uri", "")))
        self.headers(f"{where}.request", request.get("headers", {}))
        self.body(f"{where}.request.body", request.get("body"))
        self.headers(f"{where}.response", response.get("headers", {}))
        body = response.get("body", {})
        self.body(f"{where}.response.body", body.get("string") if isinstance(body, dict) else body)


def check_cassette_data(
    name: str, data: dict[str, Any], known_secrets: Iterable[str] = ()
) -> list[Finding]:
    """Findings for one loaded cassette document (``{"interactions": [...]}``)."""
    checker = _Checker(name, known_secrets)
    interactions = data.get("interactions") if isinstance(data, dict) else None
    if not isinstance(interactions, list) or not interactions:
        checker.flag("interactions", "no recorded interactions")
        return checker.findings
    for index, interaction in enumerate(interactions):
        checker.interaction(index, interaction)
    return checker.findings


def check_cassette_file(path: Path, known_secrets: Iterable[str] = ()) -> list[Finding]:
    """Findings for one cassette file; the raw text is also scanned as a whole."""
    text = path.read_text(encoding="utf-8")
    checker = _Checker(path.name, known_secrets)
    checker.anywhere("file", text)
    data = yaml.safe_load(text)
    return checker.findings + check_cassette_data(path.name, data, known_secrets)


def check_directory(directory: Path, known_secrets: Iterable[str] = ()) -> list[Finding]:
    """Findings for every ``*.yaml`` cassette in ``directory``."""
    findings: list[Finding] = []
    for path in sorted(directory.glob("*.yaml")):
        findings.extend(check_cassette_file(path, known_secrets))
    return findings
