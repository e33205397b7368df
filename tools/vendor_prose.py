"""Keep the vendor's prose out of the repository, without keeping the prose to compare with.

The vendor's pages (the summaries and descriptions of its exported reference, its guides)
are cut into overlapping runs of `SHINGLE` words and into sentences, and each is kept only
as a short hash in `vendor-reference/prose.fingerprints`. A text of ours "copies the vendor"
when one of its runs of words, or one of its whole sentences of at least `SHORTEST` words,
hashes to a kept fingerprint. Words are compared lower-cased, without punctuation or
Markdown, so reflowing, re-casing or bolding a copied sentence still counts. Facts do not
count: fenced code (the vendor's JSON samples, which our spec records), and runs of words
without the glue of a sentence (enum values, currency codes, ids, tokens).

`python -m tools.vendor_prose fingerprint SOURCE...` writes the fingerprints from the
vendor's text (an old `operations.json` that still had its prose, or a page saved as text);
`python -m tools.vendor_prose check` lists the copied runs in our files (exit 1 if any).
"""

from __future__ import annotations

import argparse
import bisect
import hashlib
import json
import os
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
FINGERPRINTS_PATH = ROOT / "vendor-reference" / "prose.fingerprints"
#: Words per run: long enough that a run is a piece of a sentence, not a common phrase.
SHINGLE = 8
#: Words of the shortest sentence compared whole (a parameter's one-line description).
SHORTEST = 5
#: Our files that hold prose: the spec, every Markdown page, the code and its docstrings.
SCANNED_SUFFIXES = frozenset({".md", ".py", ".yaml", ".yml", ".jinja", ".toml", ".txt"})
#: Not ours to word: generated code (made from openapi.yaml), the vendor's facts, tool state
#: (and every folder whose name starts with a dot: .venv, .nox, caches).
SKIPPED_PARTS = frozenset({".venv", ".git", "generated", "site", "node_modules", "__pycache__"})
SKIPPED_FILES = frozenset({"vendor-reference/operations.json"})

#: Words that a sentence has and a list of codes, ids or tokens has not.
_GLUE = frozenset(
    "a an and are as at be by can for from if in is it of on or not that the this to when"  # noqa: SIM905
    " will with you your".split()
)
_FENCE = re.compile(r"```.*?(```|\Z)", re.S)
#: A word, or what ends a sentence: a stop, a blank line, a list item, a heading, a table
#: cell or a quote (a string of code).
_TOKEN = re.compile(
    r"(?P<word>[a-z0-9]+(?:'[a-z]+)?)|(?P<end>[.!?:;|\"](?=\s|$)|\n\s*\n|\n\s*(?:[-*#>]|\d+\.)\s|\")"
)
_ABBREVIATIONS = re.compile(r"\b(e\.g|i\.e|etc|vs)\.", re.I)
#: A line of a saved page that reads as prose, not as a code sample.
_CODE_LINE = re.compile(r"[{}();=<>\\]|^\s*(//|#|\$|--|curl |wget |import |package )")


def _is_prose(found: tuple[str, ...]) -> bool:
    """Words of a sentence: no figures, ids or tokens, and some glue words (a run of enum
    values, currency codes or a JWT is a fact, never prose)."""
    plain = all(word.replace("'", "").isalpha() for word in found)
    return plain and len(_GLUE.intersection(found)) >= 2


def fingerprint(run: Iterable[str]) -> str:
    """The kept form of a run of words: 16 hex digits of its SHA-256."""
    return hashlib.sha256(" ".join(run).encode()).hexdigest()[:16]


@dataclass(frozen=True)
class Run:
    """A run of `SHINGLE` words of a text, with the line it starts on."""

    line: int
    words: tuple[str, ...]

    whole: bool = False  # a whole sentence (of SHORTEST words or more), not a run

    @property
    def fingerprint(self) -> str:
        return fingerprint(("sentence:", *self.words) if self.whole else self.words)


def runs(text: str) -> Iterator[Run]:
    """Every run of `SHINGLE` consecutive words of `text` (across line breaks and
    sentences) and every whole sentence of `SHORTEST` words or more, that reads as prose."""
    located: list[tuple[int, str]] = []
    sentence: list[tuple[int, str]] = []
    sentences = [sentence]
    text = _ABBREVIATIONS.sub(lambda m: m.group(1).replace(".", ""), _FENCE.sub(_blank_lines, text))
    line_starts = [0] + [m.end() for m in re.finditer("\n", text)]
    for match in _TOKEN.finditer(text.lower().replace("_", " ")):
        if match.lastgroup == "word":
            item = (bisect.bisect_right(line_starts, match.start()), match.group())
            located.append(item)
            sentence.append(item)
        elif sentence:
            sentence = []
            sentences.append(sentence)
    for i in range(len(located) - SHINGLE + 1):
        found = tuple(word for _, word in located[i : i + SHINGLE])
        if _is_prose(found):
            yield Run(located[i][0], found)
    for whole in sentences:
        found = tuple(word for _, word in whole)
        if len(found) >= SHORTEST and _GLUE.intersection(found):
            yield Run(whole[0][0], found, whole=True)


