"""An in-process transport for client-side measurements: no sockets, a canned answer.

Every contender's API requests go through the same `CannedTransport`, so the only thing
that differs between them is the auth object: exactly what the overhead benchmark wants.
"""

from __future__ import annotations

import json
import threading

import httpx

__all__ = ["ORDER", "CannedTransport"]

ORDER: dict[str, object] = {
    "id": "65a1b2c3d4e5f60718293b5c",
    "account_id": "64b5f2c1e4a1b2c3d4e5f601",
    "customer_id": "65a1b2c3d4e5f60718293a4b",
    "type": "order",
    "number": "000001",
    "status": "created",
    "currency": "MXN",
    "country": "MX",
    "items": [
        {"name": "T-shirt", "quantity": 2, "price": 150.5, "discount": 0, "tax": 0, "total": 301.0}
    ],
    "totals": {"subtotal": 301.0, "discount": 0, "tax": 0, "shipping": 0, "total": 301.0},
    "pay_link": "https://sandbox.ecartpay.com/pay/65a1b2c3d4e5f60718293b5c",
    "created_at": "2024-01-12T18:05:00.000Z",
    "updated_at": "2024-01-12T18:05:00.000Z",
}
_BODY = json.dumps(ORDER).encode()
_HEADERS = {"content-type": "application/json"}


class CannedTransport(httpx.BaseTransport, httpx.AsyncBaseTransport):
    """Answers every request 200 with an order, counting requests sent without a token.

    The count proves each contender really authenticated every measured request.
    """

    def __init__(self) -> None:
        self.requests = 0
        self.unauthenticated = 0
        self._lock = threading.Lock()

    def _answer(self, request: httpx.Request) -> httpx.Response:
        authorized = bool(request.headers.get("authorization"))
        with self._lock:
            self.requests += 1
            if not authorized:
                self.unauthenticated += 1
        return httpx.Response(200, headers=_HEADERS, content=_BODY, request=request)

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        return self._answer(request)

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        return self._answer(request)
