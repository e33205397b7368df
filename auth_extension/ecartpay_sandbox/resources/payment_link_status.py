"""Payment-link status updates (``POST /api/webhooks/verification``): the last status set for
each payment link id, per account; setting the same status and type again changes nothing."""

from __future__ import annotations

from typing import Any

from ecartpay_sandbox._registry import Call, operation
from ecartpay_sandbox._store import collection

PAYMENT_LINK_STATUSES = collection("payment_link_statuses")


@operation("updatePaymentLinkStatus")
def update_payment_link_status(call: Call) -> dict[str, Any]:
    """Record the payment link's new status (and review type)."""
    body = call.body
    wanted = {"id": body["id"], "status": body["status"], "type": body.get("type")}
    with call.data() as data:
        statuses = data[PAYMENT_LINK_STATUSES]
        current: dict[str, Any] | None = statuses.get(body["id"])
        if current is not None and all(current[k] == v for k, v in wanted.items()):
            return current
        record = {**wanted, "updated_at": call.core.store.now()}
        saved: dict[str, Any] = statuses.put(record) if current else statuses.add(record)
        return saved
