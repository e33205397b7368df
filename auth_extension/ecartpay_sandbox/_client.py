"""``SandboxControl``: a small typed client for the control plane (``/__sandbox__/``).

Used by tests, benchmarks and the soak test to script faults and read what the sandbox
saw and holds. Synchronous on purpose: it talks to a sandbox served in another thread or
process, so blocking briefly is harmless even inside async tests.
"""

from __future__ import annotations

import ssl
from dataclasses import dataclass, field
from typing import Any, Literal

import httpx

from ecartpay_sandbox._running import Running

FaultKindName = Literal["status", "delay", "drop", "malformed", "refuse"]


@dataclass(frozen=True)
class SandboxStats:
    """A snapshot of the counters (see ``GET /__sandbox__/stats``)."""

    tokens_minted: int
    live_tokens: int
    requests: dict[str, int]
    statuses: dict[int, int]
    operation_statuses: dict[str, dict[int, int]]
    dropped: int
    faults_fired: dict[str, int]
    pending_faults: list[dict[str, Any]]
    token_ttl: int
    mint_delay: float
    user_agents: dict[str, int] = field(default_factory=dict)

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> SandboxStats:
        """Parse the control plane's JSON (status keys become ints)."""
        return cls(
            tokens_minted=data["tokens_minted"],
            live_tokens=data["live_tokens"],
            requests=dict(data["requests"]),
            statuses={int(k): v for k, v in data["statuses"].items()},
            operation_statuses={
                op: {int(k): v for k, v in counts.items()}
                for op, counts in data["operation_statuses"].items()
            },
            dropped=data["dropped"],
            faults_fired=dict(data["faults_fired"]),
            pending_faults=list(data["pending_faults"]),
            token_ttl=data["token_ttl"],
            mint_delay=data["mint_delay"],
            user_agents=dict(data.get("user_agents", {})),
        )


@dataclass(frozen=True)
class AccountData:
    """What the sandbox holds for one account: spec-shaped records per collection name
    (``customers``, ``orders``, and whatever the resource modules declare)."""

    collections: dict[str, list[dict[str, Any]]]

    def __getitem__(self, name: str) -> list[dict[str, Any]]:
        return self.collections[name]

    @property
    def customers(self) -> list[dict[str, Any]]:
        """The account's customers, oldest first."""
        return self.collections["customers"]

    @property
    def orders(self) -> list[dict[str, Any]]:
        """The account's orders, oldest first."""
        return self.collections["orders"]


