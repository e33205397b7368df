"""``make record`` end to end against the local sandbox, into a temporary directory:
every flow recorded, nothing secret written, metadata rewritten, and the fresh cassettes
replay offline through the SDK."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import vcr
from pytest_recording.network import blocking_context

from contract_tests.harness import flows, metadata
from contract_tests.harness import placeholders as ph
from contract_tests.harness.cassette_check import check_directory
from contract_tests.harness.live import LiveTarget
from contract_tests.harness.record import RecordingError, record_all
from contract_tests.harness.target import TargetKind
from ecartpay_sandbox import RunningSandbox

from ._support import live_target


@pytest.mark.slow
def test_record_then_replay_offline(sandbox: RunningSandbox, tmp_path: Path) -> None:
    live = live_target(sandbox)
    result = record_all(live, tmp_path)
    assert result.recorded == list(flows.FLOWS)
    assert result.skipped == []

    text = "".join(p.read_text(encoding="utf-8") for p in tmp_path.glob("*.yaml"))
    for secret in (sandbox.public_key, sandbox.private_key, sandbox.account_id, live.base_url):
        assert secret not in text
    assert check_directory(tmp_path, [sandbox.public_key, sandbox.private_key]) == []

    records = metadata.load(tmp_path)
    assert set(records) == set(flows.FLOWS)
    assert {r.target for r in records.values()} == {"local sandbox"}
    assert {r.spec_version for r in records.values()} == {metadata.spec_version()}
    assert {r.spec_sha256 for r in records.values()} == {metadata.spec_digest()}
    readme = (tmp_path / "README.md").read_text(encoding="utf-8")
    assert "local sandbox" in readme
    assert metadata.spec_version() in readme
    assert json.loads((tmp_path / "recording.json").read_text())["cassettes"]

    sandbox.control.reset()  # the replay must not depend on the server in any way
    with blocking_context(allowed_hosts=None):
        for name, flow in flows.FLOWS.items():
            player = vcr.VCR(record_mode="none")
            with player.use_cassette(str(tmp_path / f"{name}.yaml")) as cassette:
                env = flows.FlowEnv(ph.ORIGIN, ph.PUBLIC_KEY, ph.PRIVATE_KEY, records[name].run_id)
                flow(env)
                assert cassette.all_played, name
    assert sandbox.control.stats().requests == {}


@pytest.mark.slow
def test_vendor_recording_keeps_the_local_only_cassette(
    sandbox: RunningSandbox, tmp_path: Path
) -> None:
    """Without a control plane (a vendor sandbox) the revocation flow is not re-recorded."""
    local = live_target(sandbox)
    record_all(local, tmp_path, only=["refresh_after_revocation"])
    before = (tmp_path / "refresh_after_revocation.yaml").read_text(encoding="utf-8")
    vendor_like = LiveTarget(
        TargetKind.SANDBOX, local.base_url, local.public_key, local.private_key
    )
    result = record_all(vendor_like, tmp_path, only=["mint_token", "refresh_after_revocation"])
    assert result.recorded == ["mint_token"]
    assert result.skipped == ["refresh_after_revocation"]
    assert (tmp_path / "refresh_after_revocation.yaml").read_text(encoding="utf-8") == before
    records = metadata.load(tmp_path)
    assert records["mint_token"].target == "vendor sandbox"
    assert records["refresh_after_revocation"].target == "local sandbox"


def test_recording_is_refused_in_production(sandbox: RunningSandbox, tmp_path: Path) -> None:
    with pytest.raises(RecordingError, match="never in production"):
        record_all(live_target(sandbox, TargetKind.PRODUCTION), tmp_path)
    assert list(tmp_path.iterdir()) == []
