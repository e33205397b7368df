"""Typed pages of a list method: `SyncPage[T]` and `AsyncPage[T]`.

    page = client.customers.list(limit=50)      # SyncPage[Customer], its first page
    page.items, page.has_next_page(), page.next_page()
    for customer in client.customers.list(): ...          # every item of every page

    async for customer in aclient.customers.list(): ...   # AsyncPage[Customer]
    page = await aclient.customers.list()                  # its first page

Which page comes next, when to stop and which items were already seen is decided by
`ecartpay_auth._pagination._Walk`, the walk `paginate` uses: both vendor schemes (`page`
with `pages`, and `next_token`), and a bare list, read from the generated endpoint. Each
request goes through the client's requester, so it has the client's options and raises
the same typed errors as any other call.
"""

from __future__ import annotations

import copy
import types
from collections.abc import AsyncIterator, Generator, Iterator, Mapping
from typing import Any, Generic, TypeVar

import httpx

from ecartpay_auth._pagination import _Walk
from ecartpay_client.client import Client
from ecartpay_client.types import Unset

from ._base import (
    NOT_GIVEN,
    AsyncRequester,
    Credential,
    Headers,
    NotGiven,
    RawResponse,
    SyncRequester,
    Timeout,
    parsed_or_error,
)

__all__ = ["AsyncPage", "SyncPage"]

T = TypeVar("T")

#: What every page of one list call is sent with: its `extra_headers`, its `timeout`, and
#: its credential (NOT_GIVEN: the client's token; None: none, for a public operation).
PageOptions = tuple[Headers | None, Timeout | NotGiven, Credential]

#: The generated parsers take a client only to read `raise_on_unexpected_status`; an
#: error status never reaches them here (the requester raised it already).
_PARSER_CLIENT = Client(base_url="")


def _start(endpoint: types.ModuleType, params: Mapping[str, Any]) -> _Walk:
    return _Walk(endpoint, {k: v for k, v in params.items() if not isinstance(v, Unset)})


def _items(walk: _Walk, response: httpx.Response, sent: dict[str, Any]) -> list[Any]:
    """The page's new items, as the walk reads them (it advances `walk`)."""

    def parse(r: httpx.Response) -> types.SimpleNamespace:
        parsed = walk.endpoint._parse_response(client=_PARSER_CLIENT, response=r)
        return types.SimpleNamespace(parsed=parsed, status_code=r.status_code, content=r.content)

    answer = parsed_or_error(response, parse)
    return list(walk.take(answer, sent))


def _fork(walk: _Walk) -> _Walk:
    """A copy of a walk's position, so that each page object can fetch its own next."""
    fork = copy.copy(walk)
    fork.seen = set(walk.seen)
    return fork


class SyncPage(Generic[T]):
    """One page of a list, and the way to the next ones. Iterating walks every item of
    this page and of every page after it, each item once (an item that moved to a later
    page while you walked is not seen twice).

    Made by the list methods (`client.customers.list(...)`), not by hand: they fetch the
    first page at once, so its errors surface where the list was asked for.

    Args:
        requester: The client's requester (its options and typed errors).
        walk: Where the list stands: the endpoint, the next page's parameters, the items
            seen.
        items: This page's items.
        options: The call's `extra_headers` and `timeout`, for the next pages too.

    Attributes:
        items: This page's items.

    Example:
        ```python
        for customer in client.customers.list(limit=50):  # every customer, page by page
            print(customer.email)

        page = client.customers.list(limit=50)
        print(len(page.items), page.has_next_page())
        ```
    """

    def __init__(
        self,
        requester: SyncRequester,
        walk: _Walk,
        items: list[T],
        options: PageOptions,
    ) -> None:
        self._requester = requester
        self._walk = walk
        self._options = options
        self.items = items

    @classmethod
    def first(
        cls,
        requester: SyncRequester,
        endpoint: types.ModuleType,
        params: Mapping[str, Any],
        extra_headers: Headers | None,
        timeout: Timeout | NotGiven,
        credential: Credential = NOT_GIVEN,
    ) -> SyncPage[Any]:
        """Fetch the first page of `endpoint` with `params` (what the generated list
        methods call).

        Args:
            requester: The client's requester.
            endpoint: The generated endpoint module, e.g. `list_customers`.
            params: The list's parameters; UNSET ones are left out.
            extra_headers: Headers for every page's request.
            timeout: The timeout of every page's request.
            credential: None for a public operation (no token); NOT_GIVEN: the client's.

        Returns:
            The first page.

        Raises:
            ecartpay.APIError: The first page's request was answered with an error.
            ecartpay.APIConnectionError: It got no answer.

        Example:
            ```python
            from ecartpay_client.api.customers import list_customers

            page = SyncPage.first(requester, list_customers, {"limit": 50}, None, NOT_GIVEN)
            ```
        """
        options = (extra_headers, timeout, credential)
        return cls._fetch(requester, _start(endpoint, params), options)

    @classmethod
    def _fetch(
        cls,
        requester: SyncRequester,
        walk: _Walk,
        options: PageOptions,
    ) -> SyncPage[Any]:
        sent = walk.kwargs()
        response = requester.send(walk.endpoint._get_kwargs(**sent), *options)
        if requester.raw:  # `with_raw_response.list(...)`: `.parse()` gives the page
            plain = requester.plain()

            def page(r: httpx.Response) -> SyncPage[Any]:
                fork = _fork(walk)  # each parse() reads the answer afresh
                return cls(plain, fork, _items(fork, r, sent), options)

            return RawResponse(response, page)  # type: ignore[return-value]  # see to_raw
        items = _items(walk, response, sent)
        return cls(requester, walk, items, options)

    def has_next_page(self) -> bool:
        """Whether another page follows this one.

        Returns:
            True until the last page.

        Example:
            ```python
            page = client.customers.list(limit=50)
            while page.has_next_page():
                page = page.next_page()
            ```
        """
        return not self._walk.done

    def next_page(self) -> SyncPage[T]:
        """The page after this one, fetched now. This page stays as it is, so it can be
        asked again.

        Returns:
            The next page.

        Raises:
            StopIteration: This is the last page.
            ecartpay.APIError: The request was answered with an error.
            ecartpay.APIConnectionError: It got no answer.

        Example:
            ```python
            second = client.customers.list(limit=50).next_page()
            ```
        """
        if self._walk.done:
            raise StopIteration("this is the last page")
        page: SyncPage[T] = self._fetch(self._requester, _fork(self._walk), self._options)
        return page

    def iter_pages(self) -> Iterator[SyncPage[T]]:
        """This page and every page after it, for work done a page at a time (a batch
        insert, a progress report).

        Yields:
            Each page, this one first; the next is fetched when asked for.

        Example:
            ```python
            for page in client.customers.list(limit=100).iter_pages():
                database.insert_many(page.items)
            ```
        """
        page = self
        while True:
            yield page
            if not page.has_next_page():
                return
            page = page.next_page()

    def __iter__(self) -> Iterator[T]:
        for page in self.iter_pages():
            yield from page.items

    def __repr__(self) -> str:
        return f"<SyncPage of {len(self.items)} items, next: {self.has_next_page()}>"


