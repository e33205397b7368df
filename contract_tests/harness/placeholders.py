"""The fixed values that stand in for secrets and account ids in recorded cassettes.

They keep the shape of what they replace (24-hex ids, ``pub``/``priv`` keys, an HS512
JWT with the same claim names), so the generated client and ``ecartpay_auth`` parse a
replayed exchange exactly as a live one. Placeholder JWTs expire in the year 2100 and are
signed with a public, placeholder-only secret: the checker recognises them by verifying
that signature, which no real token can pass. ``iat`` is ``exp - 3600`` (also in 2100) so
the lifetime the SDK derives (``exp - iat``) is the documented hour; a validator that
refuses a future ``iat`` must skip that check (the SDK never compares claims with the
wall clock, by design).
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
from typing import Any

from ecartpay_auth import Token  # the SDK's own unverified JWT reader (Token.claims)

#: Every cassette is recorded as if against this origin, whatever the real host and port.
ORIGIN = "https://sandbox.example.invalid"
HOST = "sandbox.example.invalid"

PUBLIC_KEY = "pub" + "0" * 24
PRIVATE_KEY = "priv" + "0" * 24
BASIC = "Basic " + base64.b64encode(f"{PUBLIC_KEY}:{PRIVATE_KEY}".encode()).decode()

ACCOUNT_ID = "0" * 20 + "acc1"
USER_ID = "0" * 20 + "face"

#: Replaces any other secret-looking value (cookies, unknown token fields).
SCRUBBED = "SCRUBBED"

#: 2100-01-01T00:00:00Z: placeholder tokens stay valid on any date a replay runs.
EXP_2100 = 4_102_444_800
TOKEN_LIFETIME = 3600

#: Public on purpose: it only proves a JWT was made here, it protects nothing. 64 bytes,
#: the HS512 minimum, so JWT libraries verify it without complaint.
JWT_SECRET = b"ecartpay-cassette-placeholder-signing-key-public-not-a-secret-64"
_HEADER = {"alg": "HS512", "typ": "JWT"}


def _b64url(raw: bytes) -> str:
    return base64.urlsafe_b64encode(raw).rstrip(b"=").decode()


def _sign(signing_input: str) -> str:
    return _b64url(hmac.new(JWT_SECRET, signing_input.encode(), hashlib.sha512).digest())


def placeholder_claims(number: int, claim_names: list[str]) -> dict[str, Any]:
    """Placeholder values for ``claim_names``; token ``number`` n gets iat/exp shifted by n."""
    values: dict[str, Any] = {
        "id": USER_ID,
        "account_id": ACCOUNT_ID,
        "iat": EXP_2100 - TOKEN_LIFETIME + number,
        "exp": EXP_2100 + number,
    }
    return {name: values.get(name, SCRUBBED) for name in claim_names}


def placeholder_jwt(number: int, claim_names: list[str] | None = None) -> str:
    """The n-th placeholder token of a cassette (distinct tokens stay distinct)."""
    # Unreadable claims: the seed page's shape, the one the vendor documents for this token.
    names = claim_names if claim_names is not None else ["id", "user", "iat", "exp"]
    header = _b64url(json.dumps(_HEADER, separators=(",", ":")).encode())
    payload = _b64url(json.dumps(placeholder_claims(number, names), separators=(",", ":")).encode())
    signing_input = f"{header}.{payload}"
    return f"{signing_input}.{_sign(signing_input)}"


def is_placeholder_jwt(token: str) -> bool:
    """True only for a token built by ``placeholder_jwt`` (signature and claim values)."""
    parts = token.split(".")
    if len(parts) != 3 or not hmac.compare_digest(_sign(f"{parts[0]}.{parts[1]}"), parts[2]):
        return False
    claims = Token.from_value(token).claims
    if not claims:
        return False
    number = claims.get("exp", 0) - EXP_2100 if isinstance(claims.get("exp"), int) else -1
    return number >= 0 and claims == placeholder_claims(number, list(claims))
