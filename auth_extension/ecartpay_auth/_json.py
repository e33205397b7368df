"""JSON that comes from outside (token answers, JWT payloads, error bodies, store files).

`json.loads` raises RecursionError, not ValueError, on a document nested deeper than the
interpreter's recursion limit: `loads` makes that one more malformed document, so every
caller's `except ValueError` covers it and no RecursionError reaches a user.
"""

from __future__ import annotations

import json
from typing import Any

__all__ = ["loads"]


def loads(data: str | bytes) -> Any:
    """`json.loads`; a document nested too deep raises ValueError like any malformed one."""
    try:
        return json.loads(data)
    except RecursionError:
        pass  # raised outside the handler: no RecursionError in the chain
    raise ValueError("JSON nested too deeply")
