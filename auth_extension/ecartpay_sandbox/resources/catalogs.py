"""Catalogs for invoicing forms: SAT economic activities and each country's tax-id types."""

from __future__ import annotations

from typing import Any

from ecartpay_sandbox._registry import Call, operation
from ecartpay_sandbox.resources._reference import fixture, same_code


@operation("listEconomicActivities")
def list_economic_activities(call: Call) -> list[dict[str, Any]]:
    """The SAT catalogue, by code."""
    entries: list[dict[str, Any]] = fixture("catalogs", "economic_activity")
    return entries


@operation("listNumberTypes")
def list_number_types(call: Call) -> list[dict[str, Any]]:
    """Every country's tax-id types, or those of ``country``."""
    country = call.params.get("country")
    entries: list[dict[str, Any]] = fixture("catalogs", "number_type")
    return [e for e in entries if country is None or same_code(e["country"], country)]
