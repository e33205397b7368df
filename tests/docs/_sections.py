"""A docstring's Google-style sections, read the way mkdocstrings reads them (griffe)."""

from __future__ import annotations

import inspect
from typing import Any

import griffe


def unwrap(member: Any) -> Any:
    """The function behind a property, classmethod or staticmethod."""
    if isinstance(member, property):
        return member.fget
    if isinstance(member, classmethod | staticmethod):
        return member.__func__
    return member


def sections(member: Any) -> dict[str, Any]:
    """Kind (`text`, `parameters`, `returns`, `raises`, `examples`, ...) -> its value, for
    the docstring of `member` (empty when it has none). An `Example:` section (which
    griffe reads as an admonition titled "Example") counts as `examples`, its code as the
    value."""
    text = inspect.cleandoc(getattr(unwrap(member), "__doc__", None) or "")
    parsed = griffe.Docstring(text).parse("google", warnings=False) if text else []
    found: dict[str, Any] = {}
    for section in parsed:
        kind = str(section.kind.value)
        if kind == "admonition" and section.title in ("Example", "Examples"):
            found["examples"] = section.value.contents
        elif kind == "examples":
            found["examples"] = "\n".join(str(part) for _, part in section.value)
        else:
            found.setdefault(kind, section.value)
    return found
