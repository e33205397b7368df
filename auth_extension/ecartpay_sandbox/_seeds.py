"""Fixtures: the records the spec's examples name, made in the primary account by the
resources' own handlers when ``SandboxConfig.fixtures`` is on (``--fixtures``).

stripe-mock answers its spec's examples; this sandbox keeps state instead, so the ids the
examples of ``openapi.yaml`` use (a customer, its cards, a paid order and its refund, a
checkout, a subscription, ...) are made real here: each resource module registers a
``@seed(stage=N)`` function that calls its own operations through a ``Seeder``. A call is
validated against the spec like any request and handled by the operation's handler, with
the new records' ids pinned to the spec's (``Store.pinned_ids``). So a seeded record is an
ordinary record: read, changed, paid, refunded or deleted like one a client created.

Seeding is lazy: the first API request after a start or a reset seeds the primary account
(at that moment the sandbox knows its own URL, which links such as ``pay_link`` carry).
``make contract-test`` turns it on, so every operation's examples reach a 2xx.
"""

from __future__ import annotations

import inspect
import json
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, replace
from typing import Any

from starlette.requests import Request

from ecartpay_sandbox._config import Account, SandboxConfig
from ecartpay_sandbox._core import SandboxCore
from ecartpay_sandbox._registry import HANDLERS, Call, VendorError
from ecartpay_sandbox._spec import JSON_MEDIA_TYPE
from ecartpay_sandbox._validation import RequestInput, RequestInvalid, validate_request

#: The account's sequence that records that it was seeded (a reset forgets it).
MARKER = "seeded:fixtures"
#: The account the spec's examples name (``getAccountBillingInformation``'s): with the
#: fixtures, the primary account has this id.
EXAMPLE_ACCOUNT_ID = "61d70c889766fb0ac56b8bf1"


def fixtures_config(config: SandboxConfig | None = None) -> SandboxConfig:
    """``config`` (default: the defaults) with the fixtures on and the primary account
    being the examples' account (same keys)."""
    config = config or SandboxConfig()
    primary = replace(config.primary, account_id=EXAMPLE_ACCOUNT_ID)
    return replace(config, fixtures=True, accounts=(primary, *config.accounts[1:]))


class SeedError(RuntimeError):
    """A seed the spec or the handlers refused: a bug of the seeds, never of the caller."""


class Seeder:
    """Calls operations of the vendor's API for one account, in process."""

    def __init__(self, core: SandboxCore, request: Request, account: Account) -> None:
        self.core = core
        self.request = request
        self.account = account

    def call(
        self,
        operation_id: str,
        *,
        ids: Sequence[str | None] = (),
        path: Mapping[str, str] | None = None,
        query: Mapping[str, str] | None = None,
        headers: Mapping[str, str] | None = None,
        body: Any = None,
    ) -> Any:
        """Validate and handle one request; the records it creates take ``ids`` in the
        order the handler asks for new ids (None: a fresh one), and every one of them must
        be taken. The answer's ``id`` must be the first id given."""
        op = self.core.spec.operations[operation_id]
        registration = HANDLERS[operation_id]
        raw = RequestInput(
            query={name: [value] for name, value in (query or {}).items()},
            cookies={},
            headers={
                "content-type": JSON_MEDIA_TYPE,
                **{name.lower(): value for name, value in (headers or {}).items()},
            },
            path_params=dict(path or {}),
            body=b"" if body is None else json.dumps(body).encode(),
        )
        try:
            valid = validate_request(self.core.spec, op, raw)
        except RequestInvalid as exc:
            raise SeedError(f"seed of {operation_id} is invalid: {exc.detail}") from None
        account = None if registration.auth == "none" else self.account
        call = Call(self.core, self.request, account, valid.params, valid.body, "en")
        with self.core.store.pinned_ids(ids) as left:
            try:
                result = registration.handler(call)
            except VendorError as exc:
                raise SeedError(f"seed of {operation_id} refused: {exc.status} {exc.key}") from None
            if inspect.isawaitable(result):
                raise SeedError(f"{operation_id} has an async handler: it cannot seed")
            if left:
                raise SeedError(f"seed of {operation_id} left pinned ids unused: {list(left)}")
        expected = next((i for i in ids if i is not None), None)
        if expected is not None and isinstance(result, dict) and result.get("id") != expected:
            raise SeedError(f"seed of {operation_id} made {result.get('id')}, not {expected}")
        return result


SeedFunction = Callable[[Seeder], None]


@dataclass(frozen=True)
class SeedRegistration:
    """A resource's seed function and its stage (lower stages run first)."""

    name: str
    stage: int
    function: SeedFunction


SEEDS: list[SeedRegistration] = []


def seed(stage: int) -> Callable[[SeedFunction], SeedFunction]:
    """Register the decorated function as a seed run at ``stage`` (records it needs from
    other resources are seeded at lower stages)."""

    def register(function: SeedFunction) -> SeedFunction:
        name = f"{function.__module__}.{function.__name__}"
        SEEDS.append(SeedRegistration(name, stage, function))
        return function

    return register


def ensure_seeded(core: SandboxCore, request: Request) -> None:
    """Seed the primary account once since the last start or reset (when configured)."""
    if not core.config.fixtures:
        return
    account = core.config.primary
    # The store's lock is re-entrant: the handlers take it again inside.
    with core.store.account(account.account_id) as data:
        if MARKER in data.sequences:
            return
        data.sequences[MARKER] = 1
        seeder = Seeder(core, request, account)
        for registration in sorted(SEEDS, key=lambda r: (r.stage, r.name)):
            registration.function(seeder)
