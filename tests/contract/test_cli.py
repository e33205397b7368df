"""``python -m contract_tests.harness``: refusals before any request, the read-only command
line for production, and one end-to-end run of the real entry point."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from contract_tests.harness.cli import _parser, main
from contract_tests.harness.live import LiveTarget
from contract_tests.harness.redact import REDACTED, Redactor
from contract_tests.harness.runner import (
    DEEP_MAX_EXAMPLES,
    DEFAULT_MAX_EXAMPLES,
    ROOT,
    SPEC_PATH,
    RunOptions,
    build_command,
    build_env,
)
from contract_tests.harness.target import TargetKind
from ecartpay_sandbox import Spec

ENV_VARS = (
    "ECARTPAY_BASE_URL",
    "ECARTPAY_PUBLIC_KEY",
    "ECARTPAY_PRIVATE_KEY",
    "ECARTPAY_CA_FILE",
    "ECARTPAY_ALLOW_PRODUCTION",
)


@pytest.fixture
def clean_env(monkeypatch: pytest.MonkeyPatch) -> pytest.MonkeyPatch:
    for name in ENV_VARS:
        monkeypatch.delenv(name, raising=False)
    return monkeypatch


@pytest.mark.parametrize("command", ["run", "record"])
def test_production_is_refused_before_anything_is_sent(
    clean_env: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], command: str
) -> None:
    clean_env.setenv("ECARTPAY_BASE_URL", "https://ecartpay.com")
    clean_env.setenv("ECARTPAY_PUBLIC_KEY", "pub_prod_visible")
    clean_env.setenv("ECARTPAY_PRIVATE_KEY", "priv_prod_hidden")
    assert main([command]) == 2
    err = capsys.readouterr().err
    assert "refusing https://ecartpay.com" in err
    assert "ECARTPAY_ALLOW_PRODUCTION=1" in err
    assert "priv_prod_hidden" not in err


def test_record_is_refused_in_production_even_with_the_override(
    clean_env: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    clean_env.setenv("ECARTPAY_BASE_URL", "https://ecartpay.com")
    clean_env.setenv("ECARTPAY_PUBLIC_KEY", "pub_prod_visible")
    clean_env.setenv("ECARTPAY_PRIVATE_KEY", "priv_prod_hidden")
    clean_env.setenv("ECARTPAY_ALLOW_PRODUCTION", "1")
    assert main(["record"]) == 2
    assert "refusing to record against production" in capsys.readouterr().out


def test_half_a_configuration_is_refused(
    clean_env: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    clean_env.setenv("ECARTPAY_BASE_URL", "https://sandbox.ecartpay.com")
    assert main(["run"]) == 2
    assert "ECARTPAY_PUBLIC_KEY and ECARTPAY_PRIVATE_KEY are not" in capsys.readouterr().err


def test_production_command_line_is_read_only(tmp_path: Path) -> None:
    live = LiveTarget(TargetKind.PRODUCTION, "https://ecartpay.com", "pub_x", "priv_secret")
    command = build_command(live, RunOptions(report_dir=tmp_path, phases="fuzzing"), tmp_path / "e")
    assert "--phases=examples" in command
    assert "--mode=positive" in command
    assert "--phases=fuzzing" not in command
    assert "--max-examples=1" in command
    ops = {arg.split("=", 1)[1] for arg in command if arg.startswith("--include-operation-id=")}
    assert ops == {"createAuthorizationToken", "listCustomers", "getOrder"}
    assert not any("priv_secret" in arg for arg in command)


def test_secrets_travel_in_the_environment_only(tmp_path: Path) -> None:
    live = LiveTarget(
        TargetKind.SANDBOX,
        "https://sandbox.ecartpay.com",
        "pub_x",
        "priv_secret",
        ca_file=str(tmp_path / "ca.pem"),
    )
    command = build_command(live, RunOptions(report_dir=tmp_path), tmp_path / "events")
    assert f"--tls-verify={tmp_path / 'ca.pem'}" in command
    assert f"--max-examples={DEFAULT_MAX_EXAMPLES}" in command
    assert not any("priv_secret" in arg or "tok" in arg for arg in command)
    env = build_env(live, "tok.en.value", tmp_path, base={})
    assert env["ECARTPAY_PRIVATE_KEY"] == "priv_secret"
    assert env["ECARTPAY_CONTRACT_TOKEN"] == "tok.en.value"
    assert env["ECARTPAY_CONTRACT_CACHE_DIR"] == str(tmp_path / "schemathesis-cache")


def test_redactor_catches_plain_encoded_and_jwt_secrets() -> None:
    jwt_like = "eyJhbGciOiJIUzUxMiJ9.eyJpZCI6IjEifQ.c2lnbmF0dXJlLXNpZ25hdHVyZQ"
    import base64

    encoded = base64.b64encode(f'{{"token":"{jwt_like}"}}'.encode()).decode()
    basic = base64.b64encode(b"pub_key:priv_key").decode()
    redactor = Redactor(["priv_key_value"], public_jwts=frozenset())
    text = f"a priv_key_value b {jwt_like} c {encoded} d Basic {basic} e Basic credentials"
    clean = redactor(text)
    assert redactor.hits == 4
    assert "priv_key_value" not in clean
    assert jwt_like not in clean
    assert encoded not in clean
    assert basic not in clean
    assert clean.count(REDACTED) == 4
    assert clean.endswith("Basic credentials")  # words after "Basic" are not credentials


@pytest.mark.slow
@pytest.mark.timeout(120)
def test_make_contract_test_entry_point_end_to_end(tmp_path: Path) -> None:
    """The real command, as `make contract-test` runs it, with a tiny budget."""
    env = {k: v for k, v in os.environ.items() if k not in ENV_VARS}
    process = subprocess.run(
        [
            sys.executable,
            "-m",
            "contract_tests.harness",
            "run",
            "--max-examples=2",
            "--phases=examples,stateful",
            f"--report-dir={tmp_path}",
            "--seed=7",
        ],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=110,
        check=False,
    )
    out = process.stdout + process.stderr
    assert process.returncode == 0, out[-3000:]
    assert "target:      local sandbox at http://127.0.0.1:" in out
    assert "token minted with ecartpay_auth (value not shown)" in out
    operations = len(Spec.load(SPEC_PATH).operations)
    assert f"operations:  {operations} tested / {operations} selected" in out
    assert "result:      PASS" in out
    assert (tmp_path / "junit.xml").is_file()
    assert "eyJ" not in out  # no token, not even a placeholder, in the console


def test_make_targets_call_the_harness() -> None:
    """`make contract-test` / `make record` are this entry point (dry run, nothing executed)."""
    dry = subprocess.run(
        [
            "make",
            "-n",
            "--no-print-directory",  # under `make test`, a sub-make would print its cwd
            "-o",
            ".venv/.installed",  # a dry run never installs anything
            "contract-test",
            "record",
            "HARNESS_FLAGS=--tls",
            "CONTRACT_TEST_ARGS=--seed 3",
        ],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=30,
        check=True,
    ).stdout.splitlines()
    assert len(dry) == 2, dry
    assert dry[-2].endswith("-m contract_tests.harness --tls run --seed 3")
    assert dry[-1].endswith("-m contract_tests.harness --tls record")


def test_the_default_budget_and_the_deep_flag() -> None:
    """`--deep` is the deeper run; it and `--max-examples` exclude each other."""
    parser = _parser()
    assert parser.parse_args(["run"]).max_examples == DEFAULT_MAX_EXAMPLES
    assert parser.parse_args(["run", "--deep"]).max_examples == DEEP_MAX_EXAMPLES
    assert parser.parse_args(["run", "--max-examples", "7"]).max_examples == 7
    assert DEEP_MAX_EXAMPLES > DEFAULT_MAX_EXAMPLES
    with pytest.raises(SystemExit):
        parser.parse_args(["run", "--deep", "--max-examples", "7"])
