"""The README's Fidelity section shows what the generator really makes of the spec."""

from __future__ import annotations

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
MODELS = ROOT / "generated" / "ecartpay_client" / "models"


def test_the_generated_excerpt_is_current() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    section = readme.split("## Fidelity", 1)[1].split("\n## ", 1)[0]
    excerpt = re.search(r"What the generator makes of it.*?```python\n(.*?)```", section, re.S)
    assert excerpt is not None
    generated = "\n".join(p.read_text(encoding="utf-8") for p in MODELS.glob("order*.py"))
    # The generator wraps at 88 columns, the README at 100: compare with the wrapping undone.
    flat = re.sub(r"\s*\n\s*\)", ")", re.sub(r"\(\s*\n\s*", "(", generated))
    lines = [line.strip() for line in excerpt.group(1).splitlines() if line.strip()]
    assert "status: OrderStatus | str | Unset = UNSET" in lines
    assert (
        "additional_properties: dict[str, Any] = _dataclass_field(init=False, default_factory=dict)"
        in lines
    )
    assert [line for line in lines if line not in flat] == []
    assert "make vendor-report" in section
