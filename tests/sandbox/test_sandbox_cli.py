"""``ecartpay-sandbox`` (and ``python -m ecartpay_sandbox``, ``python -m contract_tests.sandbox``,
``make sandbox``): prints URL and keys, serves, answers curl."""

from __future__ import annotations

import json
import re
import shutil
import ssl
import subprocess
from collections.abc import Iterator
from pathlib import Path

import httpx
import jwt
import pytest

from ecartpay_auth import TOKEN_PATH
from ecartpay_sandbox import (
    DEFAULT_PRIVATE_KEY,
    DEFAULT_PUBLIC_KEY,
    SECOND_PRIVATE_KEY,
    SECOND_PUBLIC_KEY,
)

from ._cli import COMMANDS, CONSOLE_SCRIPT, REPO, SandboxProcesses


@pytest.fixture
def serve() -> Iterator[SandboxProcesses]:
    """``serve(*args, env=None, command="console-script") -> Served``."""
    with SandboxProcesses() as processes:
        yield processes


def _wait_ready(url: str, verify: ssl.SSLContext | bool = True) -> None:
    """One health check. The socket listens before the banner is printed, so the request
    queues until the server runs: no polling, no sleep."""
    response = httpx.get(url + "/__sandbox__/health", verify=verify, timeout=30)
    assert response.status_code == 200


def test_port_0_prints_url_and_keys_and_serves_tokens(serve: SandboxProcesses) -> None:
    served = serve("--port", "0")
    port = int(served.url.rsplit(":", 1)[1])
    assert port > 0
    for key in (DEFAULT_PUBLIC_KEY, DEFAULT_PRIVATE_KEY, SECOND_PUBLIC_KEY, SECOND_PRIVATE_KEY):
        assert key in served.banner
    assert "not secrets" in served.banner
    _wait_ready(served.url)
    response = httpx.post(served.url + TOKEN_PATH, auth=(DEFAULT_PUBLIC_KEY, DEFAULT_PRIVATE_KEY))
    assert response.status_code == 200
    assert jwt.get_unverified_header(response.json()["token"])["alg"] == "HS512"

    curl = shutil.which("curl")
    assert curl is not None, "curl is part of the documented quick start"
    result = subprocess.run(
        [
            curl,
            "-sS",
            "-u",
            f"{DEFAULT_PUBLIC_KEY}:{DEFAULT_PRIVATE_KEY}",
            "-X",
            "POST",
            served.url + TOKEN_PATH,
        ],
        capture_output=True,
        text=True,
        timeout=10,
        check=True,
    )
    assert set(json.loads(result.stdout)) == {"token"}


def test_every_entry_point_serves_with_the_same_banner(serve: SandboxProcesses) -> None:
    banners = {}
    for command in COMMANDS:
        served = serve("--port", "0", command=command)
        _wait_ready(served.url)
        banners[command] = served.banner.replace(served.url, "<url>")
    assert len(set(banners.values())) == 1, banners


def test_sigint_stops_it_cleanly(serve: SandboxProcesses) -> None:
    served = serve("--port", "0")
    _wait_ready(served.url)
    served.stop()
    assert served.process.returncode == 0


def test_tls_flags_and_env_keys(serve: SandboxProcesses) -> None:
    env = {"SANDBOX_PUBLIC_KEY": "pub" + "c" * 24, "SANDBOX_PRIVATE_KEY": "priv" + "d" * 24}
    served = serve("--port", "0", "--tls", "--token-ttl", "60", env=env)
    assert served.url.startswith("https://")
    found = re.search(r"CA file \(trust it to verify TLS\): (\S+)", served.banner)
    assert found, served.banner
    ca_file = found.group(1)
    assert Path(ca_file).exists()
    _wait_ready(served.url, verify=ssl.create_default_context(cafile=ca_file))
    with httpx.Client(verify=ssl.create_default_context(cafile=ca_file)) as client:
        response = client.post(served.url + TOKEN_PATH, auth=(env["SANDBOX_PUBLIC_KEY"], "x"))
        assert response.status_code == 401
        response = client.post(
            served.url + TOKEN_PATH,
            auth=(env["SANDBOX_PUBLIC_KEY"], env["SANDBOX_PRIVATE_KEY"]),
        )
        claims = jwt.decode(response.json()["token"], options={"verify_signature": False})
        assert claims["exp"] - claims["iat"] == 60


def test_no_control_plane_flag(serve: SandboxProcesses) -> None:
    served = serve("--port", "0", "--no-control-plane", "--account", "pubX:privX")
    assert "Control plane" not in served.banner
    assert "public_key=pubX private_key=privX" in served.banner
    response = httpx.get(served.url + "/__sandbox__/stats", timeout=30)  # queued until served
    assert response.status_code == 404
    assert httpx.post(served.url + TOKEN_PATH, auth=("pubX", "privX")).status_code == 200


def test_bad_arguments_exit_2() -> None:
    result = subprocess.run(
        [CONSOLE_SCRIPT, "--account", "only-one-field"],
        cwd=REPO,
        capture_output=True,
        text=True,
        timeout=30,
        check=False,
    )
    assert result.returncode == 2
    assert "PUBLIC:PRIVATE" in result.stderr
    assert result.stderr.startswith("usage: ecartpay-sandbox ")


def test_make_sandbox_runs_the_module_on_the_documented_port() -> None:
    result = subprocess.run(
        # -o: treat the venv stamp as up to date, so nothing is installed by a dry run.
        ["make", "-n", "-o", ".venv/.installed", "sandbox", "PY=python-placeholder"],
        cwd=REPO,
        capture_output=True,
        text=True,
        timeout=30,
        check=True,
    )
    assert "python-placeholder -m contract_tests.sandbox --port 8765" in result.stdout
