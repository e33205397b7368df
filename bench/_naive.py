"""The "typical hand-written" baseline: an unlocked `{token, expires_at}` cache.

This is what integrators write today (see the API facts: a module-level cache with a
five-minute margin). It is correct for one caller at a time; under concurrency every
caller that finds the cache empty mints its own token. Kept deliberately naive: it is the
baseline the benchmarks compare against, not something to fix.
"""

from __future__ import annotations

import ssl
import time
from collections.abc import AsyncGenerator, Generator

import httpx

from ecartpay_auth import TOKEN_PATH

__all__ = ["NaiveTokenCache"]


class NaiveTokenCache(httpx.Auth):
    """Sets `Authorization: <token>` from a dict cache; mints when empty or stale."""

    def __init__(
        self,
        public_key: str,
        private_key: str,
        *,
        base_url: str,
        lifetime: float = 3600.0,
        margin: float = 300.0,
        timeout: float = 60.0,
    ) -> None:
        self._keys = (public_key, private_key)
        self._token_url = base_url.rstrip("/") + TOKEN_PATH
        self._lifetime = lifetime
        self._margin = margin
        self._timeout = timeout
        self.cache: dict[str, object] = {"token": None, "expires_at": 0.0}
        # A client per mint, as hand-written code usually does, but one TLS context for
        # all: loading the CA bundle takes tens of ms per client here and would be
        # measured instead of the cache.
        self._ssl = ssl.create_default_context()

    def _fresh(self) -> str | None:
        token = self.cache["token"]
        expires_at = self.cache["expires_at"]
        fresh = isinstance(expires_at, float) and time.monotonic() < expires_at - self._margin
        return token if fresh and isinstance(token, str) else None

    def _store(self, response: httpx.Response) -> str:
        response.raise_for_status()
        token = str(response.json()["token"])
        self.cache["token"] = token
        self.cache["expires_at"] = time.monotonic() + self._lifetime
        return token

    def get_token(self) -> str:
        token = self._fresh()
        if token is None:
            with httpx.Client(timeout=self._timeout, verify=self._ssl) as client:
                token = self._store(client.post(self._token_url, auth=self._keys))
        return token

    async def aget_token(self) -> str:
        token = self._fresh()
        if token is None:
            async with httpx.AsyncClient(timeout=self._timeout, verify=self._ssl) as client:
                token = self._store(await client.post(self._token_url, auth=self._keys))
        return token

    def sync_auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response]:
        request.headers["Authorization"] = self.get_token()
        yield request

    async def async_auth_flow(
        self, request: httpx.Request
    ) -> AsyncGenerator[httpx.Request, httpx.Response]:
        request.headers["Authorization"] = await self.aget_token()
        yield request
