"""``with`` for the harness's servers and clients: entering starts one, leaving stops it."""

from __future__ import annotations

from types import TracebackType
from typing import Self


class Running:
    """Mixin: ``with x as y`` binds ``y = x.start()`` and calls ``x.stop()`` on the way out,
    whatever happened inside."""

    def start(self) -> Self:
        """Start serving; answers the object. Nothing to start unless a subclass says so."""
        return self

    def stop(self) -> None:
        """Stop serving and release what ``start`` took."""
        raise NotImplementedError

    def __enter__(self) -> Self:
        return self.start()

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.stop()
