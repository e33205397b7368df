"""The recipes page of the site (``docs/guides/recipes.md``), by heading and way: each recipe
is run as written against the sandbox, through the front door (its first tab) and through
the modules (the low-level layer, its second tab)."""

from __future__ import annotations

from typing import Literal

from tests.docs import _pages

PAGE = "guides/recipes.md"
#: The tab that holds a recipe's module-level form (after its front-door form).
MODULES_TAB = '=== "Through the modules"'
Way = Literal["front door", "modules"]
WAYS: tuple[Way, ...] = ("front door", "modules")


def recipe_blocks(title: str, way: Way = "front door") -> list[str]:
    """The python samples of one way under the ``## <title>`` heading of the recipes page."""
    front, marked, modules = _pages.section(PAGE, title).partition(MODULES_TAB)
    assert marked, f"'## {title}' of docs/{PAGE} has no module-level form"
    blocks = _pages.blocks(front if way == "front door" else modules)
    assert blocks, f"no python sample of the {way} under '## {title}' in docs/{PAGE}"
    return blocks
