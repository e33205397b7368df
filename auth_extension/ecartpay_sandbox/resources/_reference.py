"""Reference data from fixture files, and per-account copies of the records an account starts
with (gateways, activity, notifications).

The fixtures under ``_fixtures/`` are built from the vendor's recorded examples where there
are some (each file's ``source`` says which parts are recorded and which are Assumed). They
are read once and handed out as copies, so no handler can change the reference data itself.
"""

from __future__ import annotations

import copy
import json
from functools import cache
from pathlib import Path
from typing import Any

from ecartpay_sandbox._store import AccountState, CollectionKind, Record

FIXTURES = Path(__file__).resolve().parent / "_fixtures"


@cache
def _load(name: str) -> dict[str, Any]:
    loaded: dict[str, Any] = json.loads((FIXTURES / f"{name}.json").read_text(encoding="utf-8"))
    return loaded


def fixture(name: str, key: str) -> Any:
    """A copy of ``key`` of the fixture file ``name``.json."""
    return copy.deepcopy(_load(name)[key])


def seeded(data: AccountState, kind: CollectionKind, records: list[Record]) -> None:
    """Give the account its starting ``records`` of ``kind`` once (again after a reset)."""
    marker = f"seeded:{kind.name}"
    if marker not in data.sequences:
        data.sequences[marker] = 1
        for record in records:
            data[kind].add(record)


def same_code(a: str | None, b: str | None) -> bool:
    """Country and state codes compare case-insensitively, as the vendor's lookups do."""
    return a is not None and b is not None and a.upper() == b.upper()