def _blank_lines(match: re.Match[str]) -> str:
    """A fenced block replaced by as many empty lines, so line numbers stay right."""
    return "\n" * match.group(0).count("\n")


# -- the vendor's side -----------------------------------------------------------------------


def vendor_texts(path: Path) -> Iterator[str]:
    """The prose of one vendor source: every `summary` and `description` string of a JSON
    reference, or the prose lines of a page saved as text (code sample lines left out)."""
    text = path.read_text(encoding="utf-8")
    if path.suffix == ".json":
        yield from _prose_members(json.loads(text))
    else:
        yield "\n".join(line for line in text.splitlines() if not _CODE_LINE.search(line))


def _prose_members(node: Any) -> Iterator[str]:
    if isinstance(node, dict):
        for key, value in node.items():
            if key in {"summary", "description"} and isinstance(value, str):
                yield value
            else:
                yield from _prose_members(value)
    elif isinstance(node, list):
        for item in node:
            yield from _prose_members(item)


def fingerprints_of(texts: Iterable[str]) -> set[str]:
    """The fingerprints of every run of words of `texts` (each text on its own)."""
    return {run.fingerprint for text in texts for run in runs(text)}


def write_fingerprints(found: set[str], path: Path = FINGERPRINTS_PATH) -> None:
    header = (
        f"# {SHINGLE}-word runs of the vendor's prose, as tools.vendor_prose.fingerprint()"
        " hashes them (the prose itself is not kept)\n"
    )
    path.write_text(header + "".join(f"{f}\n" for f in sorted(found)), encoding="utf-8")


def load_fingerprints(path: Path = FINGERPRINTS_PATH) -> frozenset[str]:
    lines = path.read_text(encoding="utf-8").splitlines()
    return frozenset(line for line in lines if line and not line.startswith("#"))


# -- our side --------------------------------------------------------------------------------


def our_files(root: Path = ROOT) -> Iterator[Path]:
    """Every file of ours that may hold prose, in a stable order."""
    for folder, subfolders, names in os.walk(root):
        subfolders[:] = sorted(
            d for d in subfolders if d not in SKIPPED_PARTS and not d.startswith(".")
        )
        for name in sorted(names):
            path = Path(folder, name)
            relative = path.relative_to(root).as_posix()
            if (
                path.suffix in SCANNED_SUFFIXES
                and relative not in SKIPPED_FILES
                and path != FINGERPRINTS_PATH
            ):
                yield path


@dataclass(frozen=True)
class Copy:
    """A place where a text of ours repeats a run of the vendor's words."""

    where: str
    line: int
    words: tuple[str, ...]

    def __str__(self) -> str:
        return f"{self.where}:{self.line}: ...{' '.join(self.words)}..."


def copies(text: str, where: str, kept: frozenset[str]) -> list[Copy]:
    """The runs of `text` whose fingerprints are kept, one per line at most."""
    found: dict[int, Copy] = {}
    for run in runs(text):
        if run.line not in found and run.fingerprint in kept:
            found[run.line] = Copy(where, run.line, run.words)
    return list(found.values())


def check(root: Path = ROOT, kept: frozenset[str] | None = None) -> list[Copy]:
    """Every copied run in our files."""
    kept = load_fingerprints() if kept is None else kept
    found: list[Copy] = []
    for path in our_files(root):
        text = path.read_text(encoding="utf-8", errors="replace")
        found += copies(text, path.relative_to(root).as_posix(), kept)
    return found


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m tools.vendor_prose", description=__doc__)
    commands = parser.add_subparsers(dest="command", required=True)
    make = commands.add_parser("fingerprint", help="write the fingerprints of vendor sources")
    make.add_argument("sources", nargs="+", type=Path, help="operations.json or a page as text")
    commands.add_parser("check", help="list our runs of words copied from the vendor")
    args = parser.parse_args(argv)
    if args.command == "fingerprint":
        found = fingerprints_of(text for source in args.sources for text in vendor_texts(source))
        write_fingerprints(found)
        print(f"{len(found)} fingerprints -> {FINGERPRINTS_PATH.relative_to(ROOT)}")
        return 0
    problems = check()
    for problem in problems:
        print(problem)
    print(f"{len(problems)} copied run(s) of the vendor's words")
    return 1 if problems else 0


if __name__ == "__main__":
    raise SystemExit(main())
