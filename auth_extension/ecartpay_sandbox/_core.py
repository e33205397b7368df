"""The sandbox's moving parts in one object: tokens, data, faults, counters, settings.

The HTTP layers (vendor API, control plane, fault middleware) all act on one ``SandboxCore``;
in-process users reach the same object as ``app.core``.
"""

from __future__ import annotations

from typing import Any

from ecartpay_auth import TOKEN_OPERATION_ID as TOKEN_OPERATION
from ecartpay_sandbox._config import Account, SandboxConfig
from ecartpay_sandbox._faults import FaultPlan
from ecartpay_sandbox._oauth import OAuthState
from ecartpay_sandbox._spec import Spec
from ecartpay_sandbox._stats import TrafficCounters
from ecartpay_sandbox._store import Store
from ecartpay_sandbox._tokens import TokenIssuer
from ecartpay_sandbox._webhooks import WebhookDispatcher, WebhookSettings


class SandboxCore:
    """Shared state of one sandbox app."""

    def __init__(self, config: SandboxConfig, spec: Spec) -> None:
        if TOKEN_OPERATION not in spec.operations:
            raise ValueError(f"the spec has no {TOKEN_OPERATION} operation")
        self.config = config
        self.spec = spec
        self.accounts = {a.account_id: a for a in config.accounts}
        self.issuer = TokenIssuer(config.accounts, config.jwt_secret, config.token_ttl)
        self.store = Store()
        self.faults = FaultPlan(TOKEN_OPERATION)
        self.counters = TrafficCounters()
        self.mint_delay = config.mint_delay
        self.oauth = OAuthState(
            code_ttl=config.oauth_code_ttl,
            answer="access_token" if config.oauth_answer == "access_token" else "keys",
            seed_account_id=config.primary.account_id,
        )
        self.webhooks = WebhookDispatcher(
            self.store,
            self.accounts,
            WebhookSettings(
                delay_scale=config.webhook_delay_scale,
                attempts=config.webhook_attempts,
                timeout=config.webhook_timeout,
                any_host=config.webhook_any_host,
            ),
        )

    def add_account(self, account: Account) -> Account:
        """A new merchant account (the OAuth consent page creates them): its own keys,
        no data yet. It stays until the sandbox stops (a reset keeps accounts)."""
        self.issuer.add_account(account)
        self.accounts[account.account_id] = account  # the dict the webhooks read too
        return account

    def settings(self) -> dict[str, Any]:
        """``{token_ttl, mint_delay}``: what applies to tokens minted from now on."""
        return {"token_ttl": self.issuer.ttl, "mint_delay": self.mint_delay}

    def update_settings(
        self, *, token_ttl: int | None = None, mint_delay: float | None = None
    ) -> dict[str, Any]:
        """Change the ttl of future tokens and/or the delay added to every mint."""
        if token_ttl is not None:
            if token_ttl < 0:
                raise ValueError("token_ttl must be >= 0 seconds")
            self.issuer.ttl = token_ttl
        if mint_delay is not None:
            if not 0 <= mint_delay <= 60:
                raise ValueError("mint_delay must be in 0..60 seconds")
            self.mint_delay = mint_delay
        return self.settings()

    def stats(self) -> dict[str, Any]:
        """Counters, pending faults and settings, as the control plane reports them."""
        return {
            "tokens_minted": self.issuer.minted,
            "live_tokens": self.issuer.live_count(),
            **self.counters.to_json(),
            "faults_fired": dict(self.faults.fired),
            "pending_faults": [f.to_json() for f in self.faults.pending()],
            **self.settings(),
        }

    def reset(self) -> None:
        """Back to a fresh start: no data, no faults, zero counters, configured settings.

        Issued tokens stay valid (use ``revoke_all`` to drop them): a reset between tests
        should not force every long-lived client to mint again.
        """
        self.webhooks.reset()
        self.store.reset()
        self.faults.clear()
        self.counters.reset()
        self.issuer.reset_counters()
        self.issuer.ttl = self.config.token_ttl
        self.mint_delay = self.config.mint_delay
        self.oauth.reset()

    def close(self) -> None:
        """Stop background work (webhook deliveries in flight); the app serves no more."""
        self.webhooks.close()
