"""``python -m contract_tests.harness``: ``run`` (make contract-test) and ``record`` (make record).

Exit codes: 0 all good, 1 failures (schemathesis, leaks, recording), 2 configuration
refused (incomplete keys, production without the override) before anything is sent.
"""

from __future__ import annotations

import argparse
import logging
import sys
import time
from collections.abc import Sequence
from pathlib import Path

from contract_tests.harness import flows, metadata
from contract_tests.harness.live import LiveTarget, open_target
from contract_tests.harness.record import RecordingError, record_all
from contract_tests.harness.redact import Redactor
from contract_tests.harness.runner import (
    DEEP_MAX_EXAMPLES,
    DEFAULT_MAX_EXAMPLES,
    ROOT,
    RunOptions,
    mint_token,
    run_schemathesis,
)
from contract_tests.harness.target import Target, TargetError, select_target


def _say(message: str) -> None:
    print(f"[contract-test] {message}", flush=True)


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="python -m contract_tests.harness")
    parser.add_argument(
        "--tls", action="store_true", help="local sandbox over HTTPS (throw-away CA)"
    )
    commands = parser.add_subparsers(dest="command", required=True)
    run = commands.add_parser("run", help="schemathesis against the target (make contract-test)")
    budget = run.add_mutually_exclusive_group()
    budget.add_argument(
        "--max-examples",
        type=int,
        default=DEFAULT_MAX_EXAMPLES,
        help=f"examples per operation and phase (default {DEFAULT_MAX_EXAMPLES})",
    )
    budget.add_argument(
        "--deep",
        action="store_const",
        const=DEEP_MAX_EXAMPLES,
        dest="max_examples",
        help=f"the deeper run: {DEEP_MAX_EXAMPLES} examples per operation (about 3x longer)",
    )
    run.add_argument("--seed", type=int, default=None)
    run.add_argument("--phases", default=None, help="e.g. examples,fuzzing (default: all)")
    run.add_argument("--report-dir", type=Path, default=ROOT / "reports")
    record = commands.add_parser("record", help="re-record the VCR cassettes (make record)")
    record.add_argument("--cassette-dir", type=Path, default=metadata.CASSETTE_DIR)
    record.add_argument("--only", action="append", default=None, help="one flow (repeatable)")
    return parser


def _check_token(live: LiveTarget) -> str:
    """The SDK's own token path, before schemathesis: a clear error if the keys are wrong."""
    import ecartpay_auth

    try:
        token = mint_token(live)
    except ecartpay_auth.EcartPayError as exc:
        raise SystemExit(
            f"[contract-test] minting a token with ecartpay_auth failed: {exc}"
        ) from None
    _say("token minted with ecartpay_auth (value not shown)")
    return token


def _run(target: Target, args: argparse.Namespace) -> int:
    started = time.monotonic()
    with open_target(target) as live:
        _say(f"target: {live.describe()}")
        if live.read_only:
            _say("production: token check and read-only examples only; no fuzzing, no writes")
        token = _check_token(live)
        options = RunOptions(
            report_dir=args.report_dir,
            max_examples=args.max_examples,
            seed=args.seed,
            phases=args.phases,
        )
        result = run_schemathesis(live, options, token=token, echo=print)
        sdk = flows.check_live(
            live.base_url,
            live.public_key,
            live.private_key,
            verify=live.verify,
            revoke_all=live.revoke_all,
            read_only=live.read_only,
            control=live.control,
        )
    print()
    print(
        result.summary.render(
            target=live.describe(),
            max_examples=None if live.read_only else args.max_examples,
            total_seconds=time.monotonic() - started,
        )
    )
    if result.problem:
        print(f"FAILED:      {result.problem}")
    sdk_failed = [name for name, outcome in sdk.items() if outcome.startswith("FAILED")]
    ran = [name for name, outcome in sdk.items() if not outcome.startswith("skipped")]
    print(f"SDK flows:   {len(ran) - len(sdk_failed)}/{len(ran)} passed live (client + auth)")
    redact = Redactor([live.public_key, live.private_key])  # error texts: no JWT, no key
    for name, outcome in sdk.items():
        if outcome != "ok":
            print(f"  {name}: {redact(outcome)}")
    print(f"reports:     {', '.join(str(p) for p in result.report_paths.values())}")
    if result.leaks:
        files = ", ".join(str(p) for p in result.leaked_files) or "console output"
        print(f"LEAK:        {result.leaks} secret value(s) redacted by the harness in {files}")
    return 0 if result.ok and not sdk_failed else 1


def _record(target: Target, args: argparse.Namespace) -> int:
    if not target.may_record:
        _say("refusing to record against production: recording creates customers and orders")
        return 2
    with open_target(target) as live:
        _say(f"recording against {live.describe()}")
        try:
            result = record_all(live, args.cassette_dir, only=args.only)
        except RecordingError as exc:
            _say(str(exc))
            return 1
    _say(f"recorded: {', '.join(result.recorded)}")
    for name in result.skipped:
        _say(f"kept {name}.yaml: it needs the local sandbox's control plane (revoke-all)")
    _say(f"metadata: {args.cassette_dir / 'README.md'}")
    return 0


def main(argv: Sequence[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    # The in-process sandbox's uvicorn warns on every malformed request schemathesis sends
    # on purpose (NULL bytes in headers); the run's own report covers those.
    logging.getLogger("uvicorn.error").setLevel(logging.ERROR)
    try:
        target = select_target(tls=args.tls)
    except TargetError as exc:
        print(f"[contract-test] configuration refused: {exc}", file=sys.stderr)
        return 2
    for note in target.notes:
        _say(f"note: {note}")
    if args.command == "record":
        return _record(target, args)
    return _run(target, args)
