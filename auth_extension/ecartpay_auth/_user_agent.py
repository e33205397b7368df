"""The `User-Agent` of every request: which SDK, which httpx, which Python; nothing else.

    ecartpay-python/0.2.0 httpx/0.28.1 python/3.11.7 shopbridge/2.4 (+https://shopbridge.example)

An integration (a plugin, a platform) appends its own name, version and URL with
`AppInfo`, per client or process-wide with `set_app_info`, as stripe-python's app info
does. Nothing about the machine or its user (host name, OS user, platform string) is
sent: the header says which code is calling, not who or where.
"""

from __future__ import annotations

import platform
import re
from dataclasses import dataclass
from functools import lru_cache

import httpx

from ._errors import ConfigurationError
from ._version import __version__

__all__ = ["AppInfo", "get_app_info", "set_app_info", "user_agent"]

PRODUCT = "ecartpay-python"
# Patterns, compiled (and cached by `re`) when app info is first set, not at import.
_TOKEN = r"[A-Za-z0-9!#$%&'*+.^_`|~-]{1,64}"  # an HTTP token (RFC 9110)
_URL = r"https?://[\x21-\x7e]{1,200}"  # visible ASCII only: no header injection


def _token(what: str, value: object) -> str:
    if not isinstance(value, str) or not re.fullmatch(_TOKEN, value):
        raise ConfigurationError(
            f"app info {what} must be 1-64 characters of letters, digits and "
            f"!#$%&'*+.^_`|~- (no spaces), got {value!r}"
        )
    return value


@dataclass(frozen=True, slots=True)
class AppInfo:
    """Your integration, appended to the User-Agent: `name/version (+url)`, so the
    vendor (and your own logs) can tell which integration sent a request.

    Attributes:
        name: Your integration's name (a User-Agent token: no spaces).
        version: Its version.
        url: An http(s) URL about it.

    Raises:
        ecartpay.ConfigurationError: A name or version that is not a token, or a URL
            that is not http(s).

    Example:
        ```python
        info = ecartpay.AppInfo("acme-shop", "2.1.0", "https://acme.example.com")
        client = ecartpay.EcartPay(app_info=info)
        ```
    """

    name: str
    version: str | None = None
    url: str | None = None

    def __post_init__(self) -> None:
        _token("name", self.name)
        if self.version is not None:
            _token("version", self.version)
        if self.url is not None and (
            not isinstance(self.url, str) or not re.fullmatch(_URL, self.url) or "(" in self.url
        ):
            raise ConfigurationError(f"app info url must be an http(s) URL, got {self.url!r}")

    def product(self) -> str:
        """This app's part of the User-Agent.

        Returns:
            `name/version (+url)`, each part only when given.

        Example:
            ```python
            info = ecartpay.AppInfo("acme-shop", "2.1.0", "https://acme.example.com")
            assert info.product() == "acme-shop/2.1.0 (+https://acme.example.com)"
            ```
        """
        text = self.name if self.version is None else f"{self.name}/{self.version}"
        return text if self.url is None else f"{text} (+{self.url})"


_app_info: AppInfo | None = None


def set_app_info(name: str | None, version: str | None = None, url: str | None = None) -> None:
    """Append your integration to the User-Agent of clients built from now on, in this
    process: for a plugin or framework that builds clients it does not configure. A
    client's own `app_info=` wins.

    Args:
        name: Your integration's name (None removes the app info).
        version: Its version.
        url: An http(s) URL about it.

    Raises:
        ecartpay.ConfigurationError: A malformed name, version or URL.

    Example:
        ```python
        ecartpay_auth.set_app_info("acme-shop", "2.1.0")
        client = ecartpay.EcartPay()  # User-Agent: ... acme-shop/2.1.0
        ```
    """

    global _app_info
    _app_info = None if name is None else AppInfo(name, version, url)


def get_app_info() -> AppInfo | None:
    """The process-wide app info, if any."""
    return _app_info


@lru_cache(maxsize=1)
def _base() -> str:
    python = platform.python_version()
    return f"{PRODUCT}/{__version__} httpx/{httpx.__version__} python/{python}"


def user_agent(app_info: AppInfo | None = None) -> str:
    """The User-Agent for a client: the SDK's own, then `app_info` (else the process's)."""
    info = app_info if app_info is not None else _app_info
    return _base() if info is None else f"{_base()} {info.product()}"
