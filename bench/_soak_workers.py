"""The soak's workers: mixed typed reads and writes, and how each outcome is classified.

A call ends in one of four ways, counted by type:
* success: a 200 parsed into the generated model;
* a typed failure: an error response parsed into the generated `Error` model
  ("API 4xx"), an `ecartpay_auth.EcartPayError` ("SDK <class>"), an
  `httpx.TransportError` ("transport <class>", e.g. a dropped connection), or the
  generated client's `errors.UnexpectedStatus` for a status the spec does not document
  (`authenticated_client` raises it by default);
* an untyped failure: any other exception, or an undocumented status that reached the
  caller unparsed. The goal is none.
Writes register a marker in the `Ledger` before they are sent and settle it after.
"""

from __future__ import annotations

import random
import threading
import traceback
from collections import Counter
from dataclasses import dataclass, field
from typing import Any, Literal

import httpx

from bench._soak_ledger import Ledger, WriteKind
from ecartpay_auth import EcartPayError
from ecartpay_client.api.customers import create_customer, list_customers
from ecartpay_client.api.orders import create_order, get_order
from ecartpay_client.errors import UnexpectedStatus
from ecartpay_client.models import (
    Customer,
    CustomerCreate,
    CustomerList,
    Error,
    Order,
    OrderCreate,
    OrderItemCreate,
)
from ecartpay_client.types import Response

__all__ = ["Call", "Pool", "Tally", "choose"]

Op = Literal["create_customer", "create_order", "list_customers", "get_order"]
MAX_SAMPLES = 5


@dataclass(frozen=True)
class Call:
    """One planned call: which generated endpoint, its arguments, its write marker."""

    op: Op
    module: Any  # a generated endpoint module (sync_detailed / asyncio_detailed)
    kwargs: dict[str, Any]
    marker: str | None = None
    kind: WriteKind | None = None
    expect: str | None = None  # what a read must find (an email or an order id)


class Pool:
    """Customers and orders confirmed so far, for reads and for new orders."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self.customers: list[tuple[str, str]] = []  # (id, email)
        self.orders: list[str] = []

    def add_customer(self, customer_id: str, email: str) -> None:
        with self._lock:
            self.customers.append((customer_id, email))

    def add_order(self, order_id: str) -> None:
        with self._lock:
            self.orders.append(order_id)

    def customer(self, rng: random.Random) -> tuple[str, str] | None:
        with self._lock:
            return rng.choice(self.customers) if self.customers else None

    def order(self, rng: random.Random) -> str | None:
        with self._lock:
            return rng.choice(self.orders) if self.orders else None


def choose(rng: random.Random, pool: Pool, ledger: Ledger) -> Call:
    """A mixed workload: about 40% writes, 60% reads of what was confirmed."""
    roll = rng.random()
    customer = pool.customer(rng)
    order_id = pool.order(rng)
    if roll < 0.25 or customer is None:
        marker = ledger.new_marker("customer")
        body = CustomerCreate(first_name="Soak", last_name="Worker", email=marker)
        return Call("create_customer", create_customer, {"body": body}, marker, "customer")
    if roll < 0.40:
        marker = ledger.new_marker("order")
        item = OrderItemCreate(name="Widget", quantity=rng.randint(1, 3), price=9.5)
        body_o = OrderCreate(customer_id=customer[0], currency="MXN", items=[item], email=marker)
        return Call("create_order", create_order, {"body": body_o}, marker, "order")
    if roll < 0.70 or order_id is None:
        return Call("list_customers", list_customers, {"email": customer[1]}, expect=customer[1])
    return Call("get_order", get_order, {"id": order_id}, expect=order_id)


@dataclass
class Tally:
    """Thread-safe counts of outcomes, shared by every worker and the wire hooks."""

    calls: int = 0
    succeeded: int = 0
    typed: Counter[str] = field(default_factory=Counter)
    untyped: Counter[str] = field(default_factory=Counter)
    untyped_samples: list[str] = field(default_factory=list)
    by_op: Counter[str] = field(default_factory=Counter)
    caller_401: int = 0
    caller_401_from: Counter[str] = field(default_factory=Counter)
    wire_requests: int = 0
    wire_401: int = 0
    read_mismatches: int = 0
    lock: threading.Lock = field(default_factory=threading.Lock, repr=False)

    # -- wire hooks (every request httpx sends, replays included) --------------------

    def on_wire(self, response: httpx.Response) -> None:
        with self.lock:
            self.wire_requests += 1
            if response.status_code == 401:
                self.wire_401 += 1

    async def aon_wire(self, response: httpx.Response) -> None:
        self.on_wire(response)

    # -- outcomes ------------------------------------------------------------------------

    def response(
        self, call: Call, response: Response[Any], ledger: Ledger, pool: Pool, origin: str
    ) -> None:
        parsed = response.parsed
        status = int(response.status_code)
        with self.lock:
            self.calls += 1
            self.by_op[call.op] += 1
            if isinstance(parsed, Customer | Order | CustomerList):
                self.succeeded += 1
                if not _read_matches(call, parsed):
                    self.read_mismatches += 1
            elif isinstance(parsed, Error):
                self.typed[_error_label(status, parsed)] += 1
                if status == 401:
                    self.caller_401 += 1
                    self.caller_401_from[origin] += 1
            else:
                self.untyped[f"undocumented HTTP {status}"] += 1
        if call.marker is None:
            return
        if isinstance(parsed, Customer):
            ledger.settle(call.marker, "confirmed", parsed.id)
            pool.add_customer(parsed.id, parsed.email if isinstance(parsed.email, str) else "")
        elif isinstance(parsed, Order):
            ledger.settle(call.marker, "confirmed", parsed.id)
            pool.add_order(parsed.id)
        elif isinstance(parsed, Error):
            ledger.settle(call.marker, "refused")
        else:
            ledger.settle(call.marker, "unknown")

    def exception(self, call: Call, exc: BaseException, ledger: Ledger) -> None:
        with self.lock:
            self.calls += 1
            self.by_op[call.op] += 1
            if isinstance(exc, EcartPayError):
                self.typed[f"SDK {type(exc).__name__}"] += 1
            elif isinstance(exc, httpx.TransportError):
                self.typed[f"transport {type(exc).__name__}"] += 1
            elif isinstance(exc, UnexpectedStatus):
                self.typed[f"generated UnexpectedStatus HTTP {exc.status_code}"] += 1
            else:
                self.untyped[type(exc).__name__] += 1
                if len(self.untyped_samples) < MAX_SAMPLES:
                    self.untyped_samples.append(
                        "".join(traceback.format_exception(exc, limit=-4))[-1500:]
                    )
        if call.marker is not None:
            # The SDK raises its own errors only when nothing was applied (no token, or
            # a refused token it could not replace); a transport error or an
            # undocumented status may come after the server applied the write: unknown,
            # to be looked up.
            ledger.settle(call.marker, "refused" if isinstance(exc, EcartPayError) else "unknown")


def _error_label(status: int, error: Error) -> str:
    """Label an error response; for a 401 the message tells expiry from revocation."""
    if status == 401:
        text = error.message.lower()
        why = "expired" if "expired" in text else "revoked" if "revoked" in text else "other"
        return f"API 401 (token {why})"
    return f"API {status}"


def _read_matches(call: Call, parsed: Customer | Order | CustomerList) -> bool:
    if call.op == "list_customers" and isinstance(parsed, CustomerList):
        return [c.email for c in parsed.docs] == [call.expect]
    if call.op == "get_order" and isinstance(parsed, Order):
        return parsed.id == call.expect
    return True
