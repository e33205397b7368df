"""A real HTTP receiver for webhook deliveries, for tests and the contract harness.

    with WebhookReceiver(statuses=[500, 500, 200]) as receiver:   # then 200 for the rest
        receiver.url                         # http://127.0.0.1:PORT/hooks
        receiver.wait_for(3, timeout=10)     # block until 3 requests arrived (a condition)
        receiver.requests                    # [(headers dict, raw body bytes), ...]

It stores each request's raw body and headers exactly as received and answers the next
scripted status (200 when the script is exhausted); with ``hold=Event()`` it answers only
once the event is set (a receiver slower than the sender's timeout). Threaded stdlib server
on loopback.
"""

from __future__ import annotations

import threading
from collections.abc import Iterable
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

from ecartpay_sandbox._running import Running

__all__ = ["Delivered", "WebhookReceiver"]

Delivered = tuple[dict[str, str], bytes]


class WebhookReceiver(Running):
    """Records deliveries; answers scripted statuses in order, then ``default_status``."""

    def __init__(
        self,
        statuses: Iterable[int] = (),
        *,
        default_status: int = 200,
        hold: threading.Event | None = None,
    ) -> None:
        self._statuses = list(statuses)
        self._hold = hold
        self._default = default_status
        self._cond = threading.Condition()
        self.requests: list[Delivered] = []
        receiver = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def do_POST(self) -> None:
                length = int(self.headers.get("content-length") or 0)
                body = self.rfile.read(length)
                headers = {k.lower(): v for k, v in self.headers.items()}
                status = receiver._record(headers, body)
                if receiver._hold is not None:  # answer only once the test releases it
                    receiver._hold.wait(30)
                self.send_response(status)
                self.send_header("content-length", "0")
                self.end_headers()

            def log_message(self, format: str, *args: object) -> None:
                """Quiet: tests read ``requests`` instead."""

        self._server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self._server.daemon_threads = True
        self._thread = threading.Thread(
            target=self._server.serve_forever,
            kwargs={"poll_interval": 0.02},  # how soon stop() is noticed
            name="webhook-receiver",
            daemon=True,
        )

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self._server.server_address[1]}/hooks"

    def _record(self, headers: dict[str, str], body: bytes) -> int:
        with self._cond:
            self.requests.append((headers, body))
            status = self._statuses.pop(0) if self._statuses else self._default
            self._cond.notify_all()
        return status

    def wait_for(self, count: int, timeout: float = 10.0) -> bool:
        """True once ``count`` requests have arrived; False if ``timeout`` passes first."""
        with self._cond:
            return self._cond.wait_for(lambda: len(self.requests) >= count, timeout)

    def start(self) -> WebhookReceiver:
        self._thread.start()
        return self

    def stop(self) -> None:
        if self._hold is not None:
            self._hold.set()
        self._server.shutdown()
        self._server.server_close()
        self._thread.join(timeout=10)
