"""The "Testing your integration" page's example (docs/guides/testing.md): the merchant's
pytest file."""

from __future__ import annotations

from tests.docs import _pages

ROOT = _pages.ROOT
PAGE = "guides/testing.md"
MARKER = "# tests/test_checkout.py\n"


def merchant_test_file() -> str:
    """The page's python sample that starts with ``# tests/test_checkout.py``."""
    blocks = _pages.section_blocks(PAGE, "A merchant's test file")
    (block,) = [b for b in blocks if b.startswith(MARKER)]
    return block
