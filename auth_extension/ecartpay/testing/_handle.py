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
    with (fixed, test-only values; ``repr`` leaves the private ones out all the same).

    Attributes:
        account_id: The account's id, as tokens and records carry it.
        public_key: The account's public key.
        private_key: The account's private key.
        webhook_secret: The secret its webhook deliveries are signed with, for
            `ecartpay.webhooks.verify`.

    Example:
        ```python
        with running_sandbox() as sandbox:
            keys = sandbox.account(0)
            client = ecartpay.EcartPay(
                keys.public_key, keys.private_key, base_url=sandbox.base_url
            )
        ```
    """

    account_id: str
    public_key: str
    private_key: str = field(repr=False)
    webhook_secret: str = field(repr=False)


@dataclass(frozen=True)
class Fault:
    """A scripted fault waiting to fire on the next ``remaining`` matching requests, as
    `SandboxHandle.set_fault` answers it.

    Attributes:
        id: The fault's id in the sandbox.
        kind: What happens (see `FaultKind`).
        match: Which requests it fires on (`"*"`, `"token"`, `"api"` or an operationId).
        remaining: How many more matching requests it fires on.
        status: The status answered, for a `status` fault.
        retry_after: The `Retry-After` sent with it, in seconds.
        delay: The seconds a `delay` fault holds a request.

    Example:
        ```python
        fault = sandbox.set_fault("status", match="createOrder", status=503)
        assert fault.remaining == 1
        ```
    """

    id: int
    kind: FaultKind
    match: str
    remaining: int
    status: int | None
    retry_after: int | None
    delay: float | None


@dataclass(frozen=True)
class Delivery:
    """One webhook delivery: where it went, its signed ``data``, and how it ended, as
    `SandboxHandle.deliveries` lists it.

    Attributes:
        id: The delivery's id in the sandbox.
        webhook_id: The `x-pay-webhook-id` it was sent with (the idempotency key).
        url: The receiver's URL.
        event: The event's name, e.g. `"orders.confirmation"`.
        status: `pending`, `success`, `client_error`, `failed` or `cancelled`.
        data: The signed `data` member of the body.
        attempts: How many times it was sent.
        account_id: The account whose webhook it was.

    Example:
        ```python
        sandbox.pay_order(order.id)
        paid = sandbox.deliveries(event="orders.confirmation")
        assert [d.status for d in paid] == ["success"]
        ```
    """

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
    index in ``accounts`` or its ``account_id``). Made by `running_sandbox` (or the
    pytest fixture `ecartpay_sandbox`), not by hand.

    Args:
        running: The sandbox server started by `running_sandbox`.

    Attributes:
        base_url: The sandbox's origin, e.g. `http://127.0.0.1:54321`.
        accounts: The test accounts, the first one being the default.

    Example:
        ```python
        with running_sandbox() as sandbox:
            client = sandbox.client()
            order = client.orders.create(
                email="ana@example.com",
                currency="MXN",
                items=[{"name": "Tea", "quantity": 1, "price": 10}],
            )
            sandbox.pay_order(order.id)
        ```
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
        """An account by index or by ``account_id``.

        Args:
            account: The account's index in `accounts`, or its `account_id`.

        Returns:
            The account's keys and webhook secret.

        Raises:
            KeyError: No account has that `account_id`.
            IndexError: No account has that index.

        Example:
            ```python
            second = sandbox.account(1)
            ```
        """
        if isinstance(account, int):
            return self.accounts[account]
        for candidate in self.accounts:
            if candidate.account_id == account:
                return candidate
        raise KeyError(f"no sandbox account {account!r}")

    def client(self, account: int | str = 0, **options: Any) -> EcartPay:
        """A ready ``ecartpay.EcartPay`` on this sandbox with the account's keys.

        Args:
            account: The account's index or `account_id`.
            **options: The client's own options (`retry_policy=`, `timeout=` ...).

        Returns:
            A client of this sandbox; close it (or use it in a `with`) when done.

        Example:
            ```python
            with sandbox.client(timeout=5.0) as client:
                client.customers.create(first_name="Ana", last_name="López", email="a@b.mx")
            ```
        """
        from ecartpay import EcartPay

        keys = self.account(account)
        return EcartPay(keys.public_key, keys.private_key, base_url=self.base_url, **options)

    def async_client(self, account: int | str = 0, **options: Any) -> AsyncEcartPay:
        """``client()``'s ``ecartpay.AsyncEcartPay`` twin.

        Args:
            account: The account's index or `account_id`.
            **options: The client's own options (`retry_policy=`, `timeout=` ...).

        Returns:
            An async client of this sandbox.

        Example:
            ```python
            async with sandbox.async_client() as client:
                await client.customers.list()
            ```
        """
        from ecartpay import AsyncEcartPay

        keys = self.account(account)
        return AsyncEcartPay(keys.public_key, keys.private_key, base_url=self.base_url, **options)

    def pay_order(self, order_id: str) -> Order:
        """The buyer pays the order (on its pay link or by transfer): a created order becomes
        ``paid``, a payment is recorded and the order's webhooks are sent, as if a real
        buyer had paid.

        Args:
            order_id: The order to pay.

        Returns:
            The order, paid.

        Raises:
            RuntimeError: The order is unknown or cannot be paid (the sandbox's answer).

        Example:
            ```python
            paid = sandbox.pay_order(order.id)
            assert paid.status == "paid"
            ```
        """
        return Order.from_dict(self._control.pay_order(order_id))

    def deposit(
        self, amount: Decimal | int | str, currency: str = "MXN", *, account: int | str = 0
    ) -> Transaction:
        """Test money into the account's balance (payouts and refunds draw on it).

        Args:
            amount: How much, in major units (`"150.50"`, `Decimal`, or an int).
            currency: A three-letter currency code.
            account: The account's index or `account_id`.

        Returns:
            The deposit's transaction.

        Example:
            ```python
            sandbox.deposit("1000.00")  # payouts and refunds now have a balance to draw on

            ```
        """
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
        """Script ``kind`` for the next ``count`` requests matching ``match``, to see how
        your code behaves when the API misbehaves.

        Args:
            kind: What happens (see `FaultKind`).
            match: `"*"`, `"token"` (the token endpoint), `"api"` (every other) or an
                operationId such as `"createOrder"`.
            count: On how many matching requests it fires.
            status: The status to answer, for a `status` fault.
            retry_after: A `Retry-After` to send with it, in seconds.
            delay: The seconds a `delay` fault holds the request.

        Returns:
            The fault, as the sandbox recorded it.

        Example:
            ```python
            sandbox.set_fault("status", match="api", status=429, retry_after=1, count=2)
            client.orders.retrieve(order.id)  # retried twice, then answered
            ```
        """
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
        """Drop every fault still waiting.

        Returns:
            How many there were.

        Example:
            ```python
            assert sandbox.clear_faults() == 0  # every scripted fault has fired
            ```
        """
        return self._control.clear_faults()

    def emit_webhook(
        self, event: str, data: Mapping[str, Any], *, account: int | str = 0
    ) -> list[str]:
        """Send ``{event, data}`` to the account's registered webhooks, signed as the vendor
        signs, to test a receiver without making the event happen.

        Args:
            event: The event's name, e.g. `"orders.confirmation"`.
            data: The event's `data` (what the signature covers).
            account: The account's index or `account_id`.

        Returns:
            The ids of the deliveries (one per registered webhook).

        Example:
            ```python
            sandbox.emit_webhook("orders.confirmation", {"id": order.id, "status": "paid"})
            ```
        """
        account_id = self.account(account).account_id
        return self._control.emit(event, dict(data), account_id=account_id)

    def deliveries(
        self, *, event: str | None = None, account: int | str | None = None, settle: float = 10.0
    ) -> list[Delivery]:
        """The webhook deliveries, oldest first, after waiting up to ``settle`` seconds for
        those still in flight.

        Args:
            event: Only this event's deliveries.
            account: Only this account's (its index or `account_id`); default every one.
            settle: Seconds to wait for deliveries still in flight (0: do not wait).

        Returns:
            The deliveries, oldest first.

        Example:
            ```python
            sandbox.pay_order(order.id)
            events = [d.event for d in sandbox.deliveries()]
            ```
        """
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
        keys and webhook secrets stay), so one sandbox serves many tests.

        Example:
            ```python
            sandbox.reset()
            assert sandbox.deliveries(settle=0) == []
            ```
        """
        self._control.reset()
        self._control.webhook_settings(delay_scale=self._delay_scale)

    @property
    def _delay_scale(self) -> float:
        return self._running.config.webhook_delay_scale


@contextmanager
def running_sandbox(**settings: Any) -> Iterator[SandboxHandle]:
    """Serve a fresh sandbox on a free loopback port, in a background thread, for the
    ``with`` block; stop it on the way out.

    Args:
        **settings: The sandbox's own (`ecartpay_sandbox.SandboxConfig`): `token_ttl`,
            `mint_delay`, `accounts`, `webhook_delay_scale` (default 0.001, so webhook
            retries take milliseconds), `webhook_attempts`, `webhook_timeout`.

    Yields:
        The handle on the running sandbox.

    Raises:
        ecartpay.ConfigurationError: The extra `ecartpay[sandbox]` is not installed.
        TypeError: An unknown setting.

    Example:
        ```python
        from ecartpay.testing import running_sandbox

        with running_sandbox(token_ttl=60) as sandbox:
            client = sandbox.client()
            assert client.customers.list().items == []
        ```
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
