"""What list and lookup handlers share: exact-match filters, a free-text ``q``, day ranges
on ``created_at``, paging, and "this id or 404".

Each list operation names its filters once (``ListQuery``); the values come validated from
the spec, so nothing here re-checks types.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any

from ecartpay_sandbox._registry import VendorError
from ecartpay_sandbox._store import Collection, Record, paginate


@dataclass(frozen=True)
class ListQuery:
    """How one list operation filters: ``equal`` fields match exactly, ``q`` is matched
    (case-insensitively, as a substring) against ``text`` fields, and the ``since``/``until``
    query parameters bound the day of ``created_at`` (inclusive, ``YYYY-MM-DD``)."""

    equal: Sequence[str] = ()
    text: Sequence[str] = ()
    since: str | None = None
    until: str | None = None

    def matches(self, record: Record, params: dict[str, Any]) -> bool:
        """True when ``record`` passes every filter present in ``params``."""
        if any(name in params and record.get(name) != params[name] for name in self.equal):
            return False
        day = str(record.get("created_at", ""))[:10]
        if self.since and self.since in params and day < params[self.since]:
            return False
        if self.until and self.until in params and day > params[self.until]:
            return False
        if self.text and "q" in params:
            needle = str(params["q"]).lower()
            return any(needle in str(record.get(name) or "").lower() for name in self.text)
        return True

    def page(self, records: Sequence[Record], params: dict[str, Any]) -> dict[str, Any]:
        """The matching records, one page of them, as ``{docs, count, pages}``."""
        matching = [r for r in records if self.matches(r, params)]
        return paginate(matching, page=params.get("page", 1), limit=params.get("limit", 20))


def found(collection: Collection, record_id: str, key: str) -> Record:
    """The record with ``record_id``, or a 404 with the message ``key`` (``{id}`` filled)."""
    record = collection.get(record_id)
    if record is None:
        raise VendorError(404, key, id=record_id)
    return record


_MOMENT = re.compile(
    r"^(\d{4})-(\d{2})-(\d{2})(?:[ T](\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,6}))?)?"
    r"(Z|[+-]\d{2}:\d{2})?)?$"
)


def parse_moment(text: str) -> datetime:
    """A vendor date-time (``2021-06-18 12:00:00``, ISO 8601, or a bare day) as UTC.

    A day past the end of its month rolls over (``2021-02-30`` is March 2), as JavaScript's
    ``Date`` (the vendor's runtime) reads it; the spec's pattern bounds every field."""
    match = _MOMENT.match(text.strip())
    if match is None:
        raise ValueError(f"not a date-time: {text!r}")
    year, month, day, hour, minute, second, fraction, zone = match.groups()
    moment = datetime(
        int(year),
        int(month),
        1,
        int(hour or 0),
        int(minute or 0),
        int(second or 0),
        int((fraction or "0").ljust(6, "0")),
        tzinfo=UTC,
    ) + timedelta(days=int(day) - 1)
    if zone and zone != "Z":
        sign = 1 if zone[0] == "+" else -1
        moment -= sign * timedelta(hours=int(zone[1:3]), minutes=int(zone[4:6]))
    return moment


def vendor_time(text: str) -> str:
    """A vendor date-time normalised the way the vendor answers it (``...T12:00:00.000Z``)."""
    moment = parse_moment(text)
    return moment.strftime("%Y-%m-%dT%H:%M:%S.") + f"{moment.microsecond // 1000:03d}Z"
