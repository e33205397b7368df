"""Fixtures of the fidelity tests: a small local HTTP server that answers with recorded
vendor responses, so the generated client parses them over a real socket."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from tests.fidelity._support import ReplayServer


@pytest.fixture(scope="session")
def replay_server_session() -> Iterator[ReplayServer]:
    server = ReplayServer()
    yield server
    server.close()


@pytest.fixture
def replay_server(replay_server_session: ReplayServer) -> ReplayServer:
    """The session's replay server, with no queued answer and no recorded request."""
    replay_server_session.requests.clear()
    return replay_server_session
