"""Transactions: every movement of money in an account, its two pagination modes and the
balance per currency.

Other resources record here (``record_transaction``): a paid order, a refund, later payouts
and withdrawals. Ids are ObjectIds that grow with time *and* within a second (a counter, as
MongoDB's own ids do), so the newest-first order is the order of the ids and a cursor is
just an id: ``next=<cursor>`` answers the items after it, ``prev=<cursor>`` the ones before.
A cursor is the id's 12 bytes in URL-safe base64 (16 characters, the guide's "Base64
encoded" token); every such string decodes to a position, so no cursor is ever malformed.
"""

from __future__ import annotations

import base64
import itertools
import math
import secrets
import threading
from collections.abc import Callable
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from ecartpay_sandbox._ids import sequence_number
from ecartpay_sandbox._messages import add_messages
from ecartpay_sandbox._registry import Call, VendorError, operation
from ecartpay_sandbox._store import AccountState, Record, Store, collection
from ecartpay_sandbox.resources._money import as_amount, decimal

TRANSACTIONS = collection("transactions")
NUMBER_PREFIX = "TR"
NUMBER_WIDTH = 10
DEFAULT_SUMMARY_CURRENCY = "MXN"

#: Which transactions count where in the summary (type -> (summary field, counted statuses)).
SUMMARY_RULES: dict[str, tuple[str, frozenset[str]]] = {
    "payment": ("pay_ins", frozenset({"paid"})),
    "refund": ("refunds", frozenset({"reimbursed"})),
    "payout": ("payouts", frozenset({"paid", "created", "pending"})),
    "withdrawal": ("payouts", frozenset({"paid", "created", "pending"})),
    "deposit": ("pay_ins", frozenset({"paid"})),  # the local sandbox's test money
}

add_messages(
    {
        "transaction_not_found": {
            "en": "Transaction {transaction_id} not found",
            "es": "No se encontró la transacción {transaction_id}",
        },
    }
)

_PROCESS = secrets.token_hex(5)
_COUNTER = itertools.count(secrets.randbelow(1 << 20))
_COUNTER_LOCK = threading.Lock()


def ordered_id(store: Store) -> str:
    """A 24-hex ObjectId like MongoDB's (seconds, process, counter): it sorts by creation
    (a seeded transaction takes its pinned id, ``Store.pinned_ids``)."""
    pinned = store.take_pinned()
    if pinned is not None:
        return pinned
    with _COUNTER_LOCK:
        count = next(_COUNTER) & 0xFFFFFF
    return store.new_id()[:8] + _PROCESS + f"{count:06x}"


def cursor(transaction_id: str) -> str:
    """The page token of a position (a transaction's id)."""
    return base64.urlsafe_b64encode(bytes.fromhex(transaction_id)).decode()


def position(token: str) -> str:
    """The id a page token stands for (any 16-character token decodes to one)."""
    return base64.urlsafe_b64decode(token.encode()).hex()


def record_transaction(
    data: AccountState,
    store: Store,
    *,
    account_id: str,
    type: str,
    status: str,
    amount: Decimal,
    currency: str,
    **links: Any,
) -> Record:
    """Store one movement of money (``links``: ``order_id``, ``refund_id``, ...)."""
    now = store.now()
    return data[TRANSACTIONS].add(
        {
            "id": ordered_id(store),
            "account_id": account_id,
            "transaction_id": sequence_number(
                data.next_number("transactions"), prefix=NUMBER_PREFIX, width=NUMBER_WIDTH
            ),
            "type": type,
            "status": status,
            "amount": as_amount(amount),
            "fee": 0,
            "currency": currency,
            **{k: v for k, v in links.items() if v is not None},
            "created_at": now,
            "updated_at": now,
        }
    )


