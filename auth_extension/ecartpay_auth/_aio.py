"""The running asyncio loop, found without importing asyncio.

A process that runs an asyncio loop has imported asyncio already; one that only makes
sync calls should not pay for it (asyncio and what it pulls in are about 15 ms of
import time, more than the rest of this package). So the async paths look it up in
`sys.modules`, and import it only where they already run on its loop.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from typing import TYPE_CHECKING, TypeVar

if TYPE_CHECKING:
    import asyncio

__all__ = ["running_loop", "sleep", "to_thread"]

_T = TypeVar("_T")


def running_loop() -> asyncio.AbstractEventLoop | None:
    """This thread's running asyncio loop; None with no loop or another one (trio)."""
    module = sys.modules.get("asyncio")
    if module is None:
        return None
    try:
        loop: asyncio.AbstractEventLoop = module.get_running_loop()
    except RuntimeError:
        return None
    return loop


async def to_thread(func: Callable[..., _T], /, *args: object) -> _T:
    """`asyncio.to_thread`, for code that runs only on an asyncio loop."""
    import asyncio  # loaded: its loop is running

    return await asyncio.to_thread(func, *args)


async def sleep(seconds: float) -> None:
    """Sleep on any event loop, asyncio or trio (anyio, an httpx dependency)."""
    import anyio  # loaded on the first async wait, never by sync code

    await anyio.sleep(seconds)
