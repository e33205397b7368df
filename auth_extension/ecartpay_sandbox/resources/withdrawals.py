"""Withdrawals (money leaving the balance for the merchant's own bank) and the bank
accounts they go to.

Changing a withdrawal account needs the owner's one-time code (``X-OTP``): the sandbox's
test code is ``000000``; a missing or wrong code is refused with 403 before anything else
is looked at, and nothing changes. The API only lists withdrawals: the merchant starts them
from the dashboard, so the sandbox's control plane stands in for it (``withdraw`` and
``settle_withdrawal``, used by ``POST /__sandbox__/accounts/{account_id}/withdrawals`` and
``POST /__sandbox__/withdrawals/{id}/{paid|cancelled}``).
"""

from __future__ import annotations

import functools
import hmac
from decimal import Decimal
from typing import Any

from ecartpay_sandbox._core import SandboxCore
from ecartpay_sandbox._messages import add_messages
from ecartpay_sandbox._registry import Call, VendorError, operation
from ecartpay_sandbox._seeds import Seeder, seed
from ecartpay_sandbox._store import Record, collection
from ecartpay_sandbox.resources._ledger import WITHDRAWALS, follow, require_balance
from ecartpay_sandbox.resources._money import as_amount, decimal
from ecartpay_sandbox.resources._query import ListQuery, found
from ecartpay_sandbox.resources._records import change, list_operation, remove

TEST_OTP = "000000"
WITHDRAWAL_ACCOUNTS = collection("withdrawal_accounts")
NOT_FOUND = "withdrawal_account_not_found"
DEFAULT_COUNTRY = "MX"
LIST = ListQuery(
    equal=("currency", "status"),
    text=("id", "reference", "reference_id"),
    since="date_[start]",
    until="date_[end]",
)
#: Where a processing withdrawal may go (the control plane's settle action).
FINAL_STATUSES = frozenset({"paid", "cancelled"})

add_messages(
    {
        "otp_refused": {
            "en": "Invalid verification code",
            "es": "Código de verificación inválido",
        },
        "withdrawal_account_not_found": {
            "en": "Payment method {id} not found",
            "es": "No se encontró el método de pago {id}",
        },
        "withdrawal_not_found": {
            "en": "Withdrawal {id} not found",
            "es": "No se encontró el retiro {id}",
        },
        "withdrawal_not_processing": {
            "en": "Withdrawal {id} is already {withdrawal_status}",
            "es": "El retiro {id} ya está {withdrawal_status}",
        },
    }
)


def _require_otp(call: Call) -> None:
    given = call.params.get("X-OTP") or ""
    if not hmac.compare_digest(given.encode(), TEST_OTP.encode()):
        raise VendorError(403, "otp_refused")


def _masked(number: str | None) -> str | None:
    return None if number is None else "*" * (len(number) - 4) + number[-4:]


def _apply(account: Record, body: dict[str, Any]) -> Record:
    for name in ("method", "name", "business_name", "bank"):
        if name in body:
            account[name] = body[name]
    if "number" in body:
        account["number"] = _masked(body["number"])
    return account


@operation("listWithdrawalAccounts")
def list_withdrawal_accounts(call: Call) -> list[Record]:
    """Every withdrawal account, oldest first (numbers masked)."""
    with call.data() as data:
        return data[WITHDRAWAL_ACCOUNTS].find()


@operation("createWithdrawalAccount")
def create_withdrawal_account(call: Call) -> Record:
    """Store a withdrawal account, with the owner's code."""
    _require_otp(call)
    with call.data() as data:
        account: Record = {"id": call.core.store.new_id(), "country": DEFAULT_COUNTRY}
        return data[WITHDRAWAL_ACCOUNTS].add(_apply(account, call.body))


@operation("updateWithdrawalAccount")
def update_withdrawal_account(call: Call) -> Record:
    """Change the fields given, with the owner's code."""
    _require_otp(call)
    edit = functools.partial(_apply, body=call.body)
    return change(call, WITHDRAWAL_ACCOUNTS, NOT_FOUND, edit, stamp=False)


@operation("deleteWithdrawalAccount")
def delete_withdrawal_account(call: Call) -> Record:
    """Remove a withdrawal account, with the owner's code."""
    _require_otp(call)
    return remove(call, WITHDRAWAL_ACCOUNTS, NOT_FOUND)


list_operation("listWithdrawals", WITHDRAWALS, LIST)


def withdraw(
    core: SandboxCore, account_id: str, amount: Decimal, currency: str, method_id: str | None
) -> Record:
    """Start a withdrawal (``processing``) if the balance covers it (the dashboard's action)."""
    store = core.store
    with store.account(account_id) as data:
        if method_id is not None:
            found(data[WITHDRAWAL_ACCOUNTS], method_id, NOT_FOUND)
        require_balance(data, currency, amount)
        now = store.now()
        reference = "WD" + str(data.next_number("withdrawals")).zfill(9)
        record: Record = {
            "id": store.new_id(),
            "account_id": account_id,
            "amount": as_amount(decimal(amount)),
            "currency": currency,
            "fee": 0,
            "status": "processing",
            "payment_method_id": method_id,
            "reference": reference,
            "reference_id": reference,
            "created_at": now,
            "updated_at": now,
        }
        follow(data, store, "withdrawal", record)
        started = data[WITHDRAWALS].add(record)
    core.webhooks.emit(account_id, "withdrawals.processing", started)
    return started


def settle_withdrawal(core: SandboxCore, withdrawal_id: str, status: str) -> Record:
    """The bank's answer: a processing withdrawal becomes ``paid`` or ``cancelled`` (the
    money returns to the balance)."""
    if status not in FINAL_STATUSES:
        raise ValueError(f"status must be one of {sorted(FINAL_STATUSES)}")
    for account_id in core.accounts:
        with core.store.account(account_id) as data:
            withdrawals = data[WITHDRAWALS]
            record = withdrawals.get(withdrawal_id)
            if record is None:
                continue
            if record["status"] != "processing":
                raise VendorError(
                    409,
                    "withdrawal_not_processing",
                    id=withdrawal_id,
                    withdrawal_status=record["status"],
                )
            record["status"] = status
            record["updated_at"] = core.store.now()
            follow(data, core.store, "withdrawal", record)
            settled = withdrawals.put(record)
        core.webhooks.emit(account_id, f"withdrawals.{status}", settled)
        return settled
    raise VendorError(404, "withdrawal_not_found", id=withdrawal_id)


#: The withdrawal accounts the spec's examples change and remove (the vendor's recorded
#: one, and one of its own for the delete example).
EXAMPLE_WITHDRAWAL_ACCOUNT = "6255a30bd4b006320baff520"
EXAMPLE_DELETED_WITHDRAWAL_ACCOUNT = "6255a30bd4b006320baff521"


@seed(stage=3)
def seed_withdrawal_accounts(seeder: Seeder) -> None:
    """Two CLABE accounts, added with the test one-time code."""
    for account_id in (EXAMPLE_WITHDRAWAL_ACCOUNT, EXAMPLE_DELETED_WITHDRAWAL_ACCOUNT):
        seeder.call(
            "createWithdrawalAccount",
            ids=[account_id],
            headers={"X-OTP": TEST_OTP},
            body={"business_name": "846180000400000001", "method": "clabe", "name": "Personal"},
        )
