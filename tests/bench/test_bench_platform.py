"""The platform benchmark's helpers (the benchmark itself runs in `make bench` only)."""

from __future__ import annotations

import threading

import pytest

from bench._server import merchant_keys
from bench.platform_pool import Goal, busiest_second, verdict, visit_all


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


def test_visit_all_visits_each_merchant_once_in_order_within_a_thread() -> None:
    seen: list[tuple[int, str]] = []
    lock = threading.Lock()

    def visit(n: int) -> int:
        with lock:
            seen.append((n, threading.current_thread().name))
        return 2

    merchants = list(range(100, 0, -1))
    assert visit_all(merchants, visit, 8) == 200
    assert sorted(n for n, _ in seen) == sorted(merchants)
    for first in range(8):  # a share (every 8th merchant) is walked in order, in one thread
        share = merchants[first::8]
        visits = [(n, thread) for n, thread in seen if n in share]
        assert [n for n, _ in visits] == share
        assert len({thread for _, thread in visits}) == 1
    assert visit_all([], visit, 8) == 0


def test_visit_all_raises_what_a_visit_raised() -> None:
    def visit(n: int) -> int:
        if n == 7:
            raise RuntimeError("unexpected customers")
        return 1

    with pytest.raises(RuntimeError, match="unexpected customers"):
        visit_all(range(20), visit, 4)
