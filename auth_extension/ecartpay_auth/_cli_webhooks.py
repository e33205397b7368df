"""`ecartpay-auth webhooks verify|sign`: check a saved delivery, or make one for local tests.

A delivery is kept as an HTTP message: an optional request line, `Name: value` headers, a
blank line, the body byte for byte (what `sign` prints and what a request dump holds).
The secret comes from an environment variable (`--secret-env`), never from a flag.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import sys
from typing import Any

from ._errors import ConfigurationError, WebhookVerificationError
from .webhooks import DEFAULT_TOLERANCE, js_stringify, sign, verify
from .webhooks._verify import check_tolerance

__all__ = ["add_parser", "run"]

ENV_WEBHOOK_SECRET = "ECARTPAY_WEBHOOK_SECRET"
_REQUEST_LINE = re.compile(rb"^[A-Z]+ \S+ HTTP/\d(\.\d)?$")
EXIT_OK, EXIT_REJECTED, EXIT_USAGE = 0, 1, 2


def _tolerance(text: str) -> float:
    """`--tolerance`: what `verify(tolerance=...)` takes, else a usage error (exit 2)."""
    try:
        value = check_tolerance(float(text))
    except (ValueError, ConfigurationError):
        raise argparse.ArgumentTypeError(
            f"takes a finite number of seconds >= 0, not {text[:40]!r}"
        ) from None
    assert value is not None  # float(text) is never None
    return value


def _shown(value: object) -> str:
    """`value` as this terminal can print it: what it cannot encode is backslash-escaped."""
    encoding = sys.stdout.encoding or "utf-8"
    return str(value).encode(encoding, "backslashreplace").decode(encoding)


def add_parser(commands: Any) -> None:
    """Register `webhooks verify` and `webhooks sign` under the main parser's commands."""
    webhooks = commands.add_parser(
        "webhooks", help="verify a saved webhook delivery, or sign one for local tests"
    )
    actions = webhooks.add_subparsers(dest="webhooks_command", metavar="ACTION", required=True)
    secret = argparse.ArgumentParser(add_help=False)
    secret.add_argument(
        "--secret-env",
        action="append",
        metavar="VAR",
        help=f"environment variable holding the global secret (default: {ENV_WEBHOOK_SECRET}); "
        "repeat it to accept several during a rotation",
    )
    check = actions.add_parser(
        "verify",
        parents=[secret],
        help="check a delivery read from stdin (headers, blank line, raw body)",
        description="Check a saved delivery read from stdin and say why it fails. "
        "Exit 0 valid, 1 rejected, 2 usage error.",
    )
    timing = check.add_mutually_exclusive_group()
    timing.add_argument(
        "--tolerance",
        type=_tolerance,
        default=DEFAULT_TOLERANCE,
        help=f"seconds the timestamp may be off (default: {DEFAULT_TOLERANCE})",
    )
    timing.add_argument(
        "--ignore-time", action="store_true", help="skip the timestamp check (old saved deliveries)"
    )
    check.add_argument("--json", action="store_true", help="print the verified body as JSON")
    make = actions.add_parser(
        "sign",
        parents=[secret],
        help="print a signed delivery of EVENT with the JSON `data` read from stdin",
    )
    make.add_argument("event", help="event name, e.g. orders.confirmation")
    make.add_argument("--webhook-id", help="x-pay-webhook-id (default: a fresh hook_<uuid>)")
    make.add_argument("--timestamp", type=int, help="x-pay-timestamp in ms (default: now)")


def _secrets(names: list[str] | None) -> list[str]:
    values = []
    for name in names or [ENV_WEBHOOK_SECRET]:
        value = os.environ.get(name, "")
        if not value:
            raise ConfigurationError(f"${name} is empty or not set (it must hold the secret)")
        values.append(value)
    return values


def _parse_delivery(raw: bytes) -> tuple[list[tuple[str, str]], bytes]:
    """Headers and body of a saved HTTP message (CRLF or LF line ends)."""
    match = re.search(rb"\r?\n\r?\n", raw)
    if match is None:
        raise ConfigurationError("stdin holds no blank line between the headers and the body")
    head, body = raw[: match.start()], raw[match.end() :]
    lines = head.replace(b"\r\n", b"\n").split(b"\n")
    if lines and _REQUEST_LINE.match(lines[0]):
        lines = lines[1:]
    headers = []
    for line in lines:
        name, colon, value = line.decode("latin-1").partition(":")
        if not colon:
            raise ConfigurationError(f"not a header line: {name[:40]!r}")
        headers.append((name.strip(), value.strip()))
    return headers, body


def _verify(args: argparse.Namespace) -> int:
    secrets = _secrets(args.secret_env)
    headers, body = _parse_delivery(sys.stdin.buffer.read())
    tolerance = None if args.ignore_time else args.tolerance
    try:
        event = verify(body, headers, secrets, tolerance=tolerance)
    except WebhookVerificationError as exc:
        print(f"ecartpay-auth: rejected ({exc.reason}): {exc}", file=sys.stderr)
        if exc.reason in {"timestamp_too_old", "timestamp_in_future"}:
            print(
                "  the signature is valid; --ignore-time checks a saved delivery", file=sys.stderr
            )
        elif exc.reason == "signature_mismatch":
            print(
                "  tried: the exact `data` bytes and their JavaScript re-serialisation "
                f"(only `data` is signed), with {len(secrets)} secret(s)",
                file=sys.stderr,
            )
        return EXIT_REJECTED
    if args.json:  # JSON is UTF-8 whatever this terminal's encoding
        sys.stdout.flush()
        sys.stdout.buffer.write(js_stringify(event.body).encode("utf-8") + b"\n")
        sys.stdout.buffer.flush()
        return EXIT_OK
    data = event.body.get("data")
    facts = {
        "event (unsigned)": event.event,
        "webhook id": event.webhook_id,
        "timestamp": event.timestamp.isoformat(timespec="milliseconds"),
        "signed text": {
            "data": "the raw data bytes",
            "data-js": "data re-serialised as JavaScript writes it",
        }[event.signed_form],
        "data id": data.get("id", "-") if isinstance(data, dict) else "-",
        "typed as": type(event.data).__name__,
        "idempotency key": event.idempotency_key,
    }
    for name, value in facts.items():
        print(f"{name:<17} {_shown(value)}")
    return EXIT_OK


def _sign(args: argparse.Namespace) -> int:
    secrets = _secrets(args.secret_env)
    try:
        data = json.loads(sys.stdin.buffer.read())
    except ValueError:
        raise ConfigurationError("stdin must hold the event's `data` as JSON") from None
    delivery = sign(
        {"event": args.event, "data": data},
        secrets[0],
        webhook_id=args.webhook_id,
        timestamp=args.timestamp,
    )
    out = sys.stdout.buffer
    out.write(b"POST /webhooks HTTP/1.1\r\n")
    for name, value in delivery.headers.items():
        out.write(f"{name}: {value}\r\n".encode("latin-1"))
    out.write(f"content-length: {len(delivery.body)}\r\n\r\n".encode())
    out.write(delivery.body)
    out.flush()
    return EXIT_OK


def run(args: argparse.Namespace) -> int:
    """Run a parsed `webhooks` command; exit code 0, 1 (rejected) or 2 (usage)."""
    try:
        return _verify(args) if args.webhooks_command == "verify" else _sign(args)
    except ConfigurationError as exc:
        print(f"ecartpay-auth: {exc}", file=sys.stderr)
        return EXIT_USAGE
