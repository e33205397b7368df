"""Pytest fixtures for a real Redis (registered by the repository's root conftest).

- ``redis_server_session`` (session): one ``RedisServer`` for the whole session.
- ``redis_server`` (function): that server, flushed, running and unpaused; use this one.
  Do not freeze, kill or pause it (other tests share it): take ``private_redis_server``.
- ``private_redis_server`` (function): a server of this test's own, killed at its end;
  freeze/thaw, kill/start, restart and client_pause are yours.

Starting a server costs a few milliseconds; nothing starts unless a test asks for one.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from contract_tests.redis_server import RedisServer


@pytest.fixture(scope="session")
def redis_server_session() -> Iterator[RedisServer]:
    with RedisServer() as server:
        yield server


@pytest.fixture
def redis_server(redis_server_session: RedisServer) -> RedisServer:
    redis_server_session.flush()
    return redis_server_session


@pytest.fixture
def private_redis_server() -> Iterator[RedisServer]:
    with RedisServer() as server:
        yield server
