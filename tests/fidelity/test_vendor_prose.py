"""Our spec, README, guides and docstrings are in our own words: no sentence of the vendor's
pages comes back. The vendor's prose is kept only as fingerprints (tools/vendor_prose.py)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from tools import vendor_prose
from tools.vendor_prose import FINGERPRINTS_PATH, ROOT, copies, fingerprints_of, load_fingerprints

SHARED_GUIDE = ROOT.parent / "shared" / "seed-authorization.txt"

# Stand-ins for a vendor page, written for this test: the guard must find them however a
# copy is reflowed, re-cased or marked up, and must not mistake facts or new words for them.
PAGE = (
    "**Refunds are sent back to the card that paid for the order.** A refund can be made"
    " several times until the whole amount has been given back to the customer.\n\n"
    "| currency | string | MXN USD BRL CAD ARS COP EUR PEN |\n\n"
    "- `reference_id` (string): The reference you gave to the payment.\n"
)
KEPT = frozenset(fingerprints_of([PAGE]))


def test_no_sentence_of_the_vendor_is_in_our_files() -> None:
    found = vendor_prose.check()
    assert found == [], "rewrite these in our own words:\n" + "\n".join(map(str, found))


def test_the_fingerprints_keep_no_prose() -> None:
    lines = [
        line for line in FINGERPRINTS_PATH.read_text().splitlines() if not line.startswith("#")
    ]
    assert len(lines) > 1000
    assert all(re.fullmatch(r"[0-9a-f]{16}", line) for line in lines)


def test_a_copied_sentence_is_found_however_it_is_formatted() -> None:
    yaml_text = (
        "paths:\n  /api/orders/{id}/refund:\n    post:\n      description: |\n"
        "        Refunds are sent back to the card\n"
        "        that paid for the ORDER; a refund can be made several times.\n"
    )
    first, second = copies(yaml_text, "openapi.yaml", KEPT)  # one per line at most
    assert (first.where, first.line, second.line) == ("openapi.yaml", 5, 6)
    assert str(first) == "openapi.yaml:5: ...refunds are sent back to the card that..."


def test_a_short_sentence_counts_only_when_copied_whole() -> None:
    whole = '    description: "The reference you gave to the payment."\n'
    part = "The reference you gave to the payment is echoed in every webhook.\n"
    assert [c.line for c in copies(whole, "openapi.yaml", KEPT)] == [1]
    assert copies(part, "README.md", KEPT) == []


def test_our_own_words_and_the_facts_pass() -> None:
    ours = (
        "A refund goes to the paying card, and several partial refunds may add up to the"
        " order's total.\n"
        "Currency: one of MXN, USD, BRL, CAD, ARS, COP, EUR, PEN.\n"
    )
    assert copies(ours, "README.md", KEPT) == []


def test_a_copy_in_any_of_our_files_fails_the_check(tmp_path: Path) -> None:
    (tmp_path / "docs").mkdir()
    (tmp_path / "docs" / "refunds.md").write_text("# Refunds\n\n" + PAGE.split("\n\n")[0])
    (tmp_path / "generated").mkdir()  # made from openapi.yaml: checked there, not here
    (tmp_path / "generated" / "refunds.py").write_text(f'"""{PAGE}"""\n')
    found = vendor_prose.check(tmp_path, KEPT)
    assert {(c.where, c.line) for c in found} == {("docs/refunds.md", 3)}


@pytest.mark.skipif(
    not SHARED_GUIDE.is_file(), reason="a fresh clone has no ../shared: no vendor page to read"
)
def test_the_fingerprints_cover_the_vendor_guide_in_shared() -> None:
    guide = fingerprints_of(vendor_prose.vendor_texts(SHARED_GUIDE))
    assert guide
    assert guide <= load_fingerprints()
