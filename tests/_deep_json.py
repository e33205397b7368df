"""JSON nested deeper than any supported interpreter's parser recurses.

CPython's C decoder stops at its own C recursion limit, not at `sys.getrecursionlimit()`:
3.11 fails below 1,000 levels, 3.12 below 5,000, 3.13 only beyond 5,000 (it parses 5,000
fine). 20,000 levels make `json.loads` raise RecursionError on 3.11, 3.12 and 3.13 alike,
in 40 kB: under the sandbox's 100 kB body limit.
"""

from __future__ import annotations

DEPTH = 20_000
DEEP = "[" * DEPTH + "]" * DEPTH
