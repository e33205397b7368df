"""The repository's `vendor-reference/` is a copy of the shared digest, byte for byte."""

from __future__ import annotations

import json

import pytest

from tools.vendor_reference import REFERENCE_PATH, ROOT

SHARED_DIGEST = ROOT.parent / "shared" / "vendor-reference" / "operations.json"


@pytest.mark.skipif(
    not SHARED_DIGEST.parent.is_dir(),
    reason="a fresh clone has no ../shared: nothing to compare the copy with",
)
def test_the_copy_equals_the_shared_digest() -> None:
    assert REFERENCE_PATH.read_bytes() == SHARED_DIGEST.read_bytes(), (
        f"{REFERENCE_PATH.relative_to(ROOT)} differs from {SHARED_DIGEST}: copy the shared"
        " digest over it (cp ../shared/vendor-reference/operations.json vendor-reference/)"
    )


def test_the_copy_keeps_no_vendor_prose() -> None:
    """Facts only: no member of the digest is a `summary` or a `description`."""
    found: list[str] = []

    def walk(node: object, where: str) -> None:
        if isinstance(node, dict):
            for key, value in node.items():
                if key in {"summary", "description"} and isinstance(value, str):
                    found.append(f"{where}/{key}")
                walk(value, f"{where}/{key}")
        elif isinstance(node, list):
            for i, value in enumerate(node):
                walk(value, f"{where}/{i}")

    walk(json.loads(REFERENCE_PATH.read_text(encoding="utf-8")), "")
    assert found == []
