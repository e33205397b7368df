"""`make changelog`: CHANGELOG.md's section for today's version, built by towncrier from every
news fragment in changelog.d/.

The fragments stay (`--keep`) until the release is made, so the section can be rebuilt as
fragments land: an existing section of the same version is replaced, never repeated.
"""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

from tools.breaking_check import CHANGELOG, ROOT, read_version


def drop_section(text: str, version: str) -> str:
    """`text` without the section of `version` (its heading up to the next release's)."""
    return re.sub(rf"^## \[{re.escape(version)}\].*?(?=^## \[|\Z)", "", text, flags=re.M | re.S)


def build(root: Path = ROOT) -> None:
    version = read_version(root)
    changelog = root / CHANGELOG
    changelog.write_text(drop_section(changelog.read_text(), version))
    subprocess.run(
        [sys.executable, "-m", "towncrier", "build", "--version", version, "--keep"],
        cwd=root,
        check=True,
    )


if __name__ == "__main__":
    build()