class SandboxControl(Running):
    """Client of a sandbox's control plane at ``base_url``.

    ``verify`` is passed to httpx: the CA file path of a ``--tls`` sandbox, an
    ``ssl.SSLContext``, or a bool.
    """

    def __init__(
        self, base_url: str, *, verify: str | bool | ssl.SSLContext = True, timeout: float = 10.0
    ) -> None:
        self.base_url = base_url.rstrip("/")
        if isinstance(verify, str):
            verify = ssl.create_default_context(cafile=verify)
        self._http = httpx.Client(
            base_url=self.base_url + "/__sandbox__", verify=verify, timeout=timeout
        )

    def _call(self, method: str, path: str, **kwargs: Any) -> Any:
        response = self._http.request(method, path, **kwargs)
        if response.status_code != 200:
            raise RuntimeError(
                f"sandbox control {method} {path}: {response.status_code} {response.text}"
            )
        return response.json()

    def health(self) -> bool:
        """True when the control plane answers."""
        return bool(self._call("GET", "/health")["ok"])

    def stats(self) -> SandboxStats:
        """Counters, pending faults and current settings."""
        return SandboxStats.from_json(self._call("GET", "/stats"))

    def add_fault(
        self,
        *,
        kind: FaultKindName,
        match: str = "*",
        count: int = 1,
        status: int | None = None,
        retry_after: int | None = None,
        delay: float | None = None,
        body: str | None = None,
    ) -> dict[str, Any]:
        """Script a fault for the next ``count`` requests matching ``match`` ("token",
        "api", "*", or an operationId); answers the queued fault with its ``id``."""
        payload: dict[str, Any] = {"kind": kind, "match": match, "count": count}
        optional = {"status": status, "retry_after": retry_after, "delay": delay, "body": body}
        payload.update({k: v for k, v in optional.items() if v is not None})
        result: dict[str, Any] = self._call("POST", "/faults", json=payload)
        return result

    def faults(self) -> list[dict[str, Any]]:
        """The faults still to fire."""
        return list(self._call("GET", "/faults")["faults"])

    def clear_faults(self) -> int:
        """Drop every pending fault; answers how many there were."""
        return int(self._call("DELETE", "/faults")["cleared"])

    def revoke_all(self) -> int:
        """Revoke every issued token now; answers how many were live."""
        return int(self._call("POST", "/revoke")["revoked"])

    def set_ttl(self, seconds: int) -> None:
        """Lifetime of tokens minted from now on (0 mints already-expired tokens)."""
        self._call("POST", "/settings", json={"token_ttl": seconds})

    def set_mint_delay(self, seconds: float) -> None:
        """Delay added to every token mint from now on (e.g. 0.05 for benchmarks)."""
        self._call("POST", "/settings", json={"mint_delay": seconds})

    def reset(self) -> None:
        """Forget data, faults and counters; restore configured ttl and mint delay."""
        self._call("POST", "/reset")

    def data(self, account_id: str) -> AccountData:
        """Every collection the sandbox holds for ``account_id``."""
        accounts = self._call("GET", "/state", params={"account_id": account_id})["accounts"]
        return AccountData(accounts[account_id])

    def state(self) -> dict[str, AccountData]:
        """Every account's data."""
        accounts = self._call("GET", "/state")["accounts"]
        return {k: AccountData(v) for k, v in accounts.items()}

    def pay_order(self, order_id: str) -> dict[str, Any]:
        """The buyer pays the order (pay link or bank transfer): it becomes ``paid`` and a
        payment transaction is recorded; answers the order. A 404 or 409 raises."""
        result: dict[str, Any] = self._call("POST", f"/orders/{order_id}/pay")
        return result

    def accounts(self) -> list[dict[str, str]]:
        """The sandbox's accounts: ``[{"account_id", "public_key"}, ...]``."""
        return list(self._call("GET", "/accounts")["accounts"])

    def deposit(self, account_id: str, currency: str, amount: float | str) -> dict[str, Any]:
        """Fund ``account_id``'s balance (a test deposit); answers the deposit."""
        payload = {"currency": currency, "amount": amount}
        return dict(self._call("POST", f"/accounts/{account_id}/deposits", json=payload))

    def withdraw(
        self,
        account_id: str,
        currency: str,
        amount: float | str,
        payment_method_id: str | None = None,
    ) -> dict[str, Any]:
        """Start a withdrawal from the balance (the dashboard's action); answers it."""
        payload: dict[str, Any] = {"currency": currency, "amount": amount}
        if payment_method_id is not None:
            payload["payment_method_id"] = payment_method_id
        return dict(self._call("POST", f"/accounts/{account_id}/withdrawals", json=payload))

    def settle_withdrawal(self, withdrawal_id: str, status: str) -> dict[str, Any]:
        """The bank's answer to a processing withdrawal: ``paid`` or ``cancelled``."""
        return dict(self._call("POST", f"/withdrawals/{withdrawal_id}/{status}"))

    def webhook_secret(self, account_id: str | None = None) -> str:
        """The account's global secret (primary account by default): what deliveries are
        signed with. Test-only, like the keys."""
        params = {"account_id": account_id} if account_id else None
        return str(self._call("GET", "/webhooks/secret", params=params)["secret"])

    def deliveries(
        self, *, account_id: str | None = None, event: str | None = None
    ) -> list[dict[str, Any]]:
        """The webhook delivery log, oldest first, each with its ``attempts``."""
        params = {k: v for k, v in {"account_id": account_id, "event": event}.items() if v}
        return list(self._call("GET", "/webhooks/deliveries", params=params)["deliveries"])

    def resend(self, delivery_id: str) -> dict[str, Any]:
        """Deliver a logged delivery again (same webhook id and data)."""
        result: dict[str, Any] = self._call("POST", f"/webhooks/deliveries/{delivery_id}/resend")
        return result

    def emit(self, event: str, data: Any, *, account_id: str | None = None) -> list[str]:
        """Emit any event to the account's registrations; answers the delivery ids."""
        payload = {"event": event, "data": data, "account_id": account_id}
        return list(self._call("POST", "/webhooks/emit", json=payload)["deliveries"])

    def add_webhook_fault(
        self, kind: Literal["duplicate", "out_of_order", "bad_signature"], count: int = 1
    ) -> dict[str, Any]:
        """Apply ``kind`` to the next ``count`` deliveries emitted."""
        result: dict[str, Any] = self._call(
            "POST", "/webhooks/faults", json={"kind": kind, "count": count}
        )
        return result

    def webhook_settings(self, **changes: Any) -> dict[str, Any]:
        """Read (no arguments) or change ``delay_scale``, ``attempts``, ``timeout``,
        ``any_host``."""
        if not changes:
            return dict(self._call("GET", "/webhooks/settings"))
        return dict(self._call("POST", "/webhooks/settings", json=changes))

    def oauth_settings(self, **changes: Any) -> dict[str, Any]:
        """Read (no arguments) or change the OAuth settings: ``code_ttl`` (seconds a code
        lives) and ``answer`` (``"keys"`` or ``"access_token"``: the exchange's shape)."""
        if not changes:
            return dict(self._call("GET", "/oauth/settings"))
        return dict(self._call("POST", "/oauth/settings", json=changes))

    def wait_deliveries(self, timeout: float = 10.0) -> bool:
        """Block until no delivery is pending (True) or ``timeout`` passes (False)."""
        payload = {"timeout": timeout}
        answer = self._http.post("/webhooks/wait", json=payload, timeout=timeout + 10)
        if answer.status_code != 200:
            raise RuntimeError(f"sandbox control POST /webhooks/wait: {answer.status_code}")
        return bool(answer.json()["settled"])

    def close(self) -> None:
        """Close the underlying HTTP client."""
        self._http.close()

    stop = close  # leaving ``with`` closes the client
