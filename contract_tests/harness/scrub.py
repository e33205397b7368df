"""Scrub secrets out of VCR interactions before they are written (vcrpy's before_record hooks).

One ``Scrubber`` per cassette: it remembers which real token became which placeholder,
so two distinct tokens (before and after a refresh) stay two distinct placeholders and
a replay exercises the same refresh logic. It also learns the account and user ids from
each token it sees and replaces them wherever they appear later.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable
from typing import Any
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

from contract_tests.harness import placeholders as ph
from ecartpay_auth import Token

JWT_RE = re.compile(r"eyJ[A-Za-z0-9_-]*\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+")
BASIC_RE = re.compile(r"Basic\s+[A-Za-z0-9+/=]+")
#: Field and parameter names whose values are secrets wherever they appear.
SECRET_MARKERS = ("token", "key", "secret", "password", "passwd", "auth", "session", "credential")
#: Cookies whose values are not secret: the language of the API's messages.
PUBLIC_COOKIES = {"lang": {"en", "es"}}
#: Set-Cookie attributes: not cookie values, kept as they are.
COOKIE_ATTRIBUTES = frozenset({"path", "domain", "expires", "max-age", "samesite"})
#: Paths never recorded: the local sandbox's control plane is not part of the API.
UNRECORDED_PATH_PREFIX = "/__sandbox__/"


def is_secret_name(name: str) -> bool:
    lowered = name.lower()
    return any(marker in lowered for marker in SECRET_MARKERS)


class Scrubber:
    """Replace secrets by placeholders; configure vcrpy with ``request`` and ``response``."""

    def __init__(self, origin: str, secrets: dict[str, str]) -> None:
        """``origin`` is the real scheme://host:port; ``secrets`` maps values to placeholders."""
        self._origin = origin.rstrip("/")
        self._host = urlsplit(origin).netloc
        self._replacements: dict[str, str] = {k: v for k, v in secrets.items() if k}
        self._tokens: dict[str, str] = {}

    def secrets(self) -> list[str]:
        """Every real secret seen so far (tokens, learned ids): the checker's known values."""
        return [*self._tokens, *self._replacements]

    # -- values -----------------------------------------------------------------------
    def token(self, real: str) -> str:
        """The placeholder JWT for a real one; learns the ids inside it."""
        if ph.is_placeholder_jwt(real):
            return real
        if real not in self._tokens:
            claims = Token.from_value(real).claims
            for claim, placeholder in (("account_id", ph.ACCOUNT_ID), ("id", ph.USER_ID)):
                if isinstance(claims.get(claim), str) and claims[claim]:
                    self._replacements[claims[claim]] = placeholder
            names = list(claims) if claims else None
            self._tokens[real] = ph.placeholder_jwt(len(self._tokens) + 1, names)
        return self._tokens[real]

    def text(self, value: str) -> str:
        """Scrub free text: origins, JWTs, Basic credentials, known secret values."""
        value = value.replace(self._origin, ph.ORIGIN)
        value = JWT_RE.sub(lambda m: self.token(m.group(0)), value)
        value = BASIC_RE.sub(lambda m: m.group(0) if m.group(0) == ph.BASIC else ph.BASIC, value)
        for real, placeholder in self._replacements.items():
            value = value.replace(real, placeholder)
        return value

    def json_value(self, value: Any, key: str = "") -> Any:
        """Scrub a decoded JSON document, field by field."""
        if isinstance(value, dict):
            return {k: self.json_value(v, str(k)) for k, v in value.items()}
        if isinstance(value, list):
            return [self.json_value(v, key) for v in value]
        if not isinstance(value, str):
            return value
        if key == "account_id" and value:
            self._replacements.setdefault(value, ph.ACCOUNT_ID)
            return ph.ACCOUNT_ID
        if is_secret_name(key):
            return self.token(value) if JWT_RE.fullmatch(value) else ph.SCRUBBED
        return self.text(value)

    def body(self, raw: bytes | str | None) -> bytes | str | None:
        """Scrub a body: JSON field by field, anything else as text."""
        if raw is None or raw in (b"", ""):
            return raw
        text = raw.decode("utf-8", "replace") if isinstance(raw, bytes) else raw
        try:
            document = json.loads(text)
        except ValueError:
            scrubbed = self.text(text)
        else:
            clean = self.json_value(document)
            if clean == document:
                return raw  # nothing secret: keep the exact bytes the server sent
            scrubbed = json.dumps(clean, ensure_ascii=False, separators=(",", ":"))
        return scrubbed.encode() if isinstance(raw, bytes) else scrubbed

    def cookies(self, header: str) -> str:
        """Keep ``lang=en|es``; every other cookie value becomes SCRUBBED."""
        parts = []
        for item in header.split(";"):
            name, sep, value = item.strip().partition("=")
            allowed = PUBLIC_COOKIES.get(name.lower())
            keep = (
                not sep
                or name.lower() in COOKIE_ATTRIBUTES
                or (allowed is not None and value in allowed)
            )
            parts.append(item.strip() if keep else f"{name}={ph.SCRUBBED}")
        return "; ".join(parts)

    def header(self, name: str, value: str) -> str:
        lowered = name.lower()
        if lowered == "authorization":
            if value.startswith("Basic "):
                return ph.BASIC
            return self.token(value) if JWT_RE.fullmatch(value.strip()) else ph.SCRUBBED
        if lowered in ("cookie", "set-cookie"):
            return self.cookies(value)
        if lowered == "host":
            return ph.HOST
        if is_secret_name(lowered):
            return ph.SCRUBBED
        return self.text(value)

    def headers(self, items: Iterable[tuple[str, Any]]) -> list[tuple[str, Any]]:
        out: list[tuple[str, Any]] = []
        for name, value in items:
            if isinstance(value, list):
                out.append((name, [self.header(name, str(v)) for v in value]))
            else:
                out.append((name, self.header(name, str(value))))
        return out

    def uri(self, uri: str) -> str:
        """Fixed placeholder origin; secret-named query values scrubbed."""
        parts = urlsplit(uri)
        query = [
            (k, ph.SCRUBBED if is_secret_name(k) else self.text(v))
            for k, v in parse_qsl(parts.query, keep_blank_values=True)
        ]
        placeholder = urlsplit(ph.ORIGIN)
        return urlunsplit(
            (placeholder.scheme, placeholder.netloc, parts.path, urlencode(query), "")
        )

    # -- vcrpy hooks ------------------------------------------------------------------
    def request(self, request: Any) -> Any:
        """vcrpy ``before_record_request``: receives a deep copy, returns it scrubbed."""
        if urlsplit(request.uri).path.startswith(UNRECORDED_PATH_PREFIX):
            return None
        request.uri = self.uri(request.uri)
        request.headers = dict(self.headers(request.headers.items()))
        request.body = self.body(request.body)
        return request

    def response(self, response: dict[str, Any]) -> dict[str, Any]:
        """vcrpy ``before_record_response``: headers and body, content-length kept true."""
        body = response.get("body", {})
        if "string" in body:
            body["string"] = self.body(body["string"])
        headers = dict(self.headers(response.get("headers", {}).items()))
        for name in list(headers):
            if name.lower() == "content-length" and isinstance(body.get("string"), bytes | str):
                raw = body["string"]
                size = len(raw.encode() if isinstance(raw, str) else raw)
                headers[name] = [str(size)]
        response["headers"] = headers
        return response
