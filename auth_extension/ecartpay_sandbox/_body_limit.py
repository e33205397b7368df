"""Request bodies above the vendor's limit get 413 before anything holds them whole.

The vendor's API is an Express app: its JSON body parser (body-parser) refuses a body above
its default limit, "100kb" (102,400 bytes), with 413 "request entity too large". The
sandbox does the same for every route, the control plane included, whether the body's size
is declared (``Content-Length``) or not (chunked).
"""

from __future__ import annotations

from starlette.types import Message, Receive, Scope

#: body-parser's default ``limit: "100kb"``.
MAX_BODY_BYTES = 100 * 1024
#: How much of a refused body is read (and dropped) so the client gets to read the 413;
#: past this the connection closes instead.
_DRAIN_CAP = 16 * 1024 * 1024


def replaying(read: list[Message], receive: Receive) -> Receive:
    """A ``receive`` that hands out the messages already ``read``, then reads on."""

    async def replay() -> Message:
        return read.pop(0) if read else await receive()

    return replay


def _header(scope: Scope, name: bytes) -> bytes | None:
    for key, value in scope["headers"]:
        if key == name:
            return bytes(value)
    return None


async def drain(receive: Receive, cap: float = float("inf")) -> None:
    """Read and drop the rest of the request body (at most about ``cap`` bytes), so the
    connection stays usable for the answer."""
    size = 0
    while size <= cap:
        msg = await receive()
        size += len(msg.get("body", b""))
        if msg["type"] != "http.request" or not msg.get("more_body", False):
            return


async def within_limit(scope: Scope, receive: Receive) -> Receive | None:
    """``receive`` for a body within ``MAX_BODY_BYTES`` (what was read to measure it is
    replayed), or None once the body is known to be larger (the rest is drained)."""
    declared = _header(scope, b"content-length")
    if declared is not None and declared.isdigit():
        if int(declared) <= MAX_BODY_BYTES:
            return receive
        await drain(receive, _DRAIN_CAP)
        return None
    if _header(scope, b"transfer-encoding") is None:
        return receive
    read: list[Message] = []
    size = 0
    while True:
        msg = await receive()
        read.append(msg)
        if msg["type"] != "http.request":
            break
        size += len(msg.get("body", b""))
        if size > MAX_BODY_BYTES:
            if msg.get("more_body", False):
                await drain(receive, _DRAIN_CAP)
            return None
        if not msg.get("more_body", False):
            break
    return replaying(read, receive)
