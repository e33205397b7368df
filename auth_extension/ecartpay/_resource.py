"""The base of every generated resource class, and the raw-response wrappers.

A resource holds its client's requester (shared with the client and every other
resource: one auth, one token, one connection pool) and nothing else.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from typing import ParamSpec, TypeVar, cast

from ._base import AsyncRequester, RawResponse, SyncRequester
from ._pages import AsyncPage

__all__ = ["AsyncResource", "SyncResource", "to_raw", "to_raw_async", "to_raw_async_page"]

P = ParamSpec("P")
T = TypeVar("T")


class SyncResource:
    """A resource of `ecartpay.EcartPay`."""

    def __init__(self, requester: SyncRequester) -> None:
        self._requester = requester


class AsyncResource:
    """A resource of `ecartpay.AsyncEcartPay`."""

    def __init__(self, requester: AsyncRequester) -> None:
        self._requester = requester


def to_raw(method: Callable[P, T]) -> Callable[P, RawResponse[T]]:
    """`method` of a resource bound to a raw requester, typed as what it returns there."""
    return cast("Callable[P, RawResponse[T]]", method)


def to_raw_async(method: Callable[P, Awaitable[T]]) -> Callable[P, Awaitable[RawResponse[T]]]:
    """`to_raw` for the coroutine methods of an async resource."""
    return cast("Callable[P, Awaitable[RawResponse[T]]]", method)


def to_raw_async_page(
    method: Callable[P, AsyncPage[T]],
) -> Callable[P, Awaitable[RawResponse[AsyncPage[T]]]]:
    """A list method of an async resource, answering its first page's `RawResponse`
    (`await client.customers.with_raw_response.list()`); `.parse()` gives the page."""

    async def raw(*args: P.args, **kwargs: P.kwargs) -> RawResponse[AsyncPage[T]]:
        return await method(*args, **kwargs)._raw()

    return raw
