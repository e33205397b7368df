"""Medians, percentiles, ratios and markdown tables: the only output format of `bench`.

Machines are noisy, so every program reports medians over repeated runs and ratios
between contenders measured side by side in one process; absolute times are context.
"""

from __future__ import annotations

import argparse
import math
import statistics
from collections.abc import Callable, Iterable, Mapping, Sequence

__all__ = ["fmt", "median", "percentile", "program_main", "ratio", "table"]


def median(values: Iterable[float]) -> float:
    """The median, or NaN for no values (a table cell then reads "n/a")."""
    data = list(values)
    return statistics.median(data) if data else math.nan


def percentile(values: Iterable[float], pct: float) -> float:
    """Nearest-rank percentile (p in 0..100): a value that was actually observed."""
    data = sorted(values)
    if not data:
        return math.nan
    if not 0 <= pct <= 100:
        raise ValueError("pct must be within 0..100")
    rank = max(1, math.ceil(pct / 100 * len(data)))
    return data[rank - 1]


def ratio(numerator: float, denominator: float) -> float:
    """numerator / denominator, NaN when undefined (zero or NaN denominator)."""
    if denominator == 0 or math.isnan(denominator) or math.isnan(numerator):
        return math.nan
    return numerator / denominator


def fmt(value: object, digits: int = 3) -> str:
    """A table cell: floats to `digits` significant-ish decimals, NaN as "n/a"."""
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, float):
        if math.isnan(value):
            return "n/a"
        if value != 0 and abs(value) < 10 ** (-digits):
            return f"{value:.{digits}g}"
        return f"{value:,.{digits}f}"
    if isinstance(value, int):
        return f"{value:,}"
    return str(value)


def table(title: str, headers: Sequence[str], rows: Iterable[Sequence[object]]) -> str:
    """A markdown table under a `###` title; cells go through `fmt`."""
    body = [[fmt(cell) for cell in row] for row in rows]
    for row in body:
        if len(row) != len(headers):
            raise ValueError(f"row has {len(row)} cells, expected {len(headers)}")
    lines = [
        f"### {title}",
        "",
        "| " + " | ".join(headers) + " |",
        "|" + "|".join("---" for _ in headers) + "|",
    ]
    lines += ["| " + " | ".join(cell.replace("|", "\\|") for cell in row) + " |" for row in body]
    return "\n".join(lines) + "\n"


def paired_ratio(numerators: Sequence[float], denominators: Sequence[float]) -> float:
    """Median over rounds of one way / the other, each pair measured in the same round
    (so a noisy round moves both sides of its pair alike)."""
    return median(ratio(a, b) for a, b in zip(numerators, denominators, strict=True))


def goal_table(
    title: str,
    result: Mapping[str, Mapping[str, Sequence[float]]],
    *,
    base: str,
    candidate: str,
    headers: tuple[str, str],
    goal: float,
    goal_text: str,
) -> str:
    """Sync and async rows of median base and candidate, their paired ratio, and the
    verdict against `goal` for the worse of the two modes."""
    ratios = {m: paired_ratio(result[m][candidate], result[m][base]) for m in ("sync", "async")}
    rows = [
        [mode, median(result[mode][base]), median(result[mode][candidate]), ratios[mode]]
        for mode in ratios
    ]
    worst = max(ratios.values())
    verdict = "met" if worst <= goal else "missed"
    note = f"\nGoal {goal_text} <= {goal}: {verdict} (worst {worst:.3f}).\n"
    return table(title, ["mode", *headers, "ratio"], rows) + note


def program_main(
    run: Callable[[bool], str], description: str | None, argv: list[str] | None
) -> int:
    """The command line every benchmark program shares: `--quick`, then print its tables."""
    parser = argparse.ArgumentParser(description=description)
    parser.add_argument("--quick", action="store_true", help="smaller and faster, noisier")
    args = parser.parse_args(argv)
    print(run(args.quick))
    return 0
