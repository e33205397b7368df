"""`make generate` is reproducible and `make check-generated` catches hand edits."""

from __future__ import annotations

import shutil
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

from tools import codegen

ROOT = Path(__file__).resolve().parents[2]
GENERATED = ROOT / "generated" / codegen.PACKAGE


def _copy_project(dest: Path) -> Path:
    """The inputs of generation, copied so a test may break them freely."""
    for name in ("openapi.yaml", "openapi-python-client.yaml"):
        shutil.copy2(ROOT / name, dest / name)
    shutil.copytree(ROOT / "codegen_templates", dest / "codegen_templates")
    shutil.copytree(
        ROOT / "generated", dest / "generated", ignore=shutil.ignore_patterns("__pycache__")
    )
    return dest


def _check(root: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "tools.codegen", "check", "--root", str(root)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=False,
    )


@pytest.fixture(scope="module")
def fresh_generation(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One run of the generator on a copy of the inputs (each run costs seconds)."""
    copy = _copy_project(tmp_path_factory.mktemp("fresh"))
    codegen.generate(copy)
    return copy / "generated" / codegen.PACKAGE


def test_committed_tree_is_what_the_generator_writes(fresh_generation: Path) -> None:
    assert codegen.differences(fresh_generation, GENERATED) == []


def test_a_second_run_writes_the_same_bytes_and_check_passes(
    fresh_generation: Path, tmp_path: Path
) -> None:
    # `check` generates anew and compares with the copy's tree, which is the committed one:
    # with the test above, two runs of the generator gave the committed bytes.
    root = _copy_project(tmp_path)
    assert codegen.differences(fresh_generation, root / "generated" / codegen.PACKAGE) == []
    result = _check(root)
    assert result.returncode == 0, result.stderr
    assert "up to date" in result.stdout


def _tamper_with_the_tree(root: Path) -> None:
    """A hand edit, a deleted file and a hand-written file, all in one tree."""
    package = root / "generated" / codegen.PACKAGE
    touched = package / "models" / "order.py"
    touched.write_text(touched.read_text() + "\n# hand edit\n")
    (package / "models" / "error.py").unlink()
    (package / "models" / "hand_written.py").write_text("X = 1\n")


def _edit_the_spec(root: Path) -> None:
    spec = root / "openapi.yaml"
    spec.write_text(spec.read_text().replace("shown to the buyer (e.g.", "shown to buyers (e.g."))


@pytest.mark.parametrize(
    ("tamper", "named"),
    [
        pytest.param(
            _tamper_with_the_tree,
            [
                "generated/ecartpay_client/models/order.py",
                "models/error.py (missing)",
                "models/hand_written.py (not generated)",
                "make generate",
            ],
            id="edited-missing-and-extra-files",
        ),
        pytest.param(_edit_the_spec, ["models/order.py"], id="the-spec-changed"),
    ],
)
def test_check_generated_fails_naming_what_differs(
    tmp_path: Path, tamper: Callable[[Path], None], named: list[str]
) -> None:
    root = _copy_project(tmp_path)
    tamper(root)
    result = _check(root)
    assert result.returncode == 1
    for text in named:
        assert text in result.stderr
