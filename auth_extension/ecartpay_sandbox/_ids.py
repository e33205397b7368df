"""Identifiers and timestamps shaped like the vendor's.

The vendor's ids are MongoDB ObjectIds (24 hex characters) and its timestamps ISO 8601 UTC
with milliseconds; these helpers are the one place the sandbox makes them.
"""

from __future__ import annotations

import secrets
import time
from collections.abc import Callable
from datetime import UTC, datetime

Clock = Callable[[], float]


def new_object_id(clock: Clock = time.time) -> str:
    """A 24-hex id shaped like a MongoDB ObjectId (seconds, then 8 random bytes)."""
    return f"{int(clock()) & 0xFFFFFFFF:08x}{secrets.token_hex(8)}"


def iso_now(clock: Clock = time.time) -> str:
    """ISO 8601 UTC with milliseconds and ``Z``, as the vendor writes timestamps."""
    moment = datetime.fromtimestamp(clock(), tz=UTC)
    return moment.strftime("%Y-%m-%dT%H:%M:%S.") + f"{moment.microsecond // 1000:03d}Z"


def sequence_number(n: int, *, prefix: str = "", width: int = 6) -> str:
    """The ``n``-th number of a per-account sequence: ``prefix`` + ``n`` zero-padded."""
    return prefix + str(n).zfill(width)
