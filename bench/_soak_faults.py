"""The soak's fault plane driver, and the fewest mints its revocations allow.

A background thread scripts the sandbox while the workers run:
* about 10% of token requests answer 503 (a 503 is queued whenever the share of
  503s the server sent falls below 10%), and every fourth revocation is followed by a
  429 with `Retry-After: 1` on the next token request;
* every token is revoked at random intervals of a few seconds;
* latency spikes (a few API requests delayed up to 1.2 s) and dropped connections
  (the next write or API request closed without an answer) every second or so.
The sandbox's tokens themselves live a few seconds (its ttl), so refreshes happen too.
"""

from __future__ import annotations

import random
import time
from collections.abc import Sequence
from dataclasses import dataclass, field

from bench._fault_thread import FaultThread
from ecartpay_auth import TOKEN_OPERATION_ID as TOKEN_OPERATION
from ecartpay_sandbox import SandboxControl

__all__ = ["FaultDriver", "FaultLog", "minimum_mints"]

TOKEN_503_SHARE = 0.10
DROP_TARGETS = ("createCustomer", "createOrder", "api")


def minimum_mints(start: float, end: float, revocations: Sequence[float], period: float) -> int:
    """Mints an ideal client needs over [start, end]: one at start, one at every
    revocation, and one whenever its token reaches the refresh point (`period` after the
    previous mint) before the next revocation, each at the ideal instant."""
    if period <= 0:
        raise ValueError("period must be positive")
    count, last = 1, start
    for moment in sorted(r for r in revocations if start <= r <= end):
        while last + period <= moment:
            last += period
            count += 1
        count, last = count + 1, moment
    while last + period <= end:
        last += period
        count += 1
    return count


@dataclass
class FaultLog:
    """What the driver scripted (the sandbox's own counters say what fired)."""

    revocations: list[float] = field(default_factory=list)
    token_503: int = 0
    token_429: int = 0
    delays: int = 0
    drops: int = 0


class FaultDriver(FaultThread):
    """Scripts faults on a sandbox from a thread until `stop()`; seeded, so repeatable."""

    def __init__(
        self,
        control: SandboxControl,
        *,
        seed: int = 6,
        revoke_between: tuple[float, float] = (2.0, 6.0),
        tick: float = 0.2,
    ) -> None:
        super().__init__("soak-faults")
        self._control = control
        self._rng = random.Random(seed)
        self._revoke_between = revoke_between
        self._tick = tick
        self.log = FaultLog()

    def _next(self, low: float, high: float) -> float:
        return time.monotonic() + self._rng.uniform(low, high)

    def _token_faults(self) -> None:
        stats = self._control.stats()
        token_requests = stats.requests.get(TOKEN_OPERATION, 0)
        pending = [f for f in stats.pending_faults if f["match"] == "token"]
        if pending:
            return
        sent_503 = stats.operation_statuses.get(TOKEN_OPERATION, {}).get(503, 0)
        if sent_503 < TOKEN_503_SHARE * (token_requests + 1):
            self._control.add_fault(kind="status", match="token", status=503)
            self.log.token_503 += 1

    def script(self) -> None:
        next_revoke = self._next(*self._revoke_between)
        next_spike = self._next(1.0, 3.0)
        next_drop = self._next(0.5, 1.5)
        while not self._stop.wait(self._tick):
            now = time.monotonic()
            if now >= next_revoke:
                self._control.revoke_all()
                self.log.revocations.append(time.monotonic())
                if len(self.log.revocations) % 4 == 0:
                    self._control.add_fault(kind="status", match="token", status=429, retry_after=1)
                    self.log.token_429 += 1
                next_revoke = self._next(*self._revoke_between)
            if now >= next_spike:
                self._control.add_fault(
                    kind="delay", match="api", count=4, delay=round(self._rng.uniform(0.3, 1.2), 2)
                )
                self.log.delays += 4
                next_spike = self._next(1.0, 3.0)
            if now >= next_drop:
                self._control.add_fault(kind="drop", match=self._rng.choice(DROP_TARGETS))
                self.log.drops += 1
                next_drop = self._next(0.5, 1.5)
            self._token_faults()
