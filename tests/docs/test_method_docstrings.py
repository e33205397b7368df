"""The front door's generated methods (`client.orders.retrieve`, ...) document themselves
from the spec: the operation's description, every parameter, the answer and the
`ecartpay.APIError` subclass of every error status the operation documents
(codegen_templates/resource_module.py.jinja, tools/sdk_codegen.py)."""

from __future__ import annotations

import importlib
import inspect
import pkgutil
from collections.abc import Iterator
from typing import Any

import yaml

import ecartpay
import ecartpay_client.resources
from tests.docs._sections import sections
from tools.sdk_codegen import UNDESCRIBED
from tools.spec_docs import description
from tools.spec_docs import resolve as resolve_ref
from tools.vendor_prose import ROOT


def methods() -> Iterator[tuple[str, Any]]:
    """(`Class.method`, function) of every public method of every resource class."""
    for info in pkgutil.iter_modules(ecartpay_client.resources.__path__):
        module = importlib.import_module(f"ecartpay_client.resources.{info.name}")
        for name, cls in vars(module).items():
            if not (inspect.isclass(cls) and cls.__module__ == module.__name__):
                continue
            if not name.endswith("Resource"):
                continue  # the WithRawResponse twins hold wrapped copies of these
            for attribute, member in vars(cls).items():
                if inspect.isfunction(member) and not attribute.startswith("_"):
                    yield f"{name}.{attribute}", member


METHODS = dict(methods())


def test_there_are_methods_to_check() -> None:
    assert len(METHODS) > 150
    assert {"OrdersResource.retrieve", "AsyncOrdersResource.retrieve"} <= set(METHODS)


def problems(name: str, method: Any) -> Iterator[str]:
    found = sections(method)
    wanted = [p for p in inspect.signature(method).parameters if p != "self"]
    if [p.name for p in found.get("parameters", [])] != wanted:
        yield f"{name}: Args does not list {wanted} in signature order"
    for parameter in found.get("parameters", []):
        if not parameter.description or parameter.description == UNDESCRIBED:
            yield f"{name}: {parameter.name} is not described in openapi.yaml"
    returned = str(inspect.signature(method).return_annotation).replace("builtins.", "")
    answers = [answer.description for answer in found.get("returns", [])]
    if not any(text.startswith(f"`{returned}`: ") for text in answers):
        yield f"{name}: no Returns naming `{returned}`"

    raised = [error.annotation for error in found.get("raises", [])]
    if raised[-2:] != ["ecartpay.APIError", "ecartpay.APIConnectionError"]:
        yield f"{name}: Raises lacks ecartpay.APIError and ecartpay.APIConnectionError"
    for dotted in raised[:-2]:
        error = getattr(ecartpay, dotted.removeprefix("ecartpay."), None)
        if not (isinstance(error, type) and issubclass(error, ecartpay.APIError)):
            yield f"{name}: {dotted} is not an ecartpay.APIError subclass"


def test_every_method_documents_its_parameters_answer_and_errors() -> None:
    found = [problem for name, method in METHODS.items() for problem in problems(name, method)]
    assert found == [], "\n".join(found)


def test_a_method_without_its_sections_is_caught() -> None:
    def retrieve(self: Any, id: str, *, timeout: float = 1.0) -> None:
        """Get a thing.

        Args:
            id: Not described in openapi.yaml.

        Raises:
            ecartpay.ConfigurationError: Not an API error.
        """

    assert [p.split(": ", 1)[1] for p in problems("retrieve", retrieve)] == [
        "Args does not list ['id', 'timeout'] in signature order",
        "id is not described in openapi.yaml",
        "no Returns naming `None`",
        "Raises lacks ecartpay.APIError and ecartpay.APIConnectionError",
    ]


def test_retrieve_an_order_says_what_the_spec_says() -> None:
    spec = yaml.safe_load((ROOT / "openapi.yaml").read_text(encoding="utf-8"))
    operation = spec["paths"]["/api/orders/{id}"]["get"]
    doc = " ".join((ecartpay_client.resources.orders.OrdersResource.retrieve.__doc__ or "").split())
    assert " ".join(operation["description"].split()) in doc
    parameter = next(p for p in operation["parameters"] if p.get("name") == "id")
    assert f"id: {description(spec, parameter)}" in doc
    not_found = resolve_ref(spec, operation["responses"]["404"])
    assert f"ecartpay.NotFoundError: 404: {description(spec, not_found)}" in doc
