"""One wheel ships both packages, typed, with the CLI entry point."""

from __future__ import annotations

import subprocess
import sys
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def test_wheel_ships_both_typed_packages_and_the_cli(tmp_path: Path) -> None:
    subprocess.run(
        [
            sys.executable, "-m", "pip", "wheel", "--quiet", "--no-deps",
            "--no-build-isolation", "--wheel-dir", str(tmp_path), str(ROOT),
        ],
        check=True,
        capture_output=True,
    )  # fmt: skip
    (wheel,) = tmp_path.glob("ecartpay-*.whl")
    names = set(zipfile.ZipFile(wheel).namelist())
    for required in (
        "ecartpay_client/__init__.py",
        "ecartpay_client/py.typed",
        "ecartpay_client/api/authorization/create_authorization_token.py",
        "ecartpay_auth/__init__.py",
        "ecartpay_auth/py.typed",
    ):
        assert required in names
    assert not [n for n in names if n.startswith(("tests/", "contract_tests/", "tools/"))]
    (entry_points,) = [n for n in names if n.endswith("entry_points.txt")]
    text = zipfile.ZipFile(wheel).read(entry_points).decode()
    assert "ecartpay-auth = ecartpay_auth.__main__:main" in text
    (metadata,) = [n for n in names if n.endswith("METADATA")]
    meta = zipfile.ZipFile(wheel).read(metadata).decode()
    assert "Requires-Python: >=3.11" in meta
    runtime = [
        line
        for line in meta.splitlines()
        if line.startswith("Requires-Dist") and "extra" not in line
    ]
    assert sorted(r.split()[1].split(">")[0].split("<")[0] for r in runtime) == [
        "httpx", "python-dateutil", "tenacity",
    ]  # fmt: skip
