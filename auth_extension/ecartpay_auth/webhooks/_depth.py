"""How deep a raw JSON text nests, measured without parsing it (and without recursion).

`json.loads` recurses once per level. With the default recursion limit a deep body costs a
RecursionError; under a raised limit (some applications raise it) it overflows the C stack
and kills the process, before any signature is checked. So the depth is measured first,
with C-speed bytes operations: drop the escapes, then the strings, keep the brackets, and
take the highest running count of openers minus closers (`{` and `[` alike: a mismatched
one still nests as far as `json.loads` would go before it fails).
"""

from __future__ import annotations

import re
from itertools import accumulate

__all__ = ["MAX_DEPTH", "deeper_than"]

MAX_DEPTH = 128
"""Levels of `[`/`{` a webhook body may nest (serde_json's default). An event is an object
holding an order with its items: a handful of levels."""

_STRING = re.compile(rb'"[^"]*"')
_NOT_BRACKETS = bytes(b for b in range(256) if b not in b"[]{}")
_STEP = [0] * 256
for _opener, _closer in (b"[]", b"{}"):
    _STEP[_opener], _STEP[_closer] = 1, -1


def deeper_than(raw: bytes, limit: int = MAX_DEPTH) -> bool:
    """True if `raw`, read as JSON, opens more than `limit` levels at some point."""
    if raw.count(b"[") + raw.count(b"{") <= limit:
        return False  # too few openers to nest that deep, even counting those in strings
    text = raw.replace(b"\\\\", b"").replace(b'\\"', b"")  # now no quote is escaped
    brackets = _STRING.sub(b"", text).translate(None, _NOT_BRACKETS)
    return max(accumulate(map(_STEP.__getitem__, brackets)), default=0) > limit
