"""The recipes page's money-out recipes (payment links, payouts) run as written against the
local sandbox, both ways (front door, modules), and leave exactly the state they describe."""

from __future__ import annotations

from typing import Any

import pytest

import ecartpay
import ecartpay_auth
from ecartpay_client.types import Unset
from ecartpay_sandbox import RunningSandbox

from ._page import WAYS, Way, recipe_blocks


def _close(client: Any) -> None:
    if isinstance(client, ecartpay.EcartPay):
        client.close()
    else:
        client.get_httpx_client().close()


@pytest.mark.parametrize("way", WAYS)
def test_send_a_payment_link(sandbox_env: RunningSandbox, way: Way) -> None:
    namespace: dict[str, Any] = {}
    for block in recipe_blocks("Send a payment link", way):
        exec(compile(block, "docs/guides/recipes.md", "exec"), namespace)
    data = sandbox_env.control.data(sandbox_env.account_id)
    (checkout,) = data["checkouts"]
    assert checkout["reference_id"] == "topup-ana-42"
    assert namespace["checkout"].link == f"{sandbox_env.base_url}/v2/checkout?id={checkout['id']}"
    assert isinstance(namespace["public"].token, Unset)  # the public view has no token
    (link,) = data["payment_links"]
    assert link["quantity_uses"] == -1
    assert link["totals"] == {
        "discount": 0,
        "shipping": 99,
        "subtotal": 2599.8,
        "tax": 0,
        "total": 2698.8,
    }
    _close(namespace["client"])


@pytest.mark.parametrize("way", WAYS)
def test_pay_out_and_confirm(sandbox_env: RunningSandbox, way: Way) -> None:
    sandbox_env.control.deposit(sandbox_env.account_id, "MXN", 1000)
    (block,) = recipe_blocks("Pay out and confirm", way)
    client: Any = (
        ecartpay.EcartPay() if way == "front door" else ecartpay_auth.authenticated_client()
    )
    exec(compile(block, "docs/guides/recipes.md", "exec"), {"client": client})
    (payout,) = sandbox_env.control.data(sandbox_env.account_id)["payouts"]
    assert (payout["status"], payout["amount"], payout["confirmed"]) == ("paid", 250.5, True)
    with pytest.raises(SystemExit, match=f"already used; existing: \\['{payout['id']}'\\]"):
        exec(compile(block, "docs/guides/recipes.md", "exec"), {"client": client})  # the retry
    assert len(sandbox_env.control.data(sandbox_env.account_id)["payouts"]) == 1
    _close(client)
