"""Money leaving the account: the available balance payouts and withdrawals are checked
against, and the transactions that record them.

The balance is the transactions summary's (``transactions.totals``): payments, minus
refunds, payouts (pending or paid: a pending payout holds its money) and withdrawals that
are not cancelled, plus the control plane's test deposits (``POST
/__sandbox__/accounts/{account_id}/deposits``, the sandbox's stand-in for a funded
account). Payouts, withdrawals and refunds never take it below zero (``require_balance``,
409). Each payout and withdrawal keeps one transaction that follows its amount and
status, so the summary and the refusals always agree.
"""

from __future__ import annotations

from decimal import Decimal

from ecartpay_sandbox._messages import add_messages
from ecartpay_sandbox._registry import VendorError
from ecartpay_sandbox._store import AccountState, Record, Store, collection
from ecartpay_sandbox.resources._money import as_amount, decimal, show
from ecartpay_sandbox.resources.transactions import (
    TRANSACTIONS,
    record_transaction,
    totals,
)

PAYOUTS = collection("payouts", unique=("reference_id",))
WITHDRAWALS = collection("withdrawals")

add_messages(
    {
        "insufficient_balance": {
            "en": "Insufficient balance: {available} {currency} available, {amount} requested",
            "es": "Saldo insuficiente: {available} {currency} disponibles, {amount} solicitados",
        },
    }
)

#: A payout's or withdrawal's status -> its transaction's (the summary's vocabulary).
TRANSACTION_STATUS = {"pending": "pending", "processing": "pending", "paid": "paid"}


def available(data: AccountState, currency: str, *, excluding: str | None = None) -> Decimal:
    """What ``currency`` the account can still send (``excluding`` the payout or
    withdrawal being changed, whose own money is not spent twice)."""

    def changing(transaction: Record) -> bool:
        return excluding is not None and transaction.get("source_id") == excluding

    return totals(data, currency, leaving_out=changing).balance


def require_balance(
    data: AccountState, currency: str, amount: Decimal, *, excluding: str | None = None
) -> None:
    """The one rule for money leaving the account (payouts, withdrawals, refunds): never
    more than the available balance, else the vendor's 409."""
    left = available(data, currency, excluding=excluding)
    if amount > left:
        raise VendorError(
            409,
            "insufficient_balance",
            available=show(left),
            currency=currency,
            amount=show(amount),
        )


def deposit(
    data: AccountState, store: Store, account_id: str, currency: str, amount: Decimal
) -> Record:
    """Test money in (the control plane's action); answers its transaction."""
    return record_transaction(
        data,
        store,
        account_id=account_id,
        type="deposit",
        status="paid",
        amount=amount,
        currency=currency,
    )


def follow(data: AccountState, store: Store, kind: str, source: Record) -> None:
    """Create or update the transaction of a payout or withdrawal (``kind``)."""
    status = str(TRANSACTION_STATUS.get(source["status"], source["status"]))
    transactions = data[TRANSACTIONS]
    found = transactions.find(source_id=source["id"])
    if not found:
        record_transaction(
            data,
            store,
            account_id=source["account_id"],
            type=kind,
            status=status,
            amount=decimal(source["amount"]),
            currency=source["currency"],
            source_id=source["id"],
            reference_id=source.get("reference_id"),
        )
        return
    transaction = found[0]
    transaction.update(
        status=status, amount=as_amount(decimal(source["amount"])), updated_at=store.now()
    )
    transactions.put(transaction)
