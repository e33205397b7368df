"""Which handler serves which operationId: the ``@operation`` decorator and its table.

A resource module registers one function per operationId; the API layer (``_api``) mounts
it on the spec's path and method, authenticates the caller and validates the request
against the spec before the handler runs. A handler receives a ``Call`` and answers JSON
data (sent as 200), a ready ``Response``, or raises ``VendorError`` for the vendor's error
body; it may be ``async``.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any, Literal

from starlette.requests import Request

from ecartpay_sandbox._config import Account
from ecartpay_sandbox._core import SandboxCore
from ecartpay_sandbox._messages import Lang
from ecartpay_sandbox._store import AccountState

AuthKind = Literal["token", "basic", "none"]
"""``token``: the raw JWT in ``Authorization`` (most operations); ``basic``: the account's
keys (the token endpoint); ``none``: a public view without credentials."""


class VendorError(Exception):
    """Answer ``{"message", "statusCode"}`` with HTTP ``status`` and the message ``key``
    (of ``_messages``, in the caller's language) filled with ``values``."""

    def __init__(self, status: int, key: str, **values: object) -> None:
        super().__init__(key)
        self.status = status
        self.key = key
        self.values = values


@dataclass(frozen=True)
class Call:
    """An authenticated, validated call to one operation."""

    core: SandboxCore
    request: Request
    account: Account | None  # None only for ``auth="none"`` operations
    params: dict[str, Any]  # typed path, query, header and cookie values, defaults applied
    body: Any  # the parsed JSON body (None when there is none)
    lang: Lang
    token_id: str | None = None  # the ``id`` of the token the caller sent, if any

    @property
    def account_id(self) -> str:
        """The calling account's id (only for authenticated operations)."""
        if self.account is None:
            raise RuntimeError("this operation is public: it has no calling account")
        return self.account.account_id

    @property
    def base_url(self) -> str:
        """The sandbox's own origin, without a trailing slash (for links it hands out)."""
        return str(self.request.base_url).rstrip("/")

    @contextmanager
    def data(self) -> Iterator[AccountState]:
        """The calling account's data, under the store's lock."""
        with self.core.store.account(self.account_id) as data:
            yield data


Handler = Callable[[Call], Any | Awaitable[Any]]


@dataclass(frozen=True)
class Registration:
    """A handler and how its callers authenticate."""

    handler: Handler
    auth: AuthKind


HANDLERS: dict[str, Registration] = {}


def operation(operation_id: str, *, auth: AuthKind = "token") -> Callable[[Handler], Handler]:
    """Register the decorated function as the handler of ``operation_id``."""

    def register(handler: Handler) -> Handler:
        if operation_id in HANDLERS:
            raise ValueError(f"{operation_id} has two handlers")
        HANDLERS[operation_id] = Registration(handler, auth)
        return handler

    return register


def require(record: dict[str, Any] | None, key: str, **values: object) -> dict[str, Any]:
    """``record`` when there is one, else the vendor's 404 with the message ``key``."""
    if record is None:
        raise VendorError(404, key, **values)
    return record
