"""Activity: the payment attempts an account starts with (Assumed), newest first, filtered by
comma-separated statuses and risk levels and searched by card digits, email or order id."""

from __future__ import annotations

from typing import Any

from ecartpay_sandbox._messages import add_messages
from ecartpay_sandbox._registry import Call, VendorError, operation
from ecartpay_sandbox._store import AccountState, Collection, collection, paginate
from ecartpay_sandbox.resources._reference import fixture, seeded

ACTIVITY = collection("activity")

add_messages({"activity_not_found": {"en": "Activity not found", "es": "Actividad no encontrada"}})


def _activity(data: AccountState) -> Collection:
    seeded(data, ACTIVITY, fixture("activity", "activity"))
    return data[ACTIVITY]


def _values(raw: str | None) -> set[str] | None:
    """``"failed, blocked"`` -> {"failed", "blocked"}; None or blank -> no filter."""
    if raw is None:
        return None
    values = {v.strip().lower() for v in raw.split(",") if v.strip()}
    return values or None


def _mentions(entry: dict[str, Any], text: str) -> bool:
    card = entry.get("card") or {}
    haystack = (card.get("last4"), entry.get("email"), entry.get("order_id"), entry["id"])
    return any(text.lower() in value.lower() for value in haystack if value)


@operation("listActivity")
def list_activity(call: Call) -> dict[str, Any]:
    """One page of the account's activity that matches every filter."""
    statuses = _values(call.params.get("status"))
    levels = _values(call.params.get("risk_level"))
    text = (call.params.get("q") or "").strip()
    with call.data() as data:
        entries = _activity(data).find()
    matching = [
        e
        for e in sorted(entries, key=lambda e: str(e["created_at"]), reverse=True)
        if (statuses is None or e["status"] in statuses)
        and (levels is None or e["risk_level"] in levels)
        and (not text or _mentions(e, text))
    ]
    return paginate(matching, page=call.params["page"], limit=call.params["limit"])


@operation("getActivity")
def get_activity(call: Call) -> dict[str, Any]:
    """One entry of the account's activity."""
    with call.data() as data:
        entry: dict[str, Any] | None = _activity(data).get(call.params["id"])
    if entry is None:
        raise VendorError(404, "activity_not_found")
    return entry
