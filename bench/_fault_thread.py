"""A fault script that runs in a background thread while the soak's workers run."""

from __future__ import annotations

import threading
import time


class FaultThread:
    """Runs `script()` in a daemon thread from `start()` until it ends or `stop()` (which
    sets `_stop` and waits). An exception ends the script and stays in `error`, for the soak
    to report: never swallowed."""

    JOIN_TIMEOUT: float | None = 30.0

    def __init__(self, name: str) -> None:
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, name=name, daemon=True)
        self._started = 0.0
        self.error: BaseException | None = None

    def start(self) -> None:
        self._started = time.monotonic()
        self._thread.start()

    def stop(self) -> None:
        self._stop.set()
        self._thread.join(timeout=self.JOIN_TIMEOUT)

    def script(self) -> None:
        """The faults, until `_stop` is set."""
        raise NotImplementedError

    def _run(self) -> None:
        try:
            self.script()
        except BaseException as exc:  # reported by the soak, never swallowed
            self.error = exc
