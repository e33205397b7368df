"""Helpers of the contract tests: the harness's view of a fixture sandbox."""

from __future__ import annotations

from contract_tests.harness.live import LiveTarget, fund_local
from contract_tests.harness.target import TargetKind
from ecartpay_sandbox import RunningSandbox


def live_target(sandbox: RunningSandbox, kind: TargetKind = TargetKind.LOCAL) -> LiveTarget:
    """The target the harness would build for `sandbox` (its keys, CA and revocation), funded
    like the harness's own local sandbox."""
    fund_local(sandbox)
    return LiveTarget(
        kind,
        sandbox.base_url,
        sandbox.public_key,
        sandbox.private_key,
        sandbox.ca_file,
        revoke_all=sandbox.control.revoke_all,
    )
