"""`make breaking-check`: nothing breaks users' code without a version bump and a changelog entry.

The last release is recorded in pyproject.toml (`[tool.ecartpay.release]`: its version and
commit). Two gates compare that commit with the working tree:

- the public Python API of the hand-written packages (`ecartpay`, `ecartpay_auth`,
  `ecartpay_sandbox`) with griffe's API-breakage check (removed names, removed or newly
  required parameters, ...); the generated `ecartpay_client` follows `openapi.yaml`, so
  the second gate covers it; a package the release did not have cannot break;
- `openapi.yaml`, with `tools.spec_breaking` (removed operations and response fields, new
  required request fields, narrowed types and enums, changed paths and methods).

A gate with findings passes only when the version (`ecartpay_auth/_version.py`) is bumped as
semver asks (below 1.0 the minor version, from 1.0 the major) and the changelog names each
finding's subject (an operationId, a field, a parameter, a Python name) in a news fragment
(`changelog.d/`) or in the current version's section of CHANGELOG.md. Additive changes pass.
Exit 0 when both gates pass, 1 otherwise (with what to do), 2 when the release is unreadable.
"""

from __future__ import annotations

import argparse
import functools
import hashlib
import re
import subprocess
import sys
import tarfile
import tempfile
import tomllib
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from io import BytesIO
from pathlib import Path
from typing import Any

import yaml

from tools.spec_breaking import Breaking, breaking_changes

ROOT = Path(__file__).resolve().parents[1]
SOURCES = "auth_extension"
SPEC = "openapi.yaml"
VERSION_FILE = "auth_extension/ecartpay_auth/_version.py"
FRAGMENTS = "changelog.d"
CHANGELOG = "CHANGELOG.md"
#: The hand-written public packages; the generated client is checked through the spec.
PACKAGES = ("ecartpay", "ecartpay_auth", "ecartpay_sandbox")
#: Names whose change is the point of a release, not a break.
NOT_API = frozenset({"__version__"})


@dataclass(frozen=True)
class Release:
    version: str
    commit: str


@dataclass
class Gate:
    """One gate's findings and, when it fails, why."""

    name: str
    findings: list[Breaking]
    problems: list[str] = field(default_factory=list)

    @property
    def passed(self) -> bool:
        return not self.problems


def read_release(root: Path = ROOT) -> Release:
    """The last release, as pyproject.toml records it."""
    table = tomllib.loads((root / "pyproject.toml").read_text())["tool"]["ecartpay"]["release"]
    return Release(str(table["version"]), str(table["commit"]))


def read_version(root: Path = ROOT) -> str:
    """Today's version, from the one file that holds it."""
    text = (root / VERSION_FILE).read_text()
    match = re.search(r'^__version__ = "([^"]+)"$', text, re.M)
    if match is None:
        raise ValueError(f'{VERSION_FILE} has no __version__ = "..." line')
    return match.group(1)


def _numbers(version: str) -> tuple[int, int]:
    major, minor = re.match(r"(\d+)\.(\d+)", version).groups()  # type: ignore[union-attr]
    return int(major), int(minor)


def bumped(released: str, current: str) -> bool:
    """Whether `current` is a breaking release after `released` as semver asks: a new major,
    or below 1.0 a new minor."""
    (old_major, old_minor), (new_major, new_minor) = _numbers(released), _numbers(current)
    if old_major == 0:
        return new_major > 0 or new_minor > old_minor
    return new_major > old_major


def required_bump(released: str) -> str:
    major, minor = _numbers(released)
    return f"{major}.{minor + 1}.0" if major == 0 else f"{major + 1}.0.0"


def changelog_text(root: Path, version: str) -> str:
    """What the coming release's changelog says: the news fragments and, when it was built
    already, the version's section of CHANGELOG.md."""
    parts = [
        path.read_text()
        for path in sorted((root / FRAGMENTS).glob("*.md"))
        if path.name.lower() != "readme.md"
    ]
    changelog = root / CHANGELOG
    if changelog.is_file():
        section = re.search(
            rf"^## \[{re.escape(version)}\].*?(?=^## \[|\Z)", changelog.read_text(), re.M | re.S
        )
        if section:
            parts.append(section.group(0))
    return "\n".join(parts)


def judge(gate: Gate, released: str, current: str, changelog: str) -> Gate:
    """Fill in why `gate` fails: findings without the bump, or without a changelog entry."""
    if not gate.findings:
        return gate
    if not bumped(released, current):
        gate.problems.append(
            f"the version is {current}, the last release {released}: a breaking change needs"
            f" {required_bump(released)} (in {VERSION_FILE})"
        )
    for subject in sorted({finding.subject for finding in gate.findings}):
        if not re.search(rf"(?<![\w.]){re.escape(subject)}(?![\w])", changelog):
            gate.problems.append(
                f"no changelog entry names `{subject}`: add one to {FRAGMENTS}/"
                " (see docs/development.md, 'Versions, the changelog and breaking changes')"
            )
    return gate


# -- the baseline ----------------------------------------------------------------------------


