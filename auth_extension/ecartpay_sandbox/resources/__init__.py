"""The vendor's resources, one module each; every public module here is loaded, so adding a
resource is adding its module (see ``../README.md``, "How to add a resource")."""

from __future__ import annotations

import importlib
import pkgutil


def load_all() -> list[str]:
    """Import every resource module (registering its handlers, collections and messages);
    answers their names."""
    names = sorted(m.name for m in pkgutil.iter_modules(__path__) if not m.name.startswith("_"))
    for name in names:
        importlib.import_module(f"{__name__}.{name}")
    return names