def _matches(record: Record, params: dict[str, Any]) -> bool:
    for name in ("type", "status"):
        if name in params and record.get(name) != params[name]:
            return False
    day = record["created_at"][:10]
    if "start_date" in params and day < params["start_date"]:
        return False
    if "end_date" in params and day > params["end_date"]:
        return False
    if "q" in params:
        text = params["q"].lower()
        fields = ("transaction_id", "order_id", "refund_id", "reference_id", "id")
        return any(text in str(record.get(f) or "").lower() for f in fields)
    return True


def _window(newest_first: list[Record], params: dict[str, Any]) -> list[Record]:
    limit = params["limit"]
    forward = params.get("next", params.get("next_token"))
    if forward is not None:
        after = position(forward)
        return [r for r in newest_first if r["id"] < after][:limit]
    if "prev" in params:
        before = position(params["prev"])
        newer = [r for r in newest_first if r["id"] > before]
        return newer[-limit:] if newer else []
    start = (params["page"] - 1) * limit
    return newest_first[start : start + limit]


@operation("listTransactions")
def list_transactions(call: Call) -> dict[str, Any]:
    """A page, newest first, by ``page`` or by cursor (``next``/``next_token`` win over
    ``prev``)."""
    with call.data() as data:
        everything = data[TRANSACTIONS].find()
    matching = sorted(
        (r for r in everything if _matches(r, call.params)), key=lambda r: r["id"], reverse=True
    )
    docs = _window(matching, call.params)
    more = bool(docs) and any(r["id"] < docs[-1]["id"] for r in matching)
    return {
        "docs": docs,
        "count": len(matching),
        "pages": math.ceil(len(matching) / call.params["limit"]),
        "token_page": cursor(docs[0]["id"]) if docs else None,
        "next_token": cursor(docs[-1]["id"]) if more else None,
    }


@operation("getTransaction")
def get_transaction(call: Call) -> dict[str, Any]:
    """By ``id`` or by number (``TR...``)."""
    wanted = call.params["transaction_id"]
    field = "transaction_id" if wanted.startswith(NUMBER_PREFIX) else "id"
    with call.data() as data:
        found = data[TRANSACTIONS].find(**{field: wanted})
    if not found:
        raise VendorError(404, "transaction_not_found", transaction_id=wanted)
    return found[0]


@dataclass(frozen=True)
class Totals:
    """What one currency's transactions add up to; ``balance`` is what they leave."""

    sums: dict[str, Decimal]
    fees: Decimal
    counted: int

    @property
    def balance(self) -> Decimal:
        return self.sums["pay_ins"] - self.sums["refunds"] - self.sums["payouts"] - self.fees


def totals(
    data: AccountState, currency: str, *, leaving_out: Callable[[Record], bool] | None = None
) -> Totals:
    """The summary of ``currency`` (``leaving_out`` a transaction about to change): the one
    balance the summary shows and payouts and withdrawals are checked against."""
    sums = {"pay_ins": Decimal(0), "refunds": Decimal(0), "payouts": Decimal(0)}
    fees = Decimal(0)
    counted = 0
    for record in data[TRANSACTIONS].find(currency=currency):
        rule = SUMMARY_RULES.get(record["type"])
        if rule is None or record["status"] not in rule[1]:
            continue
        if leaving_out is not None and leaving_out(record):
            continue
        sums[rule[0]] += decimal(record["amount"])
        fees += decimal(record.get("fee", 0))
        counted += 1
    return Totals(sums, fees, counted)


@operation("getTransactionSummary")
def get_transaction_summary(call: Call) -> dict[str, Any]:
    """Totals of one currency, in decimals: the balance is what they leave."""
    currency = call.params.get("currency", DEFAULT_SUMMARY_CURRENCY)
    with call.data() as data:
        summary = totals(data, currency)
    return {
        "currency": currency,
        **{name: as_amount(value) for name, value in summary.sums.items()},
        "fees": as_amount(summary.fees),
        "balance": as_amount(summary.balance),
        "transactions": summary.counted,
    }
