"""Notifications: the ones an account starts with (Assumed); marking one seen keeps its first
``seen_at``."""

from __future__ import annotations

from typing import Any

from ecartpay_sandbox._messages import add_messages
from ecartpay_sandbox._registry import Call, VendorError, operation
from ecartpay_sandbox._store import collection
from ecartpay_sandbox.resources._reference import fixture, seeded

NOTIFICATIONS = collection("notifications")

add_messages(
    {
        "notification_not_found": {
            "en": "Notification not found",
            "es": "Notificación no encontrada",
        }
    }
)


@operation("markNotificationSeen")
def mark_notification_seen(call: Call) -> dict[str, Any]:
    """Mark the account's notification seen (once)."""
    with call.data() as data:
        seeded(data, NOTIFICATIONS, fixture("notifications", "notifications"))
        notifications = data[NOTIFICATIONS]
        record = notifications.get(call.params["notification_id"])
        if record is None:
            raise VendorError(404, "notification_not_found")
        if not record["seen"]:
            record.update(seen=True, seen_at=call.core.store.now())
            record = notifications.put(record)
        return record
