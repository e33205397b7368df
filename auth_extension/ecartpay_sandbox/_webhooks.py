"""Webhook deliveries: registrations, signed POSTs in the background, retries, a log, faults.

``core.webhooks.emit(account_id, event, data)`` is all a resource calls: it records one
delivery per registration of the account that lists the event, plus one to the record's
``notify_url`` (an order's: every event about it), and returns at once. The
POSTs go out from one background thread running its own event loop, so no request handler
ever waits on a receiver.

The vendor's rules, as ``../shared/ecartpay-api-facts.md`` reports them:
- body ``{"event", "data"}``, headers ``x-pay-timestamp`` (ms), ``x-pay-webhook-id``
  (``hook_<uuid>``), ``x-pay-signature: SHA256=<hex>``, signed with the account's global
  secret by ``ecartpay_auth.webhooks.sign`` over ``"{timestamp}.{webhook_id}.{data}"``
  only, as the vendor does (the event name is not signed; the ids hold no ``.``);
- a 2xx is ``success``; a 4xx is ``client_error`` and is not retried; anything else (5xx,
  3xx, a refused connection, no answer within 5 s) is ``failed`` and retried;
- the retries page contradicts itself ("5 attempts: 1 initial + up to 4 retries" beside
  five intervals 10, 15, 20, 25, 30 s). Chosen: **5 attempts in all**, the retries waiting
  10, 15, 20 and 25 s (the explicit count wins; the 30 s interval is used with
  ``attempts=6``, the other reading). ``delay_scale`` multiplies the waits (tests: 0.001).

Choices where the vendor is silent: ``x-pay-webhook-id`` names one delivery and stays the
same on its retries and resends; every attempt is signed anew with its own timestamp; the
global secret of a sandbox account is derived from its public key (test-only, printed at
start, ``GET /__sandbox__/webhooks/secret``); only loopback receivers are reached unless
``any_host`` is set, so fuzzing never sends requests to the internet.
"""

from __future__ import annotations

import asyncio
import contextlib
import copy
import hashlib
import threading
import uuid
from dataclasses import asdict, dataclass, replace
from typing import Any, Literal
from urllib.parse import urlsplit

import httpx

from ecartpay_auth import webhooks
from ecartpay_sandbox._config import Account
from ecartpay_sandbox._ids import iso_now, new_object_id
from ecartpay_sandbox._store import Store, collection

__all__ = [
    "RETRY_INTERVALS",
    "WEBHOOKS",
    "WebhookDispatcher",
    "WebhookSettings",
    "global_secret",
    "order_status_event",
]

WEBHOOKS = collection("webhooks")
"""Registrations ``{id, account_id, url, events, created_at}`` (``POST /api/webhooks``)."""

RETRY_INTERVALS = (10.0, 15.0, 20.0, 25.0, 30.0)
FaultKind = Literal["duplicate", "out_of_order", "bad_signature"]
FAULT_KINDS: tuple[str, ...] = ("duplicate", "out_of_order", "bad_signature")
_LOOPBACK = {"127.0.0.1", "localhost", "::1", "[::1]"}
_OUT_OF_ORDER_LIMIT = 30.0  # seconds a held delivery waits for the next one at most


@dataclass(frozen=True)
class WebhookSettings:
    """How deliveries behave; ``POST /__sandbox__/webhooks/settings`` changes them."""

    delay_scale: float = 1.0
    attempts: int = 5
    timeout: float = 5.0
    any_host: bool = False

    def __post_init__(self) -> None:
        if not 0 <= self.delay_scale <= 10:
            raise ValueError("delay_scale must be in 0..10")
        if not 1 <= self.attempts <= 10:
            raise ValueError("attempts must be in 1..10")
        if not 0 < self.timeout <= 60:
            raise ValueError("timeout must be in (0, 60] seconds")

    def wait_before(self, attempt: int) -> float:
        """Seconds to wait before attempt ``attempt`` (2 or more)."""
        index = min(attempt - 2, len(RETRY_INTERVALS) - 1)
        return RETRY_INTERVALS[index] * self.delay_scale


