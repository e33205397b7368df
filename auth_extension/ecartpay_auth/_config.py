"""Configuration read at the edge: environments, base URL, keys, environment variables.

Everything here is validated once, when the auth object is built, so that a typo fails
with a ConfigurationError that says what is wrong, instead of a 401 an hour later.
Messages name the problem and the variable, never the key itself.
"""

from __future__ import annotations

import ipaddress
import logging
import os
import ssl
from collections.abc import Mapping
from dataclasses import dataclass

import httpx

from ._errors import ConfigurationError

#: What `verify=` takes: True, False, a CA bundle's path, or an `ssl.SSLContext`.
VerifyTypes = bool | str | ssl.SSLContext

__all__ = [
    "ENVIRONMENTS",
    "ENV_BASE_URL",
    "ENV_ENVIRONMENT",
    "ENV_PRIVATE_KEY",
    "ENV_PUBLIC_KEY",
    "Target",
    "is_loopback",
    "keys_look_swapped",
    "resolve_target",
    "validate_key",
]

logger = logging.getLogger("ecartpay_auth")

ENVIRONMENTS: Mapping[str, str] = {
    "sandbox": "https://sandbox.ecartpay.com",
    "production": "https://ecartpay.com",
}
DEFAULT_ENVIRONMENT = "sandbox"

ENV_PUBLIC_KEY = "ECARTPAY_PUBLIC_KEY"
ENV_PRIVATE_KEY = "ECARTPAY_PRIVATE_KEY"
ENV_ENVIRONMENT = "ECARTPAY_ENVIRONMENT"
ENV_BASE_URL = "ECARTPAY_BASE_URL"
ENV_TOKEN_STORE = "ECARTPAY_TOKEN_STORE"


@dataclass(frozen=True, slots=True)
class Target:
    """Where tokens are minted and requests go, plus a label for error messages."""

    base_url: str
    environment: str | None  # None when a custom base URL was given

    @property
    def host(self) -> str:
        url = httpx.URL(self.base_url)
        return f"{url.host}:{url.port}" if url.port else url.host

    def describe(self) -> str:
        if self.environment is not None:
            return f"the {self.environment} environment ({self.host})"
        return f"the base URL host {self.host}"


def resolve_target(
    environment: str | None, base_url: str | None, *, allow_insecure_http: bool = False
) -> Target:
    """`base_url` wins over `environment`; the default environment is the sandbox.

    A plain `http://` base URL is refused unless its host is this machine (loopback) or
    `allow_insecure_http` is True: the keys and tokens would cross the network in clear.
    """
    if base_url is not None and base_url.strip():
        url = _validate_base_url(base_url)
        if not allow_insecure_http:
            _refuse_plain_http(url)
        return Target(base_url=url, environment=None)
    name = (environment or DEFAULT_ENVIRONMENT).strip().lower()
    if name not in ENVIRONMENTS:
        choices = ", ".join(repr(e) for e in ENVIRONMENTS)
        raise ConfigurationError(
            f"unknown environment {environment!r}: choose one of {choices}, "
            f"or pass base_url= (or set {ENV_BASE_URL})"
        )
    return Target(base_url=ENVIRONMENTS[name], environment=name)


def _validate_base_url(base_url: str) -> str:
    try:
        url = httpx.URL(base_url.strip())
    except (httpx.InvalidURL, TypeError) as exc:
        raise ConfigurationError(f"base_url is not a valid URL: {exc}") from None
    if url.scheme not in ("http", "https") or not url.host:
        raise ConfigurationError("base_url must be an absolute http:// or https:// URL")
    if url.userinfo:
        raise ConfigurationError("base_url must not contain credentials")
    return str(url).rstrip("/")


def is_loopback(host: str) -> bool:
    """`localhost` or a loopback IP (127.0.0.0/8, ::1): traffic that never leaves the host."""
    if host.lower() == "localhost":
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


def _refuse_plain_http(base_url: str) -> None:
    url = httpx.URL(base_url)
    if url.scheme == "http" and not is_loopback(url.host):
        raise ConfigurationError(
            f"base_url http://{url.host} is plain HTTP to a host that is not this machine: "
            "the API keys and tokens would cross the network in clear text. Use https://, "
            "or pass allow_insecure_http=True if the network between you and that host is "
            f"trusted (set by base_url= or {ENV_BASE_URL})"
        )


def validate_key(value: str | None, *, which: str, env_var: str) -> str:
    """Return the key unchanged if it can be sent as HTTP Basic credentials, else raise.

    The message describes the defect (missing, empty, whitespace, colon, control
    characters) and where the key came from, but never echoes the key.
    """
    if value is None:
        raise ConfigurationError(f"the {which} key is missing: pass {which}_key= or set {env_var}")
    if not isinstance(value, str):
        raise ConfigurationError(f"the {which} key must be a str, not {type(value).__name__}")
    if value == "":
        raise ConfigurationError(f"the {which} key is empty (check {env_var})")
    if any(ch.isspace() for ch in value):
        raise ConfigurationError(
            f"the {which} key contains whitespace (a stray space or newline from copy-paste?)"
        )
    if ":" in value:
        raise ConfigurationError(
            f"the {which} key contains a colon, which HTTP Basic credentials cannot carry"
        )
    if not value.isprintable():
        raise ConfigurationError(f"the {which} key contains control characters")
    return value


def keys_look_swapped(public_key: str, private_key: str) -> bool:
    """Heuristic from the one public sample (`pub...` / `priv...`): a hint, never a refusal."""
    return public_key.lower().startswith(("priv", "prv")) or private_key.lower().startswith("pub")


SWAPPED_HINT = (
    "the public key looks like a private key (or the reverse): "
    "check that public_key and private_key are not swapped"
)


def from_env(name: str, value: str | None, environ: Mapping[str, str] | None = None) -> str | None:
    """An explicit argument wins; else the environment variable; empty counts as unset."""
    if value is not None:
        return value
    env = os.environ if environ is None else environ
    found = env.get(name)
    return found if found else None
