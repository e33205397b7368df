"""The schemathesis contract run, small: every phase and check against the local sandbox,
0 failures, and not one key or token in the console output or the reports."""

from __future__ import annotations

from pathlib import Path

import pytest

from contract_tests.harness.redact import Redactor, spec_jwts
from contract_tests.harness.runner import (
    SPEC_PATH,
    RunOptions,
    mint_token,
    run_schemathesis,
    written_reports,
)
from contract_tests.harness.target import TargetKind
from ecartpay_sandbox import RunningSandbox, Spec

from ._support import live_target

#: Every operation of the spec.
OPERATIONS = Spec.load(SPEC_PATH).operations
#: What the every-phase run of `make test` covers, to stay within its time budget (each
#: operation adds about 3.5 s on 2 cores): the first five operations and the link chains
#: customer -> card -> card token -> order -> refund and payout -> confirm.
#: `make contract-test` runs every operation in every phase, and
#: `tests/sandbox/test_sandbox_conformance.py` drives every documented status of each.
SMOKE_OPERATIONS = (
    "createAuthorizationToken",
    "createCustomer",
    "listCustomers",
    "createOrder",
    "getOrder",
    "createCustomerCard",
    "createCardToken",
    "createRefund",
    "createPayout",
    "confirmPayout",
)
#: Small but every phase: the full budget is `make contract-test`'s (see runner.py).
MAX_EXAMPLES = 10
SEED = 20261129


@pytest.mark.slow
@pytest.mark.timeout(180)
def test_every_phase_and_check_passes_against_the_local_sandbox(
    sandbox: RunningSandbox, tmp_path: Path
) -> None:
    live = live_target(sandbox)
    token = mint_token(live)
    options = RunOptions(
        report_dir=tmp_path, max_examples=MAX_EXAMPLES, seed=SEED, operation_ids=SMOKE_OPERATIONS
    )
    result = run_schemathesis(live, options, token=token)
    summary = result.summary
    assert result.exit_code == 0, result.output[-3000:]
    assert summary.unique_failures == 0, summary.failures
    assert summary.errors == 0
    assert summary.operations_tested == summary.operations_selected == len(SMOKE_OPERATIONS)
    assert set(SMOKE_OPERATIONS) <= set(OPERATIONS)
    assert summary.phases == {
        "examples": "success",
        "coverage": "success",
        "fuzzing": "success",
        "stateful": "success",
    }
    # Every default check ran, ignored_auth included.
    assert {
        "ignored_auth",
        "response_schema_conformance",
        "status_code_conformance",
        "positive_data_acceptance",
        "negative_data_rejection",
        "use_after_free",
        "ensure_resource_availability",
        "not_a_server_error",
    } <= set(summary.checks_run)
    assert summary.junit_tests >= 5
    assert summary.junit_failures == 0
    assert result.report_paths["junit"].is_file()

    # No secret anywhere: the harness had nothing to redact, and a fresh scan finds nothing.
    assert result.leaks == 0, result.leaked_files
    scanner = Redactor(
        [live.public_key, live.private_key, token],
        public_jwts=spec_jwts(SPEC_PATH.read_text(encoding="utf-8")),
    )
    reports = written_reports(tmp_path)
    assert tmp_path / "junit.xml" in reports
    texts = [result.output] + [p.read_text(encoding="utf-8") for p in reports]
    for text in texts:
        scanner(text)
    assert scanner.hits == 0
    # The run really authenticated: tokens were minted and accepted by the sandbox.
    assert sandbox.control.stats().tokens_minted >= 2


@pytest.mark.slow
def test_tls_sandbox_with_its_ca(tls_sandbox: RunningSandbox, tmp_path: Path) -> None:
    """HTTPS with a throw-away CA: schemathesis gets the CA through --tls-verify."""
    live = live_target(tls_sandbox)
    assert live.base_url.startswith("https://")
    assert live.ca_file
    result = run_schemathesis(
        live, RunOptions(report_dir=tmp_path, max_examples=1, phases="examples", seed=SEED)
    )
    assert result.ok, result.output[-3000:]
    assert result.summary.operations_tested == len(OPERATIONS)


@pytest.mark.slow
def test_read_only_mode_sends_no_write_and_no_fuzz(sandbox: RunningSandbox, tmp_path: Path) -> None:
    """What production gets (here against the sandbox): the token, reads, examples only."""
    live = live_target(sandbox, TargetKind.PRODUCTION)
    result = run_schemathesis(live, RunOptions(report_dir=tmp_path, seed=SEED))
    assert result.ok, result.output[-3000:]
    assert result.summary.operations_tested == 3
    assert result.summary.phases["fuzzing"] == "skipped"
    assert result.summary.phases["coverage"] == "skipped"
    assert result.summary.phases["stateful"] == "skipped"
    seen = sandbox.control.stats().requests
    assert not {"createCustomer", "createOrder"} & {op for op, n in seen.items() if n}
