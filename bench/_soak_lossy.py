"""A transport that loses some write responses after the server applied the write.

The sandbox's `drop` fault closes the connection before the app sees the request, so a
dropped write is never applied and reconciliation always finds nothing. The dangerous
case for duplicates is the other one: the write was applied and only the answer was
lost. This wrapper makes it happen for real: it sends the request to the sandbox,
reads and discards the response, and raises `httpx.ReadError` as a dropped connection
would. Seeded, so a run is repeatable; counted, so the report can say how many.
"""

from __future__ import annotations

import random
import threading

import httpx

__all__ = ["LossyTransport"]

WRITE_PATHS = ("/api/customers", "/api/orders")


class LossyTransport(httpx.BaseTransport, httpx.AsyncBaseTransport):
    """Real HTTP transports (sync and async) that lose `share` of write responses."""

    def __init__(self, share: float, seed: int, limits: httpx.Limits | None = None) -> None:
        self._share = share
        self._rng = random.Random(seed)
        self._lock = threading.Lock()
        pool = limits or httpx.Limits(max_connections=100, max_keepalive_connections=40)
        self._sync = httpx.HTTPTransport(limits=pool)
        self._async = httpx.AsyncHTTPTransport(limits=pool)
        self.lost = 0

    def _lose(self, request: httpx.Request) -> bool:
        if request.method != "POST" or request.url.path not in WRITE_PATHS:
            return False
        with self._lock:
            lose = self._rng.random() < self._share
            self.lost += lose
        return lose

    @staticmethod
    def _error(request: httpx.Request) -> httpx.ReadError:
        return httpx.ReadError(
            "response lost after the write (injected by the soak)", request=request
        )

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        response = self._sync.handle_request(request)
        if response.status_code == 200 and self._lose(request):
            response.read()
            response.close()
            raise self._error(request)
        return response

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        response = await self._async.handle_async_request(request)
        if response.status_code == 200 and self._lose(request):
            await response.aread()
            await response.aclose()
            raise self._error(request)
        return response

    def close(self) -> None:
        self._sync.close()

    async def aclose(self) -> None:
        await self._async.aclose()
