"""Pytest fixtures for the local sandbox (registered by the repository's root conftest).

- ``sandbox_server`` (session): one sandbox served over HTTP on a free port, two accounts.
- ``sandbox`` (function): the same server, ``reset()`` before the test; use this one.
- ``tls_sandbox`` (session): an HTTPS sandbox; pass ``tls_sandbox.verify`` (or its
  ``ca_file``) to clients. Not reset between tests.
- ``sandbox_app`` (function): a fresh in-process app for ``httpx.ASGITransport`` (async
  clients only); its state is ``sandbox_app.core``.
- ``anyio_backend``: "asyncio", for ``@pytest.mark.anyio`` tests.

Heavy imports happen inside the fixtures: this module loads in every pytest run.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

import pytest

if TYPE_CHECKING:
    from ecartpay_sandbox._server import RunningSandbox
    from ecartpay_sandbox.app import SandboxApplication


@pytest.fixture(scope="session")
def sandbox_server() -> Iterator[RunningSandbox]:
    """A sandbox served over HTTP for the whole session (state shared between tests)."""
    from ecartpay_sandbox._server import running_sandbox

    with running_sandbox() as running:
        yield running


@pytest.fixture
def sandbox(sandbox_server: RunningSandbox) -> RunningSandbox:
    """The session's sandbox, reset (no data, faults or counts; default settings)."""
    sandbox_server.control.reset()
    return sandbox_server


@pytest.fixture(scope="session")
def tls_sandbox() -> Iterator[RunningSandbox]:
    """A sandbox served over HTTPS with a throw-away CA, for the whole session (not reset
    between tests: call ``tls_sandbox.control.reset()`` when a test needs a clean one)."""
    from ecartpay_sandbox._server import running_sandbox

    with running_sandbox(tls=True) as running:
        yield running


@pytest.fixture
def sandbox_app() -> SandboxApplication:
    """A fresh in-process sandbox app (default config) for ``httpx.ASGITransport``."""
    from ecartpay_sandbox.app import create_app

    return create_app()


@pytest.fixture
def anyio_backend() -> str:
    """Run ``@pytest.mark.anyio`` tests on asyncio only."""
    return "asyncio"
