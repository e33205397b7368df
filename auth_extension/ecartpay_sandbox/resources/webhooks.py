"""Webhook registrations (``POST /api/webhooks``, from the guide); deliveries live in
``ecartpay_sandbox/_webhooks.py`` and go out when resources call
``call.core.webhooks.emit(account_id, event, data)``.

Choices where the vendor is silent: the answer echoes the registration with an ``id``,
``account_id`` and ``created_at``; the same URL may be registered again (each registration
gets its own deliveries); events are kept as given, unknown names included.
"""

from __future__ import annotations

from typing import Any

from ecartpay_sandbox._registry import Call, operation
from ecartpay_sandbox._webhooks import WEBHOOKS


@operation("createWebhook")
def create_webhook(call: Call) -> dict[str, Any]:
    """Store ``{url, events}`` for the caller's account."""
    store = call.core.store
    events = list(dict.fromkeys(call.body["events"]))  # each name once, in the given order
    with call.data() as data:
        return data[WEBHOOKS].add(
            {
                "id": store.new_id(),
                "account_id": call.account_id,
                "url": call.body["url"],
                "events": events,
                "created_at": store.now(),
            }
        )
