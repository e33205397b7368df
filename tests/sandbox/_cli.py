"""The sandbox's command line as a test starts it: a real process, its banner, its stderr."""

from __future__ import annotations

import os
import re
import signal
import subprocess
import sys
from dataclasses import dataclass, field
from pathlib import Path
from types import TracebackType

REPO = Path(__file__).resolve().parents[2]
#: The console script the wheel installs (``[project.scripts]``), beside this interpreter.
CONSOLE_SCRIPT = str(Path(sys.executable).parent / "ecartpay-sandbox")
#: Every way to start it: the command, the shipped module, the repository's entry point.
COMMANDS = {
    "console-script": [CONSOLE_SCRIPT],
    "module": [sys.executable, "-m", "ecartpay_sandbox"],
    "repository": [sys.executable, "-m", "contract_tests.sandbox"],
}


@dataclass
class Served:
    """A sandbox CLI process and what it printed before serving."""

    process: subprocess.Popen[str]
    banner: str
    url: str
    stderr: str = field(default="", init=False)

    def stop(self) -> str:
        """Interrupt it (Ctrl-C), wait for its exit, and answer what it wrote on stderr."""
        if self.process.poll() is None:
            self.process.send_signal(signal.SIGINT)
        try:
            _, self.stderr = self.process.communicate(timeout=10)
        except subprocess.TimeoutExpired:
            self.process.kill()
            _, self.stderr = self.process.communicate()
        return self.stderr


class SandboxProcesses:
    """``with SandboxProcesses() as serve: serve("--port", "0")``: every process started
    is stopped on the way out."""

    def __init__(self) -> None:
        self.started: list[Served] = []

    def __call__(
        self, *args: str, env: dict[str, str] | None = None, command: str = "console-script"
    ) -> Served:
        """Start ``ecartpay-sandbox ARGS`` (or another of ``COMMANDS``), read its banner."""
        process = subprocess.Popen(
            [*COMMANDS[command], *args, "--log-level", "warning"],
            cwd=REPO,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            env={**os.environ, **(env or {})},
        )
        assert process.stdout is not None
        lines = []
        for line in process.stdout:  # the banner ends with "Try: ..." (EOF if it died)
            lines.append(line)
            if line.startswith("Try: "):
                break
        banner = "".join(lines)
        found = re.search(r"serving at (https?://\S+:\d+)", banner)
        served = Served(process, banner, found.group(1) if found else "")
        self.started.append(served)
        assert found, banner + served.stop()
        return served

    def __enter__(self) -> SandboxProcesses:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        for served in self.started:
            served.stop()
