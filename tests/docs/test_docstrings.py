"""Every public name of the front door and of `ecartpay_auth` has a docstring: the SDK
reference (docs/reference/, mkdocstrings) is made of them."""

from __future__ import annotations

import importlib
import inspect
from collections.abc import Iterator
from typing import Any

import pytest

PACKAGES = ("ecartpay", "ecartpay_auth", "ecartpay_auth.webhooks")


def _doc(member: Any) -> str:
    if isinstance(member, property):
        member = member.fget
    if isinstance(member, classmethod | staticmethod):
        member = member.__func__
    return (getattr(member, "__doc__", None) or "").strip()


def public_names() -> Iterator[tuple[str, Any]]:
    """(dotted name, object) of each name in `__all__`, and of the public methods and
    properties its classes define themselves."""
    for package in PACKAGES:
        module = importlib.import_module(package)
        for name in module.__all__:
            value = getattr(module, name)
            if not (inspect.isclass(value) or inspect.isroutine(value)):
                continue  # constants and the version: documented where they are listed
            yield f"{package}.{name}", value
            if not inspect.isclass(value):
                continue
            for attribute, member in vars(value).items():
                if attribute.startswith("_"):
                    continue
                if isinstance(member, property | classmethod | staticmethod) or inspect.isfunction(
                    member
                ):
                    yield f"{package}.{name}.{attribute}", member


def test_the_public_surface_is_large_enough_to_mean_something() -> None:
    names = [name for name, _ in public_names()]
    assert "ecartpay.EcartPay" in names
    assert "ecartpay_auth.EcartPayAuth.get_token" in names
    assert len(names) > 100


def test_every_public_name_has_a_docstring() -> None:
    missing = sorted({name for name, value in public_names() if not _doc(value)})
    assert missing == [], "add a docstring (what it does, its arguments, what it raises)"


@pytest.mark.parametrize("package", PACKAGES)
def test_every_package_says_what_it_is(package: str) -> None:
    assert _doc(importlib.import_module(package))
