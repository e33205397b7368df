"""``ecartpay-sandbox`` (also ``python -m ecartpay_sandbox``, ``python -m contract_tests.sandbox``
and ``make sandbox`` in a checkout): serve the local sandbox until stopped.

Prints its URL, its test keys (fixed, public test-only keys, not secrets) and, with
``--tls``, the CA file clients must trust; then serves with uvicorn until Ctrl-C.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence
from dataclasses import replace
from pathlib import Path

from ecartpay_auth import TOKEN_PATH
from ecartpay_auth._config import is_loopback
from ecartpay_sandbox._config import Account, SandboxConfig, config_from_env
from ecartpay_sandbox._seeds import fixtures_config
from ecartpay_sandbox._server import LOOPBACK, bind_socket, build_server, url_for
from ecartpay_sandbox._tls import temporary_tls_files
from ecartpay_sandbox._webhooks import global_secret
from ecartpay_sandbox.app import create_app

#: Printed on stderr when ``--allow-remote`` binds an address other hosts can reach.
REMOTE_WARNING = (
    "WARNING: serving on {host}, reachable from other hosts. The control plane "
    "(/__sandbox__/) has no authentication: anyone who reaches it can read every account's "
    "data, reset it, script faults and revoke tokens. Use it only on a network you trust."
)


def _parser(prog: str) -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog=prog,
        description="Serve the local Ecart Pay sandbox (a stand-in for sandbox.ecartpay.com).",
    )
    parser.add_argument("--host", default=LOOPBACK, help="address to bind (default 127.0.0.1)")
    parser.add_argument(
        "--allow-remote",
        action="store_true",
        help="allow a --host other hosts can reach (the control plane has no authentication)",
    )
    parser.add_argument(
        "--port",
        type=int,
        default=int(os.environ.get("SANDBOX_PORT", "8765")),
        help="port (0 picks a free one; default $SANDBOX_PORT or 8765)",
    )
    parser.add_argument("--tls", action="store_true", help="serve HTTPS with a throw-away CA")
    parser.add_argument("--token-ttl", type=int, help="token lifetime in seconds (default 3600)")
    parser.add_argument("--public-key", help="primary public key (env SANDBOX_PUBLIC_KEY)")
    parser.add_argument("--private-key", help="primary private key (env SANDBOX_PRIVATE_KEY)")
    parser.add_argument(
        "--account",
        action="append",
        default=[],
        metavar="PUB:PRIV[:ACCOUNT_ID]",
        help="add an account (repeatable; env SANDBOX_ACCOUNTS, comma-separated)",
    )
    parser.add_argument(
        "--spec", type=Path, help="OpenAPI file (default: the bundled openapi.yaml)"
    )
    parser.add_argument(
        "--no-control-plane", action="store_true", help="do not serve /__sandbox__/ (404)"
    )
    parser.add_argument(
        "--fixtures",
        action="store_true",
        help="seed the primary account with the records the spec's examples name "
        "(its id becomes the examples' account id)",
    )
    parser.add_argument(
        "--webhook-delay-scale",
        type=float,
        help="multiply the webhook retry waits (10, 15, 20, 25 s) by this (default 1)",
    )
    parser.add_argument(
        "--webhook-attempts",
        type=int,
        help="attempts per delivery (default 5; 6 = the retries page's other reading)",
    )
    parser.add_argument(
        "--webhook-any-host",
        action="store_true",
        help="deliver webhooks beyond loopback (default: only 127.0.0.1, ::1, localhost)",
    )
    parser.add_argument("--log-level", default="info", help="uvicorn log level (default info)")
    return parser


def _config(args: argparse.Namespace) -> SandboxConfig:
    config = config_from_env().with_primary_keys(args.public_key, args.private_key)
    if args.token_ttl is not None:
        config = replace(config, token_ttl=args.token_ttl)
    if args.account:
        extra = tuple(Account.parse(item) for item in args.account)
        config = replace(config, accounts=(*config.accounts, *extra))
    if args.spec is not None:
        config = replace(config, spec_path=args.spec)
    if args.no_control_plane:
        config = replace(config, control_plane=False)
    if args.fixtures:
        config = fixtures_config(config)
    if args.webhook_delay_scale is not None:
        config = replace(config, webhook_delay_scale=args.webhook_delay_scale)
    if args.webhook_attempts is not None:
        config = replace(config, webhook_attempts=args.webhook_attempts)
    if args.webhook_any_host:
        config = replace(config, webhook_any_host=True)
    return config


def main(argv: Sequence[str] | None = None, *, prog: str = "ecartpay-sandbox") -> int:
    """Parse arguments, print the banner, serve until interrupted."""
    parser = _parser(prog)
    args = parser.parse_args(argv)
    try:
        config = _config(args)
    except ValueError as exc:
        parser.error(str(exc))
    if not is_loopback(args.host):
        if not args.allow_remote:
            parser.error(
                f"--host {args.host} is reachable from other hosts, and the control plane "
                "(/__sandbox__/) has no authentication: pass --allow-remote to bind it anyway"
            )
        print(REMOTE_WARNING.format(host=args.host), file=sys.stderr, flush=True)
    app = create_app(config)
    tls_dir, tls_files = temporary_tls_files() if args.tls else (None, None)
    sock = bind_socket(args.host, args.port)
    base_url = url_for(args.host, sock.getsockname()[1], tls=args.tls)
    lines = [
        f"Ecart Pay local sandbox serving at {base_url}",
        "Test keys (fixed sandbox-only test keys, not secrets):",
    ]
    for account in config.accounts:
        lines.append(
            f"  account {account.account_id}: "
            f"public_key={account.public_key} private_key={account.private_key} "
            f"webhook_secret={global_secret(account)}"
        )
    if tls_files is not None:
        lines.append(f"CA file (trust it to verify TLS): {tls_files.ca_file}")
    if config.control_plane:
        lines.append(f"Control plane: {base_url}/__sandbox__/ (not part of the API)")
    primary = config.primary
    curl_tls = f"--cacert {tls_files.ca_file} " if tls_files is not None else ""
    lines.append(
        f"Try: curl {curl_tls}-u {primary.public_key}:{primary.private_key} "
        f"-X POST {base_url}{TOKEN_PATH}"
    )
    print("\n".join(lines), flush=True)
    server = build_server(
        app, tls_files, log_level=args.log_level, access_log=True, configure_logging=True
    )
    try:
        server.run(sockets=[sock])
    except KeyboardInterrupt:
        pass
    finally:
        app.core.close()
        sock.close()
        if tls_dir is not None:
            tls_dir.cleanup()
    return 0


if __name__ == "__main__":
    sys.exit(main(prog="python -m ecartpay_sandbox"))
