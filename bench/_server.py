"""The local sandbox in a child process, for the benchmarks that use real sockets.

A sandbox served from a thread of the benchmark process would share its GIL with the
clients being measured; a child process keeps server and clients apart, as they are in
production. The child binds 127.0.0.1 on a free port itself and reports it (no race for
the port), then serves until its parent closes its stdin or terminates it.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass, replace
from pathlib import Path

import httpx

from ecartpay_sandbox import SandboxControl

__all__ = ["SandboxProcess", "merchant_keys", "sandbox_process"]

ROOT = Path(__file__).resolve().parents[1]
START_TIMEOUT = 120.0  # a loaded machine can take long to import the sandbox


@dataclass(frozen=True)
class SandboxProcess:
    """What a benchmark needs to know about the running sandbox."""

    base_url: str
    public_key: str
    private_key: str
    account_id: str
    control: SandboxControl


def merchant_keys(n: int) -> tuple[str, str]:
    """The keys of the `n`-th extra merchant account (`sandbox_process(merchants=...)`)."""
    return f"pub{n:024x}", f"priv{n:024x}"


@contextlib.contextmanager
def sandbox_process(
    *, token_ttl: int = 3600, mint_delay: float = 0.0, merchants: int = 0
) -> Iterator[SandboxProcess]:
    """Start the sandbox in a child process on 127.0.0.1; stop it on exit. `merchants`
    extra accounts have the keys `merchant_keys(0..merchants-1)`."""
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(ROOT), env.get("PYTHONPATH")]))
    cmd = [sys.executable, "-m", "bench._server", "--token-ttl", str(token_ttl)]
    cmd += ["--mint-delay", str(mint_delay), "--merchants", str(merchants)]
    proc = subprocess.Popen(
        cmd, cwd=ROOT, env=env, stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True
    )
    try:
        assert proc.stdout is not None
        line = _read_line(proc, START_TIMEOUT)
        info = json.loads(line)
        base_url = f"http://127.0.0.1:{info['port']}"
        with SandboxControl(base_url, timeout=30.0) as control:
            _wait_healthy(control, proc)
            yield SandboxProcess(
                base_url=base_url,
                public_key=info["public_key"],
                private_key=info["private_key"],
                account_id=info["account_id"],
                control=control,
            )
    finally:
        with contextlib.suppress(OSError, ValueError):
            if proc.stdin is not None:
                proc.stdin.close()
        try:
            proc.wait(timeout=5)
        except subprocess.TimeoutExpired:
            proc.terminate()
            try:
                proc.wait(timeout=5)
            except subprocess.TimeoutExpired:
                proc.kill()
                proc.wait()
        if proc.stdout is not None:
            proc.stdout.close()


def _wait_healthy(control: SandboxControl, proc: subprocess.Popen[str]) -> None:
    """Block until the control plane answers (the child has finished starting)."""
    deadline = time.monotonic() + START_TIMEOUT
    while True:
        try:
            if control.health():
                return
        except (httpx.HTTPError, RuntimeError):
            pass
        if proc.poll() is not None or time.monotonic() > deadline:
            raise RuntimeError(f"the sandbox child is not serving (exit code {proc.poll()})")
        time.sleep(0.05)


def _read_line(proc: subprocess.Popen[str], timeout: float) -> str:
    """The child's first stdout line, or an error if it dies or stays silent."""
    result: list[str] = []
    reader = threading.Thread(
        target=lambda: result.append(proc.stdout.readline() if proc.stdout else ""), daemon=True
    )
    reader.start()
    reader.join(timeout)
    if not result or not result[0].strip():
        raise RuntimeError(f"the sandbox child did not start (exit code {proc.poll()})")
    return result[0]


# -- the child -----------------------------------------------------------------------------


def _serve(token_ttl: int, mint_delay: float, merchants: int = 0) -> None:
    from ecartpay_sandbox import (
        LOOPBACK,
        Account,
        SandboxConfig,
        bind_socket,
        build_server,
        create_app,
    )

    config = replace(SandboxConfig(), token_ttl=token_ttl, mint_delay=mint_delay)
    extra = tuple(Account(*merchant_keys(n)) for n in range(merchants))
    config = replace(config, accounts=(*config.accounts, *extra))
    # A deep backlog and long keep-alive: cold starts open up to 1024 connections at once.
    sock = bind_socket(LOOPBACK, 0, backlog=4096)
    server = build_server(create_app(config), None, timeout_keep_alive=30)
    primary = config.primary
    info = {
        "port": sock.getsockname()[1],
        "public_key": primary.public_key,
        "private_key": primary.private_key,
        "account_id": primary.account_id,
    }

    def watch_parent() -> None:
        sys.stdin.read()  # returns when the parent closes our stdin (or dies)
        server.should_exit = True

    threading.Thread(target=watch_parent, daemon=True).start()
    print(json.dumps(info), flush=True)
    server.run(sockets=[sock])


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="serve the sandbox for bench (internal)")
    parser.add_argument("--token-ttl", type=int, default=3600)
    parser.add_argument("--mint-delay", type=float, default=0.0)
    parser.add_argument("--merchants", type=int, default=0)
    args = parser.parse_args(argv)
    _serve(args.token_ttl, args.mint_delay, args.merchants)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
