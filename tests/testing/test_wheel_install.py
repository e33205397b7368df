"""The "Testing your integration" page's example (docs/guides/testing.md), green from the
wheel: a fresh virtual environment gets ``pip install '<wheel>[sandbox]' pytest`` (the
repository is not on its path) and runs the merchant's pytest file with the plugin's
fixtures."""

from __future__ import annotations

import os
import subprocess
import sys
import venv
from pathlib import Path

import pytest

from ._page import ROOT, merchant_test_file


def _run(*args: str, cwd: Path, timeout: float) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "PYTHONHOME")}
    return subprocess.run(
        args, cwd=cwd, env=env, capture_output=True, text=True, timeout=timeout, check=False
    )


@pytest.mark.slow
@pytest.mark.timeout(600)
def test_the_docs_example_runs_from_the_wheel_with_its_extra(tmp_path: Path) -> None:
    built = _run(
        sys.executable, "-m", "pip", "wheel", "--quiet", "--no-deps", "--no-build-isolation",
        "--wheel-dir", str(tmp_path / "dist"), str(ROOT),
        cwd=tmp_path, timeout=300,
    )  # fmt: skip
    assert built.returncode == 0, built.stderr
    (wheel,) = (tmp_path / "dist").glob("ecartpay-*.whl")
    env_dir = tmp_path / "venv"
    venv.create(env_dir, with_pip=False)
    python = env_dir / "bin" / "python"
    # This interpreter's pip installs into the fresh environment (its cache makes it quick);
    # the extra brings the sandbox's server dependencies, resolved as a user's pip would.
    installed = _run(
        sys.executable, "-m", "pip", "--python", str(python), "install", "--quiet",
        "--disable-pip-version-check", f"{wheel}[sandbox]", "pytest",
        cwd=tmp_path, timeout=400,
    )  # fmt: skip
    assert installed.returncode == 0, installed.stderr
    project = tmp_path / "shop"
    (project / "tests").mkdir(parents=True)
    (project / "tests" / "test_checkout.py").write_text(merchant_test_file(), encoding="utf-8")
    where = _run(
        str(python), "-c", "import ecartpay; print(ecartpay.__file__)", cwd=project, timeout=60
    )
    assert str(env_dir) in where.stdout, where.stdout + where.stderr  # not the repository's
    result = _run(
        str(python), "-m", "pytest", "-q", "-p", "no:cacheprovider", cwd=project, timeout=300
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "4 passed" in result.stdout
