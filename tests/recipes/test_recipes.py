"""The recipes page's money-in recipes run as written, in order, against the local sandbox: the
card payment, the partial then full refund, the balance and the transactions; each both
ways, through the front door and through the modules, with the same outcome."""

from __future__ import annotations

from typing import Any

import pytest

from ecartpay_client.models import OrderStatus, TransactionStatus, TransactionType
from ecartpay_sandbox import RunningSandbox

from ._page import WAYS, Way, recipe_blocks

TITLES = [
    "Accept a card payment",
    "Refund partially, then fully",
    "Read a balance and walk the transactions",
]


def run(upto: str, way: Way) -> dict[str, Any]:
    """Run the recipes of one way in order up to ``upto`` in one namespace (the environment
    comes from ``sandbox_env``); answer the namespace."""
    namespace: dict[str, Any] = {}
    for title in TITLES[: TITLES.index(upto) + 1]:
        (code,) = recipe_blocks(title, way)
        exec(compile(code, f"docs/guides/recipes.md ({title}, {way})", "exec"), namespace)
    return namespace


@pytest.mark.parametrize("way", WAYS)
def test_accept_a_card_payment(sandbox_env: RunningSandbox, way: Way) -> None:
    done = run(TITLES[0], way)
    assert done["order"].status == OrderStatus.PAID
    assert done["order"].totals.total == 301
    (payment,) = sandbox_env.control.data(sandbox_env.account_id)["transactions"]
    assert (payment["type"], payment["amount"]) == ("payment", 301)


@pytest.mark.parametrize("way", WAYS)
def test_refund_partially_then_fully(sandbox_env: RunningSandbox, way: Way) -> None:
    done = run(TITLES[1], way)
    assert done["first"].order_status == OrderStatus.PARTIALLY_REFUNDED
    assert done["too_much"].status_code == 409
    assert done["order"].status == OrderStatus.REFUNDED
    refunds = sandbox_env.control.data(sandbox_env.account_id)["refunds"]
    assert [r["amount"] for r in refunds] == [100.5, 200.5]


@pytest.mark.parametrize("way", WAYS)
def test_read_a_balance_and_walk_the_transactions(
    sandbox_env: RunningSandbox, capsys: pytest.CaptureFixture[str], way: Way
) -> None:
    done = run(TITLES[2], way)
    summary = done["summary"]
    assert (summary.pay_ins, summary.refunds, summary.balance) == (301, 301, 0)
    assert summary.transactions == 3
    walked = capsys.readouterr().out.splitlines()[-3:]
    assert [line.split()[0] for line in walked] == ["TR0000000003", "TR0000000002", "TR0000000001"]
    assert walked[0].split()[1:3] == [TransactionType.REFUND, TransactionStatus.REIMBURSED]
    assert walked[2].split()[1:3] == [TransactionType.PAYMENT, TransactionStatus.PAID]
