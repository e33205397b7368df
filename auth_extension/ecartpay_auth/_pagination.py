"""`paginate` / `apaginate`: every item of every page of a generated list endpoint.

    for customer in paginate(list_customers, client=client, limit=50): ...
    async for tx in apaginate(list_transactions, client=client): ...

How an endpoint pages is read from the generated module itself (`plan_for`): its
parameters (`page`, `limit`, a token parameter) and the model its 200 returns (`docs`,
`pages`, `next_token`, or a bare list). A list operation added to `openapi.yaml` in the
vendor's shapes is therefore supported as soon as it is generated, and one in a shape
this module does not know fails `plan_for` (a test runs it on every list operation).

Never twice: the vendor pages by offset (`page` * `limit`), so an item created while a
walk is under way can push items already seen onto the next page (when the API lists
newest first). The walk remembers the id of every item it yielded (`id`, else `_id`,
else the item's whole content) and skips one it has seen: memory grows by one id per
item, and a walk is never longer than the list.

The sync and async walks share one `_Walk` (the decisions) and differ only in the call.
"""

from __future__ import annotations

import dataclasses
import inspect
import json
import types
import typing
from collections.abc import AsyncIterator, Iterator
from dataclasses import dataclass
from typing import Any

from ecartpay_client.client import AuthenticatedClient, Client
from ecartpay_client.errors import UnexpectedStatus
from ecartpay_client.types import Unset

from ._api_error import ApiError
from ._errors import ConfigurationError

__all__ = ["PagingPlan", "apaginate", "paginate", "plan_for"]

PAGE_PARAM = "page"
LIMIT_PARAM = "limit"
#: Request parameters that carry the previous answer's `next_token`, in order of preference
#: (the vendor's token pagination of transactions: `page` up to 10, then `next=<next_token>`;
#: the generator names the query parameter `next` `next_`, as it shadows a builtin).
#: `token_page` is not one: it is the answer's own position, sent back with `prev`.
TOKEN_PARAMS = ("next_", "next", "next_token")
ITEMS_FIELD = "docs"
PAGES_FIELD = "pages"
NEXT_TOKEN_FIELD = "next_token"
IDENTITY_FIELDS = ("id", "_id")


@dataclass(frozen=True)
class PagingPlan:
    """How one list endpoint pages, read from its generated module.

    `page_model` is the model class of a page (`docs` holds the items) or None when the
    endpoint answers a bare list; `token_param` is set when pages carry a `next_token`.
    """

    operation: str
    page_model: type | None
    page_param: str | None
    limit_param: str | None
    default_limit: int | None
    token_param: str | None
    parameters: frozenset[str]


def _success_types(endpoint: types.ModuleType) -> list[Any]:
    hints = typing.get_type_hints(endpoint.sync_detailed)
    response = hints.get("return")
    (parsed,) = typing.get_args(response) or (None,)
    return list(typing.get_args(parsed)) if typing.get_args(parsed) else [parsed]


def _field_names(cls: type) -> set[str]:
    return {f.name for f in dataclasses.fields(cls)} if dataclasses.is_dataclass(cls) else set()


def plan_for(endpoint: types.ModuleType) -> PagingPlan:
    """How `endpoint` (a generated module such as `api.customers.list_customers`) pages.

    Read once per endpoint function (type hints and signature are costly to read, and a
    list call asks at every walk); raises ConfigurationError when it is not a list
    endpoint, or pages in a way this module cannot follow (e.g. pages without a `page`
    parameter).
    """
    if not isinstance(endpoint, types.ModuleType) or not hasattr(endpoint, "sync_detailed"):
        raise ConfigurationError(
            f"paginate() takes a generated endpoint module such as "
            f"ecartpay_client.api.customers.list_customers, got {endpoint!r}"
        )
    function = endpoint.sync_detailed
    plan = _PLANS.get(function)
    if plan is None:
        plan = _PLANS.setdefault(function, _read_plan(endpoint))
    return plan


#: Plans already read, by the endpoint's `sync_detailed` (generated functions live as long
#: as their module; a module rebuilt in a test has a new function, so a new plan).
_PLANS: dict[Any, PagingPlan] = {}


