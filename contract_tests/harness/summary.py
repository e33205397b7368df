"""Read schemathesis' reports back into one summary: what ran, what failed, how long.

Three sources, each for what only it has: the JSON run report (operations, phases, test
cases, failures, warnings), the NDJSON event stream (which checks ran and how often) and
the JUnit report (failures per operation, the file CI shows).
"""

from __future__ import annotations

import contextlib
import json
import xml.etree.ElementTree as ET
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any


@dataclass
class Summary:
    """The numbers printed at the end of a run and asserted on by the tests."""

    operations_selected: int = 0
    operations_tested: int = 0
    phases: dict[str, str] = field(default_factory=dict)  # name -> success/failure/skipped
    test_cases: int = 0
    test_cases_with_failures: int = 0
    unique_failures: int = 0
    failures: dict[str, int] = field(default_factory=dict)  # "ST205 Allow header ..." -> n
    failed_operations: list[str] = field(default_factory=list)
    errors: int = 0
    checks_run: Counter[str] = field(default_factory=Counter)  # check name -> evaluations
    checks_failed: Counter[str] = field(default_factory=Counter)
    warnings: dict[str, list[str]] = field(default_factory=dict)
    #: "METHOD /path" -> test cases sent, and how many of them got a 2xx answer
    cases_per_operation: Counter[str] = field(default_factory=Counter)
    successes_per_operation: Counter[str] = field(default_factory=Counter)
    junit_tests: int = 0
    junit_failures: int = 0
    seconds: float = 0.0
    seed: str = ""

    @property
    def ok(self) -> bool:
        return (
            self.unique_failures == 0
            and self.errors == 0
            and self.junit_failures == 0
            and self.operations_tested > 0
        )

    @property
    def operations_without_success(self) -> list[str]:
        """Operations that were sent test cases and never got a 2xx."""
        return sorted(op for op in self.cases_per_operation if not self.successes_per_operation[op])

    def render_operations(self) -> list[str]:
        """One line per operation: how many of its test cases got a 2xx."""
        width = max((len(op) for op in self.cases_per_operation), default=0)
        return [
            f"  {op:<{width}}  {self.successes_per_operation[op]:>4} / {n:<4} 2xx"
            for op, n in sorted(self.cases_per_operation.items())
        ]

    def render(self, *, target: str, max_examples: int | None, total_seconds: float) -> str:
        phases = "  ".join(f"{name} {status}" for name, status in self.phases.items())
        failures = ", ".join(f"{name}: {n}" for name, n in self.failures.items()) or "none"
        warnings = ", ".join(f"{k} ({len(v)})" for k, v in self.warnings.items()) or "none"
        per_op = f" (max-examples {max_examples} per operation)" if max_examples else ""
        reached = len(self.cases_per_operation) - len(self.operations_without_success)
        never = ", ".join(self.operations_without_success) or "none"
        lines = [
            "== 2xx per operation (test cases answered 2xx / sent) ==",
            *self.render_operations(),
            "== contract-test summary ==",
            f"target:      {target}",
            f"operations:  {self.operations_tested} tested / {self.operations_selected} selected",
            f"phases:      {phases}",
            f"2xx reached: {reached} / {len(self.cases_per_operation)} operations (never: {never})",
            f"test cases:  {self.test_cases} generated{per_op}, "
            f"{self.test_cases_with_failures} with failures",
            f"checks:      {len(self.checks_run)} kinds, {sum(self.checks_run.values())} "
            f"evaluations, {sum(self.checks_failed.values())} failed",
            f"failures:    {self.unique_failures} unique ({failures}); errors: {self.errors}",
            f"warnings:    {warnings}",
            f"time:        {self.seconds:.1f} s schemathesis, {total_seconds:.1f} s in all",
            f"seed:        {self.seed}",
            f"result:      {'PASS' if self.ok else 'FAIL'}",
        ]
        return "\n".join(lines)


