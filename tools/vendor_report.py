"""`make vendor-report`: how much of the vendor's API reference `openapi.yaml` covers.

Prints N of the reference's distinct operations, per covered operation whether its recorded
examples pass (our schemas, then the generated client's own parsing; see
`tools/vendor_reference.py`), and the missing operations grouped by resource. Operations are
named by our `operationId` and `summary`, missing ones by method and path: the report quotes
no vendor text. Every line is
computed from `vendor-reference/operations.json` and the spec at the time it runs. Exit 0
even with missing operations (later issues add them); exit 1 when a covered operation's
examples fail, since that is a bug today.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from ecartpay_sandbox._spec import Spec
from tools.vendor_reference import REFERENCE_PATH, SPEC_PATH, Coverage, coverage, load_reference


def render(result: Coverage) -> str:
    """The report as text."""
    lines = [
        f"Vendor reference coverage: {len(result.covered)} of {result.total} distinct operations"
        f" ({result.passing} with every example passing)",
        "",
        "Covered (operationId, METHOD path: examples checked -> result, our summary):",
    ]
    width = max((len(op.operation_id) for op, _, _ in result.covered), default=0)
    for op, checked, problems in result.covered:
        verdict = "pass" if not problems else f"FAIL ({len(problems)})"
        what = f"{checked} example{'s' if checked != 1 else ''}" if checked else "no examples"
        lines.append(
            f"  {op.operation_id:<{width}}  {op.spec_op.method:<6} {op.spec_op.path}:"
            f" {what} -> {verdict}" + (f"  ({op.summary})" if op.summary else "")
        )
        lines.extend(f"      - {problem}" for problem in problems)
    missing = sum(len(ops) for ops in result.missing.values())
    lines += ["", f"Missing ({missing}), by resource:"]
    for resource, ops in result.missing.items():
        lines.append(f"  {resource} ({len(ops)})")
        lines.extend(f"    {op.method:<6} {op.path}" for op in ops)
    return "\n".join(lines) + "\n"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m tools.vendor_report", description=__doc__)
    parser.add_argument("--spec", type=Path, default=SPEC_PATH, help="the OpenAPI document")
    parser.add_argument("--reference", type=Path, default=REFERENCE_PATH, help="operations.json")
    args = parser.parse_args(argv)
    result = coverage(Spec.load(args.spec), load_reference(args.reference))
    sys.stdout.write(render(result))
    return 0 if result.passing == len(result.covered) else 1


if __name__ == "__main__":
    raise SystemExit(main())
