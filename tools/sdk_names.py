"""Where each operation of `openapi.yaml` sits on the front door: `client.<resource>.<method>`.

Derived from the spec, by one rule, so an operation added to the spec gets its method with
no table to edit:

- the resource is the operation's tag in snake case (`Payment links` -> `payment_links`);
- a sub-resource is a plural path segment after a path parameter
  (`/api/customers/{customer_id}/cards/{id}` -> `customers.cards`);
- the verb is the operationId's first word, `get` read as `retrieve`
  (`list`, `retrieve`, `create`, `update`, `delete`, or the action's own: `process`,
  `confirm`, ...), followed by what the operationId names beyond the resource itself
  (`getPublicOrder` -> `orders.retrieve_public`, `listBillingClients` ->
  `billings.list_clients`).

An operation may name its place itself with `x-ecartpay-method: orders.refund` (the
vendor's `createRefund` is the refund action of an order). `assign` fails on two
operations in one place, and on a method named like a sub-resource of its resource.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass
from typing import Any

__all__ = ["METHODS", "Place", "assign", "place_of"]

METHODS = ("get", "put", "post", "delete", "patch")
OVERRIDE = "x-ecartpay-method"
_VERBS = {"get": "retrieve"}
_WORD = re.compile(r"[A-Z]+(?=[A-Z][a-z]|$)|[A-Z]?[a-z0-9]+|[A-Z]+")


@dataclass(frozen=True)
class Place:
    """`client.<resource>[.<sub>...].<method>` of one operation."""

    operation_id: str
    resource: tuple[str, ...]  # ("customers", "cards")
    method: str  # "list"

    @property
    def dotted(self) -> str:
        return ".".join((*self.resource, self.method))


def _words(text: str) -> list[str]:
    return [w.lower() for w in _WORD.findall(text.replace("-", " ").replace("_", " "))]


def _singular(word: str) -> str:
    if word.endswith("ies"):
        return word[:-3] + "y"
    return word[:-1] if word.endswith("s") and not word.endswith("ss") else word


def _snake(text: str) -> str:
    return "_".join(_words(text))


def place_of(path: str, operation: dict[str, Any]) -> Place:
    """Where one operation sits (see the module's rule)."""
    operation_id = str(operation["operationId"])
    override = operation.get(OVERRIDE)
    if isinstance(override, str):
        *resource, method = override.split(".")
        return Place(operation_id, tuple(resource), method)
    tag = (operation.get("tags") or ["default"])[0]
    resource = [_snake(tag)]
    segments = [s for s in path.split("/") if s]
    for before, segment in itertools.pairwise(segments):
        if before.startswith("{") and not segment.startswith("{") and _singular(segment) != segment:
            resource.append(_snake(segment))
    named = {w for part in resource for w in _words(part)}
    named |= {_singular(w) for w in named}
    verb, *rest = _words(operation_id)
    rest = [w for w in rest if w not in named and _singular(w) not in named]
    return Place(operation_id, tuple(resource), "_".join([_VERBS.get(verb, verb), *rest]))


def assign(spec: dict[str, Any]) -> list[Place]:
    """The place of every operation of `spec`, in path order; raises ValueError on a clash."""
    places = [
        place_of(path, item[method])
        for path, item in spec["paths"].items()
        for method in METHODS
        if method in item
    ]
    taken: dict[str, str] = {}
    resources = {p.resource[: i + 1] for p in places for i in range(len(p.resource))}
    for place in places:
        other = taken.setdefault(place.dotted, place.operation_id)
        if other != place.operation_id:
            raise ValueError(
                f"{other} and {place.operation_id} are both client.{place.dotted}: "
                f"name one of them with {OVERRIDE}"
            )
        if (*place.resource, place.method) in resources:
            raise ValueError(
                f"{place.operation_id} is client.{place.dotted}, also a sub-resource: "
                f"rename it with {OVERRIDE}"
            )
    return places
