"""`ecartpay-auth` run in process: `main([...])` with byte streams for stdin/out/err."""

from __future__ import annotations

import io
import sys
from dataclasses import dataclass

from ecartpay_auth._cli import main

__all__ = ["CliResult", "run_cli"]


@dataclass
class CliResult:
    returncode: int
    stdout: bytes
    stderr: bytes


def run_cli(*args: str, stdin: bytes) -> CliResult:
    """`ecartpay-auth webhooks ARGS` in this process (a subprocess costs most of a second)."""
    buffers = [io.BytesIO(stdin), io.BytesIO(), io.BytesIO()]
    streams = [io.TextIOWrapper(b) for b in buffers]
    saved = sys.stdin, sys.stdout, sys.stderr
    sys.stdin, sys.stdout, sys.stderr = streams
    try:
        code = main(["webhooks", *args])
    finally:
        sys.stdin, sys.stdout, sys.stderr = saved
    for stream in streams[1:]:
        stream.flush()
    return CliResult(code, buffers[1].getvalue(), buffers[2].getvalue())
