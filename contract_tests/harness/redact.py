"""Last line of defence for secrets in what the harness prints and leaves on disk.

schemathesis sanitizes its own output (headers, cookies and JSON fields named like
secrets), and the harness keeps that on. This module does not replace it: it scans the
captured console output and every report file for the run's actual keys and tokens and
for any JWT-looking string, redacts what it finds and counts it, so a gap in
schemathesis' sanitization shows up as a failed run instead of a leaked token.
"""

from __future__ import annotations

import base64
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from contract_tests.harness.scrub import JWT_RE

REDACTED = "[redacted by harness]"
_BASIC_RE = re.compile(r"(?i)(Basic\s+)[A-Za-z0-9+/]{8,}={0,2}")
#: Long base64 runs: reports store bodies base64-encoded, where a token hides from a grep.
_BASE64_RE = re.compile(r"[A-Za-z0-9+/_-]{40,}={0,2}")


@dataclass
class Redactor:
    """Replaces the given secret values, any JWT and any Basic credential; counts hits."""

    secrets: list[str] = field(repr=False)
    #: JWTs that are public on purpose (the spec's own examples), left as they are.
    public_jwts: frozenset[str] = frozenset()
    hits: int = 0

    def __post_init__(self) -> None:
        # Longest first, so a token containing another secret is replaced whole.
        self.secrets = sorted({s for s in self.secrets if len(s) >= 6}, key=len, reverse=True)

    def __call__(self, text: str) -> str:
        for secret in self.secrets:
            if secret in text:
                self.hits += text.count(secret)
                text = text.replace(secret, REDACTED)
        text = JWT_RE.sub(self._jwt, text)
        text = _BASIC_RE.sub(self._basic, text)
        return _BASE64_RE.sub(self._base64, text)

    def _base64(self, match: re.Match[str]) -> str:
        """A base64 run whose decoded text holds a secret is redacted whole."""
        encoded = match.group(0)
        try:
            decoded = base64.b64decode(encoded + "=" * (-len(encoded) % 4), altchars=b"-_")
            text = decoded.decode("utf-8")
        except ValueError:
            return encoded
        before = self.hits
        self(text)
        return REDACTED if self.hits != before else encoded

    def _jwt(self, match: re.Match[str]) -> str:
        if match.group(0) in self.public_jwts:
            return match.group(0)
        self.hits += 1
        return REDACTED

    def _basic(self, match: re.Match[str]) -> str:
        encoded = match.group(0)[len(match.group(1)) :]
        try:
            decoded = base64.b64decode(encoded, validate=True).decode("latin-1")
        except ValueError:
            return match.group(0)  # an English word after "Basic", not a credential
        if ":" not in decoded:
            return match.group(0)
        self.hits += 1
        return match.group(1) + REDACTED

    def scrub_files(self, paths: Iterable[Path]) -> dict[Path, int]:
        """Redact files in place; return the files that held something, with counts."""
        leaks: dict[Path, int] = {}
        for path in paths:
            if not path.is_file():
                continue
            text = path.read_text(encoding="utf-8", errors="replace")
            before = self.hits
            clean = self(text)
            if self.hits != before:
                path.write_text(clean, encoding="utf-8")
                leaks[path] = self.hits - before
        return leaks


def spec_jwts(spec_text: str) -> frozenset[str]:
    """The example tokens written in openapi.yaml: public, and schemathesis echoes them."""
    return frozenset(JWT_RE.findall(spec_text))
