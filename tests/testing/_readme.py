"""The README's "Testing your integration" example: the merchant's pytest file."""

from __future__ import annotations

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
MARKER = "# tests/test_checkout.py\n"


def merchant_test_file() -> str:
    """The README's python block that starts with ``# tests/test_checkout.py``."""
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    section = readme.split("## Testing your integration\n", 1)[1].split("\n## ", 1)[0]
    blocks: list[str] = re.findall(r"```python\n(.*?)```", section, re.S)
    (block,) = [b for b in blocks if b.startswith(MARKER)]
    return block
