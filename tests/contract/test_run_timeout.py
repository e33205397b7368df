"""A schemathesis run killed by the harness's timeout is a clear failure that names the
timeout, never a crash on the empty or cut-short reports it leaves."""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path

import pytest

from contract_tests.harness.redact import Redactor
from contract_tests.harness.runner import RunOptions, _stream, run_schemathesis
from contract_tests.harness.summary import read_reports
from ecartpay_sandbox import RunningSandbox

from ._support import live_target

#: A child that prints one line and then waits for ever, saying nothing more.
SILENT_CHILD = "import threading; print('started', flush=True); threading.Event().wait()"


def test_a_silent_child_is_killed_when_its_time_is_up() -> None:
    command = [sys.executable, "-c", SILENT_CHILD]
    exit_code, lines, timed_out = _stream(command, dict(os.environ), Redactor([]), None, 0.5)
    assert timed_out
    assert exit_code != 0
    assert lines[0] == "started"
    assert "timeout and was killed" in lines[-1]


def test_reports_left_empty_or_cut_short_read_as_what_is_whole(tmp_path: Path) -> None:
    run_report, junit, events = tmp_path / "run.json", tmp_path / "junit.xml", tmp_path / "e"
    run_report.write_text("", encoding="utf-8")
    junit.write_text("<testsuite tests=", encoding="utf-8")
    recorder: dict[str, object] = {"cases": {}, "interactions": {}, "checks": {}}
    whole = {"ScenarioFinished": {"recorder": recorder}}
    events.write_text(json.dumps(whole) + '\n{"ScenarioFinished": {"rec', encoding="utf-8")
    summary = read_reports(run_report, events, junit)
    assert summary.operations_tested == 0
    assert not summary.ok


@pytest.mark.timeout(60)
def test_a_run_killed_by_its_timeout_fails_and_says_why(
    sandbox: RunningSandbox, tmp_path: Path
) -> None:
    options = RunOptions(report_dir=tmp_path, max_examples=5, timeout=1.0)
    result = run_schemathesis(live_target(sandbox), options)
    assert not result.ok
    assert result.problem is not None
    assert "did not finish within the 1 s timeout" in result.problem
    assert result.problem in result.output
