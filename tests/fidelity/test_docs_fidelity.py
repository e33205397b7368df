"""The site's Fidelity page (docs/fidelity.md) shows what the generator really makes of the
spec."""

from __future__ import annotations

import re
from pathlib import Path

from tests.docs import _pages

ROOT = Path(__file__).resolve().parents[2]
MODELS = ROOT / "generated" / "ecartpay_client" / "models"


def test_the_generated_excerpt_is_current() -> None:
    (excerpt,) = _pages.section_blocks("fidelity.md", "What the generator makes of it")
    generated = "\n".join(p.read_text(encoding="utf-8") for p in MODELS.glob("order*.py"))
    # The generator wraps at 88 columns, the page at 100: compare with the wrapping undone.
    flat = re.sub(r"\s*\n\s*\)", ")", re.sub(r"\(\s*\n\s*", "(", generated))
    lines = [line.strip() for line in excerpt.splitlines() if line.strip()]
    assert "status: OrderStatus | str | Unset = UNSET" in lines
    assert (
        "additional_properties: dict[str, Any] = _dataclass_field(init=False, default_factory=dict)"
        in lines
    )
    assert [line for line in lines if line not in flat] == []
    assert "make vendor-report" in _pages.read("fidelity.md")
