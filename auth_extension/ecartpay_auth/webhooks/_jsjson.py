"""`JSON.stringify` as Node writes it, for values parsed by `json.loads` (or built in Python).

The vendor's sender is Node.js, so a signature is computed over JavaScript's output:
compact, non-ASCII unescaped, lone surrogates as `\\udXXX`, integer-like keys first in
ascending order (JavaScript objects enumerate array-index keys that way), and numbers as
ECMAScript's Number::toString writes them (`1e-7`, `0.000001`, `1e+21`, `1` for 1.0), which
`json.dumps` does not. Every number is a double in JavaScript, so a Python int is written as
the double nearest to it, as `JSON.parse` would have read it.
"""

from __future__ import annotations

import math
import re
from collections.abc import Mapping
from decimal import Decimal
from typing import Any

__all__ = ["MAX_EXACT_INT", "js_exact", "js_number", "js_stringify"]

_ESCAPES = {
    "\b": "\\b",
    "\t": "\\t",
    "\n": "\\n",
    "\f": "\\f",
    "\r": "\\r",
    '"': '\\"',
    "\\": "\\\\",
}
_NEEDS_ESCAPE = re.compile('[\x00-\x1f"\\\\\ud800-\udfff]')
_MAX_ARRAY_INDEX = 2**32 - 2

MAX_EXACT_INT = 2**53
"""Beyond it a JavaScript number no longer holds every integer: `JSON.parse` rounds
9007199254740993 to 9007199254740992."""


def _escape(match: re.Match[str]) -> str:
    char = match.group()
    return _ESCAPES.get(char) or f"\\u{ord(char):04x}"


def _js_string(value: str) -> str:
    # Pair up surrogate halves first: JavaScript sees a valid pair as one character.
    if any("\ud800" <= c <= "\udfff" for c in value):
        value = value.encode("utf-16-le", "surrogatepass").decode("utf-16-le", "surrogatepass")
    return '"' + _NEEDS_ESCAPE.sub(_escape, value) + '"'


def js_number(value: float) -> str:
    """ECMAScript Number::toString, as `JSON.stringify` uses it (non-finite -> `null`)."""
    if not math.isfinite(value):
        return "null"
    if value == 0:
        return "0"  # also -0
    sign = "-" if value < 0 else ""
    # repr gives the shortest digits that round-trip, the digits ECMAScript asks for.
    mantissa, _, exponent = repr(abs(value)).partition("e")
    whole, _, fraction = mantissa.partition(".")
    all_digits = whole + fraction
    leading = len(all_digits) - len(all_digits.lstrip("0"))
    digits = all_digits.strip("0")
    k = len(digits)
    n = len(whole) + int(exponent or 0) - leading  # value = 0.digits * 10**n
    if k <= n <= 21:
        text = digits + "0" * (n - k)
    elif 0 < n <= 21:
        text = digits[:n] + "." + digits[n:]
    elif -6 < n <= 0:
        text = "0." + "0" * -n + digits
    else:
        power = n - 1
        power_text = f"e+{power}" if power >= 0 else f"e-{-power}"
        text = (digits if k == 1 else digits[0] + "." + digits[1:]) + power_text
    return sign + text


def _array_index(key: str) -> int | None:
    if not key.isdigit() or not key.isascii() or (len(key) > 1 and key[0] == "0"):
        return None
    index = int(key)
    return index if index <= _MAX_ARRAY_INDEX else None


def _ordered_keys(keys: list[str]) -> list[str]:
    indexed = [(i, k) for k in keys if (i := _array_index(k)) is not None]
    if not indexed:
        return keys
    return [k for _, k in sorted(indexed)] + [k for k in keys if _array_index(k) is None]


def _int_number(value: int) -> str:
    try:
        return js_number(float(value))
    except OverflowError:  # beyond a double: JavaScript reads Infinity, writes null
        return "null"


def js_stringify(value: Any) -> str:
    """Compact `JSON.stringify(value)`.

    Accepts what `json.loads` produces, plus tuples, `Decimal` (as a double) and objects with
    a `to_dict()` (the generated models). Iterative, so any nesting depth `json.loads`
    accepted is fine. The vendor signs what Node's `JSON.stringify` writes, which differs
    from `json.dumps` (numbers, spacing, escapes): this is the text to sign.

    Args:
        value: The value to write.

    Returns:
        The compact JSON text, as Node would write it.

    Raises:
        TypeError: A value JSON cannot hold.

    Example:
        ```python
        from ecartpay_auth.webhooks import js_stringify

        assert js_stringify({"amount": 1.0, "name": "Café"}) == '{"amount":1,"name":"Café"}'
        ```
    """

    out: list[str] = []
    # A stack of pending work: either a value to write or a literal piece of text.
    stack: list[tuple[bool, Any]] = [(True, value)]
    while stack:
        is_value, item = stack.pop()
        if not is_value:
            out.append(item)
            continue
        if hasattr(item, "to_dict") and callable(item.to_dict):
            item = item.to_dict()
        if item is None:
            out.append("null")
        elif item is True:
            out.append("true")
        elif item is False:
            out.append("false")
        elif isinstance(item, str):
            out.append(_js_string(item))
        elif isinstance(item, int):
            out.append(_int_number(item))
        elif isinstance(item, float | Decimal):
            out.append(js_number(float(item)))
        elif isinstance(item, Mapping):
            keys = list(item)
            if not all(isinstance(k, str) for k in keys):
                raise TypeError("JSON object keys must be strings")
            pieces: list[tuple[bool, Any]] = [(False, "{")]
            for position, key in enumerate(_ordered_keys(keys)):
                prefix = "," if position else ""
                pieces += [(False, prefix + _js_string(key) + ":"), (True, item[key])]
            pieces.append((False, "}"))
            stack.extend(reversed(pieces))
        elif isinstance(item, list | tuple):
            pieces = [(False, "[")]
            for position, element in enumerate(item):
                if position:
                    pieces.append((False, ","))
                pieces.append((True, element))
            pieces.append((False, "]"))
            stack.extend(reversed(pieces))
        else:
            raise TypeError(f"{type(item).__name__} is not JSON serialisable")
    return "".join(out)


def js_exact(value: Any) -> bool:
    """True when JavaScript holds every number of parsed JSON `value` as Python does.

    A float must be finite (`1e400` parses to inf, which `JSON.stringify` writes `null`), an
    int within +-2**53 (beyond it two texts parse to different ints but one double). Only
    then does `js_stringify(value) == text` mean that `value` is what `text` says.
    Iterative, like `js_stringify`.
    """
    stack = [value]
    while stack:
        item = stack.pop()
        if isinstance(item, bool) or item is None or isinstance(item, str):
            continue
        if isinstance(item, int):
            if abs(item) > MAX_EXACT_INT:
                return False
        elif isinstance(item, float):
            if not math.isfinite(item):
                return False
        elif isinstance(item, Mapping):
            stack.extend(item.values())
        elif isinstance(item, list | tuple):
            stack.extend(item)
    return True