class AsyncPage(Generic[T]):
    """One page of a list for `AsyncEcartPay`: `await` it for the page itself (fetched on
    the first await), or `async for` over it for every item of every page.

    Made by the list methods of `AsyncEcartPay`, not by hand.

    Args:
        requester: The client's requester.
        endpoint: The generated endpoint module (or a walk already under way).
        params: The list's parameters; UNSET ones are left out.
        extra_headers: Headers for every page's request.
        timeout: The timeout of every page's request.
        credential: None for a public operation (no token); NOT_GIVEN: the client's.

    Example:
        ```python
        async for customer in client.customers.list(limit=50):
            print(customer.email)

        page = await client.customers.list(limit=50)
        print(len(page.items))
        ```
    """

    def __init__(
        self,
        requester: AsyncRequester,
        endpoint: types.ModuleType | _Walk,
        params: Mapping[str, Any],
        extra_headers: Headers | None,
        timeout: Timeout | NotGiven,
        credential: Credential = NOT_GIVEN,
    ) -> None:
        self._requester = requester
        self._walk = endpoint if isinstance(endpoint, _Walk) else _start(endpoint, params)
        self._options: PageOptions = (extra_headers, timeout, credential)
        self._items: list[T] | None = None

    @property
    def items(self) -> list[T]:
        """The items of this page.

        Raises:
            RuntimeError: The page was not awaited yet.

        Example:
            ```python
            page = await client.customers.list()
            emails = [customer.email for customer in page.items]
            ```
        """
        if self._items is None:
            raise RuntimeError("await the page before reading its items")
        return self._items

    async def _load(self) -> AsyncPage[T]:
        if self._items is None:
            walk = self._walk
            sent = walk.kwargs()
            response = await self._requester.send(walk.endpoint._get_kwargs(**sent), *self._options)
            self._items = _items(walk, response, sent)
        return self

    async def _raw(self) -> RawResponse[AsyncPage[T]]:
        """The first page's answer as it came; `.parse()` gives this page, loaded."""
        walk = self._walk
        sent = walk.kwargs()
        response = await self._requester.send(walk.endpoint._get_kwargs(**sent), *self._options)
        plain = self._requester.plain()

        def page(r: httpx.Response) -> AsyncPage[T]:
            loaded: AsyncPage[T] = AsyncPage(plain, _fork(walk), {}, *self._options)
            loaded._items = _items(loaded._walk, r, sent)
            return loaded

        return RawResponse(response, page)

    def __await__(self) -> Generator[Any, None, AsyncPage[T]]:
        return self._load().__await__()

    def has_next_page(self) -> bool:
        """Whether another page follows this one (await the page first).

        Returns:
            True until the last page; False before the page is awaited.

        Example:
            ```python
            page = await client.customers.list(limit=50)
            while page.has_next_page():
                page = await page.next_page()
            ```
        """
        return self._items is not None and not self._walk.done

    async def next_page(self) -> AsyncPage[T]:
        """The page after this one, fetched now (this page is awaited first if needed).

        Returns:
            The next page, loaded.

        Raises:
            StopAsyncIteration: This is the last page.
            ecartpay.APIError: The request was answered with an error.
            ecartpay.APIConnectionError: It got no answer.

        Example:
            ```python
            second = await (await client.customers.list(limit=50)).next_page()
            ```
        """
        await self._load()
        if self._walk.done:
            raise StopAsyncIteration("this is the last page")
        page: AsyncPage[T] = AsyncPage(self._requester, _fork(self._walk), {}, *self._options)
        return await page._load()

    async def iter_pages(self) -> AsyncIterator[AsyncPage[T]]:
        """This page and every page after it, for work done a page at a time.

        Yields:
            Each page, loaded, this one first.

        Example:
            ```python
            async for page in client.customers.list(limit=100).iter_pages():
                await database.insert_many(page.items)
            ```
        """

        page = await self._load()
        while True:
            yield page
            if not page.has_next_page():
                return
            page = await page.next_page()

    async def __aiter__(self) -> AsyncIterator[T]:
        async for page in self.iter_pages():
            for item in page.items:
                yield item

    def __repr__(self) -> str:
        loaded = "not fetched" if self._items is None else f"{len(self._items)} items"
        return f"<AsyncPage, {loaded}>"
