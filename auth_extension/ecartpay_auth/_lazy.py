"""Names a package loads on first use (PEP 562), so importing it stays cheap.

    _LAZY = {"paginate": ("._pagination", "paginate")}
    __getattr__, __dir__ = lazy_names(__name__, globals(), _LAZY)

Each name maps to (module, attribute), the module relative to the package or absolute;
attribute None: the name is the module itself. A name, once loaded, becomes a plain module
attribute, so later lookups cost nothing.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable, Mapping
from typing import Any

__all__ = ["lazy_names"]


def lazy_names(
    package: str, namespace: dict[str, Any], table: Mapping[str, tuple[str, str | None]]
) -> tuple[Callable[[str], object], Callable[[], list[str]]]:
    """The module-level `__getattr__` and `__dir__` of `package` for the names of `table`."""

    def __getattr__(name: str) -> object:
        if name not in table:
            raise AttributeError(f"module {package!r} has no attribute {name!r}")
        module_name, attribute = table[name]
        module = importlib.import_module(module_name, package)
        value = module if attribute is None else getattr(module, attribute)
        namespace[name] = value  # later lookups are plain module attributes
        return value

    def __dir__() -> list[str]:
        return sorted(set(namespace) | set(table))

    return __getattr__, __dir__