@contextmanager
def release_tree(root: Path, commit: str) -> Iterator[Path]:
    """The released commit's spec and hand-written packages, unpacked in a scratch folder."""
    archive = subprocess.run(
        ["git", "-C", str(root), "archive", "--format=tar", commit, SPEC, SOURCES],
        check=True,
        capture_output=True,
    ).stdout
    with tempfile.TemporaryDirectory(prefix="ecartpay-release-") as scratch:
        with tarfile.open(fileobj=BytesIO(archive)) as tar:
            tar.extractall(scratch, filter="data")
        yield Path(scratch)


# -- the two gates ---------------------------------------------------------------------------


@functools.lru_cache(maxsize=8)
def _parsed(text: bytes) -> Any:
    """A spec parsed once per content (it is large; the C loader is the fast one)."""
    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    return yaml.load(text, Loader=loader)  # noqa: S506 (a safe loader)


def spec_findings(old_root: Path, new_root: Path) -> list[Breaking]:
    old, new = (old_root / SPEC).read_bytes(), (new_root / SPEC).read_bytes()
    return [] if old == new else breaking_changes(_parsed(old), _parsed(new))


def python_findings(old_root: Path, new_root: Path) -> list[Breaking]:
    """griffe's breakages of each public package that the release already had."""
    import griffe

    found: list[Breaking] = []
    for package in PACKAGES:
        if not (old_root / SOURCES / package / "__init__.py").is_file():
            continue  # new since the release: nothing of it can break
        old_files = _files(old_root / SOURCES / package)
        new_files = _files(new_root / SOURCES / package)
        if old_files == new_files:
            continue
        if not new_files:
            found.append(Breaking("Public object was removed", package, package))
            continue
        old = _api(package, old_root / SOURCES, _digest(old_files))
        new = _api(package, new_root / SOURCES, _digest(new_files))
        for breakage in griffe.find_breaking_changes(old, new):
            name = breakage.obj.name
            if name in NOT_API:
                continue
            if name.startswith("__") and breakage.obj.parent is not None:
                name = breakage.obj.parent.name  # `__init__` of a class: the class
            where = f"{package}: {breakage.obj.path}"
            if breakage.old_value is not None or breakage.new_value is not None:
                where += f" ({_short(breakage.old_value)} -> {_short(breakage.new_value)})"
            found.append(Breaking(breakage.kind.value, where, name))
    return sorted(set(found))


def _files(folder: Path) -> dict[str, bytes]:
    """A package's Python files, by relative path (none when the folder is gone)."""
    return {p.relative_to(folder).as_posix(): p.read_bytes() for p in sorted(folder.rglob("*.py"))}


def _digest(files: dict[str, bytes]) -> str:
    digest = hashlib.sha256()
    for name, content in files.items():
        digest.update(name.encode() + b"\0" + hashlib.sha256(content).digest())
    return digest.hexdigest()


_APIS: dict[tuple[str, str], Any] = {}


def _api(package: str, search_path: Path, digest: str) -> Any:
    """griffe's model of a package, loaded once per content (`digest`), wherever it lies."""
    import griffe

    key = (package, digest)
    if key not in _APIS:
        _APIS[key] = griffe.load(package, search_paths=[search_path], resolve_aliases=False)
    return _APIS[key]


def _short(value: object) -> str:
    text = " ".join(str(getattr(value, "name", value)).split())
    return text if len(text) <= 60 else text[:57] + "..."


def check(root: Path, baseline: Path, released: str) -> list[Gate]:
    """Both gates of `root` against the released tree unpacked at `baseline`."""
    current = read_version(root)
    changelog = changelog_text(root, current)
    gates = [
        Gate("Python API (griffe)", python_findings(baseline, root)),
        Gate("openapi.yaml", spec_findings(baseline, root)),
    ]
    return [judge(gate, released, current, changelog) for gate in gates]


def render(gates: list[Gate], released: Release, current: str) -> str:
    lines = [f"Breaking changes since {released.version} ({released.commit[:7]}), now {current}:"]
    for gate in gates:
        verdict = "pass" if gate.passed else "FAIL"
        lines.append(f"  {gate.name}: {len(gate.findings)} breaking change(s) -> {verdict}")
        lines += [f"    - {finding}" for finding in gate.findings]
        lines += [f"    ! {problem}" for problem in gate.problems]
    return "\n".join(lines) + "\n"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m tools.breaking_check", description=__doc__)
    parser.add_argument("--root", type=Path, default=ROOT, help="the tree to check")
    parser.add_argument(
        "--baseline", type=Path, help="an unpacked release tree (default: the recorded commit)"
    )
    args = parser.parse_args(argv)
    release = read_release(args.root)
    if args.baseline is not None:
        gates = check(args.root, args.baseline, release.version)
    else:
        try:
            with release_tree(args.root, release.commit) as baseline:
                gates = check(args.root, baseline, release.version)
        except subprocess.CalledProcessError as error:
            sys.stderr.write(
                f"breaking-check: cannot read release commit {release.commit} with git"
                f" ({error.stderr.decode().strip()}); a clone needs the history back to it\n"
            )
            return 2
    sys.stdout.write(render(gates, release, read_version(args.root)))
    return 0 if all(gate.passed for gate in gates) else 1


if __name__ == "__main__":
    raise SystemExit(main())
