"""Scripted faults: "the next N requests matching X get Y".

A fault with ``count=N`` fires exactly N times however many requests race for it: taking
a fault is one step under a lock. Faults fire before authentication and validation, as a
gateway in front of the vendor's app would.
"""

from __future__ import annotations

import itertools
import threading
from collections.abc import Callable, Collection, Mapping
from dataclasses import asdict, dataclass, replace
from typing import Any, Literal, cast, get_args

FaultKind = Literal["status", "delay", "drop", "malformed", "refuse"]
FAULT_KINDS: tuple[str, ...] = get_args(FaultKind)
#: Match aliases: the token endpoint, every other spec route, every spec route.
MATCH_ALIASES = ("token", "api", "*")
DEFAULT_MALFORMED_BODY = '{"token": "eyJhbGciOiJIUzUxMiJ9.trunc'
DEFAULT_RETRY_AFTER_429 = 1


@dataclass(frozen=True)
class Fault:
    """One scripted fault and how many times it still fires.

    kind ``status``: answer ``status`` (e.g. 429, 500, 502, 503) with the error body, and a
    ``Retry-After: retry_after`` header when set (429 gets 1 s unless told).
    kind ``delay``: wait ``delay`` seconds, then handle the request normally; a client that
    leaves first (its timeout) ends the wait, and the request is neither handled nor answered.
    kind ``drop``: close the connection without sending any response.
    kind ``malformed``: answer 200 ``application/json`` whose body is ``body`` (by
    default truncated JSON).
    kind ``refuse``: fail the TLS handshake of the next new connection (HTTPS sandboxes
    only), so the client gets a connection error before it sent a byte of its request.
    It fires per connection, before any operation is known: its match is always ``"*"``.
    """

    id: int
    match: str
    kind: FaultKind
    remaining: int
    status: int | None = None
    retry_after: int | None = None
    delay: float | None = None
    body: str | None = None

    def to_json(self) -> dict[str, Any]:
        """The JSON form used by the control plane."""
        return asdict(self)


def parse_fault(data: Mapping[str, Any], operations: Collection[str]) -> Fault:
    """Build a fault from the control plane's JSON, or raise ValueError saying why."""
    unknown = set(data) - {"match", "kind", "count", "status", "retry_after", "delay", "body"}
    if unknown:
        raise ValueError(f"unknown fault fields: {sorted(unknown)}")
    match = data.get("match", "*")
    if data.get("kind") == "refuse" and match != "*":
        raise ValueError("a refuse fault fires per connection: its match can only be '*'")
    if match not in MATCH_ALIASES and match not in operations:
        raise ValueError(f"match must be one of {[*MATCH_ALIASES, *sorted(operations)]}")
    kind = data.get("kind")
    if kind not in FAULT_KINDS:
        raise ValueError(f"kind must be one of {list(FAULT_KINDS)}")
    count = data.get("count", 1)
    if not isinstance(count, int) or isinstance(count, bool) or count < 1:
        raise ValueError("count must be an integer >= 1")
    status = data.get("status")
    retry_after = data.get("retry_after")
    delay = data.get("delay")
    body = data.get("body")
    if kind == "status":
        if not isinstance(status, int) or isinstance(status, bool) or not 400 <= status <= 599:
            raise ValueError("a status fault needs an integer status in 400..599")
        if retry_after is None and status == 429:
            retry_after = DEFAULT_RETRY_AFTER_429
    elif status is not None:
        raise ValueError("status only applies to kind 'status'")
    if retry_after is not None and (
        not isinstance(retry_after, int) or isinstance(retry_after, bool) or retry_after < 0
    ):
        raise ValueError("retry_after must be an integer >= 0 (seconds)")
    if kind == "delay":
        if not isinstance(delay, int | float) or isinstance(delay, bool) or not 0 <= delay <= 60:
            raise ValueError("a delay fault needs delay in 0..60 seconds")
        delay = float(delay)
    elif delay is not None:
        raise ValueError("delay only applies to kind 'delay'")
    if kind == "malformed":
        body = DEFAULT_MALFORMED_BODY if body is None else body
        if not isinstance(body, str):
            raise ValueError("body must be a string")
    elif body is not None:
        raise ValueError("body only applies to kind 'malformed'")
    return Fault(
        id=0,
        match=str(match),
        kind=cast(FaultKind, kind),
        remaining=count,
        status=status,
        retry_after=retry_after,
        delay=delay,
        body=body,
    )


class FaultPlan:
    """The pending faults, in the order they were added; thread-safe."""

    def __init__(self, token_operation: str) -> None:
        self._token_operation = token_operation
        self._lock = threading.Lock()
        self._ids = itertools.count(1)
        self._pending: list[Fault] = []
        self.fired: dict[str, int] = dict.fromkeys(FAULT_KINDS, 0)

    def add(self, fault: Fault) -> Fault:
        """Queue ``fault`` (its id is assigned here) and answer it."""
        with self._lock:
            queued = replace(fault, id=next(self._ids))
            self._pending.append(queued)
            return queued

    def _matches(self, fault: Fault, operation_id: str) -> bool:
        if fault.match == "*":
            return True
        if fault.match == "token":
            return operation_id == self._token_operation
        if fault.match == "api":
            return operation_id != self._token_operation
        return fault.match == operation_id

    def take(self, operation_id: str) -> Fault | None:
        """The first pending fault for ``operation_id``, spending one of its firings."""
        return self._take(lambda f: f.kind != "refuse" and self._matches(f, operation_id))

    def take_connection(self) -> Fault | None:
        """The first pending ``refuse`` fault, for a new connection (spends one firing)."""
        return self._take(lambda f: f.kind == "refuse")

    def _take(self, wanted: Callable[[Fault], bool]) -> Fault | None:
        with self._lock:
            for index, fault in enumerate(self._pending):
                if wanted(fault):
                    if fault.remaining <= 1:
                        del self._pending[index]
                    else:
                        self._pending[index] = replace(fault, remaining=fault.remaining - 1)
                    self.fired[fault.kind] += 1
                    return fault
            return None

    def pending(self) -> list[Fault]:
        """The faults still to fire."""
        with self._lock:
            return list(self._pending)

    def clear(self) -> None:
        """Drop every pending fault and zero the fired counters."""
        with self._lock:
            self._pending.clear()
            self.fired = dict.fromkeys(FAULT_KINDS, 0)
