"""A faithful local stand-in for ``https://sandbox.ecartpay.com`` (like stripe-mock).

It serves the operations of ``openapi.yaml`` with in-memory data, validates every request
against the spec's own schemas (400 ``{"message", "statusCode"}``, or the operation's lowest
documented 4xx if it documented no 400), answers only documented statuses (plus 404/405 for
unknown routes and methods), and adds a control plane for tests.

Running it::

    python -m contract_tests.sandbox --port 8765 [--host 127.0.0.1] [--tls] [--token-ttl S]
        [--public-key K --private-key K] [--account PUB:PRIV[:ACCOUNT_ID]] [--no-control-plane]
    make sandbox                      # same, on $(SANDBOX_PORT) = 8765

Env vars: SANDBOX_PUBLIC_KEY, SANDBOX_PRIVATE_KEY (primary keys), SANDBOX_ACCOUNTS
(``PUB:PRIV[:ID],...``), SANDBOX_TOKEN_TTL, SANDBOX_SPEC, SANDBOX_PORT (CLI default port).

Default test keys (fixed, public, test-only; ``pub``/``priv`` + 24 hex like the vendor's):

    account 7e57acc0000000000000a001: pub7e57aaaaaaaaaaaaaaaa0001 / priv7e57bbbbbbbbbbbbbbbb0001
    account 7e57acc0000000000000a002: pub7e57aaaaaaaaaaaaaaaa0002 / priv7e57bbbbbbbbbbbbbbbb0002

Python API::

    with running_sandbox(config=None, *, tls=False) as sb:   # uvicorn in a thread, free port
        sb.base_url, sb.public_key, sb.private_key, sb.account_id, sb.accounts
        sb.ca_file          # CA to trust with tls=True, else None
        sb.verify           # ready for httpx(verify=...): SSLContext or True
        sb.control          # SandboxControl for this server
        sb.app              # the SandboxApplication (sb.app.core: in-process state)
    bind_socket(host, port, backlog=1024); build_server(app, tls_files)  # to serve elsewhere,
                                           # e.g. in a child process (bench/_server.py)
    app = create_app(SandboxConfig(...))   # in process: httpx.AsyncClient(
                                           #   transport=httpx.ASGITransport(app=app))
    SandboxConfig(accounts=(Account(pub, priv[, account_id]), ...), token_ttl=3600,
                  mint_delay=0.0, control_plane=True, spec_path=..., jwt_secret=...)

    control = SandboxControl(base_url, verify=True | "ca.pem" | ssl_context)
    control.stats() -> SandboxStats  # tokens_minted, live_tokens, requests{op: n},
                                     # statuses{int: n}, operation_statuses{op: {int: n}},
                                     # dropped, faults_fired{kind: n}, pending_faults,
                                     # token_ttl, mint_delay
    control.add_fault(kind="status"|"delay"|"drop"|"malformed", match="*", count=1,
                      status=None, retry_after=None, delay=None, body=None) -> dict
    control.faults(); control.clear_faults(); control.revoke_all() -> int
    control.set_ttl(seconds); control.set_mint_delay(seconds); control.reset()
    control.data(account_id) -> AccountData(customers=[...], orders=[...]); control.state()

Fault matching: ``"token"`` (the token endpoint), ``"api"`` (every other spec route), an
operationId, or ``"*"``. A fault with ``count=N`` fires exactly N times. Kinds: ``status``
(answer ``status`` with the error body; 429 gets ``Retry-After: 1`` unless ``retry_after``
is set), ``delay`` (sleep ``delay`` s, then answer normally), ``drop`` (close the connection
without a response: httpx raises ``RemoteProtocolError``; in process the app raises
``ConnectionDropped``, an ``httpx.RemoteProtocolError``), ``malformed`` (200
``application/json`` with ``body``, default truncated JSON).

Control plane (not in the spec, never under ``/api``; 404 when disabled), JSON in and out:

    GET    /__sandbox__/health    {"ok": true}
    GET    /__sandbox__/stats     see SandboxStats (status keys are strings)
    GET    /__sandbox__/faults    {"faults": [fault, ...]}
    POST   /__sandbox__/faults    {"kind", "match"?, "count"?, "status"?, "retry_after"?,
                                   "delay"?, "body"?} -> fault {"id", "match", "kind",
                                   "remaining", "status", "retry_after", "delay", "body"}
    DELETE /__sandbox__/faults    {"cleared": n}
    POST   /__sandbox__/revoke    {"revoked": n}   every issued token is refused from now on
    GET    /__sandbox__/settings  {"token_ttl": s, "mint_delay": s}
    POST   /__sandbox__/settings  same keys, partial; applies to tokens minted from now on
    POST   /__sandbox__/reset     {"reset": true}  data, faults, counters, settings (tokens
                                                   stay valid)
    GET    /__sandbox__/state[?account_id=..]  {"accounts": {id: {"customers", "orders"}}}
    GET    /__sandbox__/accounts  {"accounts": [{"account_id", "public_key"}, ...]}

Choices where the vendor is silent are documented in the docstrings of
``_tokens`` (token ``id`` is unique per token; ``Bearer <token>`` is refused with 401,
the raw token being the documented form), ``_state`` (oldest-first paging, ``country`` from
the currency, ``number`` zero-padded to 6 digits) and ``_spec`` (status for invalid input).
"""

from contract_tests.sandbox._client import AccountData, SandboxControl, SandboxStats
from contract_tests.sandbox._config import (
    DEFAULT_ACCOUNT_ID,
    DEFAULT_PRIVATE_KEY,
    DEFAULT_PUBLIC_KEY,
    SECOND_ACCOUNT_ID,
    SECOND_PRIVATE_KEY,
    SECOND_PUBLIC_KEY,
    Account,
    SandboxConfig,
    config_from_env,
)
from contract_tests.sandbox._server import (
    LOOPBACK,
    RunningSandbox,
    bind_socket,
    build_server,
    running_sandbox,
)
from contract_tests.sandbox._spec import Spec
from contract_tests.sandbox.app import ConnectionDropped, SandboxApplication, create_app

__all__ = [
    "DEFAULT_ACCOUNT_ID",
    "DEFAULT_PRIVATE_KEY",
    "DEFAULT_PUBLIC_KEY",
    "LOOPBACK",
    "SECOND_ACCOUNT_ID",
    "SECOND_PRIVATE_KEY",
    "SECOND_PUBLIC_KEY",
    "Account",
    "AccountData",
    "ConnectionDropped",
    "RunningSandbox",
    "SandboxApplication",
    "SandboxConfig",
    "SandboxControl",
    "SandboxStats",
    "Spec",
    "bind_socket",
    "build_server",
    "config_from_env",
    "create_app",
    "running_sandbox",
]
