"""Forms: field definitions of the dashboard's forms, filtered by name, module and country."""

from __future__ import annotations

from typing import Any

from ecartpay_sandbox._registry import Call, operation
from ecartpay_sandbox.resources._reference import fixture, same_code


@operation("listForms")
def list_forms(call: Call) -> list[dict[str, Any]]:
    """The forms that match every given filter (an empty filter matches all)."""
    name, module = call.params.get("name"), call.params.get("module")
    country = call.params.get("country")
    forms: list[dict[str, Any]] = fixture("billing", "forms")
    return [
        f
        for f in forms
        if (not name or f["name"] == name)
        and (not module or f["module"] == module)
        and (not country or same_code(f["country"], country))
    ]
