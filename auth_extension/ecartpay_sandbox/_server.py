"""Serving a sandbox with uvicorn: in a background thread for tests (``running_sandbox``)
or in the foreground for the CLI (``serve``).

The listening socket is bound here, before uvicorn starts, so ``port=0`` yields the real
port at once and nothing races for it.
"""

from __future__ import annotations

import logging
import socket
import ssl
import tempfile
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any

import uvicorn
from starlette.types import ASGIApp

from ecartpay_auth._config import is_loopback
from ecartpay_sandbox._client import SandboxControl
from ecartpay_sandbox._config import Account, SandboxConfig
from ecartpay_sandbox._faults import FaultPlan
from ecartpay_sandbox._tls import TlsFiles, temporary_tls_files
from ecartpay_sandbox.app import SandboxApplication, create_app

LOOPBACK = "127.0.0.1"


def bind_socket(host: str = LOOPBACK, port: int = 0, *, backlog: int = 1024) -> socket.socket:
    """A bound, listening TCP socket (``port=0``: a free one); connections queue at once."""
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    # proto=IPPROTO_TCP: asyncio only sets TCP_NODELAY on accepted sockets whose proto says
    # TCP; without it every response waits ~40 ms for a delayed ACK (Nagle).
    sock = socket.socket(family, socket.SOCK_STREAM, socket.IPPROTO_TCP)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    sock.bind((host, port))
    sock.listen(backlog)
    return sock


def _refusing_context(
    faults: FaultPlan,
) -> Callable[[uvicorn.Config, Callable[[], ssl.SSLContext]], ssl.SSLContext]:
    """uvicorn's TLS context, with a hook that fails the handshake of a new connection
    while a ``refuse`` fault is pending: the client's connect fails before it sends."""

    def refuse(_conn: ssl.SSLObject, _name: str | None, _ctx: ssl.SSLContext) -> int | None:
        if faults.take_connection() is None:
            return None
        return ssl.ALERT_DESCRIPTION_HANDSHAKE_FAILURE

    def factory(_config: uvicorn.Config, default: Callable[[], ssl.SSLContext]) -> ssl.SSLContext:
        context = default()
        context.sni_callback = refuse
        return context

    return factory


def build_server(
    app: ASGIApp,
    tls: TlsFiles | None,
    *,
    log_level: str = "warning",
    access_log: bool = False,
    configure_logging: bool = False,
    timeout_keep_alive: int = 5,
    faults: FaultPlan | None = None,
) -> uvicorn.Server:
    """A uvicorn server for ``app`` (TLS when ``tls`` is given).

    ``configure_logging`` lets uvicorn install its logging config (CLI); tests leave the
    process's logging alone. ``faults`` (by default a ``SandboxApplication``'s own) fire
    ``refuse`` faults at TLS handshakes.
    """
    if faults is None and isinstance(app, SandboxApplication):
        faults = app.core.faults
    options: dict[str, Any] = {}
    if not configure_logging:
        options["log_config"] = None
    config = uvicorn.Config(
        app,
        loop="asyncio",
        lifespan="off",
        ws="none",
        proxy_headers=False,
        server_header=False,
        log_level=log_level,
        access_log=access_log,
        timeout_graceful_shutdown=2,
        timeout_keep_alive=timeout_keep_alive,
        ssl_certfile=str(tls.server_pem) if tls else None,
        ssl_context_factory=_refusing_context(faults) if tls and faults else None,
        **options,
    )
    return uvicorn.Server(config)


def url_for(host: str, port: int, *, tls: bool) -> str:
    """The base URL clients use (IPv6 hosts bracketed)."""
    shown = f"[{host}]" if ":" in host else host
    return f"{'https' if tls else 'http'}://{shown}:{port}"