def _read_plan(endpoint: types.ModuleType) -> PagingPlan:
    name = getattr(endpoint, "__name__", repr(endpoint)).rsplit(".", 1)[-1]
    signature = inspect.signature(endpoint.sync_detailed)
    parameters = frozenset(p for p in signature.parameters if p != "client")
    page_model = next((t for t in _success_types(endpoint) if ITEMS_FIELD in _field_names(t)), None)
    bare_list = any(typing.get_origin(t) is list for t in _success_types(endpoint))
    if page_model is None and not bare_list:
        raise ConfigurationError(
            f"{name} is not a list endpoint: it answers neither pages nor a list"
        )
    page_param = PAGE_PARAM if PAGE_PARAM in parameters else None
    if page_model is not None and page_param is None:
        raise ConfigurationError(f"{name} answers pages but takes no `{PAGE_PARAM}` parameter")
    token_param = None
    if page_model is not None and NEXT_TOKEN_FIELD in _field_names(page_model):
        token_param = next((p for p in TOKEN_PARAMS if p in parameters), None)
        if token_param is None:
            raise ConfigurationError(
                f"{name} answers a `{NEXT_TOKEN_FIELD}` but takes none of {list(TOKEN_PARAMS)}"
            )
    limit_param = LIMIT_PARAM if LIMIT_PARAM in parameters else None
    default = signature.parameters[limit_param].default if limit_param else None
    return PagingPlan(
        operation=name,
        page_model=page_model,
        page_param=page_param,
        limit_param=limit_param,
        default_limit=default if isinstance(default, int) else None,
        token_param=token_param,
        parameters=parameters,
    )


def _set(value: Any) -> Any:
    return None if isinstance(value, Unset) else value


def _identity(item: Any) -> tuple[str, Any]:
    extra = getattr(item, "additional_properties", None)
    for name in IDENTITY_FIELDS:
        value = _set(getattr(item, name, None))
        if value is None and isinstance(extra, dict):
            value = extra.get(name)
        if isinstance(value, str | int) and not isinstance(value, bool):
            return (name, value)
    content = item.to_dict() if hasattr(item, "to_dict") else item
    return ("content", json.dumps(content, sort_keys=True, default=str))


class _Walk:
    """The decisions of one walk (which page next, when to stop, what is new); no I/O."""

    def __init__(self, endpoint: types.ModuleType, params: dict[str, Any]) -> None:
        self.endpoint = endpoint
        self.plan = plan_for(endpoint)
        unknown = sorted(set(params) - self.plan.parameters)
        if unknown:
            raise ConfigurationError(
                f"{self.plan.operation} takes no parameter {', '.join(map(repr, unknown))}; "
                f"it takes {', '.join(sorted(self.plan.parameters)) or 'none'}"
            )
        self.base = {k: v for k, v in params.items() if k != self.plan.token_param}
        start = params.get(PAGE_PARAM, 1)
        if isinstance(start, bool) or not isinstance(start, int) or start < 1:
            raise ConfigurationError(f"page must be an integer from 1, got {start!r}")
        self.page = start if self.plan.page_param else None
        self.token: str | None = params.get(self.plan.token_param or "")
        limit = params.get(LIMIT_PARAM, self.plan.default_limit)
        self.limit = limit if isinstance(limit, int) else None
        self.seen: set[tuple[str, Any]] = set()
        self.done = False

    def kwargs(self) -> dict[str, Any]:
        """Parameters of the next request."""
        if self.token is not None and self.plan.token_param is not None:
            query = {k: v for k, v in self.base.items() if k != PAGE_PARAM}
            return {**query, self.plan.token_param: self.token}
        if self.page is not None:
            return {**self.base, PAGE_PARAM: self.page}
        return dict(self.base)

    def error(self, sent: dict[str, Any], status_code: int, content: bytes) -> ApiError:
        """The typed error of a page that answered `status_code`."""
        request = self.endpoint._get_kwargs(**sent)
        return ApiError.from_parts(
            status_code=status_code,
            method=str(request["method"]),
            path=str(request["url"]),
            content=content,
        )

    def take(self, response: Any, sent: dict[str, Any]) -> list[Any]:
        """The new items of one answer; decides whether another page follows."""
        parsed = response.parsed
        if int(response.status_code) >= 400 or not isinstance(parsed, self.plan.page_model or list):
            raise self.error(sent, int(response.status_code), response.content)
        items = list(parsed if isinstance(parsed, list) else getattr(parsed, ITEMS_FIELD))
        fresh = []
        for item in items:
            key = _identity(item)
            if key not in self.seen:
                self.seen.add(key)
                fresh.append(item)
        self._advance(parsed, items, fresh)
        return fresh

    def _advance(self, parsed: Any, items: list[Any], fresh: list[Any]) -> None:
        if not items or self.page is None:
            self.done = True
            return
        if self.plan.token_param is not None:
            token = _set(getattr(parsed, NEXT_TOKEN_FIELD, None))
            self.done = not token or token == self.token
            self.token = token
            return
        pages = _set(getattr(parsed, PAGES_FIELD, None))
        if isinstance(pages, int) and not isinstance(pages, bool):
            self.done = self.page >= pages
        else:  # no page count: a short page is the last, and so is one with nothing new
            self.done = not fresh or (self.limit is not None and len(items) < self.limit)
        self.page += 1


