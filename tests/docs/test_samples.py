"""Every code sample of the documentation site runs as written, against the local sandbox
(the keys and URL in ``ECARTPAY_*``, as a user's shell has them)."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest

from ecartpay_sandbox import RunningSandbox

DOCS = Path(__file__).resolve().parents[2] / "docs"
SAMPLES = [
    (page, number, block)
    for page in sorted(DOCS.rglob("*.md"))
    for number, block in enumerate(
        re.findall(r"```python\n(.*?)```", page.read_text(encoding="utf-8"), re.S), start=1
    )
]


def test_the_site_has_samples_to_run() -> None:
    assert {page.name for page, _, _ in SAMPLES} >= {"getting-started.md"}


@pytest.mark.parametrize(
    ("page", "number", "block"),
    SAMPLES,
    ids=[f"{page.relative_to(DOCS)}#{number}" for page, number, _ in SAMPLES],
)
def test_a_sample_runs_as_written(
    page: Path,
    number: int,
    block: str,
    sandbox_env: RunningSandbox,
    capsys: pytest.CaptureFixture[str],
) -> None:
    namespace: dict[str, Any] = {"__name__": f"docs_sample_{number}"}
    exec(compile(block, f"{page.relative_to(DOCS)} sample {number}", "exec"), namespace)
    out = capsys.readouterr().out
    if "print(" in block:
        assert out.strip(), "a sample that prints shows its output"
    if page.name == "getting-started.md" and number == 1:
        assert out.splitlines()[-1].startswith("404 ")  # the unknown order is a NotFoundError
        assert namespace["order"].status == "created"
