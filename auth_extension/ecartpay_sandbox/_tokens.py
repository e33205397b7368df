"""Minting and checking the vendor's tokens: HS512 JWTs shaped like the seed page's,
``{"id", "user": "undefined", "iat", "exp = iat + ttl"}``.

The payload names no account (the seed's token does not either): the issuer remembers which
account each token id belongs to. The vendor does not say what ``id`` identifies; here it is
a fresh 24-hex id per token, so two tokens minted in the same second still differ and every
token can be revoked on its own. Only tokens this issuer minted (and has not revoked) are
accepted: a token with a valid signature but an unknown ``id`` is refused like a revoked one.
"""

from __future__ import annotations

import base64
import binascii
import hmac
import secrets
import threading
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from enum import Enum

import jwt

from ecartpay_sandbox._config import Account
from ecartpay_sandbox._ids import new_object_id

ALGORITHM = "HS512"


class TokenProblem(Enum):
    """Why a token or a key pair was refused; the value is the message key."""

    MISSING_BASIC = "missing_basic"
    MALFORMED_BASIC = "malformed_basic"
    BAD_KEYS = "bad_keys"
    MISSING_TOKEN = "missing_token"
    BEARER = "bearer_token"
    EXPIRED = "expired_token"
    INVALID = "invalid_token"
    REVOKED = "revoked_token"


class TokenRefused(Exception):
    """Credentials the sandbox answers with 401."""

    def __init__(self, problem: TokenProblem) -> None:
        super().__init__(problem.value)
        self.problem = problem


@dataclass(frozen=True)
class Grant:
    """Who a valid token speaks for: the account, and the token's own ``id``."""

    account_id: str
    token_id: str


@dataclass(frozen=True)
class MintedToken:
    """A token and its claims, as handed out."""

    token: str
    token_id: str
    account_id: str
    iat: int
    exp: int


class TokenIssuer:
    """Mints tokens for configured accounts and checks them; safe to share across threads."""

    def __init__(
        self,
        accounts: Sequence[Account],
        secret: bytes,
        ttl: int,
        clock: Callable[[], float] = time.time,
    ) -> None:
        self._accounts = {a.public_key: a for a in accounts}
        self._secret = secret
        self._clock = clock
        self._lock = threading.Lock()
        self._live: dict[str, tuple[str, int]] = {}  # token id -> (account id, exp)
        self._prune_at = 10_000  # doubles as needed, so pruning stays amortised O(1)
        self.ttl = ttl
        self.minted = 0

    def add_account(self, account: Account) -> None:
        """Accept ``account``'s keys from now on."""
        with self._lock:
            if account.public_key in self._accounts:
                raise ValueError("two accounts share a public key")
            self._accounts[account.public_key] = account

    def authenticate_basic(self, header: str | None) -> Account:
        """The account whose keys are in an ``Authorization: Basic ...`` header."""
        if not header:
            raise TokenRefused(TokenProblem.MISSING_BASIC)
        scheme, _, encoded = header.strip().partition(" ")
        if scheme.lower() != "basic":
            raise TokenRefused(TokenProblem.MISSING_BASIC)
        try:
            decoded = base64.b64decode(encoded.strip(), validate=True).decode("utf-8")
        except (binascii.Error, UnicodeDecodeError, ValueError):
            raise TokenRefused(TokenProblem.MALFORMED_BASIC) from None
        public_key, colon, private_key = decoded.partition(":")
        if not colon:
            raise TokenRefused(TokenProblem.MALFORMED_BASIC)
        account = self._accounts.get(public_key)
        # Compare even for an unknown public key, so timing does not tell which half is wrong.
        expected = account.private_key if account else secrets.token_hex(16)
        if not hmac.compare_digest(expected.encode(), private_key.encode()) or account is None:
            raise TokenRefused(TokenProblem.BAD_KEYS)
        return account

    def mint(self, account: Account) -> MintedToken:
        """A fresh token for ``account``, valid for the current ttl."""
        iat = int(self._clock())
        token_id = new_object_id(self._clock)
        with self._lock:
            exp = iat + self.ttl
            self._live[token_id] = (account.account_id, exp)
            self.minted += 1
            if len(self._live) > self._prune_at:
                self._live = {k: v for k, v in self._live.items() if v[1] > iat}
                self._prune_at = max(10_000, 2 * len(self._live))
        payload = {"id": token_id, "user": "undefined", "iat": iat, "exp": exp}
        token = jwt.encode(payload, self._secret, algorithm=ALGORITHM)
        return MintedToken(token, token_id, account.account_id, iat, exp)

    def mint_scoped(self, scopes: list[str], *, audience: str, subject: str, ttl: int) -> str:
        """A token limited to ``scopes`` (a checkout's, a scoped token): ``{id, scopes, aud,
        sub, iat, exp}``, as the vendor's. It carries no ``account_id``, so the API itself
        refuses it (401): it is for the browser pages those scopes name."""
        iat = int(self._clock())
        payload = {
            "id": new_object_id(self._clock),
            "scopes": scopes,
            "iat": iat,
            "exp": iat + ttl,
            "aud": audience,
            "sub": subject,
        }
        return jwt.encode(payload, self._secret, algorithm=ALGORITHM)

    def verify(self, header: str | None) -> Grant:
        """The account (and token id) of the raw token in an ``Authorization`` header."""
        if not header or not header.strip():
            raise TokenRefused(TokenProblem.MISSING_TOKEN)
        token = header.strip()
        if token.lower().startswith("bearer "):
            raise TokenRefused(TokenProblem.BEARER)
        try:
            claims = jwt.decode(
                token,
                self._secret,
                algorithms=[ALGORITHM],
                options={"require": ["id", "iat", "exp"]},
                leeway=0,
            )
        except jwt.ExpiredSignatureError:
            raise TokenRefused(TokenProblem.EXPIRED) from None
        except jwt.PyJWTError:
            raise TokenRefused(TokenProblem.INVALID) from None
        token_id = claims["id"]
        with self._lock:
            live = self._live.get(token_id) if isinstance(token_id, str) else None
        if live is None:
            raise TokenRefused(TokenProblem.REVOKED)
        return Grant(account_id=live[0], token_id=token_id)

    def revoke_all(self) -> int:
        """Forget every issued token; answer how many were still live."""
        now = int(self._clock())
        with self._lock:
            count = sum(1 for _, exp in self._live.values() if exp > now)
            self._live.clear()
        return count

    def live_count(self) -> int:
        """Issued tokens that are neither expired nor revoked."""
        now = int(self._clock())
        with self._lock:
            return sum(1 for _, exp in self._live.values() if exp > now)

    def reset_counters(self) -> None:
        """Zero the mint counter (tokens stay valid)."""
        with self._lock:
            self.minted = 0
