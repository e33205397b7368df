"""The README's Recipes run as written, in order, against the local sandbox: the card
payment, the partial then full refund, the balance and the transactions."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest

from contract_tests.sandbox import RunningSandbox
from ecartpay_client.models import OrderStatus, TransactionStatus, TransactionType

README = (Path(__file__).resolve().parents[2] / "README.md").read_text(encoding="utf-8")
TITLES = [
    "Accept a card payment",
    "Refund partially, then fully",
    "Read a balance and walk the transactions",
]


def recipes() -> dict[str, str]:
    """Title -> the Python block of each recipe of the README's "Recipes" section."""
    section = README.split("\n## Recipes\n", 1)[1].split("\n## ", 1)[0]
    found = {}
    for part in section.split("\n### ")[1:]:
        title, _, body = part.partition("\n")
        (code,) = re.findall(r"```python\n(.*?)```", body, flags=re.DOTALL)
        found[title.strip()] = code
    return found


def run(upto: str, sandbox: RunningSandbox, monkeypatch: pytest.MonkeyPatch) -> dict[str, Any]:
    """Run the recipes in order up to ``upto`` in one namespace; answer the namespace."""
    monkeypatch.setenv("ECARTPAY_PUBLIC_KEY", sandbox.public_key)
    monkeypatch.setenv("ECARTPAY_PRIVATE_KEY", sandbox.private_key)
    monkeypatch.setenv("ECARTPAY_BASE_URL", sandbox.base_url)
    namespace: dict[str, Any] = {}
    for title, code in recipes().items():
        exec(code, namespace)
        if title == upto:
            return namespace
    raise AssertionError(f"no recipe {upto!r}")


def test_the_recipes_are_in_the_readme() -> None:
    assert list(recipes()) == TITLES


def test_accept_a_card_payment(sandbox: RunningSandbox, monkeypatch: pytest.MonkeyPatch) -> None:
    done = run(TITLES[0], sandbox, monkeypatch)
    assert done["order"].status == OrderStatus.PAID
    assert done["order"].totals.total == 301
    (payment,) = sandbox.control.data(sandbox.account_id)["transactions"]
    assert (payment["type"], payment["amount"]) == ("payment", 301)


def test_refund_partially_then_fully(
    sandbox: RunningSandbox, monkeypatch: pytest.MonkeyPatch
) -> None:
    done = run(TITLES[1], sandbox, monkeypatch)
    assert done["first"].order_status == OrderStatus.PARTIALLY_REFUNDED
    assert done["too_much"].status_code == 409
    assert done["order"].status == OrderStatus.REFUNDED
    refunds = sandbox.control.data(sandbox.account_id)["refunds"]
    assert [r["amount"] for r in refunds] == [100.5, 200.5]


def test_read_a_balance_and_walk_the_transactions(
    sandbox: RunningSandbox, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    done = run(TITLES[2], sandbox, monkeypatch)
    summary = done["summary"]
    assert (summary.pay_ins, summary.refunds, summary.balance) == (301, 301, 0)
    assert summary.transactions == 3
    walked = capsys.readouterr().out.splitlines()[-3:]
    assert [line.split()[0] for line in walked] == ["TR0000000003", "TR0000000002", "TR0000000001"]
    assert walked[0].split()[1:3] == [TransactionType.REFUND, TransactionStatus.REIMBURSED]
    assert walked[2].split()[1:3] == [TransactionType.PAYMENT, TransactionStatus.PAID]
