"""Drive a sans-I/O flow, sync or async.

A flow is a generator that yields operations, `(name, argument)`, and is sent each one's
result or thrown its error; it returns the outcome. The decisions (what to do next, when
to stop) live in the flow once; a sync and an async driver differ only in how they run
one operation (`_fleet`'s shared-store mint, `_calls`' attempts of an API call).
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Generator
from typing import Any, Generic, TypeVar

__all__ = ["Flow", "Op", "run_async", "run_sync"]

Op = tuple[str, Any]
_T = TypeVar("_T")
Flow = Generator[Op, Any, _T]


class _Stepper(Generic[_T]):
    """Feeds the flow each operation's result or error; holds what it returned."""

    def __init__(self, flow: Flow[_T]) -> None:
        self._flow = flow
        self.result: Any = None
        self.error: BaseException | None = None
        self.returned: Any = None

    def next_op(self) -> Op | None:
        result, error, self.result, self.error = self.result, self.error, None, None
        try:
            return self._flow.send(result) if error is None else self._flow.throw(error)
        except StopIteration as stop:
            self.returned = stop.value
            return None


def run_sync(flow: Flow[_T], run: Callable[[Op], Any]) -> _T:
    """Run each operation with `run`; its error goes into the flow, which cleans up and
    re-raises it, or handles it."""
    steps = _Stepper(flow)
    while (op := steps.next_op()) is not None:
        try:
            steps.result = run(op)
        except BaseException as exc:
            steps.error = exc
    return steps.returned  # type: ignore[no-any-return]


async def run_async(flow: Flow[_T], run: Callable[[Op], Awaitable[Any]]) -> _T:
    """`run_sync` with awaited operations."""
    steps = _Stepper(flow)
    while (op := steps.next_op()) is not None:
        try:
            steps.result = await run(op)
        except BaseException as exc:
            steps.error = exc
    return steps.returned  # type: ignore[no-any-return]