def _read_run_report(summary: Summary, data: dict[str, Any]) -> None:
    operations = data.get("operations", {})
    summary.operations_selected = int(operations.get("selected", 0))
    summary.operations_tested = int(operations.get("tested", 0))
    summary.phases = {
        name: ("skipped" if info.get("skip_reason") else str(info.get("status")))
        for name, info in data.get("phases", {}).items()
    }
    cases = data.get("test_cases", {})
    summary.test_cases = int(cases.get("generated", 0))
    summary.test_cases_with_failures = int(cases.get("with_failures", 0))
    summary.unique_failures = int(cases.get("unique_failures", 0))
    for failure in data.get("failures", []):
        key = f"{failure.get('code')} {failure.get('title')}"
        summary.failures[key] = int(failure.get("count", 1))
    summary.errors = len(data.get("errors", [])) + int(cases.get("errored", 0))
    summary.warnings = {k: list(v) for k, v in data.get("warnings", {}).items() if v}
    summary.seconds = float(data.get("running_time", 0.0))
    summary.seed = str(data.get("seed", ""))


def _whole_json(text: str) -> Any:
    """The JSON document ``text`` holds, or None when it is empty or cut short (a run
    killed while writing it)."""
    try:
        return json.loads(text) if text.strip() else None
    except json.JSONDecodeError:
        return None


def _read_events(summary: Summary, path: Path, operations: frozenset[str] | None = None) -> None:
    with path.open(encoding="utf-8") as stream:
        for line in stream:
            event = _whole_json(line)
            if not isinstance(event, dict):
                continue  # the last line of a killed run may be cut short
            finished = event.get("ScenarioFinished")
            if not finished:
                continue
            recorder = finished.get("recorder", {})
            _count_answers(summary, recorder, operations)
            for results in (recorder.get("checks") or {}).values():
                for check in results:
                    summary.checks_run[check["name"]] += 1
                    if check.get("status") == "failure":
                        summary.checks_failed[check["name"]] += 1


def spec_operations(spec: dict[str, Any]) -> frozenset[str]:
    """``"METHOD /path"`` of every operation the spec documents."""
    return frozenset(
        f"{method.upper()} {path}"
        for path, item in spec.get("paths", {}).items()
        for method, operation in item.items()
        if isinstance(operation, dict) and "operationId" in operation
    )


def _count_answers(
    summary: Summary, recorder: dict[str, Any], operations: frozenset[str] | None
) -> None:
    """Per spec operation ("METHOD /path/{template}"), the cases sent and those answered
    2xx (cases of methods the spec does not document, sent to check the 405s, are left
    out)."""
    interactions = recorder.get("interactions") or {}
    for case_id, case in (recorder.get("cases") or {}).items():
        value = case.get("value") or {}
        if "method" not in value or "path" not in value:
            continue
        operation = f"{value['method'].upper()} {value['path']}"
        if operations is not None and operation not in operations:
            continue
        response = (interactions.get(case_id) or {}).get("response") or {}
        status = response.get("status_code")
        if status is None:
            continue  # never sent (a skipped step)
        summary.cases_per_operation[operation] += 1
        if 200 <= int(status) < 300:
            summary.successes_per_operation[operation] += 1


def _read_junit(summary: Summary, path: Path) -> None:
    root = ET.parse(path).getroot()  # noqa: S314 - our own report, written by schemathesis
    suite = root if root.tag == "testsuite" else root.find("testsuite")
    if suite is None:
        return
    summary.junit_tests = int(suite.get("tests", "0"))
    summary.junit_failures = int(suite.get("failures", "0")) + int(suite.get("errors", "0"))
    for case in suite.iter("testcase"):
        if case.find("failure") is not None or case.find("error") is not None:
            summary.failed_operations.append(case.get("name", "?"))


def read_reports(
    run_report: Path,
    events: Path | None,
    junit: Path,
    operations: frozenset[str] | None = None,
) -> Summary:
    """Build a Summary from whichever reports exist and are whole (a crashed or killed
    run may leave none, or empty ones);
    ``operations`` (``spec_operations``) limits the per-operation counts to the spec's."""
    summary = Summary()
    if run_report.is_file():
        data = _whole_json(run_report.read_text(encoding="utf-8"))
        if isinstance(data, dict):
            _read_run_report(summary, data)
    if events is not None and events.is_file():
        _read_events(summary, events, operations)
    if junit.is_file():
        with contextlib.suppress(ET.ParseError):  # empty or cut short: a killed run
            _read_junit(summary, junit)
    return summary
