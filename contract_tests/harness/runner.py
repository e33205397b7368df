"""Run the schemathesis CLI against a live target, as a subprocess, and summarise it.

The CLI (not the Python API) so that ``make contract-test`` runs exactly what a user
would type, with ``schemathesis.toml`` as the single place for auth, checks and phases.
This module only adds what varies per run: the URL, the CA, the example budget, the
report paths, and, for production, the read-only restriction.
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
import threading
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from pathlib import Path

import yaml

from contract_tests.harness.live import LiveTarget
from contract_tests.harness.redact import Redactor, spec_jwts
from contract_tests.harness.summary import Summary, read_reports, spec_operations
from ecartpay_auth import TOKEN_OPERATION_ID

ROOT = Path(__file__).resolve().parents[2]
SPEC_PATH = ROOT / "openapi.yaml"
CONFIG_PATH = ROOT / "schemathesis.toml"

#: Per operation and phase (fuzzing and stateful scale with it; examples and coverage do
#: not). With the 25 operations of issue 10 part A, 100 took 256 s on this machine's 2 cores
#: under a load average of 9 (fuzzing 199 s of it): 60 keeps the default run well inside 5
#: minutes with room for more operations. `--deep` (DEEP_MAX_EXAMPLES) digs further.
DEFAULT_MAX_EXAMPLES = 60
#: `make contract-test CONTRACT_TEST_ARGS=--deep`: the run the project had with 5 operations.
DEEP_MAX_EXAMPLES = 500

#: The variables schemathesis.toml reads.
TOKEN_VAR = "ECARTPAY_CONTRACT_TOKEN"
CACHE_DIR_VAR = "ECARTPAY_CONTRACT_CACHE_DIR"
PUBLIC_KEY_VAR = "ECARTPAY_PUBLIC_KEY"
PRIVATE_KEY_VAR = "ECARTPAY_PRIVATE_KEY"

#: Production: only the token endpoint and reads, only the spec's own examples.
READ_ONLY_OPERATIONS = (TOKEN_OPERATION_ID, "listCustomers", "getOrder")
READ_ONLY_ARGS = (
    "--phases=examples",
    "--mode=positive",
    *(f"--include-operation-id={op}" for op in READ_ONLY_OPERATIONS),
)


@dataclass(frozen=True)
class RunOptions:
    """What varies between ``make contract-test`` and the smaller run inside ``make test``."""

    report_dir: Path = ROOT / "reports"
    max_examples: int = DEFAULT_MAX_EXAMPLES
    seed: int | None = None
    phases: str | None = None  # e.g. "examples,fuzzing"; None: every phase (schemathesis.toml)
    operation_ids: tuple[str, ...] = ()  # restrict to these operations
    timeout: float = 900.0


@dataclass
class RunResult:
    exit_code: int
    output: str  # the console output, already redacted
    summary: Summary
    leaks: int  # secrets the harness had to redact (0 when schemathesis sanitized all)
    leaked_files: list[Path] = field(default_factory=list)
    report_paths: dict[str, Path] = field(default_factory=dict)
    #: Why the run could not finish (schemathesis killed by the timeout), else None
    problem: str | None = None

    @property
    def ok(self) -> bool:
        return self.problem is None and self.exit_code == 0 and self.summary.ok and self.leaks == 0


def report_paths(report_dir: Path) -> dict[str, Path]:
    """The reports that stay: both sanitized by schemathesis (checked again after a run)."""
    return {
        "junit": report_dir / "junit.xml",
        "json": report_dir / "schemathesis-run.json",
    }


def written_reports(report_dir: Path) -> list[Path]:
    """Every text file a run leaves: reports and the crash cache. Hypothesis' database is
    binary and holds generated inputs only (credentials are added after generation)."""
    hypothesis = report_dir / "hypothesis"
    return sorted(p for p in report_dir.rglob("*") if p.is_file() and hypothesis not in p.parents)


def build_command(live: LiveTarget, options: RunOptions, events: Path) -> list[str]:
    """The ``schemathesis run`` command line (no secret in it: those go in the env).

    ``events`` receives the NDJSON event stream, read for the check counts. It is kept out
    of the report directory because it stores every response body (base64), tokens from
    the token endpoint included, which sanitization does not reach.
    """
    paths = report_paths(options.report_dir)
    command = [
        sys.executable,
        "-m",
        "schemathesis.cli",
        "--config-file",
        str(CONFIG_PATH),
        "run",
        str(SPEC_PATH),
        "--url",
        live.base_url,
        "--no-color",
        "--report=junit,json,ndjson",
        f"--report-dir={options.report_dir}",
        f"--report-junit-path={paths['junit']}",
        f"--report-json-path={paths['json']}",
        f"--report-ndjson-path={events}",
        # Hypothesis' example database beside the reports, not in the repository root.
        f"--generation-database={options.report_dir / 'hypothesis'}",
    ]
    if live.ca_file:
        command.append(f"--tls-verify={live.ca_file}")
    if live.read_only:
        command += [*READ_ONLY_ARGS, "--max-examples=1"]
    else:
        command.append(f"--max-examples={options.max_examples}")
        if options.phases:
            command.append(f"--phases={options.phases}")
        command += [f"--include-operation-id={op}" for op in options.operation_ids]
    if options.seed is not None:
        command.append(f"--seed={options.seed}")
    return command


def build_env(
    live: LiveTarget, token: str, report_dir: Path, base: Mapping[str, str] | None = None
) -> dict[str, str]:
    """The subprocess environment: keys, minted token and cache dir for schemathesis.toml."""
    env = dict(os.environ if base is None else base)
    env.update(
        {
            PUBLIC_KEY_VAR: live.public_key,
            PRIVATE_KEY_VAR: live.private_key,
            TOKEN_VAR: token,
            CACHE_DIR_VAR: str(report_dir / "schemathesis-cache"),
            "PYTHONUNBUFFERED": "1",
            "NO_COLOR": "1",
        }
    )
    return env


def mint_token(live: LiveTarget) -> str:
    """A token for ``[auth.openapi.tokenAuth]``, minted by the SDK itself."""
    import ecartpay_auth

    auth = ecartpay_auth.EcartPayAuth(
        live.public_key, live.private_key, base_url=live.base_url, verify=live.verify
    )
    return auth.get_token()


def run_schemathesis(
    live: LiveTarget,
    options: RunOptions,
    *,
    token: str | None = None,
    echo: Callable[[str], None] | None = None,
) -> RunResult:
    """Run the CLI, stream its (redacted) output to ``echo``, then read the reports."""
    token = token if token is not None else mint_token(live)
    options.report_dir.mkdir(parents=True, exist_ok=True)
    paths = report_paths(options.report_dir)
    for path in paths.values():
        path.unlink(missing_ok=True)
    redactor = Redactor(
        [live.public_key, live.private_key, token],
        public_jwts=spec_jwts(SPEC_PATH.read_text(encoding="utf-8")),
    )
    with tempfile.TemporaryDirectory(prefix="ecartpay-contract-") as private:
        events = Path(private) / "events.ndjson"
        exit_code, lines, timed_out = _stream(
            build_command(live, options, events),
            build_env(live, token, options.report_dir),
            redactor,
            echo,
            options.timeout,
        )
        spec = yaml.safe_load(SPEC_PATH.read_text(encoding="utf-8"))
        # A killed run leaves its reports empty or cut short: read what is whole.
        summary = read_reports(paths["json"], events, paths["junit"], spec_operations(spec))
    leaked = redactor.scrub_files(written_reports(options.report_dir))
    problem = timeout_problem(options.timeout) if timed_out else None
    return RunResult(
        exit_code, "\n".join(lines), summary, redactor.hits, list(leaked), paths, problem
    )


def timeout_problem(timeout: float) -> str:
    """What a run killed by its timeout reports (its reports are incomplete)."""
    return (
        f"schemathesis did not finish within the {timeout:.0f} s timeout and was killed; "
        "its reports are incomplete"
    )


def _stream(
    command: list[str],
    env: dict[str, str],
    redactor: Redactor,
    echo: Callable[[str], None] | None,
    timeout: float,
) -> tuple[int, list[str], bool]:
    """Run ``command``; every output line goes through ``redactor`` before it is kept.
    Answers the exit code, the lines and whether the timeout killed it (a timer kills it
    even when it has stopped printing)."""
    lines: list[str] = []
    process = subprocess.Popen(
        command,
        env=env,
        cwd=ROOT,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
        encoding="utf-8",
        errors="replace",
    )
    assert process.stdout is not None
    killed = threading.Event()

    def kill() -> None:
        killed.set()
        process.kill()

    timer = threading.Timer(timeout, kill)
    timer.start()
    try:
        for raw in process.stdout:
            line = redactor(raw.rstrip("\n"))
            lines.append(line)
            if echo is not None:
                echo(line)
        exit_code = process.wait()
    finally:
        timer.cancel()
    if killed.is_set():
        note = f"[harness] {timeout_problem(timeout)}"
        lines.append(note)
        if echo is not None:
            echo(note)
    return exit_code, lines, killed.is_set()
