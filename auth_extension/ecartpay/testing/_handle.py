"""``running_sandbox()``: the local sandbox in a background thread, and a typed handle on it.

The sandbox itself is ``ecartpay_sandbox`` (its server dependencies come with the extra
``ecartpay[sandbox]``); this module only starts it and speaks to its control plane, so
importing ``ecartpay.testing`` costs nothing until a sandbox is started.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass, field, fields
from decimal import Decimal
from typing import TYPE_CHECKING, Any, Literal

from ecartpay_auth._errors import ConfigurationError
from ecartpay_client.models import Order, Transaction

if TYPE_CHECKING:
    from ecartpay import AsyncEcartPay, EcartPay
    from ecartpay_sandbox import RunningSandbox, SandboxControl

__all__ = [
    "Delivery",
    "Fault",
    "FaultKind",
    "SandboxAccount",
    "SandboxHandle",
    "running_sandbox",
]

FaultKind = Literal["status", "delay", "drop", "malformed", "refuse"]
"""``status``: answer ``status`` (429 with ``Retry-After``); ``delay``: hold the request
``delay`` seconds; ``drop``: close the connection unanswered; ``malformed``: a 200 with a
broken body; ``refuse``: fail the next TLS handshake (HTTPS sandboxes only)."""

#: Webhook retry waits are the vendor's (10 to 25 s) times this: tests need no patience.
DEFAULT_WEBHOOK_DELAY_SCALE = 0.001
_INSTALL_HINT = "the local sandbox needs its extra: pip install 'ecartpay[sandbox]'"


@dataclass(frozen=True)
class SandboxAccount:
    """One test account of the sandbox: its keys and the secret its webhooks are signed
    with (fixed, test-only values; ``repr`` leaves the private ones out all the same)."""

    account_id: str
    public_key: str
    private_key: str = field(repr=False)
    webhook_secret: str = field(repr=False)


@dataclass(frozen=True)
class Fault:
    """A scripted fault waiting to fire on the next ``remaining`` matching requests."""

    id: int
    kind: FaultKind
    match: str
    remaining: int
    status: int | None
    retry_after: int | None
    delay: float | None


@dataclass(frozen=True)
class Delivery:
    """One webhook delivery: where it went, its signed ``data``, and how it ended
    (``pending``, ``success``, ``client_error``, ``failed`` or ``cancelled``)."""

    id: str
    webhook_id: str
    url: str
    event: str
    status: str
    data: Any
    attempts: int
    account_id: str


class SandboxHandle:
    """A running sandbox: where it is, its accounts, ready clients, and control actions.

    Control actions act on the first account unless ``account=`` names another (its
    index in ``accounts`` or its ``account_id``).
    """

    def __init__(self, running: RunningSandbox) -> None:
        self._running = running
        self._control: SandboxControl = running.control
        #: The sandbox's origin, e.g. ``http://127.0.0.1:54321``.
        self.base_url: str = running.base_url
        #: The test accounts, the first one being the default.
        self.accounts: tuple[SandboxAccount, ...] = tuple(
            SandboxAccount(
                a.account_id,
                a.public_key,
                a.private_key,
                self._control.webhook_secret(a.account_id),
            )
            for a in running.accounts
        )

    def __repr__(self) -> str:
        return f"SandboxHandle(base_url={self.base_url!r}, accounts={len(self.accounts)})"

    def account(self, account: int | str = 0) -> SandboxAccount:
        """An account by index or by ``account_id``."""
        if isinstance(account, int):
            return self.accounts[account]
        for candidate in self.accounts:
            if candidate.account_id == account:
                return candidate
        raise KeyError(f"no sandbox account {account!r}")

    def client(self, account: int | str = 0, **options: Any) -> EcartPay:
        """A ready ``ecartpay.EcartPay`` on this sandbox with the account's keys; ``options``
        are the client's own (``retry_policy=``, ``timeout=`` ...)."""
        from ecartpay import EcartPay

        keys = self.account(account)
        return EcartPay(keys.public_key, keys.private_key, base_url=self.base_url, **options)

    def async_client(self, account: int | str = 0, **options: Any) -> AsyncEcartPay:
        """``client()``'s ``ecartpay.AsyncEcartPay`` twin."""
        from ecartpay import AsyncEcartPay

        keys = self.account(account)
        return AsyncEcartPay(keys.public_key, keys.private_key, base_url=self.base_url, **options)

    def pay_order(self, order_id: str) -> Order:
        """The buyer pays the order (on its pay link or by transfer): a created order becomes
        ``paid`` and a payment is recorded. An unknown or unpayable order raises
        ``RuntimeError`` with the sandbox's answer."""
        return Order.from_dict(self._control.pay_order(order_id))

    def deposit(
        self, amount: Decimal | int | str, currency: str = "MXN", *, account: int | str = 0
    ) -> Transaction:
        """Test money into the account's balance (payouts and refunds draw on it)."""
        account_id = self.account(account).account_id
        return Transaction.from_dict(self._control.deposit(account_id, currency, str(amount)))

    def set_fault(
        self,
        kind: FaultKind,
        *,
        match: str = "*",
        count: int = 1,
        status: int | None = None,
        retry_after: int | None = None,
        delay: float | None = None,
    ) -> Fault:
        """Script ``kind`` for the next ``count`` requests matching ``match``: ``"*"``,
        ``"token"`` (the token endpoint), ``"api"`` (every other) or an operationId such as
        ``"createOrder"``."""
        answer = self._control.add_fault(
            kind=kind,
            match=match,
            count=count,
            status=status,
            retry_after=retry_after,
            delay=delay,
        )
        return Fault(
            id=answer["id"],
            kind=answer["kind"],
            match=answer["match"],
            remaining=answer["remaining"],
            status=answer.get("status"),
            retry_after=answer.get("retry_after"),
            delay=answer.get("delay"),
        )

    def clear_faults(self) -> int:
        """Drop every fault still waiting; answers how many there were."""
        return self._control.clear_faults()

    def emit_webhook(
        self, event: str, data: Mapping[str, Any], *, account: int | str = 0
    ) -> list[str]:
        """Send ``{event, data}`` to the account's registered webhooks, signed as the vendor
        signs; answers the delivery ids."""
        account_id = self.account(account).account_id
        return self._control.emit(event, dict(data), account_id=account_id)

    def deliveries(
        self, *, event: str | None = None, account: int | str | None = None, settle: float = 10.0
    ) -> list[Delivery]:
        """The webhook deliveries, oldest first, after waiting up to ``settle`` seconds for
        those still in flight (0: do not wait)."""
        if settle > 0:
            self._control.wait_deliveries(settle)
        account_id = None if account is None else self.account(account).account_id
        return [
            Delivery(
                id=d["id"],
                webhook_id=d["webhook_id"],
                url=d["url"],
                event=d["event"],
                status=d["status"],
                data=d["data"],
                attempts=len(d["attempts"]),
                account_id=d["account_id"],
            )
            for d in self._control.deliveries(account_id=account_id, event=event)
        ]

    def reset(self) -> None:
        """Forget every record, fault, delivery and counter: a sandbox as good as new (the
        keys and webhook secrets stay)."""
        self._control.reset()
        self._control.webhook_settings(delay_scale=self._delay_scale)

    @property
    def _delay_scale(self) -> float:
        return self._running.config.webhook_delay_scale


