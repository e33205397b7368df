"""Turn a selected ``Target`` into a reachable one: start the local sandbox when asked.

Kept apart from ``target`` (pure rules) because it has side effects: a server thread
for the local sandbox, nothing at all for a remote target.
"""

from __future__ import annotations

import ssl
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from contract_tests.harness.target import Target, TargetKind

if TYPE_CHECKING:
    from ecartpay_sandbox import RunningSandbox, SandboxControl

#: Test money put in every local account before a run (the control plane's deposits), so
#: payouts and their chains can succeed; a remote sandbox account has what its owner put in.
LOCAL_FUNDS = {"MXN": 1_000_000, "USD": 1_000_000}


@dataclass(frozen=True)
class LiveTarget:
    """A target that answers now: URL, keys, CA, and the control plane when local."""

    kind: TargetKind
    base_url: str
    public_key: str = field(repr=False)
    private_key: str = field(repr=False)
    ca_file: str | None = None
    revoke_all: Callable[[], object] | None = field(default=None, repr=False)
    control: SandboxControl | None = field(default=None, repr=False)  # local sandbox only

    @property
    def verify(self) -> bool | ssl.SSLContext:
        """For httpx and ecartpay_auth: trust ``ca_file`` when one is given."""
        return ssl.create_default_context(cafile=self.ca_file) if self.ca_file else True

    @property
    def read_only(self) -> bool:
        return self.kind is TargetKind.PRODUCTION

    def describe(self) -> str:
        return f"{self.kind.value} at {self.base_url}"


def fund_local(sandbox: RunningSandbox) -> None:
    """Put ``LOCAL_FUNDS`` in every account of a local sandbox (its control plane)."""
    for account in sandbox.accounts:
        for currency, amount in LOCAL_FUNDS.items():
            sandbox.control.deposit(account.account_id, currency, amount)


@contextmanager
def open_target(target: Target) -> Iterator[LiveTarget]:
    """Yield a LiveTarget; for LOCAL, a fresh sandbox on a free port for the block, seeded
    with the records the spec's examples name."""
    if target.kind is TargetKind.LOCAL:
        from ecartpay_sandbox import running_sandbox
        from ecartpay_sandbox._seeds import fixtures_config

        # With the fixtures: the records the spec's examples name exist (``_seeds``).
        with running_sandbox(fixtures_config(), tls=target.tls) as sandbox:
            fund_local(sandbox)
            yield LiveTarget(
                TargetKind.LOCAL,
                sandbox.base_url,
                sandbox.public_key,
                sandbox.private_key,
                sandbox.ca_file,
                revoke_all=sandbox.control.revoke_all,
                control=sandbox.control,
            )
        return
    assert target.base_url
    assert target.public_key
    assert target.private_key
    yield LiveTarget(
        target.kind, target.base_url, target.public_key, target.private_key, target.ca_file
    )
