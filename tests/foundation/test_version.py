"""One version, written once: both packages, the User-Agent and the changelog agree."""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import ecartpay
import ecartpay_auth
from ecartpay_auth._user_agent import user_agent
from tools import changelog
from tools.breaking_check import CHANGELOG, FRAGMENTS, ROOT, VERSION_FILE, read_version

KEEP_A_CHANGELOG_SECTIONS = {"Added", "Changed", "Deprecated", "Removed", "Fixed", "Security"}


def test_every_reader_takes_the_version_from_its_one_file() -> None:
    version = read_version()
    assert re.fullmatch(r"\d+\.\d+\.\d+", version)
    assert ecartpay.__version__ == ecartpay_auth.__version__ == version
    assert user_agent().startswith(f"ecartpay-python/{version} httpx/")
    assert sum(f'"{version}"' in p.read_text() for p in ROOT.glob("auth_extension/*/*.py")) == 1
    assert 'version = "' not in (ROOT / "pyproject.toml").read_text().split("[tool.")[0]


def test_the_changelog_keeps_a_changelog_and_its_first_entry_is_this_version() -> None:
    text = (ROOT / CHANGELOG).read_text()
    releases = re.findall(r"^## \[(\d+\.\d+\.\d+)\] - \d{4}-\d{2}-\d{2}$", text, re.M)
    assert releases[-1] == "0.2.0"  # the first entry: what existed when the log began
    assert releases[0] == read_version()
    sections = set(re.findall(r"^### (.+)$", text, re.M))
    assert sections
    assert sections <= KEEP_A_CHANGELOG_SECTIONS


def test_every_news_fragment_is_named_for_a_changelog_section() -> None:
    names = [p.name for p in (ROOT / FRAGMENTS).iterdir() if p.name.lower() != "readme.md"]
    assert names
    pattern = r"(\d+|\+[\w-]+)\.(added|changed|deprecated|removed|fixed|security)(\.\d+)?\.md"
    assert [n for n in names if not re.fullmatch(pattern, n)] == []


def test_make_changelog_builds_the_section_from_every_fragment_once(tmp_path: Path) -> None:
    for name in ("pyproject.toml", CHANGELOG, FRAGMENTS, VERSION_FILE):
        source, target = ROOT / name, tmp_path / name
        target.parent.mkdir(parents=True, exist_ok=True)
        (shutil.copytree if source.is_dir() else shutil.copy)(source, target)
    (tmp_path / FRAGMENTS / "+scratch.fixed.md").write_text("A scratch fix of `frobnicate`.\n")
    subprocess.run(["git", "init", "-q"], cwd=tmp_path, check=True)  # towncrier stages it
    for _ in range(2):  # rebuilt as fragments land: replaced, never repeated
        changelog.build(tmp_path)
    text = (tmp_path / CHANGELOG).read_text()
    assert text.count(f"## [{read_version()}]") == 1
    fixed = text.split("### Fixed\n", 1)[1].split("\n### ", 1)[0]  # that section alone
    assert "- A scratch fix of `frobnicate`.\n" in fixed
    for fragment in (tmp_path / FRAGMENTS).glob("*.md"):  # kept until the release
        first_words = " ".join(fragment.read_text().split()[:6])
        assert first_words in " ".join(text.split())
