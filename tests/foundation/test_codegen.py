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
def twice_generated(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    first = _copy_project(tmp_path_factory.mktemp("first"))
    codegen.generate(first)
    snapshot = tmp_path_factory.mktemp("snapshot") / codegen.PACKAGE
    shutil.copytree(first / "generated" / codegen.PACKAGE, snapshot)
    codegen.generate(first)
    return snapshot, first / "generated" / codegen.PACKAGE


def test_generating_twice_gives_identical_trees(twice_generated: tuple[Path, Path]) -> None:
    snapshot, second = twice_generated
    assert codegen.differences(snapshot, second) == []


def test_committed_tree_is_what_the_generator_writes(twice_generated: tuple[Path, Path]) -> None:
    _, fresh = twice_generated
    assert codegen.differences(fresh, GENERATED) == []


def test_check_generated_passes_on_an_untouched_copy(tmp_path: Path) -> None:
    result = _check(_copy_project(tmp_path))
    assert result.returncode == 0, result.stderr
    assert "up to date" in result.stdout


def _hand_edit(root: Path) -> None:
    touched = root / "generated" / codegen.PACKAGE / "models" / "order.py"
    touched.write_text(touched.read_text() + "\n# hand edit\n")


def _drop_one_add_one(root: Path) -> None:
    package = root / "generated" / codegen.PACKAGE
    (package / "models" / "error.py").unlink()
    (package / "models" / "hand_written.py").write_text("X = 1\n")


def _edit_the_spec(root: Path) -> None:
    spec = root / "openapi.yaml"
    spec.write_text(spec.read_text().replace("shown to the buyer (e.g.", "shown to buyers (e.g."))


@pytest.mark.parametrize(
    ("tamper", "named"),
    [
        pytest.param(
            _hand_edit,
            ["generated/ecartpay_client/models/order.py", "make generate"],
            id="a-touched-file",
        ),
        pytest.param(
            _drop_one_add_one,
            ["models/error.py (missing)", "models/hand_written.py (not generated)"],
            id="extra-and-missing-files",
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
