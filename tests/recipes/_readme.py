"""The README's recipes, by heading and way: each recipe is run as written against the
sandbox, through the front door and through the modules (the low-level layer)."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Literal

README = (Path(__file__).resolve().parents[2] / "README.md").read_text(encoding="utf-8")
#: The line that opens a recipe's module-level form (below its front-door form).
MODULES_MARK = "<summary>Through the modules (the low-level layer)</summary>"
Way = Literal["front door", "modules"]
WAYS: tuple[Way, ...] = ("front door", "modules")


def recipe_blocks(title: str, way: Way = "front door") -> list[str]:
    """The ```python blocks of one way under the ``### <title>`` heading of the Recipes."""
    recipes = README.split("\n## Recipes\n", 1)[1].split("\n## ", 1)[0]
    section = recipes.split(f"\n### {title}\n", 1)[1].split("\n### ", 1)[0]
    front, marked, modules = section.partition(MODULES_MARK)
    assert marked, f"'### {title}' has no module-level form"
    blocks = re.findall(r"```python\n(.*?)```", front if way == "front door" else modules, re.S)
    assert blocks, f"no python block of the {way} under '### {title}'"
    return blocks
