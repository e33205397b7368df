"""The table and statistics helpers every benchmark prints through."""

from __future__ import annotations

import math

import pytest

from bench._report import fmt, median, percentile, ratio, table


def test_median_and_nan_for_nothing() -> None:
    assert median([3.0, 1.0, 2.0]) == 2.0
    assert median([1.0, 2.0, 3.0, 4.0]) == 2.5
    assert math.isnan(median([]))


def test_percentile_is_nearest_rank() -> None:
    data = [float(x) for x in range(1, 101)]
    assert percentile(data, 50) == 50.0
    assert percentile(data, 99) == 99.0
    assert percentile(data, 100) == 100.0
    assert percentile([7.0], 99) == 7.0
    assert math.isnan(percentile([], 50))
    with pytest.raises(ValueError, match="pct"):
        percentile(data, 101)


def test_ratio_is_nan_when_undefined() -> None:
    assert ratio(3.0, 2.0) == 1.5
    assert math.isnan(ratio(1.0, 0.0))
    assert math.isnan(ratio(math.nan, 1.0))


def test_fmt_cells() -> None:
    assert fmt(1234) == "1,234"
    assert fmt(1.5) == "1.500"
    assert fmt(math.nan) == "n/a"
    assert fmt(True) == "yes"
    assert fmt("a") == "a"


def test_table_is_markdown_and_checks_row_width() -> None:
    text = table("T", ["a", "b"], [[1, "x|y"]])
    assert text.splitlines() == ["### T", "", "| a | b |", "|---|---|", "| 1 | x\\|y |"]
    with pytest.raises(ValueError, match="cells"):
        table("T", ["a", "b"], [[1]])