def order_status_event(status: str) -> str:
    """The event of an order whose status just changed: ``orders.confirmation`` when it
    became ``paid`` (the docs' "paid"), else ``orders.update`` (refunds, review)."""
    return "orders.confirmation" if status == "paid" else "orders.update"


def _outcome(status_code: int) -> str:
    """2xx delivered; 4xx the receiver refused (final); anything else is retried."""
    if 200 <= status_code < 300:
        return "success"
    return "client_error" if 400 <= status_code < 500 else "failed"


def global_secret(account: Account) -> str:
    """The account's test-only global secret, stable across restarts like its keys."""
    return "gsec7e57" + hashlib.sha256(b"webhook:" + account.public_key.encode()).hexdigest()[:32]


class WebhookDispatcher:
    """Deliveries of one sandbox (``core.webhooks``); thread-safe, never blocks a caller."""

    def __init__(
        self, store: Store, accounts: dict[str, Account], settings: WebhookSettings
    ) -> None:
        self._store = store
        self._accounts = accounts
        self._configured = settings
        self.settings = settings
        self._cond = threading.Condition()
        self._deliveries: dict[str, dict[str, Any]] = {}
        self._faults: list[dict[str, Any]] = []
        self._held: list[tuple[str, asyncio.Event]] = []
        self._loop: asyncio.AbstractEventLoop | None = None
        self._thread: threading.Thread | None = None
        self._tasks: set[asyncio.Task[None]] = set()
        self._client: httpx.AsyncClient | None = None

    # -- what resources and the control plane call -------------------------------------

    def secret(self, account_id: str) -> str:
        """The global secret deliveries of ``account_id`` are signed with."""
        return global_secret(self._accounts[account_id])

    def emit(self, account_id: str, event: str, data: Any) -> list[str]:
        """Queue ``{event, data}`` for every registration of the account listing ``event``,
        and for the record's own ``notify_url`` (an order's) when it has one and no
        registration already names that URL (``registration_id`` None); answers the
        delivery ids at once (the POSTs happen in the background)."""
        with self._store.account(account_id) as state:
            hooks = [h for h in state[WEBHOOKS].find() if event in h["events"]]
        targets: list[tuple[str | None, str]] = [(h["id"], h["url"]) for h in hooks]
        notify_url = data.get("notify_url") if isinstance(data, dict) else None
        if isinstance(notify_url, str) and notify_url not in {url for _, url in targets}:
            targets.append((None, notify_url))
        ids = []
        for registration_id, url in targets:
            record = {
                "id": new_object_id(),
                "webhook_id": f"hook_{uuid.uuid4()}",
                "registration_id": registration_id,
                "account_id": account_id,
                "url": url,
                "event": event,
                "data": copy.deepcopy(data),
                "status": "pending",
                "fault": None,
                "attempts": [],
                "created_at": iso_now(),
            }
            with self._cond:
                record["fault"] = self._take_fault()
                self._deliveries[record["id"]] = record
            self._submit(record["id"])
            ids.append(record["id"])
        return ids

    def resend(self, delivery_id: str) -> dict[str, Any]:
        """Deliver a logged delivery again (same webhook id and data, new attempts).

        Answers the delivery as it was queued (`pending`): read after the submit, it could
        already be delivered by the time it is read, and the answer would race the worker."""
        with self._cond:
            record = self._deliveries.get(delivery_id)
            if record is None:
                raise KeyError(delivery_id)
            record["status"] = "pending"
            record["fault"] = None
            queued = copy.deepcopy(record)
        self._submit(delivery_id)
        return queued

    def delivery(self, delivery_id: str) -> dict[str, Any]:
        with self._cond:
            return copy.deepcopy(self._deliveries[delivery_id])

    def deliveries(
        self, account_id: str | None = None, event: str | None = None
    ) -> list[dict[str, Any]]:
        """The log, oldest first, with every attempt."""
        with self._cond:
            found = [
                d
                for d in self._deliveries.values()
                if (account_id is None or d["account_id"] == account_id)
                and (event is None or d["event"] == event)
            ]
            return copy.deepcopy(found)

    def add_fault(self, kind: str, count: int = 1) -> dict[str, Any]:
        """Apply ``kind`` to the next ``count`` deliveries emitted."""
        if kind not in FAULT_KINDS:
            raise ValueError(f"kind must be one of {', '.join(FAULT_KINDS)}")
        if not isinstance(count, int) or isinstance(count, bool) or not 1 <= count <= 1000:
            raise ValueError("count must be an integer in 1..1000")
        fault = {"kind": kind, "remaining": count}
        with self._cond:
            self._faults.append(fault)
        return dict(fault)

    def faults(self) -> list[dict[str, Any]]:
        with self._cond:
            return [dict(f) for f in self._faults]

    def clear_faults(self) -> int:
        with self._cond:
            cleared = len(self._faults)
            self._faults.clear()
        return cleared

    def settings_json(self) -> dict[str, Any]:
        return asdict(self.settings)

    def update_settings(self, **changes: Any) -> WebhookSettings:
        unknown = set(changes) - set(asdict(self.settings))
        if unknown:
            raise ValueError(f"unknown webhook settings: {sorted(unknown)}")
        self.settings = replace(self.settings, **changes)
        return self.settings

    def wait_settled(self, timeout: float) -> bool:
        """Block until no delivery is pending (True) or ``timeout`` passes (False)."""
        with self._cond:
            return self._cond.wait_for(self._all_settled, timeout)

    def pending(self) -> int:
        with self._cond:
            return sum(1 for d in self._deliveries.values() if d["status"] == "pending")

    def reset(self) -> None:
        """Cancel what is in flight; forget the log, the faults and changed settings."""
        self._cancel_all()
        with self._cond:
            self._deliveries.clear()
            self._faults.clear()
            self.settings = self._configured
            self._cond.notify_all()

    def close(self) -> None:
        """Cancel in-flight deliveries and stop the background thread (idempotent)."""
        loop, thread = self._loop, self._thread
        if loop is None or thread is None:
            return
        self._cancel_all()
        loop.call_soon_threadsafe(loop.stop)
        thread.join(timeout=10)
        self._loop = self._thread = None

    # -- the background side -----------------------------------------------------------

    def _all_settled(self) -> bool:
        return all(d["status"] != "pending" for d in self._deliveries.values())

    def _take_fault(self) -> str | None:
        if not self._faults:
            return None
        fault = self._faults[0]
        fault["remaining"] -= 1
        if fault["remaining"] <= 0:
            self._faults.pop(0)
        return str(fault["kind"])

    def _ensure_loop(self) -> asyncio.AbstractEventLoop:
        with self._cond:
            if self._loop is None:
                loop = asyncio.new_event_loop()
                ready = threading.Event()

                def run() -> None:
                    asyncio.set_event_loop(loop)
                    loop.call_soon(ready.set)
                    loop.run_forever()
                    loop.run_until_complete(loop.shutdown_asyncgens())
                    if self._client is not None:
                        loop.run_until_complete(self._client.aclose())
                        self._client = None
                    loop.close()

                thread = threading.Thread(target=run, name="sandbox-webhooks", daemon=True)
                thread.start()
                ready.wait(10)
                self._loop, self._thread = loop, thread
            return self._loop

    def _submit(self, delivery_id: str) -> None:
        loop = self._ensure_loop()

        def start() -> None:
            task = loop.create_task(self._deliver(delivery_id))
            self._tasks.add(task)
            task.add_done_callback(self._tasks.discard)

        loop.call_soon_threadsafe(start)

    def _cancel_all(self) -> None:
        loop = self._loop
        if loop is None or not loop.is_running():
            return
        done = threading.Event()

        async def cancel() -> None:
            tasks = [t for t in self._tasks if t is not asyncio.current_task()]
            for task in tasks:
                task.cancel()
            await asyncio.gather(*tasks, return_exceptions=True)
            done.set()

        loop.call_soon_threadsafe(lambda: loop.create_task(cancel()))
        done.wait(10)
        with self._cond:
            for record in self._deliveries.values():
                if record["status"] == "pending":
                    record["status"] = "cancelled"
            self._cond.notify_all()

    def _http(self) -> httpx.AsyncClient:
        if self._client is None:
            self._client = httpx.AsyncClient(follow_redirects=False)
        return self._client

    async def _deliver(self, delivery_id: str) -> None:
        record = self.delivery(delivery_id)
        settings = self.settings
        if record["fault"] == "out_of_order":
            await self._hold(delivery_id)
        status = "failed"
        for attempt in range(1, settings.attempts + 1):
            if attempt > 1:
                await asyncio.sleep(settings.wait_before(attempt))
            outcome = await self._attempt(record, settings)
            if attempt == 1:
                self._release_held(delivery_id)
            if outcome in ("success", "client_error"):
                status = outcome
                break
            if outcome == "blocked":
                break
        with self._cond:
            self._deliveries[delivery_id]["status"] = status
            self._cond.notify_all()

    async def _hold(self, delivery_id: str) -> None:
        """Out of order: wait until the next delivery has gone out first."""
        released = asyncio.Event()
        self._held.append((delivery_id, released))
        with contextlib.suppress(TimeoutError):
            await asyncio.wait_for(released.wait(), _OUT_OF_ORDER_LIMIT)

    def _release_held(self, sent_id: str) -> None:
        for held_id, event in list(self._held):
            if held_id != sent_id:
                event.set()
                self._held.remove((held_id, event))

    async def _attempt(self, record: dict[str, Any], settings: WebhookSettings) -> str:
        secret = self.secret(record["account_id"])
        if record["fault"] == "bad_signature":
            secret = "wrong-" + secret
        delivery = webhooks.sign(
            {"event": record["event"], "data": record["data"]},
            secret,
            webhook_id=record["webhook_id"],
        )
        host = urlsplit(record["url"]).hostname or ""
        if not settings.any_host and host not in _LOOPBACK:
            return self._log(record, "blocked", None, f"{host} is not loopback (any_host off)")
        sends = 2 if record["fault"] == "duplicate" else 1
        outcome = "failed"
        for copy_number in range(sends):
            outcome = await self._post(record, delivery, settings, duplicate=copy_number > 0)
        return outcome

    async def _post(
        self,
        record: dict[str, Any],
        delivery: webhooks.SignedDelivery,
        settings: WebhookSettings,
        *,
        duplicate: bool,
    ) -> str:
        try:
            response = await self._http().post(
                record["url"],
                content=delivery.body,
                headers=delivery.headers,
                timeout=settings.timeout,
            )
        except httpx.TimeoutException:
            return self._log(record, "failed", None, "no answer within the timeout", duplicate)
        except httpx.HTTPError as exc:
            return self._log(record, "failed", None, type(exc).__name__, duplicate)
        code = response.status_code
        return self._log(record, _outcome(code), code, None, duplicate)

    def _log(
        self,
        record: dict[str, Any],
        outcome: str,
        status_code: int | None,
        error: str | None,
        duplicate: bool = False,
    ) -> str:
        with self._cond:
            attempts = self._deliveries[record["id"]]["attempts"]
            attempts.append(
                {
                    "number": len(attempts) + 1,
                    "at": iso_now(),
                    "outcome": outcome,
                    "status_code": status_code,
                    "error": error,
                    "duplicate": duplicate,
                }
            )
            self._cond.notify_all()
        return outcome
