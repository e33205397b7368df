"""The documentation site's pages as tests read them: the python samples of a page or of one
of its sections, each with the test that runs it when the generic runner cannot.

A sample is a ```` ```python ```` fence, at any indentation (inside a list item or a content
tab its lines are indented; they are given back dedented). Most samples run as written in
``tests/docs/test_samples.py``. A sample that needs a scene of its own (a web app driven
like a browser, a pytest file run from a wheel, recipes that build on one another) is run
by another test, which the page names just above it, in a comment that the site does not
show::

    <!-- samples below: run by tests/recipes/test_recipes.py -->

The comment holds for every sample after it up to the next heading or the next such comment;
``test_samples`` checks that each test it names exists and reads that page.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
DOCS = ROOT / "docs"
_FENCE = re.compile(r"^(?P<indent>[ ]*)```python\n(?P<code>.*?)^(?P=indent)```[ ]*$", re.M | re.S)
_HEADING = re.compile(r"^(?P<level>#{1,6}) (?P<title>.+?)[ ]*$", re.M)
_RUN_BY = re.compile(r"^<!-- samples below: (?:run|checked) by (?P<test>\S+) -->[ ]*$", re.M)
_ANY_FENCE = re.compile(r"^(?P<indent>[ ]*)```[^\n]*\n.*?^(?P=indent)```[ ]*$", re.M | re.S)


def _headings(text: str) -> list[re.Match[str]]:
    """The Markdown headings of a text, not the comments of its code blocks."""
    code = [(m.start(), m.end()) for m in _ANY_FENCE.finditer(text)]
    return [h for h in _HEADING.finditer(text) if not any(a <= h.start() < b for a, b in code)]


@dataclass(frozen=True)
class Sample:
    """One python sample of a page: its number on the page (from 1), its code, the heading
    it sits under and the test that runs it (`None`: the generic runner)."""

    page: str
    number: int
    code: str
    heading: str
    run_by: str | None


def read(page: str) -> str:
    """The Markdown of a page, by its path under ``docs/`` (``guides/webhooks.md``)."""
    return (DOCS / page).read_text(encoding="utf-8")


def blocks(markdown: str) -> list[str]:
    """The python samples of a piece of Markdown, dedented, in order."""
    return [
        re.sub(rf"^{match['indent']}", "", match["code"], flags=re.M)
        for match in _FENCE.finditer(markdown)
    ]


def section(page: str, title: str) -> str:
    """The text under the heading `title` of a page (at any level), up to the next heading of
    the same level or higher."""
    text = read(page)
    headings = _headings(text)
    for index, match in enumerate(headings):
        if match["title"] == title:
            level = len(match["level"])
            ends = [h.start() for h in headings[index + 1 :] if len(h["level"]) <= level]
            return text[match.end() : ends[0] if ends else len(text)]
    raise AssertionError(f"docs/{page} has no heading {title!r}")


def section_blocks(page: str, title: str) -> list[str]:
    """The python samples under one heading of a page; there is at least one."""
    found = blocks(section(page, title))
    assert found, f"no python sample under {title!r} in docs/{page}"
    return found


def samples(page: str) -> list[Sample]:
    """Every python sample of a page, with its heading and the test that runs it."""
    text = read(page)
    marks = sorted(
        [(m.start(), "heading", m["title"]) for m in _headings(text)]
        + [(m.start(), "run_by", m["test"]) for m in _RUN_BY.finditer(text)]
    )
    found = []
    for number, fence in enumerate(_FENCE.finditer(text), start=1):
        heading, run_by = "", None
        for start, kind, value in marks:
            if start > fence.start():
                break
            if kind == "heading":
                heading, run_by = value, None
            else:
                run_by = value
        code = re.sub(rf"^{fence['indent']}", "", fence["code"], flags=re.M)
        found.append(Sample(page, number, code, heading, run_by))
    return found


def pages() -> list[str]:
    """Every page of the site written by hand, as paths under ``docs/``."""
    return sorted(str(p.relative_to(DOCS)) for p in DOCS.rglob("*.md"))
