"""The README's recipes, by heading: each recipe is run as written against the sandbox."""

from __future__ import annotations

import re
from pathlib import Path

README = (Path(__file__).resolve().parents[2] / "README.md").read_text(encoding="utf-8")


def recipe_blocks(title: str) -> list[str]:
    """The ```python blocks under the ``### <title>`` heading of the README's Recipes."""
    recipes = README.split("\n## Recipes\n", 1)[1].split("\n## ", 1)[0]
    section = recipes.split(f"\n### {title}\n", 1)[1].split("\n### ", 1)[0]
    blocks = re.findall(r"```python\n(.*?)```", section, flags=re.DOTALL)
    assert blocks, f"no python block under '### {title}'"
    return blocks
