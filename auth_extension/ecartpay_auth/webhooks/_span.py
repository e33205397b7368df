"""The exact bytes of one top-level member's value in a raw JSON object.

The vendor signs `JSON.stringify(data)` and sends `JSON.stringify({event, data})`, so the
`data` value as it stands in the body is, byte for byte, the signed text. Re-encoding it
would risk every difference between two JSON writers (numbers, escapes, key order); taking
the span does not.

The scanner is iterative (no recursion, whatever the nesting) and runs only on a body that
`json.loads` already accepted, so it trusts the grammar and only tracks strings and depth.
UTF-8 never puts an ASCII byte inside a multi-byte character, so scanning bytes is safe.
"""

from __future__ import annotations

import json

__all__ = ["member_span"]

_WHITESPACE = b" \t\n\r"
_OPEN = b"{["
_CLOSE = b"}]"


def _skip_ws(raw: bytes, i: int) -> int:
    while i < len(raw) and raw[i] in _WHITESPACE:
        i += 1
    return i


def _string_end(raw: bytes, i: int) -> int:
    """Index just past the string that starts with the quote at `i`."""
    i += 1
    while True:
        quote = raw.index(b'"', i)
        backslashes = 0
        j = quote - 1
        while raw[j] == 0x5C:  # an odd run of backslashes escapes the quote
            backslashes += 1
            j -= 1
        if backslashes % 2 == 0:
            return quote + 1
        i = quote + 1


def _value_end(raw: bytes, i: int) -> int:
    """Index just past the JSON value that starts at `i`."""
    first = raw[i]
    if first == 0x22:
        return _string_end(raw, i)
    if first not in _OPEN:  # number, true, false, null
        while i < len(raw) and raw[i] not in b",}]" and raw[i] not in _WHITESPACE:
            i += 1
        return i
    depth = 0
    while True:
        byte = raw[i]
        if byte == 0x22:
            i = _string_end(raw, i)
            continue
        if byte in _OPEN:
            depth += 1
        elif byte in _CLOSE:
            depth -= 1
            if depth == 0:
                return i + 1
        i += 1


def member_span(raw: bytes, name: str) -> bytes | None:
    """The raw bytes of the value of member `name` of the top-level object, else None.

    With duplicate names the last one wins, as in `JSON.parse` and `json.loads`. Names are
    compared after unescaping, so `"d\\u0061ta"` is `data`.
    """
    i = _skip_ws(raw, 0)
    if i >= len(raw) or raw[i] != 0x7B:
        return None
    found: bytes | None = None
    i = _skip_ws(raw, i + 1)
    while i < len(raw) and raw[i] == 0x22:
        key_end = _string_end(raw, i)
        key = json.loads(raw[i:key_end])
        i = _skip_ws(raw, key_end) + 1  # past the colon
        i = _skip_ws(raw, i)
        end = _value_end(raw, i)
        if key == name:
            found = raw[i:end]
        i = _skip_ws(raw, end)
        if i < len(raw) and raw[i] == 0x2C:
            i = _skip_ws(raw, i + 1)
    return found
