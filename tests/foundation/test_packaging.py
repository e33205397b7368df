"""One wheel ships the packages, typed, with the CLI entry points; the sandbox's server
dependencies come only with the extra ``ecartpay[sandbox]``."""

from __future__ import annotations

import re
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

import ecartpay_auth

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> zipfile.ZipFile:
    """The project's wheel, built once for this module."""
    tmp_path = tmp_path_factory.mktemp("wheel")
    subprocess.run(
        [
            sys.executable, "-m", "pip", "wheel", "--quiet", "--no-deps",
            "--no-build-isolation", "--wheel-dir", str(tmp_path), str(ROOT),
        ],
        check=True,
        capture_output=True,
    )  # fmt: skip
    (path,) = tmp_path.glob("ecartpay-*.whl")
    return zipfile.ZipFile(path)


def _metadata(wheel: zipfile.ZipFile) -> str:
    (metadata,) = [n for n in wheel.namelist() if n.endswith("METADATA")]
    return wheel.read(metadata).decode()


def _entry_points(wheel: zipfile.ZipFile) -> str:
    (entry_points,) = [n for n in wheel.namelist() if n.endswith("entry_points.txt")]
    return wheel.read(entry_points).decode()


def _requirement_names(meta: str, extra: str | None) -> list[str]:
    """The distributions a plain install (``extra=None``) or the extra pulls in."""
    found = []
    for line in meta.splitlines():
        if not line.startswith("Requires-Dist:"):
            continue
        markers = {m.strip("'\"") for m in re.findall(r"extra == (\S+)", line)}
        if markers == ({extra} if extra else set()):
            found.append(line.split()[1].split(";")[0].split(">")[0].split("<")[0].split("=")[0])
    return sorted(found)


def test_wheel_ships_both_typed_packages_and_the_cli(wheel: zipfile.ZipFile) -> None:
    names = set(wheel.namelist())
    for required in (
        "ecartpay_client/__init__.py",
        "ecartpay_client/py.typed",
        "ecartpay_client/api/authorization/create_authorization_token.py",
        "ecartpay_auth/__init__.py",
        "ecartpay_auth/py.typed",
    ):
        assert required in names
    assert not [n for n in names if n.startswith(("tests/", "contract_tests/", "tools/"))]
    assert "ecartpay-auth = ecartpay_auth.__main__:main" in _entry_points(wheel)
    meta = _metadata(wheel)
    assert "Requires-Python: >=3.11" in meta
    # the version is written once (ecartpay_auth/_version.py) and hatch reads it from there
    assert f"Version: {ecartpay_auth.__version__}" in meta.splitlines()
    for python in ("3.11", "3.12", "3.13"):
        assert f"Classifier: Programming Language :: Python :: {python}" in meta.splitlines()
    assert _requirement_names(meta, None) == ["httpx", "python-dateutil", "tenacity"]


def test_wheel_ships_the_sandbox_its_spec_and_command_behind_an_extra(
    wheel: zipfile.ZipFile,
) -> None:
    names = set(wheel.namelist())
    for required in (
        "ecartpay_sandbox/__init__.py",
        "ecartpay_sandbox/py.typed",
        "ecartpay_sandbox/resources/orders.py",
        "ecartpay_sandbox/resources/_fixtures/banks.json",
    ):
        assert required in names
    # The spec it validates against is package data, the repository's own file.
    assert wheel.read("ecartpay_sandbox/openapi.yaml") == (ROOT / "openapi.yaml").read_bytes()
    assert "ecartpay-sandbox = ecartpay_sandbox.__main__:main" in _entry_points(wheel)
    meta = _metadata(wheel)
    assert "Provides-Extra: sandbox" in meta
    assert _requirement_names(meta, "sandbox") == [
        "jsonschema", "pyjwt", "pyyaml", "starlette", "trustme", "uvicorn",
    ]  # fmt: skip
