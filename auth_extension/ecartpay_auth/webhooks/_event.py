"""The verified event, and the typed model of its `data` for the events the spec describes."""

from __future__ import annotations

import hashlib
import logging
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any, Literal

from ecartpay_client.models import Order, WebhookEventName

from ._jsjson import js_stringify

__all__ = ["TYPED_EVENTS", "SignedForm", "WebhookEvent", "event_name", "typed_data"]

_log = logging.getLogger("ecartpay_auth")

SignedForm = Literal["data", "data-js"]
"""Which text the signature matched: the raw `data` bytes, or their JavaScript
re-serialisation (a body re-encoded on its way)."""

TYPED_EVENTS: dict[str, Callable[[dict[str, Any]], Any]] = {
    "orders.create": Order.from_dict,
    "orders.confirmation": Order.from_dict,
    "orders.update": Order.from_dict,
}
"""Event name -> parser of its `data`, as `openapi.yaml`'s `webhooks:` declares (a test keeps
the two in step). Other events verify the same and keep `data` as parsed JSON."""


def event_name(name: str) -> WebhookEventName | str:
    """The spec's enum member for a known name; an unknown one stays a plain string."""
    try:
        return WebhookEventName(name)
    except ValueError:
        return name


def typed_data(event: str, data: Any) -> Any:
    """The spec's model for a known event; the parsed JSON otherwise, or when it does not fit.

    A payload that does not fit the model is still a genuine, verified delivery: it comes
    back untyped (logged, without its content) rather than failing the receiver, which the
    vendor would then retry.
    """
    parse = TYPED_EVENTS.get(event)
    if parse is None or not isinstance(data, dict):
        return data
    try:
        return parse(data)
    except (KeyError, ValueError, TypeError, AttributeError) as exc:
        _log.warning(
            "webhook %s: data does not fit the spec's model (%s)", event, type(exc).__name__
        )
        return data


@dataclass(frozen=True, slots=True)
class WebhookEvent:
    """A verified delivery: its `data`, `webhook_id` and `timestamp` are signed; nothing else.

    The vendor signs `"{timestamp}.{webhook_id}.{JSON.stringify(data)}"`. The event name
    (`event`) and every other member of the body are NOT signed: anyone who saw a genuine
    delivery can resend it, within the tolerance, under another name. Decide on the signed
    `data` (e.g. the order's `status`), or fetch the object again from the API.

    Made by `verify`, never by hand.

    Attributes:
        event: UNAUTHENTICATED: the body's `"event"` (a `str`; the enum is a `str`
            subclass), which the signature does not cover.
        data: The signed `data`: the spec's model for a known event (e.g.
            `ecartpay_client.models.Order` for `orders.*`), else the parsed JSON. The
            model follows the unsigned name, so check what you rely on.
        webhook_id: The signed `x-pay-webhook-id`.
        timestamp: The signed `x-pay-timestamp`, as an aware UTC datetime.
        raw: The body exactly as received.
        signed_form: Which text the signature matched: `"data"` (the raw bytes) or
            `"data-js"` (their JavaScript re-serialisation).
        body: The whole parsed body; only its `data` member is signed.

    Example:
        ```python
        event = ecartpay.webhooks.verify(body, headers, WEBHOOK_SECRET)
        order = event.data
        if isinstance(order, Order) and order.status == "paid":
            fulfil(order.id)
        ```
    """

    event: WebhookEventName | str
    """UNAUTHENTICATED: the body's `"event"`, which the signature does not cover. A `str`
    either way (the enum is a `str` subclass): compare with plain names."""
    data: Any
    webhook_id: str
    timestamp: datetime
    raw: bytes = field(repr=False)
    signed_form: SignedForm
    body: dict[str, Any] = field(repr=False)
    """The whole parsed body. Only its `data` member is signed."""

    @property
    def idempotency_key(self) -> str:
        """What identifies this delivery across retries and duplicates.

        `sha256("{webhook id}.{data as JavaScript writes it}")`: signed facts only, so a
        copy resent under another event name is the same delivery. Not the timestamp: a
        retry may be signed anew. Not the webhook id alone: `hook_<uuid>` may name the
        registered webhook rather than one delivery, and the docs do not say which. The same
        data under the same webhook is the same fact, so handling it once is right whichever
        way the vendor counts.

        Example:
            ```python
            if not seen.add(event.idempotency_key):  # a database unique key, say
                return Response(status_code=200)  # a repeat: already handled
            ```
        """
        material = f"{self.webhook_id}.{js_stringify(self.body['data'])}"
        digest = hashlib.sha256(material.encode("utf-8", "surrogatepass")).hexdigest()
        return "ecartpay:webhook:" + digest
