"""Encryption at rest for shared token stores: AES-256-GCM under an HKDF-derived key.

A store never holds the private key: only this key derived from it (HKDF-SHA256), which
seals each token with a fresh nonce and the entry's name as associated data. An entry
copied under another name, written by another key pair, or damaged fails to open and
reads as a miss. `tag()` identifies a token (an HMAC under a second derived key) so that
a compare-and-delete can run inside the store without the token ever being stored in
clear.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import os
from typing import Any

from ._errors import ConfigurationError

__all__ = ["Sealer", "entry_name"]

_MAGIC = b"ecp1"
_NONCE = 12
TAG_LENGTH = 32  # hex characters of the HMAC kept in clear in front of the sealed token


def entry_name(prefix: str, base_url: str, public_key: str) -> str:
    """`prefix` + a hash of the target and the public key: one entry per key pair."""
    digest = hashlib.sha256(f"{base_url.rstrip('/')}\n{public_key}".encode()).hexdigest()
    return f"{prefix}{digest[:32]}"


def _crypto() -> Any:
    try:
        from cryptography.hazmat.primitives import hashes
        from cryptography.hazmat.primitives.ciphers.aead import AESGCM
        from cryptography.hazmat.primitives.kdf.hkdf import HKDF
    except ImportError as exc:  # pragma: no cover - depends on the installed extras
        raise ConfigurationError(
            "shared token stores encrypt tokens with the 'cryptography' package: "
            "pip install 'ecartpay[redis]' (or 'ecartpay[file]')"
        ) from exc
    return hashes, AESGCM, HKDF


class Sealer:
    """Seals and opens one entry's token. Holds derived keys only, never shown."""

    def __init__(self, *, private_key: str, name: str) -> None:
        hashes, aesgcm, hkdf = _crypto()
        material = hkdf(
            algorithm=hashes.SHA256(),
            length=64,
            salt=b"ecartpay-token-store/v1",
            info=b"aes-256-gcm key | hmac-sha256 key",
        ).derive(private_key.encode())
        self._aead = aesgcm(material[:32])
        self._mac_key = material[32:]
        self._aad = name.encode()

    def tag(self, token: str) -> str:
        """An identifier of `token` that reveals nothing about it."""
        mac = hmac.new(self._mac_key, token.encode(), hashlib.sha256).hexdigest()
        return mac[:TAG_LENGTH]

    def seal(self, token: str, **fields: float) -> bytes:
        """`tag` + "." + nonce + AES-GCM(JSON {token, fields}), the name as associated data."""
        nonce = os.urandom(_NONCE)
        plain = json.dumps({"token": token, **fields}).encode()
        sealed: bytes = _MAGIC + nonce + self._aead.encrypt(nonce, plain, self._aad)
        return self.tag(token).encode() + b"." + sealed

    def open(self, record: bytes) -> dict[str, Any] | None:
        """The sealed JSON, or None for anything foreign, corrupt or of another key pair."""
        from cryptography.exceptions import InvalidTag

        tag, dot, sealed = record.partition(b".")
        if not dot or not sealed.startswith(_MAGIC) or len(sealed) < len(_MAGIC) + _NONCE + 16:
            return None
        nonce = sealed[len(_MAGIC) : len(_MAGIC) + _NONCE]
        try:
            payload = json.loads(
                self._aead.decrypt(nonce, sealed[len(_MAGIC) + _NONCE :], self._aad)
            )
        except (InvalidTag, ValueError):
            return None
        if not isinstance(payload, dict) or not isinstance(payload.get("token"), str):
            return None
        if not hmac.compare_digest(tag, self.tag(payload["token"]).encode()):
            return None
        return payload

    def __repr__(self) -> str:
        return "Sealer(<derived keys>)"
