"""The sandbox's data, per account, in memory: the primitives every resource module uses.

A resource declares its collections once (``CUSTOMERS = collection("customers",
unique=(...))``); a handler opens its account with ``store.account(account_id)`` and works on
``data[CUSTOMERS]`` (records keyed by their 24-hex ``id``, in creation order) and on
per-account sequences (``data.next_number("orders")``). One lock guards everything, so the
store is safe whether it is driven by uvicorn's event loop or by threads (an in-process ASGI
transport, the control plane, tests). Records are plain JSON-ready dicts shaped like the
spec's schemas; the store hands out copies, so a caller never mutates what it holds.
"""

from __future__ import annotations

import copy
import math
import threading
import time
from collections import deque
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass, field
from typing import Any

from ecartpay_sandbox._ids import Clock, iso_now, new_object_id

Record = dict[str, Any]

#: Ids the next ``new_id`` / ``take_pinned`` calls of this context hand out (``pinned_ids``).
_PINNED: ContextVar[deque[str | None] | None] = ContextVar(
    "ecartpay_sandbox_pinned_ids", default=None
)


@dataclass(frozen=True)
class CollectionKind:
    """A declared collection: its name (the key in snapshots) and its per-account unique
    fields (a value may be held by one record at most; None never clashes). Values of the
    ``folded`` ones clash whatever their letter case (emails)."""

    name: str
    unique: tuple[str, ...] = ()
    folded: tuple[str, ...] = ()

    def key(self, name: str, value: Any) -> Any:
        """What ``value`` of the unique field ``name`` is compared as."""
        return value.casefold() if name in self.folded and isinstance(value, str) else value


COLLECTIONS: dict[str, CollectionKind] = {}


def collection(
    name: str, *, unique: Sequence[str] = (), folded: Sequence[str] = ()
) -> CollectionKind:
    """Declare the collection ``name`` (once, at import of its resource module)."""
    if name in COLLECTIONS:
        raise ValueError(f"collection {name!r} is declared twice")
    kind = CollectionKind(name, tuple(unique), tuple(folded))
    COLLECTIONS[name] = kind
    return kind


class Collection:
    """The records of one kind in one account, keyed by ``id``, oldest first."""

    def __init__(self, kind: CollectionKind) -> None:
        self.kind = kind
        self._records: dict[str, Record] = {}
        #: unique field -> compared value -> the id of the record holding it
        self._taken: dict[str, dict[Any, str]] = {name: {} for name in kind.unique}

    def __len__(self) -> int:
        return len(self._records)

    def __contains__(self, record_id: object) -> bool:
        return record_id in self._records

    def clashes(self, data: Record, *, holder: str | None = None) -> list[str]:
        """The unique fields whose (non-None) value in ``data`` a record other than
        ``holder`` (the one being changed) holds."""
        return [
            name
            for name in self.kind.unique
            if data.get(name) is not None
            and self._taken[name].get(self.kind.key(name, data[name]), holder) != holder
        ]

    def add(self, record: Record) -> Record:
        """Store ``record`` (it must carry a new ``id``); answers a copy."""
        if record["id"] in self._records:
            raise ValueError(f"{self.kind.name}: id {record['id']} already exists")
        self._records[record["id"]] = copy.deepcopy(record)
        self._index(record, add=True)
        return copy.deepcopy(record)

    def put(self, record: Record) -> Record:
        """Replace the stored record with the same ``id``; answers a copy."""
        self._index(self._records[record["id"]], add=False)
        self._records[record["id"]] = copy.deepcopy(record)
        self._index(record, add=True)
        return copy.deepcopy(record)

    def get(self, record_id: str) -> Record | None:
        """A copy of the record, or None."""
        record = self._records.get(record_id)
        return copy.deepcopy(record) if record is not None else None

    def remove(self, record_id: str) -> Record | None:
        """Delete the record; answers it, or None when there was none."""
        record = self._records.pop(record_id, None)
        if record is not None:
            self._index(record, add=False)
        return record

    def find(self, **equal: Any) -> list[Record]:
        """Copies of the records whose fields equal every given value, oldest first."""
        return [
            copy.deepcopy(r)
            for r in self._records.values()
            if all(r.get(k) == v for k, v in equal.items())
        ]

    def _index(self, record: Record, *, add: bool) -> None:
        for name, taken in self._taken.items():
            value = self.kind.key(name, record.get(name))
            if value is None:
                continue
            if add:
                taken[value] = record["id"]
            else:
                taken.pop(value, None)


