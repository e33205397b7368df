"""The contenders, built the same way for every benchmark.

* `ecartpay`: our `EcartPayAuth`.
* `httpx-auth`: httpx-auth's `OAuth2ClientCredentials`, the general library most users
  would pick, configured for this API (token in the `token` field, sent raw). It sends
  the keys as HTTP Basic, like the documented token request, plus an OAuth2 form body
  the API ignores.
* `naive`: the hand-written unlocked cache of `bench._naive`.
"""

from __future__ import annotations

from typing import Final, Literal

import httpx
import httpx_auth

from bench._naive import NaiveTokenCache
from ecartpay_auth import TOKEN_PATH, EcartPayAuth

__all__ = ["CONTENDERS", "Contender", "make_auth", "reset_peer_caches"]

Contender = Literal["ecartpay", "httpx-auth", "naive"]
CONTENDERS: Final[tuple[Contender, ...]] = ("ecartpay", "httpx-auth", "naive")


def reset_peer_caches() -> None:
    """httpx-auth keeps tokens in a process-wide cache: empty it between runs."""
    httpx_auth.OAuth2.token_cache.clear()


def make_auth(
    contender: Contender,
    *,
    base_url: str,
    public_key: str,
    private_key: str,
    margin: float = 300.0,
    lifetime: float = 3600.0,
) -> httpx.Auth:
    """A fresh auth object with an empty token cache.

    `margin` is the refresh margin (httpx-auth calls it `early_expiry`); `lifetime` is
    what the naive cache assumes, as hand-written code hard-codes the documented hour.
    """
    if contender == "ecartpay":
        return EcartPayAuth(public_key, private_key, base_url=base_url, refresh_margin=margin)
    if contender == "httpx-auth":
        reset_peer_caches()
        peer: httpx.Auth = httpx_auth.OAuth2ClientCredentials(
            base_url.rstrip("/") + TOKEN_PATH,
            client_id=public_key,
            client_secret=private_key,
            token_field_name="token",
            header_value="{token}",
            early_expiry=margin,
        )
        return peer
    if contender == "naive":
        return NaiveTokenCache(
            public_key, private_key, base_url=base_url, lifetime=lifetime, margin=margin
        )
    raise ValueError(f"unknown contender {contender!r}")
