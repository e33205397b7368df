"""A short soak in `make test`: faults under load, nothing lost, nothing duplicated.

Asserts counts only: no untyped failure, no write lost, duplicated or applied after the
client was told it failed, and that the faults really happened (otherwise a quiet run
would pass for the wrong reason). It runs 2 s, then on until every kind of fault has
fired (`until_covered`, 120 s at most: a hang guard), so a slow machine only makes it
longer, never makes it fail. The first revocation comes 2 to 6 s in: that one was seen
proves the run went on past its 2 s for the coverage.
"""

from __future__ import annotations

import pytest

from bench.soak import render, soak


@pytest.mark.slow
def test_short_soak_loses_and_duplicates_nothing() -> None:
    result = soak(2.0, until_covered=120.0)
    report = render(result)
    assert result.driver_error is None, report
    assert sum(result.tally.untyped.values()) == 0, report
    verdict = result.verdict
    problems = (verdict.lost, verdict.duplicates, verdict.phantoms, verdict.unexpected)
    assert problems == (0, 0, 0, 0), report
    assert result.tally.read_mismatches == 0, report
    assert verdict.confirmed > 0, report
    assert result.faults.revocations, report
    assert result.dropped > 0, report
    # Responses lost after the write was applied: reconciliation must find those writes.
    assert result.lost_responses > 0, report
    assert verdict.unknown_applied >= result.lost_responses, report
    assert result.token_statuses.get(503, 0) > 0, report
    assert result.tally.wire_401 > result.tally.caller_401, report  # replays happened
