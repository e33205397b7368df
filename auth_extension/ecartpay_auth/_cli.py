"""`ecartpay-auth`: get a token for shell use, or inspect one without printing it.

Exit codes: 0 success, 1 the API refused or failed (message on stderr), 2 usage or
configuration error (missing keys, unknown environment, bad flag).
"""

from __future__ import annotations

import argparse
import json
import logging
import sys
from collections.abc import Sequence
from datetime import UTC, datetime

from . import __version__, _cli_webhooks
from ._auth import EcartPayAuth
from ._config import ENV_BASE_URL, ENV_ENVIRONMENT, ENV_PRIVATE_KEY, ENV_PUBLIC_KEY, ENVIRONMENTS
from ._constants import DEFAULT_MAX_RETRIES, DEFAULT_TIMEOUT
from ._errors import ConfigurationError, EcartPayError
from ._retry import RetryPolicy
from ._token import Token

__all__ = ["main"]

EXIT_OK, EXIT_API, EXIT_USAGE = 0, 1, 2


def _parser() -> argparse.ArgumentParser:
    common = argparse.ArgumentParser(add_help=False)
    keys = common.add_argument_group("keys and target (flags beat environment variables)")
    keys.add_argument(
        "--public-key", help=f"public key (default: ${ENV_PUBLIC_KEY}; prefer the variable)"
    )
    keys.add_argument(
        "--private-key",
        help=f"private key (default: ${ENV_PRIVATE_KEY}; prefer the variable: flags show in `ps`)",
    )
    target = keys.add_mutually_exclusive_group()
    target.add_argument(
        "--environment",
        choices=sorted(ENVIRONMENTS),
        help=f"default: ${ENV_ENVIRONMENT}, else sandbox",
    )
    target.add_argument("--base-url", help=f"overrides the environment (default: ${ENV_BASE_URL})")
    keys.add_argument(
        "--ca-file", help="CA bundle to trust (e.g. the local TLS sandbox's certificate)"
    )
    keys.add_argument(
        "--allow-insecure-http",
        action="store_true",
        help="accept a plain http:// base URL to a host other than this machine",
    )
    keys.add_argument(
        "--timeout",
        type=float,
        help=f"seconds per request (default: {DEFAULT_TIMEOUT.read:g}, "
        f"{DEFAULT_TIMEOUT.connect:g} to connect)",
    )
    keys.add_argument(
        "--max-retries",
        type=int,
        default=DEFAULT_MAX_RETRIES,
        help=f"token endpoint retries (default: {DEFAULT_MAX_RETRIES})",
    )
    keys.add_argument("-v", "--verbose", action="store_true", help="debug logs on stderr")

    parser = argparse.ArgumentParser(
        prog="ecartpay-auth",
        description="Ecart Pay API tokens from the command line.",
        epilog='example: curl -H "Authorization: $(ecartpay-auth token)" '
        "https://sandbox.ecartpay.com/api/orders/ID",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", required=True)
    commands.add_parser(
        "token",
        parents=[common],
        help="print a fresh token on stdout (the only command that prints one)",
        description="Print a fresh token on stdout, for "
        '`curl -H "Authorization: $(ecartpay-auth token)"`.',
    )
    inspect = commands.add_parser(
        "inspect",
        parents=[common],
        help="mint a token and describe it (account, issue/expiry, lifetime), never print it",
    )
    inspect.add_argument("--json", action="store_true", help="machine-readable output")
    _cli_webhooks.add_parser(commands)
    return parser


def _iso(value: datetime | None) -> str | None:
    return value.isoformat() if value is not None else None


def _describe(token: Token) -> dict[str, object]:
    remaining = token.remaining()
    return {
        "account_id": token.account_id,
        "token_id": token.token_id,
        "issued_at": _iso(token.issued_at_utc),
        "expires_at": _iso(token.expires_at_utc),
        "lifetime_seconds": round(token.lifetime),
        "remaining_seconds": round(remaining),
        "claims_readable": token.claims_readable,
        "fingerprint": f"sha256:{token.fingerprint}",
        "checked_at": datetime.now(UTC).isoformat(timespec="seconds"),
    }


def main(argv: Sequence[str] | None = None) -> int:
    parser = _parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as exc:  # argparse exits 2 on usage errors, 0 on --help
        return int(exc.code) if isinstance(exc.code, int) else EXIT_USAGE
    if args.command == "webhooks":
        return _cli_webhooks.run(args)
    if args.verbose:
        logging.basicConfig(stream=sys.stderr, format="%(name)s: %(message)s")
        logging.getLogger("ecartpay_auth").setLevel(logging.DEBUG)
    try:
        auth = EcartPayAuth.from_env(
            public_key=args.public_key,
            private_key=args.private_key,
            environment=args.environment,
            base_url=args.base_url,
            timeout=DEFAULT_TIMEOUT if args.timeout is None else args.timeout,
            retry_policy=RetryPolicy(max_retries=args.max_retries),
            verify=args.ca_file if args.ca_file else True,
            allow_insecure_http=args.allow_insecure_http,
        )
        token = auth.get_token_info()
    except ConfigurationError as exc:
        print(f"ecartpay-auth: configuration error: {exc}", file=sys.stderr)
        return EXIT_USAGE
    except EcartPayError as exc:
        print(f"ecartpay-auth: {exc}", file=sys.stderr)
        return EXIT_API
    except KeyboardInterrupt:
        return 130
    if args.command == "token":
        print(token.value)
        return EXIT_OK
    info = _describe(token)
    if args.json:
        print(json.dumps(info, indent=2))
    else:
        width = max(len(k) for k in info)
        for key, value in info.items():
            print(f"{key.replace('_', ' '):<{width}}  {value if value is not None else '-'}")
    return EXIT_OK