@dataclass
class AccountState:
    """One account's collections (created on first use) and number sequences."""

    collections: dict[str, Collection] = field(default_factory=dict)
    sequences: dict[str, int] = field(default_factory=dict)

    def __getitem__(self, kind: CollectionKind) -> Collection:
        found = self.collections.get(kind.name)
        if found is None:
            found = self.collections[kind.name] = Collection(kind)
        return found

    def next_number(self, sequence: str) -> int:
        """1, 2, 3, ... per account and sequence name (restarts after a reset)."""
        self.sequences[sequence] = self.sequences.get(sequence, 0) + 1
        return self.sequences[sequence]

    def is_empty(self) -> bool:
        """True when nothing was ever created here."""
        return not self.sequences and not any(len(c) for c in self.collections.values())


def paginate(
    records: Sequence[Record], *, page: int, limit: int, newest_first: bool = False
) -> dict[str, Any]:
    """One page of ``records`` (oldest first) as the vendor's list shape ``{docs, count,
    pages}`` (``page`` from 1), served newest first when asked (``Store.newest_first``)."""
    if newest_first:
        records = records[::-1]
    start = (page - 1) * limit
    return {
        "docs": list(records[start : start + limit]),
        "count": len(records),
        "pages": math.ceil(len(records) / limit),
    }


class Store:
    """Every account's data behind one lock, plus the clock ids and timestamps come from."""

    def __init__(self, clock: Clock = time.time) -> None:
        self._clock = clock
        self._lock = threading.RLock()
        self._accounts: dict[str, AccountState] = {}
        #: The vendor does not document the order of its lists: oldest first by default.
        #: Tests set this in process (``app.core.store``) to check a client against an API
        #: that lists newest first, where every creation shifts the later pages; list
        #: handlers pass it to ``paginate``. ``reset`` restores it.
        self.newest_first = False

    @contextmanager
    def account(self, account_id: str) -> Iterator[AccountState]:
        """Hold the lock and work on ``account_id``'s data."""
        with self._lock:
            yield self._accounts.setdefault(account_id, AccountState())

    def new_id(self) -> str:
        """A fresh 24-hex id (or the next pinned one, see ``pinned_ids``)."""
        return self.take_pinned() or new_object_id(self._clock)

    @staticmethod
    def take_pinned() -> str | None:
        """The next id pinned in this context, or None (id makers other than ``new_id``,
        such as the transactions' ordered ids, ask here first)."""
        pinned = _PINNED.get()
        return pinned.popleft() if pinned else None

    @staticmethod
    @contextmanager
    def pinned_ids(ids: Sequence[str | None]) -> Iterator[deque[str | None]]:
        """Within the block, this context's new ids are ``ids`` in order (None: a fresh
        one; after them, fresh ones again): seeding (``_seeds``) gives its records the ids
        the spec's examples name. Yields the ids not taken yet."""
        pending = deque(ids)
        reset = _PINNED.set(pending)
        try:
            yield pending
        finally:
            _PINNED.reset(reset)

    def now(self) -> str:
        """The current time as the vendor writes it."""
        return iso_now(self._clock)

    def snapshot(self, account_ids: Iterable[str] | None = None) -> dict[str, dict[str, Any]]:
        """Everything held, per account: ``{account_id: {collection: [records]}}`` with every
        declared collection (by default every account that has created something since the
        last reset)."""
        with self._lock:
            if account_ids is None:
                wanted = [k for k, v in self._accounts.items() if not v.is_empty()]
            else:
                wanted = list(account_ids)
            result: dict[str, dict[str, Any]] = {}
            for account_id in wanted:
                data = self._accounts.get(account_id, AccountState())
                result[account_id] = {name: data[kind].find() for name, kind in COLLECTIONS.items()}
            return result

    def reset(self) -> None:
        """Forget every record; sequences start again at 1; lists oldest first."""
        with self._lock:
            self._accounts.clear()
            self.newest_first = False