def _check_client(client: object) -> None:
    if not isinstance(client, AuthenticatedClient | Client):
        raise ConfigurationError(
            "paginate() needs client= a generated client, e.g. ecartpay_auth.authenticated_client()"
        )


def paginate(
    endpoint: types.ModuleType, *, client: AuthenticatedClient | Client, **params: Any
) -> Iterator[Any]:
    """Yield every item of every page of `endpoint`, each once, as the typed model.

    Pages are fetched lazily, one per `limit` items, so breaking out of the loop early
    costs no further request. An item pushed onto a later page while you walk (the list
    moved) is not yielded twice.

    Args:
        endpoint: A generated list module, e.g. `ecartpay_client.api.customers.list_customers`.
        client: The low-level client (`ecartpay_auth.authenticated_client()`).
        **params: The endpoint's own parameters (filters, `limit`; `page` to start
            elsewhere than 1).

    Returns:
        An iterator over every item, as the typed model.

    Raises:
        ecartpay.ConfigurationError: Bad arguments (raised here, at the call).
        ecartpay.APIError: An error page (raised during the walk).

    Example:
        ```python
        from ecartpay_client.api.customers import list_customers

        client = ecartpay_auth.authenticated_client()
        for customer in ecartpay_auth.paginate(list_customers, client=client, limit=50):
            print(customer.email)
        ```
    """
    _check_client(client)
    return _sync_walk(_Walk(endpoint, params), client)


def apaginate(
    endpoint: types.ModuleType, *, client: AuthenticatedClient | Client, **params: Any
) -> AsyncIterator[Any]:
    """`paginate` for `async for`: the same walk through the endpoint's `asyncio_detailed`.

    Args:
        endpoint: A generated list module, e.g. `list_transactions`.
        client: The low-level client.
        **params: The endpoint's own parameters (filters, `limit`, `page`).

    Returns:
        An async iterator over every item, as the typed model.

    Raises:
        ecartpay.ConfigurationError: Bad arguments (raised here, at the call).
        ecartpay.APIError: An error page (raised during the walk).

    Example:
        ```python
        from ecartpay_client.api.transactions import list_transactions

        async for tx in ecartpay_auth.apaginate(list_transactions, client=client):
            print(tx.id, tx.amount)
        ```
    """

    _check_client(client)
    return _async_walk(_Walk(endpoint, params), client)


def _sync_walk(walk: _Walk, client: AuthenticatedClient | Client) -> Iterator[Any]:
    while not walk.done:
        sent = walk.kwargs()
        try:
            response = walk.endpoint.sync_detailed(client=client, **sent)
        except UnexpectedStatus as exc:  # an undocumented status (raise_on_unexpected_status)
            raise walk.error(sent, exc.status_code, exc.content) from None
        yield from walk.take(response, sent)


async def _async_walk(walk: _Walk, client: AuthenticatedClient | Client) -> AsyncIterator[Any]:
    while not walk.done:
        sent = walk.kwargs()
        try:
            response = await walk.endpoint.asyncio_detailed(client=client, **sent)
        except UnexpectedStatus as exc:
            raise walk.error(sent, exc.status_code, exc.content) from None
        for item in walk.take(response, sent):
            yield item
