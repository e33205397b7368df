"""`make vendor-report` computes its numbers from the spec and the reference it is given."""

from __future__ import annotations

import copy
import re
from typing import Any

import pytest

from ecartpay_sandbox._spec import Spec
from tests.fidelity._support import REFERENCE, SHARED, SPEC
from tools import vendor_report
from tools.vendor_reference import coverage


def _report(document: Any) -> str:
    return vendor_report.render(coverage(Spec(document), REFERENCE))


def test_the_report_counts_the_shared_operations(capsys: pytest.CaptureFixture[str]) -> None:
    assert vendor_report.main([]) == 0
    out = capsys.readouterr().out
    first = out.splitlines()[0]
    assert first.startswith(f"Vendor reference coverage: {len(SHARED)} of 93 distinct operations")
    # named by our operationId and our summary (openapi.yaml), never by the vendor's text
    assert re.search(
        r"^  createOrder +POST +/api/orders: 2 examples -> pass  \(Create an order\)$", out, re.M
    )
    missing = 93 - len(SHARED)
    assert f"Missing ({missing}), by resource:" in out
    # `/api/orders/public/{id}` and `/{order_id}` are one operation: listed once at most.
    assert sum("/api/orders/public/" in line for line in out.splitlines()) <= 1


def test_removing_an_operation_lowers_the_count_and_lists_it_missing() -> None:
    document = copy.deepcopy(dict(SPEC.document))
    document["paths"] = {p: i for p, i in document["paths"].items() if p != "/api/orders/{id}"}
    gone = sum(s.spec_op.path == "/api/orders/{id}" for s in SHARED)  # GET, and PUT when covered
    report = _report(document)
    assert gone >= 1
    assert f"{len(SHARED) - gone} of 93" in report.splitlines()[0]
    assert re.search(r"^    GET    /api/orders/\{id\}$", report, re.M)


def test_a_failing_example_is_reported_with_its_reason() -> None:
    document = copy.deepcopy(dict(SPEC.document))
    document["components"]["schemas"]["Customer"]["required"] = ["id", "email"]
    report = _report(document)
    assert re.search(
        r"^  createCustomer +POST +/api/customers: 2 examples -> FAIL \(1\)"
        r"  \(Create a customer\)$",
        report,
        re.M,
    )
    # the example is named by its place, not by the vendor's title for it
    assert "      - 200 #1: schema: (root): 'email' is a required property" in report
    assert f"({len(SHARED) - 1} with every example passing)" in report.splitlines()[0]
