"""Verify Ecart Pay webhook deliveries, sign test deliveries, and handle each one once.

    from ecartpay_auth import webhooks, WebhookVerificationError

    event = webhooks.verify(raw_body, request.headers, secret)   # the RAW body, never re-encoded
    order = event.data                      # ecartpay_client.models.Order for orders.*: signed
    if isinstance(order, Order) and order.status == "paid": ...  # decide on the signed data

The vendor signs `"{x-pay-timestamp}.{x-pay-webhook-id}.{JSON.stringify(data)}"` with
HMAC-SHA256 and the account's global secret, and nothing else: `event.event`, the name, is
not signed. `verify` accepts the exact bytes of `data` in the body, or their JavaScript
re-serialisation when every number in them is one JavaScript holds exactly (see the webhooks
guide, docs/guides/webhooks.md).
"""

from .._errors import WebhookVerificationError
from ._dedupe import (
    DEFAULT_TTL,
    Deduplicator,
    DeliveryStore,
    InMemoryDeliveryStore,
    RedisDeliveryStore,
)
from ._depth import MAX_DEPTH
from ._event import TYPED_EVENTS, SignedForm, WebhookEvent
from ._headers import SIGNATURE, TIMESTAMP, WEBHOOK_ID, HeadersLike
from ._jsjson import js_stringify
from ._sign import SignedDelivery, sign
from ._verify import DEFAULT_MAX_BODY_BYTES, DEFAULT_TOLERANCE, verify

__all__ = [
    "DEFAULT_MAX_BODY_BYTES",
    "DEFAULT_TOLERANCE",
    "DEFAULT_TTL",
    "MAX_DEPTH",
    "SIGNATURE",
    "TIMESTAMP",
    "TYPED_EVENTS",
    "WEBHOOK_ID",
    "Deduplicator",
    "DeliveryStore",
    "HeadersLike",
    "InMemoryDeliveryStore",
    "RedisDeliveryStore",
    "SignedDelivery",
    "SignedForm",
    "WebhookEvent",
    "WebhookVerificationError",
    "js_stringify",
    "sign",
    "verify",
]
