"""What a sandbox is configured with: accounts (key pairs), token lifetime, spec location.

Kept apart from the server so that tests, the CLI and the pytest plugin build the same
frozen value and the app never reads the environment by itself.
"""

from __future__ import annotations

import hashlib
import os
import secrets
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from pathlib import Path

_HERE = Path(__file__).resolve().parent
#: The spec the sandbox validates against: the copy the wheel bundles beside this module
#: (``ecartpay[sandbox]``), else ``openapi.yaml`` at the repository root (a checkout).
DEFAULT_SPEC_PATH = next(
    (path for path in (_HERE / "openapi.yaml", _HERE.parents[1] / "openapi.yaml") if path.exists()),
    _HERE / "openapi.yaml",
)

# Fixed test-only keys, shaped like the vendor's sandbox keys (``pub``/``priv`` + 24 hex).
# "7e57" reads "test": they are public knowledge, never valid anywhere but here.
DEFAULT_PUBLIC_KEY = "pub7e57aaaaaaaaaaaaaaaa0001"
DEFAULT_PRIVATE_KEY = "priv7e57bbbbbbbbbbbbbbbb0001"
DEFAULT_ACCOUNT_ID = "7e57acc0000000000000a001"
DEFAULT_USER_ID = "7e57a5e0000000000000a001"

#: A second account, so tests can prove that accounts are isolated.
SECOND_PUBLIC_KEY = "pub7e57aaaaaaaaaaaaaaaa0002"
SECOND_PRIVATE_KEY = "priv7e57bbbbbbbbbbbbbbbb0002"
SECOND_ACCOUNT_ID = "7e57acc0000000000000a002"
SECOND_USER_ID = "7e57a5e0000000000000a002"

DEFAULT_TOKEN_TTL = 3600


def _hex24(seed: str) -> str:
    return hashlib.sha256(seed.encode()).hexdigest()[:24]


@dataclass(frozen=True)
class Account:
    """One merchant account: the key pair that mints its tokens and the ids in them."""

    public_key: str
    private_key: str = field(repr=False)
    account_id: str = ""
    user_id: str = ""

    def __post_init__(self) -> None:
        if not self.public_key or not self.private_key:
            raise ValueError("an account needs a non-empty public and private key")
        if ":" in self.public_key:
            raise ValueError("a public key cannot contain ':' (HTTP Basic user name)")
        # Ids derived from the public key are stable across restarts.
        if not self.account_id:
            object.__setattr__(self, "account_id", _hex24("account:" + self.public_key))
        if not self.user_id:
            object.__setattr__(self, "user_id", _hex24("user:" + self.public_key))

    @classmethod
    def parse(cls, text: str) -> Account:
        """Read ``PUB:PRIV`` or ``PUB:PRIV:ACCOUNT_ID`` (the CLI's ``--account`` form)."""
        parts = text.split(":")
        if len(parts) not in (2, 3):
            raise ValueError(f"expected PUBLIC:PRIVATE[:ACCOUNT_ID], got {len(parts)} fields")
        account_id = parts[2] if len(parts) == 3 else ""
        return cls(public_key=parts[0], private_key=parts[1], account_id=account_id)


DEFAULT_ACCOUNTS: tuple[Account, ...] = (
    Account(DEFAULT_PUBLIC_KEY, DEFAULT_PRIVATE_KEY, DEFAULT_ACCOUNT_ID, DEFAULT_USER_ID),
    Account(SECOND_PUBLIC_KEY, SECOND_PRIVATE_KEY, SECOND_ACCOUNT_ID, SECOND_USER_ID),
)


@dataclass(frozen=True)
class SandboxConfig:
    """Everything a sandbox app needs; frozen so one config can serve many apps.

    ``accounts[0]`` is the primary account (``RunningSandbox.public_key`` and friends).
    ``jwt_secret`` signs tokens (HS512); a fresh random one per config by default, so a
    token from another sandbox run is refused as tampered.
    """

    accounts: tuple[Account, ...] = DEFAULT_ACCOUNTS
    token_ttl: int = DEFAULT_TOKEN_TTL
    mint_delay: float = 0.0
    control_plane: bool = True
    spec_path: Path = DEFAULT_SPEC_PATH
    jwt_secret: bytes = field(default_factory=lambda: secrets.token_bytes(64), repr=False)
    webhook_delay_scale: float = 1.0  # x the vendor's retry waits (10, 15, 20, 25 s)
    webhook_attempts: int = 5
    webhook_timeout: float = 5.0  # the receiver must answer within this
    webhook_any_host: bool = False  # deliver beyond loopback
    oauth_code_ttl: float = 300.0  # seconds an OAuth authorization code lives
    oauth_answer: str = "keys"  # the code exchange answers "keys" or "access_token"
    fixtures: bool = False  # seed the records the spec's examples name (``_seeds``)

    def __post_init__(self) -> None:
        if not self.accounts:
            raise ValueError("a sandbox needs at least one account")
        public_keys = [a.public_key for a in self.accounts]
        if len(set(public_keys)) != len(public_keys):
            raise ValueError("two accounts share a public key")
        account_ids = [a.account_id for a in self.accounts]
        if len(set(account_ids)) != len(account_ids):
            raise ValueError("two accounts share an account id")
        if self.token_ttl < 0:
            raise ValueError("token_ttl must be >= 0 seconds")
        if self.mint_delay < 0:
            raise ValueError("mint_delay must be >= 0 seconds")
        if self.oauth_answer not in ("keys", "access_token"):
            raise ValueError("oauth_answer must be 'keys' or 'access_token'")

    @property
    def primary(self) -> Account:
        """The first account: the one the CLI prints first and fixtures default to."""
        return self.accounts[0]

    def with_primary_keys(self, public_key: str | None, private_key: str | None) -> SandboxConfig:
        """Replace the primary account's keys (CLI flags, env vars), keeping its ids."""
        if public_key is None and private_key is None:
            return self
        first = self.primary
        new_first = replace(
            first,
            public_key=public_key or first.public_key,
            private_key=private_key or first.private_key,
        )
        return replace(self, accounts=(new_first, *self.accounts[1:]))


def config_from_env(
    base: SandboxConfig | None = None, environ: Mapping[str, str] | None = None
) -> SandboxConfig:
    """Apply ``SANDBOX_PUBLIC_KEY``, ``SANDBOX_PRIVATE_KEY``, ``SANDBOX_TOKEN_TTL``,
    ``SANDBOX_ACCOUNTS`` (comma-separated ``PUB:PRIV[:ACCOUNT_ID]``, added after the
    defaults) and ``SANDBOX_SPEC`` to ``base``."""
    env = os.environ if environ is None else environ
    config = (base or SandboxConfig()).with_primary_keys(
        env.get("SANDBOX_PUBLIC_KEY") or None, env.get("SANDBOX_PRIVATE_KEY") or None
    )
    if env.get("SANDBOX_TOKEN_TTL"):
        config = replace(config, token_ttl=int(env["SANDBOX_TOKEN_TTL"]))
    extra = [Account.parse(item) for item in env.get("SANDBOX_ACCOUNTS", "").split(",") if item]
    if extra:
        config = replace(config, accounts=(*config.accounts, *extra))
    if env.get("SANDBOX_SPEC"):
        config = replace(config, spec_path=Path(env["SANDBOX_SPEC"]))
    return config