@contextmanager
def running_sandbox(**settings: Any) -> Iterator[SandboxHandle]:
    """Serve a fresh sandbox on a free loopback port, in a background thread, for the
    ``with`` block; stop it on the way out.

    ``settings`` are the sandbox's own (``ecartpay_sandbox.SandboxConfig``): ``token_ttl``,
    ``mint_delay``, ``accounts``, ``webhook_delay_scale`` (default 0.001, so webhook retries
    take milliseconds), ``webhook_attempts``, ``webhook_timeout``. An unknown one is a
    ``TypeError``.
    """
    try:
        from ecartpay_sandbox import SandboxConfig
        from ecartpay_sandbox import running_sandbox as serve
    except ImportError as exc:  # starlette, uvicorn ... are the extra's
        raise ConfigurationError(_INSTALL_HINT) from exc
    known = {f.name for f in fields(SandboxConfig)} - {"control_plane", "spec_path"}
    unknown = set(settings) - known
    if unknown:
        raise TypeError(f"unknown sandbox settings: {sorted(unknown)} (known: {sorted(known)})")
    settings.setdefault("webhook_delay_scale", DEFAULT_WEBHOOK_DELAY_SCALE)
    with serve(SandboxConfig(**settings)) as running:
        yield SandboxHandle(running)