@dataclass
class RunningSandbox:
    """A sandbox being served; the handle tests use.

    ``public_key``/``private_key``/``account_id`` are the primary account's; ``accounts``
    has them all. ``ca_file`` is the CA to trust for TLS (None over HTTP); ``verify`` is
    ready to pass as httpx's ``verify=``.
    """

    base_url: str
    app: SandboxApplication
    control: SandboxControl
    ca_file: str | None = None
    _server: uvicorn.Server | None = field(default=None, repr=False)
    _thread: threading.Thread | None = field(default=None, repr=False)

    @property
    def config(self) -> SandboxConfig:
        """The configuration served."""
        return self.app.config

    @property
    def accounts(self) -> tuple[Account, ...]:
        """Every configured account (at least two by default)."""
        return self.config.accounts

    @property
    def public_key(self) -> str:
        """The primary account's public key."""
        return self.config.primary.public_key

    @property
    def private_key(self) -> str:
        """The primary account's private key."""
        return self.config.primary.private_key

    @property
    def account_id(self) -> str:
        """The primary account's id (the ``account_id`` claim of its tokens)."""
        return self.config.primary.account_id

    @property
    def verify(self) -> ssl.SSLContext | bool:
        """An SSL context trusting ``ca_file`` for TLS sandboxes, else True."""
        if self.ca_file is None:
            return True
        return ssl.create_default_context(cafile=self.ca_file)

    def stop(self) -> None:
        """Stop serving and wait for the server thread (idempotent)."""
        self.control.close()
        self.app.core.close()
        if self._server is not None and self._thread is not None:
            self._server.should_exit = True
            self._thread.join(timeout=15)
            if self._thread.is_alive():
                self._server.force_exit = True
                self._thread.join(timeout=5)
        self._thread = None


def _wait_until_serving(server: uvicorn.Server, thread: threading.Thread) -> None:
    deadline = time.monotonic() + 15
    while not server.started:
        if not thread.is_alive():
            raise RuntimeError("the sandbox server stopped while starting (see its log)")
        if time.monotonic() > deadline:
            raise RuntimeError("the sandbox server did not start within 15 s")
        time.sleep(0.01)


@contextmanager
def running_sandbox(
    config: SandboxConfig | None = None,
    *,
    tls: bool = False,
    host: str = LOOPBACK,
    port: int = 0,
    log_level: str = "warning",
    wrap: Callable[[ASGIApp], ASGIApp] | None = None,
    allow_remote: bool = False,
) -> Iterator[RunningSandbox]:
    """Serve a fresh sandbox in a background thread for the ``with`` block.

    Waits until it answers (the control plane's health check when enabled) and stops it
    cleanly on exit, TLS files included. ``wrap`` puts ASGI middleware around the app
    (tests plant bugs with it); ``.app`` and the control plane stay the sandbox's own.
    A ``host`` other hosts can reach needs ``allow_remote=True`` (``ValueError`` otherwise):
    the control plane has no authentication.
    """
    if not (allow_remote or is_loopback(host)):
        raise ValueError(f"host {host!r} is not loopback: pass allow_remote=True to bind it")
    app = create_app(config)
    tls_dir: tempfile.TemporaryDirectory[str] | None = None
    tls_files: TlsFiles | None = None
    if tls:
        tls_dir, tls_files = temporary_tls_files()
    sock = bind_socket(host, port)
    sandbox: RunningSandbox | None = None
    try:
        server = build_server(
            wrap(app) if wrap else app, tls_files, log_level=log_level, faults=app.core.faults
        )
        thread = threading.Thread(
            target=server.run, kwargs={"sockets": [sock]}, name="ecartpay-sandbox", daemon=True
        )
        base_url = url_for(host, sock.getsockname()[1], tls=tls)
        ca_file = str(tls_files.ca_file) if tls_files else None
        control = SandboxControl(base_url, verify=ca_file or True)
        sandbox = RunningSandbox(base_url, app, control, ca_file, server, thread)
        thread.start()
        _wait_until_serving(server, thread)
        if app.config.control_plane:
            control.health()
        logging.getLogger(__name__).debug("sandbox serving at %s", base_url)
        yield sandbox
    finally:
        if sandbox is not None:
            sandbox.stop()
        sock.close()
        if tls_dir is not None:
            tls_dir.cleanup()
