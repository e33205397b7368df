"""Record the SDK's flows against a live target into scrubbed cassettes (``make record``).

Each flow gets its own vcrpy cassette in record mode "all" (always hit the network) with
a fresh ``Scrubber``; after saving, the independent checker reads the file back with the
real secrets of this run as known values, and only a clean file replaces the old one.
"""

from __future__ import annotations

import datetime
import secrets
from dataclasses import dataclass
from pathlib import Path

import vcr

from contract_tests.harness import flows, metadata
from contract_tests.harness import placeholders as ph
from contract_tests.harness.cassette_check import check_cassette_file
from contract_tests.harness.live import LiveTarget
from contract_tests.harness.scrub import Scrubber
from contract_tests.harness.target import TargetKind


class RecordingError(Exception):
    """A flow failed, or a cassette still held a secret after scrubbing."""


@dataclass(frozen=True)
class RecordResult:
    recorded: list[str]
    skipped: list[str]  # local-only flows when recording elsewhere: the old cassette stays


def _scrubber(live: LiveTarget) -> Scrubber:
    return Scrubber(
        live.base_url,
        {
            live.public_key: ph.PUBLIC_KEY,
            live.private_key: ph.PRIVATE_KEY,
            flows.WRONG_PUBLIC_KEY: ph.PUBLIC_KEY,
            flows.WRONG_PRIVATE_KEY: ph.PRIVATE_KEY,
        },
    )


def record_flow(live: LiveTarget, name: str, directory: Path, run_id: str) -> None:
    """Record one flow into ``directory/name.yaml``.

    It is recorded into a temporary file first and moved into place only when the flow
    succeeded and the checker found nothing: a failed recording leaves the previous
    cassette as it was and no half-scrubbed file behind.
    """
    path = directory / f"{name}.yaml"
    partial = directory / f".{name}.recording.yaml"
    partial.unlink(missing_ok=True)
    scrubber = _scrubber(live)
    recorder = vcr.VCR(
        record_mode="all",
        before_record_request=scrubber.request,
        before_record_response=scrubber.response,
        decode_compressed_response=True,
    )
    env = flows.FlowEnv(
        base_url=live.base_url,
        public_key=live.public_key,
        private_key=live.private_key,
        run_id=run_id,
        verify=live.verify,
        revoke_all=live.revoke_all,
    )
    try:
        try:
            with recorder.use_cassette(str(partial)):
                flows.FLOWS[name](env)
        except Exception as exc:
            raise RecordingError(f"{name}: the flow failed: {type(exc).__name__}: {exc}") from exc
        known = [live.public_key, live.private_key, *scrubber.secrets()]
        findings = check_cassette_file(partial, known)
        if findings:
            details = "\n  ".join(str(f) for f in findings)
            raise RecordingError(f"{name}: secrets left after scrubbing (not saved):\n  {details}")
        partial.replace(path)
    finally:
        partial.unlink(missing_ok=True)


def record_all(
    live: LiveTarget,
    directory: Path = metadata.CASSETTE_DIR,
    *,
    spec_path: Path = metadata.SPEC_PATH,
    only: list[str] | None = None,
) -> RecordResult:
    """Record every flow (or ``only`` these) and rewrite the metadata and README."""
    if live.read_only:
        raise RecordingError("recording creates customers and orders: never in production")
    directory.mkdir(parents=True, exist_ok=True)
    records = metadata.load(directory)
    version = metadata.spec_version(spec_path)
    digest = metadata.spec_digest(spec_path)
    recorded: list[str] = []
    skipped: list[str] = []
    for name in only or list(flows.FLOWS):
        if name in flows.LOCAL_ONLY and live.revoke_all is None:
            skipped.append(name)
            continue
        run_id = secrets.token_hex(4)
        record_flow(live, name, directory, run_id)
        records[name] = metadata.CassetteRecord(
            target="local sandbox" if live.kind is TargetKind.LOCAL else "vendor sandbox",
            recorded_at=datetime.datetime.now(datetime.UTC).strftime("%Y-%m-%dT%H:%M:%SZ"),
            spec_version=version,
            run_id=run_id,
            spec_sha256=digest,
            tls=live.base_url.startswith("https://") and live.kind is TargetKind.LOCAL,
        )
        recorded.append(name)
    metadata.save(records, directory)
    return RecordResult(recorded, skipped)
