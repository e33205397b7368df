"""`python -m ecartpay_auth` (the `ecartpay-auth` script) run as a real subprocess."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path

from ecartpay_sandbox import RunningSandbox

from ._support import TOKEN_OP, requests_to

JWT = re.compile(r"eyJ[\w-]+\.[\w-]+\.[\w-]+")


def _run(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    clean = {k: v for k, v in os.environ.items() if not k.startswith("ECARTPAY_")}
    clean.update(env or {})
    return subprocess.run(
        [sys.executable, "-m", "ecartpay_auth", *args],
        capture_output=True,
        text=True,
        env=clean,
        timeout=60,
        check=False,
    )


def _env(sandbox: RunningSandbox) -> dict[str, str]:
    return {
        "ECARTPAY_PUBLIC_KEY": sandbox.public_key,
        "ECARTPAY_PRIVATE_KEY": sandbox.private_key,
        "ECARTPAY_BASE_URL": sandbox.base_url,
    }


def test_token_prints_a_fresh_token(sandbox: RunningSandbox) -> None:
    result = _run("token", env=_env(sandbox))
    assert result.returncode == 0, result.stderr
    assert JWT.fullmatch(result.stdout.strip())
    assert result.stderr == ""
    assert requests_to(sandbox, TOKEN_OP) == 1


def test_inspect_describes_without_printing_the_token(sandbox: RunningSandbox) -> None:
    result = _run("inspect", env=_env(sandbox))
    assert result.returncode == 0, result.stderr
    # The sandbox's token is shaped like the seed page's: it names no account.
    assert re.search(r"^account id\s+-$", result.stdout, re.MULTILINE)
    assert re.search(r"^token id\s+[0-9a-f]{24}$", result.stdout, re.MULTILINE)
    assert "expires at" in result.stdout
    assert "remaining seconds" in result.stdout
    assert not JWT.search(result.stdout + result.stderr)

    as_json = _run(
        "inspect",
        "--json",
        "--public-key",
        sandbox.public_key,
        "--private-key",
        sandbox.private_key,
        "--base-url",
        sandbox.base_url,
    )
    assert as_json.returncode == 0, as_json.stderr
    info = json.loads(as_json.stdout)
    assert info["account_id"] is None
    assert re.fullmatch(r"[0-9a-f]{24}", info["token_id"])
    assert info["lifetime_seconds"] == 3600
    assert 3590 <= info["remaining_seconds"] <= 3600
    assert info["issued_at"] < info["expires_at"]
    assert not JWT.search(as_json.stdout)


def test_tls_sandbox_with_ca_file_and_console_script(tls_sandbox: RunningSandbox) -> None:
    script = Path(sys.executable).with_name("ecartpay-auth")
    env = {k: v for k, v in os.environ.items() if not k.startswith("ECARTPAY_")}
    env.update(_env(tls_sandbox))
    result = subprocess.run(
        [str(script), "token", "--ca-file", str(tls_sandbox.ca_file)],
        capture_output=True,
        text=True,
        env=env,
        timeout=60,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert JWT.fullmatch(result.stdout.strip())


def test_bad_keys_exit_1_with_message(sandbox: RunningSandbox) -> None:
    env = _env(sandbox) | {"ECARTPAY_PRIVATE_KEY": "privNOTTHEKEY0000000000000"}
    result = _run("token", env=env)
    assert result.returncode == 1
    assert result.stdout == ""
    assert "refused the API keys" in result.stderr
    assert "privNOTTHEKEY" not in result.stderr
    assert requests_to(sandbox, TOKEN_OP) == 1


def test_missing_keys_exit_2() -> None:
    result = _run("token", env={"ECARTPAY_BASE_URL": "http://127.0.0.1:9"})
    assert result.returncode == 2
    assert "ECARTPAY_PUBLIC_KEY" in result.stderr
    assert result.stdout == ""


def test_usage_errors_exit_2() -> None:
    assert _run().returncode == 2  # no command
    assert _run("token", "--no-such-flag").returncode == 2
    both = _run("token", "--environment", "sandbox", "--base-url", "http://127.0.0.1:9")
    assert both.returncode == 2
