"""Pure helpers of the benchmarks and the soak: parsing, arithmetic, the no-loss check."""

from __future__ import annotations

from bench._soak_faults import minimum_mints
from bench._soak_ledger import Ledger, WriteKind, WriteOutcome, verify
from bench.expiry_storm import count_bursts
from bench.import_time import net_import_us, parse_importtime

IMPORTTIME = """\
import time: self [us] | cumulative | imported package
import time:       100 |        100 |   _io
import time:       200 |        300 | encodings
import time:        50 |         50 |     sub.module
import time:       400 |       1000 | httpx
"""


def test_parse_importtime_keeps_top_level_modules() -> None:
    assert parse_importtime(IMPORTTIME) == {"encodings": 300, "httpx": 1000}


def test_net_import_leaves_out_startup_modules() -> None:
    assert net_import_us({"encodings": 300, "httpx": 1000}, ["encodings"]) == 1000


def test_count_bursts_groups_mints_close_in_time() -> None:
    samples = [(0.0, 0), (0.1, 1), (1.0, 1), (2.0, 3), (2.2, 9), (2.4, 9), (5.0, 10)]
    assert count_bursts(samples, gap=0.5) == 3
    assert count_bursts([(0.0, 0), (1.0, 0)]) == 0


def test_minimum_mints_without_revocations_is_one_per_refresh_period() -> None:
    assert minimum_mints(0.0, 10.0, [], 3.0) == 4  # at 0, 3, 6, 9


def test_minimum_mints_counts_each_revocation_and_restarts_the_period() -> None:
    # mint at 0; revoked at 2 (mint); refresh at 5; revoked at 6 (mint); refresh at 9
    assert minimum_mints(0.0, 10.0, [2.0, 6.0], 3.0) == 5
    assert minimum_mints(0.0, 10.0, [20.0], 30.0) == 1  # revocations outside the window


def _record(email: str, record_id: str) -> dict[str, str]:
    return {"email": email, "id": record_id}


def _write(
    ledger: Ledger, kind: WriteKind, outcome: WriteOutcome, server_id: str | None = None
) -> str:
    """The marker of one write of ``kind``, settled as ``outcome``."""
    marker = ledger.new_marker(kind)
    ledger.settle(marker, outcome, server_id)
    return marker


def test_verify_accepts_a_consistent_ledger() -> None:
    ledger = Ledger("r1")
    confirmed = _write(ledger, "customer", "confirmed", "c1")
    _write(ledger, "order", "refused")  # refused: not held, as it should be
    applied = _write(ledger, "order", "unknown")
    dropped = _write(ledger, "customer", "unknown")
    verdict = verify(ledger, [_record(confirmed, "c1")], [_record(applied, "o1")])
    assert verdict.ok, verdict.problems
    assert (verdict.confirmed, verdict.refused) == (1, 1)
    assert (verdict.unknown_applied, verdict.unknown_not_applied) == (1, 1)
    assert {m for _, m in ledger.unknown()} == {applied, dropped}


def test_verify_finds_lost_duplicate_phantom_and_unexpected_writes() -> None:
    ledger = Ledger("r2")
    _write(ledger, "customer", "confirmed", "c1")  # confirmed, yet never held: lost
    twice = _write(ledger, "order", "unknown")
    phantom = _write(ledger, "order", "refused")
    stranger = "order-r2-ffff@soak.example.com"
    orders = [
        _record(twice, "o1"),
        _record(twice, "o2"),
        _record(phantom, "o3"),
        _record(stranger, "o4"),
        _record("order-other-run@soak.example.com", "o5"),  # another run's: ignored
    ]
    verdict = verify(ledger, [], orders)
    assert not verdict.ok
    assert (verdict.lost, verdict.duplicates, verdict.phantoms, verdict.unexpected) == (1, 1, 1, 1)


def test_a_confirmed_write_held_under_another_id_counts_as_lost() -> None:
    ledger = Ledger("r3")
    marker = _write(ledger, "customer", "confirmed", "c1")
    assert verify(ledger, [_record(marker, "c2")], []).lost == 1


def test_refresh_period_follows_the_sdk_and_comes_before_expiry() -> None:
    from bench.soak import refresh_period

    assert 0 < refresh_period(5, 1.5) < 5
    assert 3600 - 300 - 1 <= refresh_period(3600, 300) < 3600
