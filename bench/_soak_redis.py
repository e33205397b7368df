"""The soak's Redis run: two token sources share a `RedisTokenStore` while Redis fails.

Threads and tasks use two clients with separate `EcartPayAuth`s (as two processes would)
over one private `redis-server`. `RedisFaults` freezes it (SIGSTOP) during the second
fifth of the run and kills it, restarting an empty server on the same port, at three
fifths. The SDK must keep every call working (mint locally, then share again).
"""

from __future__ import annotations

import threading
import time
from dataclasses import dataclass, field

from contract_tests.redis_server import RedisServer

__all__ = ["RedisFaultLog", "RedisFaults"]


@dataclass
class RedisFaultLog:
    frozen_s: float = 0.0
    down_s: float = 0.0
    events: list[str] = field(default_factory=list)


class RedisFaults:
    """Freeze, then kill and restart, `server` at fixed shares of `seconds`."""

    def __init__(self, server: RedisServer, seconds: float) -> None:
        self._server = server
        self._seconds = seconds
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, name="redis-faults", daemon=True)
        self.log = RedisFaultLog()
        self.error: BaseException | None = None

    def start(self) -> None:
        self._started = time.monotonic()
        self._thread.start()

    def stop(self) -> None:
        self._stop.set()
        self._thread.join()
        if self._server.frozen:
            self._server.thaw()
        if not self._server.running:
            self._server.start()

    def _at(self, share: float) -> bool:
        """Wait until `share` of the run has passed; False if stopped first."""
        return not self._stop.wait(max(self._started + share * self._seconds - time.monotonic(), 0))

    def _run(self) -> None:
        try:
            if not self._at(0.2):
                return
            began = time.monotonic()
            self._server.freeze()
            self.log.events.append("SIGSTOP")
            self._at(0.4)
            self._server.thaw()
            self.log.events.append("SIGCONT")
            self.log.frozen_s = time.monotonic() - began
            if not self._at(0.6):
                return
            began = time.monotonic()
            self._server.kill()
            self.log.events.append("SIGKILL")
            self._at(0.7)
            self._server.start()
            self.log.events.append("restarted empty on the same port")
            self.log.down_s = time.monotonic() - began
        except BaseException as exc:  # reported by the soak, never swallowed
            self.error = exc
