"""Test helpers: a LiveTarget for a fixture sandbox, and serving any ASGI app on a free port."""

from __future__ import annotations

import socket
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager

import uvicorn
from starlette.types import ASGIApp

from contract_tests.harness.live import LiveTarget
from contract_tests.harness.target import TargetKind
from contract_tests.sandbox import RunningSandbox


def live_target(sandbox: RunningSandbox, kind: TargetKind = TargetKind.LOCAL) -> LiveTarget:
    return LiveTarget(
        kind,
        sandbox.base_url,
        sandbox.public_key,
        sandbox.private_key,
        sandbox.ca_file,
        revoke_all=sandbox.control.revoke_all,
    )


@contextmanager
def serve(app: ASGIApp) -> Iterator[str]:
    """Serve ``app`` over HTTP on 127.0.0.1 for the block; yields its base URL."""
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    sock.bind(("127.0.0.1", 0))
    sock.listen(128)
    config = uvicorn.Config(
        app, lifespan="off", log_config=None, log_level="error", access_log=False, ws="none"
    )
    server = uvicorn.Server(config)
    thread = threading.Thread(target=server.run, kwargs={"sockets": [sock]}, daemon=True)
    thread.start()
    deadline = time.monotonic() + 15
    while not server.started:
        if time.monotonic() > deadline or not thread.is_alive():
            raise RuntimeError("test server did not start")
        time.sleep(0.01)
    try:
        yield f"http://127.0.0.1:{sock.getsockname()[1]}"
    finally:
        server.should_exit = True
        thread.join(timeout=10)
        sock.close()
