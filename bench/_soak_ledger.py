"""What the soak's clients believe they wrote, and the check against the server's state.

Every write carries a unique marker (the customer's or order's `email`), so the server's
records can be matched to the client's beliefs one to one. The verdict per marker:

* confirmed by a 200: the server must hold exactly one record with the returned id
  (none: lost; more: duplicate);
* refused (an error response, or an SDK error before anything was applied): none
  (one or more: applied although the client was told it failed, a "phantom");
* unknown (the connection failed mid-call): zero or one, found by looking it up, and
  counted separately; more than one is a duplicate.

A record carrying a soak marker that no client wrote is "unexpected".
"""

from __future__ import annotations

import threading
import uuid
from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any, Literal

__all__ = ["Ledger", "Verdict", "WriteKind", "WriteOutcome", "verify"]

WriteKind = Literal["customer", "order"]
WriteOutcome = Literal["confirmed", "refused", "unknown"]
MARKER_DOMAIN = "soak.example.com"


@dataclass
class _Write:
    kind: WriteKind
    marker: str
    outcome: WriteOutcome | None = None
    server_id: str | None = None


class Ledger:
    """Thread-safe record of every write attempted and how it ended, as the client saw it."""

    def __init__(self, run_id: str | None = None) -> None:
        self.run_id = run_id or uuid.uuid4().hex[:8]
        self._lock = threading.Lock()
        self._writes: dict[str, _Write] = {}

    def new_marker(self, kind: WriteKind) -> str:
        """A fresh unique email marking one write, registered before it is sent."""
        marker = f"{kind}-{self.run_id}-{uuid.uuid4().hex}@{MARKER_DOMAIN}"
        with self._lock:
            self._writes[marker] = _Write(kind, marker)
        return marker

    def settle(self, marker: str, outcome: WriteOutcome, server_id: str | None = None) -> None:
        with self._lock:
            write = self._writes[marker]
            write.outcome, write.server_id = outcome, server_id

    def unknown(self) -> list[tuple[WriteKind, str]]:
        """Writes whose outcome the client could not know (to be looked up)."""
        with self._lock:
            return [
                (w.kind, w.marker)
                for w in self._writes.values()
                if w.outcome not in ("confirmed", "refused")
            ]

    def writes(self) -> list[_Write]:
        with self._lock:
            return [_Write(w.kind, w.marker, w.outcome, w.server_id) for w in self._writes.values()]


@dataclass
class Verdict:
    """The no-loss / no-duplicate check."""

    writes: int = 0
    confirmed: int = 0
    refused: int = 0
    unknown_applied: int = 0
    unknown_not_applied: int = 0
    lost: int = 0
    duplicates: int = 0
    phantoms: int = 0
    unexpected: int = 0
    problems: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not (self.lost or self.duplicates or self.phantoms or self.unexpected)


def _held(records: Iterable[Mapping[str, Any]], prefix: str) -> dict[str, list[str]]:
    """marker -> ids of the server's records carrying it (this run's markers only)."""
    held: dict[str, list[str]] = {}
    for record in records:
        email = record.get("email")
        if isinstance(email, str) and email.startswith(prefix):
            held.setdefault(email, []).append(str(record.get("id")))
    return held


def verify(
    ledger: Ledger,
    customers: Iterable[Mapping[str, Any]],
    orders: Iterable[Mapping[str, Any]],
) -> Verdict:
    """Compare the ledger with the server's records (from the control plane's state)."""
    held = {
        "customer": _held(customers, f"customer-{ledger.run_id}-"),
        "order": _held(orders, f"order-{ledger.run_id}-"),
    }
    verdict = Verdict()
    seen: Counter[str] = Counter()
    for write in ledger.writes():
        verdict.writes += 1
        ids = held[write.kind].get(write.marker, [])
        seen[write.marker] += 1
        if len(ids) > 1:
            verdict.duplicates += 1
            verdict.problems.append(f"duplicate {write.kind} {write.marker}: {len(ids)} records")
            continue
        if write.outcome == "confirmed":
            verdict.confirmed += 1
            if ids != [write.server_id]:
                verdict.lost += 1
                verdict.problems.append(f"lost {write.kind} {write.marker} (id {write.server_id})")
        elif write.outcome == "refused":
            verdict.refused += 1
            if ids:
                verdict.phantoms += 1
                verdict.problems.append(f"refused but applied: {write.kind} {write.marker}")
        elif ids:
            verdict.unknown_applied += 1
        else:
            verdict.unknown_not_applied += 1
    for kind in ("customer", "order"):
        for marker in held[kind]:
            if marker not in seen:
                verdict.unexpected += 1
                verdict.problems.append(f"unexpected {kind} {marker}")
    return verdict
