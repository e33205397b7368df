"""Attack: a path parameter that is not one path segment (`..`, `.`, empty) makes the
generated client call another endpoint: `delete_customer_card(customer_id=C, id="..")`
sent `DELETE /api/customers/C` (httpx removes dot segments after quoting).

Every generated operation with a path parameter is found by walking the generated
package, and matched to its operation in openapi.yaml; none is listed by hand."""

from __future__ import annotations

import importlib
import inspect
import pkgutil
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from types import ModuleType
from typing import Any
from urllib.parse import quote

import httpx
import pytest
import yaml

import ecartpay_client.api
from ecartpay_auth import authenticated_client
from ecartpay_client import AuthenticatedClient
from ecartpay_client.api.customers import create_customer, delete_customer_card, list_customers
from ecartpay_client.api.orders import get_order
from ecartpay_client.models import Customer, CustomerCreate, CustomerList, Error
from ecartpay_sandbox import RunningSandbox

SPEC = yaml.safe_load((Path(__file__).parents[2] / "openapi.yaml").read_text(encoding="utf-8"))
METHODS = ("get", "post", "put", "patch", "delete")
NOT_A_SEGMENT = ("", ".", "..")
NOWHERE = "http://127.0.0.1:1"
#: Reaches the path as one segment, exactly: slashes, dots, `%`, `?`, `#`, spaces, UTF-8.
AWKWARD = "a/../b?c=1#d %2e%2E./é.."


class _Body:
    """A request body for `_get_kwargs`: only its `to_dict()` is read."""

    def to_dict(self) -> dict[str, Any]:
        return {}


@dataclass(frozen=True)
class Operation:
    module: ModuleType
    method: str
    template: str  # the generated URL template, e.g. /api/customers/{customer_id}/cards/{id}
    params: tuple[str, ...]  # the path parameters, as the generated functions name them

    def __str__(self) -> str:
        return self.module.__name__.rsplit(".", 1)[-1]

    def arguments(self, **path: str) -> dict[str, Any]:
        """Keyword arguments of `_get_kwargs`: the path values, a body when required."""
        required = {
            name: _Body()
            for name, p in inspect.signature(self.module._get_kwargs).parameters.items()
            if p.kind is p.KEYWORD_ONLY and p.default is p.empty
        }
        return {**required, **path}

    def kwargs(self, **path: str) -> dict[str, Any]:
        kwargs: dict[str, Any] = self.module._get_kwargs(**self.arguments(**path))
        return kwargs


def _spec_operations() -> list[tuple[str, str]]:
    """(method, path template) of every spec operation with a path parameter."""
    return sorted(
        (method, path)
        for path, item in SPEC["paths"].items()
        if "{" in path
        for method in item
        if method in METHODS
    )


def _same_template(spec_path: str, generated: str) -> bool:
    """Equal once every `{name}` is blanked (the generator may rename parameters)."""

    def blank(path: str) -> list[str]:
        return ["{}" if s.startswith("{") else s for s in path.split("/")]

    return blank(spec_path) == blank(generated)


def _discover() -> list[Operation]:
    """Every generated operation whose `_get_kwargs` takes positional (path) parameters."""
    found: list[Operation] = []
    for info in pkgutil.walk_packages(ecartpay_client.api.__path__, "ecartpay_client.api."):
        module = importlib.import_module(info.name)
        if not hasattr(module, "_get_kwargs"):
            continue
        parameters = inspect.signature(module._get_kwargs).parameters.items()
        params = tuple(n for n, p in parameters if p.kind is p.POSITIONAL_OR_KEYWORD)
        if not params:
            continue
        probe = Operation(module, "", "", params)
        kwargs = probe.kwargs(**{p: f"P{i}P" for i, p in enumerate(params)})
        template = str(kwargs["url"])
        for i, p in enumerate(params):
            template = template.replace(f"P{i}P", f"{{{p}}}")
        found.append(Operation(module, str(kwargs["method"]).lower(), template, params))
    return found


@pytest.fixture(scope="module")
def builder() -> Iterator[httpx.Client]:
    """The SDK's httpx client; it builds requests (the URL httpx would send, after its
    normalisation) and sends none."""
    client = authenticated_client("pub-path-test", "priv-path-test", base_url=NOWHERE)
    with client.get_httpx_client() as http:
        yield http


OPERATIONS = _discover()
CASES = [(op, p) for op in OPERATIONS for p in op.params]
IDS = [f"{op}-{p}" for op, p in CASES]


def test_every_spec_operation_with_a_path_parameter_is_covered() -> None:
    spec = _spec_operations()
    matched = [
        next(k for k in spec if k[0] == op.method and _same_template(k[1], op.template))
        for op in OPERATIONS
    ]
    assert sorted(matched) == spec


def test_a_value_that_is_not_one_segment_raises_before_any_request(
    sandbox: RunningSandbox, client: AuthenticatedClient
) -> None:
    for operation, param in CASES:
        for bad in NOT_A_SEGMENT:
            values = {p: "ok" for p in operation.params} | {param: bad}
            with pytest.raises(ValueError, match=rf"\b{param}\b"):
                operation.module.sync_detailed(client=client, **operation.arguments(**values))
    stats = sandbox.control.stats()
    assert stats.tokens_minted == 0
    assert sum(stats.requests.values()) == 0


@pytest.mark.parametrize(("operation", "param"), CASES, ids=IDS)
def test_any_other_value_reaches_the_path_exactly_percent_encoded(
    operation: Operation, param: str, builder: httpx.Client
) -> None:
    values = {p: "ok" for p in operation.params} | {param: AWKWARD}
    kwargs = operation.kwargs(**values)
    expected = operation.template.format(**values | {param: quote(AWKWARD, safe="")})
    assert kwargs["url"] == expected
    request = builder.build_request(kwargs["method"], kwargs["url"])
    assert request.url.raw_path.decode("ascii") == expected


def test_dot_dot_as_a_card_id_does_not_delete_the_customer(
    client: AuthenticatedClient,
) -> None:
    customer = create_customer.sync(
        client=client,
        body=CustomerCreate(first_name="Ana", last_name="López", email="ana@example.com"),
    )
    assert isinstance(customer, Customer)
    with pytest.raises(ValueError, match="id"):
        delete_customer_card.sync_detailed(customer_id=customer.id, id="..", client=client)
    customers = list_customers.sync(client=client)
    assert isinstance(customers, CustomerList)
    assert [c.id for c in customers.docs] == [customer.id]


def test_dot_segments_in_an_order_id_stay_in_the_order_path(
    sandbox: RunningSandbox, client: AuthenticatedClient
) -> None:
    with pytest.raises(ValueError, match="id"):
        get_order.sync_detailed(id="..", client=client)
    answer = get_order.sync_detailed(id="..%2e", client=client)  # a real, unknown id
    assert answer.status_code == 404
    assert isinstance(answer.parsed, Error)
    assert sandbox.control.stats().requests.get("getOrder") == 1
