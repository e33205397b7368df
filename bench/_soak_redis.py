"""The soak's Redis run: two token sources share a `RedisTokenStore` while Redis fails.

Threads and tasks use two clients with separate `EcartPayAuth`s (as two processes would)
over one private `redis-server`. `RedisFaults` freezes it (SIGSTOP) during the second
fifth of the run and kills it, restarting an empty server on the same port, at three
fifths. The SDK must keep every call working (mint locally, then share again).
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass, field

from bench._fault_thread import FaultThread
from contract_tests.redis_server import RedisServer

__all__ = ["RedisFaultLog", "RedisFaults"]

Step = tuple[Callable[[], object], str]
"""A fault action and the event it logs."""


@dataclass
class RedisFaultLog:
    frozen_s: float = 0.0
    down_s: float = 0.0
    events: list[str] = field(default_factory=list)


class RedisFaults(FaultThread):
    """Freeze, then kill and restart, `server` at fixed shares of `seconds`."""

    JOIN_TIMEOUT = None

    def __init__(self, server: RedisServer, seconds: float) -> None:
        super().__init__("redis-faults")
        self._server = server
        self._seconds = seconds
        self.log = RedisFaultLog()

    def stop(self) -> None:
        super().stop()
        if self._server.frozen:
            self._server.thaw()
        if not self._server.running:
            self._server.start()

    def _at(self, share: float) -> bool:
        """Wait until `share` of the run has passed; False if stopped first."""
        return not self._stop.wait(max(self._started + share * self._seconds - time.monotonic(), 0))

    def _outage(self, begin: float, end: float, cause: Step, cure: Step) -> float | None:
        """From `begin` to `end` (shares of the run): `cause` the outage, then `cure` it.
        Answers its seconds, or None when stopped before it began."""
        if not self._at(begin):
            return None
        began = time.monotonic()
        self._do(cause)
        self._at(end)
        self._do(cure)
        return time.monotonic() - began

    def _do(self, step: Step) -> None:
        act, event = step
        act()
        self.log.events.append(event)

    def script(self) -> None:
        server = self._server
        frozen = self._outage(0.2, 0.4, (server.freeze, "SIGSTOP"), (server.thaw, "SIGCONT"))
        if frozen is None:
            return
        self.log.frozen_s = frozen
        restart = (server.start, "restarted empty on the same port")
        down = self._outage(0.6, 0.7, (server.kill, "SIGKILL"), restart)
        if down is not None:
            self.log.down_s = down
