"""The platform benchmark's helpers (the benchmark itself runs in `make bench` only)."""

from __future__ import annotations

from bench._server import merchant_keys
from bench.platform_pool import Goal, busiest_second, verdict


def test_busiest_second_counts_the_fullest_whole_second() -> None:
    assert busiest_second([]) == 0
    assert busiest_second([10.0, 10.2, 10.99, 11.0, 12.5]) == 3
    assert busiest_second([3299.5] * 2000) == 2000


def test_verdict_says_met_or_missed_per_goal() -> None:
    text = verdict(
        [
            Goal("token requests", "10,000", "= 10,000", True),
            Goal("memory", "5,000 B", "<= 4,096 B", False),
        ]
    )
    assert "| token requests | 10,000 | = 10,000 | met |" in text
    assert "| memory | 5,000 B | <= 4,096 B | MISSED |" in text


def test_merchant_keys_are_distinct_and_shaped_like_the_vendors() -> None:
    keys = {merchant_keys(n) for n in range(1000)}
    assert len(keys) == 1000
    public, private = merchant_keys(7)
    assert (public, private) == (f"pub{7:024x}", f"priv{7:024x}")
