"""Traffic counters that tests assert on: requests per operation, responses per status."""

from __future__ import annotations

import threading
from collections import Counter
from typing import Any


class TrafficCounters:
    """Thread-safe counts of spec traffic (the control plane is never counted).

    ``requests`` counts arrivals per operationId (faulted ones included); ``statuses``
    counts responses per status for every non-control request, unknown routes included;
    ``dropped`` counts connections closed without a response; ``user_agents`` counts
    requests per ``User-Agent`` (what a client says it is; never anything personal).
    """

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._requests: Counter[str] = Counter()
        self._statuses: Counter[int] = Counter()
        self._by_operation: dict[str, Counter[int]] = {}
        self._dropped = 0
        self._agents: Counter[str] = Counter()

    def request(self, operation_id: str, user_agent: str | None = None) -> None:
        """Count one request to ``operation_id`` (and its User-Agent, when sent)."""
        with self._lock:
            self._requests[operation_id] += 1
            if user_agent is not None:
                self._agents[user_agent] += 1

    def response(self, operation_id: str | None, status: int) -> None:
        """Count one response with ``status`` (``operation_id`` None for unknown routes)."""
        with self._lock:
            self._statuses[status] += 1
            if operation_id is not None:
                self._by_operation.setdefault(operation_id, Counter())[status] += 1

    def dropped(self) -> None:
        """Count one connection closed without a response."""
        with self._lock:
            self._dropped += 1

    def to_json(self) -> dict[str, Any]:
        """``{requests: {op: n}, statuses: {"200": n}, operation_statuses: {op: {...}},
        dropped: n}`` (statuses as strings, as JSON keys must be)."""
        with self._lock:
            return {
                "requests": dict(self._requests),
                "statuses": {str(k): v for k, v in sorted(self._statuses.items())},
                "operation_statuses": {
                    op: {str(k): v for k, v in sorted(c.items())}
                    for op, c in self._by_operation.items()
                },
                "dropped": self._dropped,
                "user_agents": dict(self._agents),
            }

    def reset(self) -> None:
        """Zero everything."""
        with self._lock:
            self._requests.clear()
            self._statuses.clear()
            self._by_operation.clear()
            self._dropped = 0
            self._agents.clear()
