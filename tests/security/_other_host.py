"""A second real HTTP server on loopback: the "other host" of the security tests.

    with OtherHost() as other:
        other.script(401, b'{"message": "no"}')   # the next answer (then 200 `{}`)
        other.script(302, headers={"location": "http://..."})
        other.url("/steal")                         # http://127.0.0.1:PORT/steal
        other.seen                                  # [(method, path, headers), ...]

Any method, any path. It records each request's headers as received and answers the
scripted (status, body) in order, then 200 with an empty JSON object. Threaded stdlib
server; it never sees the sandbox's keys unless a client sends them.
"""

from __future__ import annotations

import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

from ecartpay_sandbox._running import Running

__all__ = ["OtherHost", "Seen"]

Seen = tuple[str, str, dict[str, str]]


class OtherHost(Running):
    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._answers: list[tuple[int, bytes, dict[str, str]]] = []
        self.seen: list[Seen] = []
        host = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def _answer(self) -> None:
                length = int(self.headers.get("content-length") or 0)
                if length:
                    self.rfile.read(length)
                headers = {k.lower(): v for k, v in self.headers.items()}
                status, body, extra = host._record((self.command, self.path, headers))
                self.send_response(status)
                for name, value in extra.items():
                    self.send_header(name, value)
                self.send_header("content-type", "application/json")
                self.send_header("content-length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

            do_GET = do_POST = do_PUT = do_PATCH = do_DELETE = _answer

            def log_message(self, format: str, *args: object) -> None:
                """Quiet: tests read ``seen`` instead."""

        self._server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self._server.daemon_threads = True
        self._thread = threading.Thread(
            target=self._server.serve_forever,
            kwargs={"poll_interval": 0.02},
            name="other-host",
            daemon=True,
        )

    def url(self, path: str = "/") -> str:
        return f"http://127.0.0.1:{self._server.server_address[1]}{path}"

    def script(
        self, status: int, body: bytes = b"{}", *, headers: dict[str, str] | None = None
    ) -> None:
        """Answer the next request not yet scripted with `status`, `body` and `headers`."""
        with self._lock:
            self._answers.append((status, body, dict(headers or {})))

    def _record(self, seen: Seen) -> tuple[int, bytes, dict[str, str]]:
        with self._lock:
            self.seen.append(seen)
            return self._answers.pop(0) if self._answers else (200, b"{}", {})

    def start(self) -> OtherHost:
        self._thread.start()
        return self

    def stop(self) -> None:
        self._server.shutdown()
        self._server.server_close()
        self._thread.join(5)
