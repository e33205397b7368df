"""Which API the contract tests talk to, decided from the environment alone.

Pure (no network, no sandbox start) so the safety rules are unit-tested on their own:
the local sandbox by default, a vendor sandbox when a URL and both keys are given, and
production only with an explicit override, read-only.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass, field
from enum import Enum
from urllib.parse import urlsplit

# The SDK's own rule for plain HTTP: loopback hosts only (the harness refuses the rest).
from ecartpay_auth._config import is_loopback as is_loopback

BASE_URL_VAR = "ECARTPAY_BASE_URL"
PUBLIC_KEY_VAR = "ECARTPAY_PUBLIC_KEY"
PRIVATE_KEY_VAR = "ECARTPAY_PRIVATE_KEY"
CA_FILE_VAR = "ECARTPAY_CA_FILE"
ALLOW_PRODUCTION_VAR = "ECARTPAY_ALLOW_PRODUCTION"


class TargetError(Exception):
    """The configuration is incomplete or unsafe; the message says what to change."""


class TargetKind(Enum):
    """Where the requests go; decides what the harness may do there."""

    LOCAL = "local sandbox"  # started by the harness, its own test keys
    SANDBOX = "vendor sandbox"  # a `sandbox.` host or a loopback URL given by the user
    PRODUCTION = "production"  # anything else: read-only checks, only with the override


@dataclass(frozen=True)
class Target:
    """A resolved target. Keys never appear in ``repr``."""

    kind: TargetKind
    base_url: str | None  # None for LOCAL until the sandbox is started
    public_key: str | None = field(default=None, repr=False)
    private_key: str | None = field(default=None, repr=False)
    ca_file: str | None = None
    tls: bool = False  # LOCAL only: serve HTTPS with a throw-away CA
    notes: tuple[str, ...] = ()

    @property
    def read_only(self) -> bool:
        """Production gets token and read-only checks only: no writes, no fuzzing."""
        return self.kind is TargetKind.PRODUCTION

    @property
    def may_record(self) -> bool:
        """Recording creates customers and orders, so never against production."""
        return self.kind is not TargetKind.PRODUCTION

    def describe(self) -> str:
        """One line for logs: kind and URL, never a key."""
        where = self.base_url or ("https" if self.tls else "http") + "://127.0.0.1:<free port>"
        return f"{self.kind.value} at {where}"


def classify_url(url: str) -> TargetKind:
    """SANDBOX for loopback and ``sandbox.`` hosts, PRODUCTION for every other host."""
    host = (urlsplit(url).hostname or "").lower()
    if is_loopback(host) or host.startswith("sandbox."):
        return TargetKind.SANDBOX
    return TargetKind.PRODUCTION


def _check_url(url: str) -> None:
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise TargetError(
            f"{BASE_URL_VAR} must be an http(s) URL with a host, like https://sandbox.ecartpay.com"
        )
    if parts.username is not None or parts.password is not None:
        raise TargetError(
            f"{BASE_URL_VAR} must not carry credentials (user:password@); "
            f"use {PUBLIC_KEY_VAR} and {PRIVATE_KEY_VAR}"
        )
    if parts.scheme == "http" and not is_loopback(parts.hostname):
        raise TargetError(
            f"{BASE_URL_VAR} uses plain http to a non-loopback host: keys would travel in "
            "clear text. Use https."
        )
    if parts.path not in ("", "/") or parts.query or parts.fragment:
        raise TargetError(
            f"{BASE_URL_VAR} must be the origin only (paths start with /api in the spec), "
            "like https://sandbox.ecartpay.com"
        )


def _check_ca_file(ca_file: str | None) -> None:
    if ca_file is not None and not os.path.isfile(ca_file):
        raise TargetError(f"{CA_FILE_VAR} does not name a readable file")


def select_target(environ: Mapping[str, str] | None = None, *, tls: bool = False) -> Target:
    """Resolve the target from ``environ`` (default ``os.environ``); raise TargetError."""
    env = os.environ if environ is None else environ
    url = env.get(BASE_URL_VAR, "").strip().rstrip("/")
    public_key = env.get(PUBLIC_KEY_VAR, "").strip() or None
    private_key = env.get(PRIVATE_KEY_VAR, "").strip() or None
    ca_file = env.get(CA_FILE_VAR, "").strip() or None
    _check_ca_file(ca_file)

    if (public_key is None) != (private_key is None):
        missing = PRIVATE_KEY_VAR if private_key is None else PUBLIC_KEY_VAR
        present = PUBLIC_KEY_VAR if private_key is None else PRIVATE_KEY_VAR
        raise TargetError(f"{present} is set but {missing} is not: set both keys, or neither")

    if not url:
        notes: tuple[str, ...] = ()
        if public_key is not None:
            notes = (
                f"{PUBLIC_KEY_VAR}/{PRIVATE_KEY_VAR} are ignored without {BASE_URL_VAR}; "
                "the local sandbox uses its own test keys",
            )
        return Target(TargetKind.LOCAL, None, ca_file=None, tls=tls, notes=notes)

    _check_url(url)
    if public_key is None or private_key is None:
        raise TargetError(
            f"{BASE_URL_VAR} is set but {PUBLIC_KEY_VAR} and {PRIVATE_KEY_VAR} are not: "
            "give the keys of that environment (dashboard, Integrations -> API), or unset "
            f"{BASE_URL_VAR} to use the local sandbox"
        )
    kind = classify_url(url)
    if kind is TargetKind.PRODUCTION and env.get(ALLOW_PRODUCTION_VAR, "") != "1":
        raise TargetError(
            f"refusing {url}: it is not a sandbox (host `sandbox.*`) or loopback URL, so it is "
            f"treated as production. Contract tests create data and fuzz. Use "
            f"https://sandbox.ecartpay.com with sandbox keys, or set {ALLOW_PRODUCTION_VAR}=1 "
            "to run only the token and read-only checks there."
        )
    notes = (
        ("production: token and read-only checks only, no fuzzing",)
        if kind is (TargetKind.PRODUCTION)
        else ()
    )
    return Target(kind, url, public_key, private_key, ca_file=ca_file, notes=notes)
