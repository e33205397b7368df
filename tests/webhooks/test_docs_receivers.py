"""The two receivers of docs/guides/webhooks.md (Starlette and Flask) run as written, fed by
`sign`."""

from __future__ import annotations

from typing import Any

import pytest

from ecartpay_auth import webhooks

from ._receivers import FRAMEWORKS, docs_receiver
from .conftest import SECRET


@pytest.mark.parametrize("framework", FRAMEWORKS)
@pytest.mark.parametrize("event", ["orders.confirmation", "orders.update"])
def test_receiver_handles_a_paid_order_once_and_refuses_a_forgery(
    framework: str,
    event: str,
    order: dict[str, Any],
    monkeypatch: pytest.MonkeyPatch,
    capsys: Any,
) -> None:
    """The receiver acts on the order's signed status, whatever the event is called."""
    post = docs_receiver(framework, monkeypatch)
    order["status"] = "paid"
    delivery = webhooks.sign({"event": event, "data": order}, SECRET)
    assert post(delivery.body, delivery.headers).status_code == 204
    assert post(delivery.body, delivery.headers).status_code == 204  # the vendor's repeat
    assert capsys.readouterr().out == f"paid: {order['id']}\n"
    forged = post(delivery.body.replace(b'"paid"', b'"refunded"'), delivery.headers)
    assert forged.status_code == 400
    assert capsys.readouterr().out == ""
