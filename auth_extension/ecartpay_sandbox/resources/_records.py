"""The handlers that differ only in their collection: list a page of the account's records,
read, change or remove the one the path names, and move a status one step.

A resource module names its collection, filters and messages once; these write the lock,
the lookup (404 with the resource's message), the ``updated_at`` stamp and the store. The
record is changed on a copy, so a change that raises ``VendorError`` stores nothing.
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Mapping
from typing import Any

from ecartpay_sandbox._registry import Call, Handler, VendorError, operation
from ecartpay_sandbox._store import CollectionKind, Record
from ecartpay_sandbox.resources._query import ListQuery, found


def list_operation(operation_id: str, kind: CollectionKind, query: ListQuery) -> Handler:
    """Register ``operation_id``: one page of the account's ``kind`` records, oldest first,
    filtered by ``query``."""

    def list_records(call: Call) -> dict[str, Any]:
        with call.data() as data:
            records = data[kind].find()
        return query.page(records, call.params)

    return operation(operation_id)(list_records)


def get_operation(operation_id: str, kind: CollectionKind, missing: str) -> Handler:
    """Register ``operation_id``: the account's record named by the path's ``id``, or a 404
    with the message ``missing``."""

    def get_record(call: Call) -> Record:
        with call.data() as data:
            return found(data[kind], call.params["id"], missing)

    return operation(operation_id)(get_record)


def change(
    call: Call,
    kind: CollectionKind,
    missing: str,
    edit: Callable[[Record], object],
    *,
    id_param: str = "id",
    stamp: bool = True,
) -> Record:
    """The record named by the path's ``id_param`` after ``edit``, stored; a 404 with the
    message ``missing`` when the account has none. ``updated_at`` is stamped (unless
    ``stamp`` is off) before ``edit`` runs, so an edit reads the moment of the change there."""
    with call.data() as data:
        records = data[kind]
        record = found(records, call.params[id_param], missing)
        if stamp:
            record["updated_at"] = call.core.store.now()
        edit(record)
        return records.put(record)


Edit = Callable[[Call, Record], object]


def edits(
    kind: CollectionKind, missing: str, *, id_param: str = "id", stamp: bool = True
) -> Callable[[Edit], Handler]:
    """Make a handler of ``edit(call, record)``: it answers the record ``change`` stores."""

    def wrap(edit: Edit) -> Handler:
        @functools.wraps(edit)
        def handler(call: Call) -> Record:
            edit_record = functools.partial(edit, call)
            return change(call, kind, missing, edit_record, id_param=id_param, stamp=stamp)

        return handler

    return wrap


def remove(call: Call, kind: CollectionKind, missing: str) -> Record:
    """Delete the record named by the path's ``id`` and answer it (a 404 with ``missing``
    when there is none)."""
    with call.data() as data:
        records = data[kind]
        record = found(records, call.params["id"], missing)
        records.remove(record["id"])
        return record


def step(record: Record, wanted: str, moves: Mapping[str, frozenset[str]], refused: str) -> None:
    """Set ``record``'s status to ``wanted`` when ``moves`` allows it from the current one;
    else the vendor's 409 with the message ``refused`` (``{id}``, ``{current}``, ``{wanted}``)."""
    current = record["status"]
    if wanted not in moves.get(current, frozenset()):
        raise VendorError(409, refused, id=record["id"], current=current, wanted=wanted)
    record["status"] = wanted
