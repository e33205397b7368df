"""The contract-test summary counts, per spec operation, the cases that got a 2xx."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from contract_tests.harness.summary import read_reports, spec_operations

SPEC: dict[str, Any] = {
    "paths": {
        "/api/orders": {"post": {"operationId": "createOrder"}, "parameters": []},
        "/api/orders/{id}": {"get": {"operationId": "getOrder"}},
    }
}


def _scenario(*cases: tuple[str, str, int | None]) -> str:
    """A ScenarioFinished event with one case per (method, path template, status)."""
    recorded: dict[str, Any] = {"cases": {}, "interactions": {}, "checks": {}}
    for n, (method, path, status) in enumerate(cases):
        case_id = f"c{n}"
        recorded["cases"][case_id] = {"value": {"method": method, "path": path, "id": case_id}}
        if status is not None:
            recorded["interactions"][case_id] = {"response": {"status_code": status}}
    return json.dumps({"ScenarioFinished": {"recorder": recorded}})


def test_two_xx_per_operation_counts_spec_operations_only(tmp_path: Path) -> None:
    events = tmp_path / "events.ndjson"
    events.write_text(
        "\n".join(
            [
                _scenario(("POST", "/api/orders", 200), ("POST", "/api/orders", 400)),
                _scenario(("GET", "/api/orders/{id}", 404), ("GET", "/api/orders/{id}", None)),
                _scenario(("TRACE", "/api/orders", 405)),  # not an operation of the spec
            ]
        ),
        encoding="utf-8",
    )
    operations = spec_operations(SPEC)
    assert operations == {"POST /api/orders", "GET /api/orders/{id}"}
    summary = read_reports(tmp_path / "none.json", events, tmp_path / "none.xml", operations)
    assert dict(summary.cases_per_operation) == {"POST /api/orders": 2, "GET /api/orders/{id}": 1}
    assert dict(summary.successes_per_operation) == {"POST /api/orders": 1}
    assert summary.operations_without_success == ["GET /api/orders/{id}"]
    text = summary.render(target="local", max_examples=None, total_seconds=1.0)
    assert (
        "  GET /api/orders/{id}     0 / 1    2xx\n  POST /api/orders         1 / 2    2xx\n" in text
    )
    assert "2xx reached: 1 / 2 operations (never: GET /api/orders/{id})" in text
