"""The front door's resources are generated from the spec: every operation has a method,
names never clash, and `api.md` is current."""

from __future__ import annotations

import copy
import functools
import inspect
from pathlib import Path
from typing import Any

import pytest
import yaml

import ecartpay
from tools import api_reference
from tools.sdk_names import assign, place_of

ROOT = Path(__file__).resolve().parents[2]
SPEC: dict[str, Any] = yaml.safe_load((ROOT / "openapi.yaml").read_text(encoding="utf-8"))


def _follow(cls: type, names: tuple[str, ...]) -> Any:
    """The class attribute at `names`, walking the sub-resources' classes."""
    target: Any = cls
    for name in names:
        owner = next(c for c in target.__mro__ if name in vars(c))
        member = vars(owner)[name]
        is_resource = isinstance(member, functools.cached_property)
        target = api_reference.resource_class(owner, name) if is_resource else member
    return target


@pytest.mark.parametrize("client_class", [ecartpay.EcartPay, ecartpay.AsyncEcartPay])
def test_every_operation_of_the_spec_has_a_method(client_class: type) -> None:
    places = assign(SPEC)
    assert len(places) == sum(
        1
        for item in SPEC["paths"].values()
        for m in ("get", "put", "post", "delete", "patch")
        if m in item
    )
    for place in places:
        method = _follow(client_class, (*place.resource, place.method))
        assert inspect.isfunction(method), place.dotted
        wants_async = client_class is ecartpay.AsyncEcartPay and "Page" not in str(
            method.__annotations__["return"]
        )
        assert inspect.iscoroutinefunction(method) == wants_async, place.dotted


def test_the_issue_names_are_where_the_issue_puts_them() -> None:
    dotted = {p.dotted for p in assign(SPEC)}
    for name in (
        "customers.create",
        "customers.list",
        "customers.cards.list",
        "orders.create",
        "orders.retrieve",
        "orders.refund",
        "orders.process",
        "payouts.confirm",
        "payouts.list",
        "transactions.list",
        "subscriptions.create",
        "payment_links.create",
        "card_tokens.create",
    ):
        assert name in dotted, name


def test_two_operations_in_one_place_fail_the_generation() -> None:
    spec = copy.deepcopy(SPEC)
    spec["paths"]["/api/orders/{id}"]["get"]["x-ecartpay-method"] = "orders.create"
    with pytest.raises(ValueError, match=r"both client\.orders\.create"):
        assign(spec)


def test_a_method_named_like_a_sub_resource_fails_the_generation() -> None:
    spec = copy.deepcopy(SPEC)
    spec["paths"]["/api/customers"]["get"]["x-ecartpay-method"] = "customers.cards"
    with pytest.raises(ValueError, match="also a sub-resource"):
        assign(spec)


def test_the_naming_rule() -> None:
    def at(path: str, operation_id: str, tag: str) -> str:
        return place_of(path, {"operationId": operation_id, "tags": [tag]}).dotted

    assert at("/api/customers/{customer_id}/cards/{id}", "deleteCustomerCard", "Customers") == (
        "customers.cards.delete"
    )
    assert at("/api/orders/{id}/process", "processOrder", "Orders") == "orders.process"
    assert at("/api/orders/public/{id}", "getPublicOrder", "Orders") == "orders.retrieve_public"
    assert at("/api/templates", "listPaymentLinks", "Payment links") == "payment_links.list"


def test_methods_take_path_parameters_positionally_and_the_rest_by_keyword() -> None:
    retrieve = _follow(ecartpay.EcartPay, ("orders", "retrieve"))
    params = inspect.signature(retrieve).parameters
    assert params["id"].kind is inspect.Parameter.POSITIONAL_OR_KEYWORD
    for name in ("extra_headers", "timeout", "lang"):
        assert params[name].kind is inspect.Parameter.KEYWORD_ONLY
    create = inspect.signature(_follow(ecartpay.EcartPay, ("customers", "create"))).parameters
    required = {n for n, p in create.items() if p.default is p.empty and n != "self"}
    schema = SPEC["components"]["schemas"]["CustomerCreate"]
    assert required == {n for part in schema["allOf"] for n in part.get("required", [])}


def test_api_md_is_generated_from_the_spec_and_current() -> None:
    text = api_reference.render()
    assert (ROOT / "api.md").read_text(encoding="utf-8") == text, "run `make generate`"
    for place in assign(SPEC):
        assert f"## `client.{'.'.join(place.resource)}`" in text
        assert f"- `{place.method}(" in text
    assert "- `retrieve(id: str, *, lang: Lang | Unset = UNSET) -> Order`" in text
