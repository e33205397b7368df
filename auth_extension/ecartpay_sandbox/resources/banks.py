"""Banks: the fixture's MX banks (recorded) and US banks (Assumed), filtered by country.

The recorded single view sends ``clave`` as a number where the list sends a string, and the
vendor's exported reference types it so: the sandbox does the same for every bank (a US
routing number's leading zero is lost there, as it would be in the vendor's number).
"""

from __future__ import annotations

from typing import Any

from ecartpay_sandbox._messages import add_messages
from ecartpay_sandbox._registry import Call, VendorError, operation
from ecartpay_sandbox.resources._reference import fixture, same_code

add_messages({"bank_not_found": {"en": "Bank not found", "es": "Banco no encontrado"}})


def _banks() -> list[dict[str, Any]]:
    banks: list[dict[str, Any]] = fixture("banks", "banks")
    return sorted(banks, key=lambda b: (b["country"], b["name"]))


@operation("listBanks")
def list_banks(call: Call) -> list[dict[str, Any]]:
    """Every bank, or those of ``country``."""
    country = call.params.get("country")
    return [b for b in _banks() if country is None or same_code(b["country"], country)]


@operation("getBank")
def get_bank(call: Call) -> dict[str, Any]:
    """One bank, ``clave`` as a number."""
    for bank in _banks():
        if bank["id"] == call.params["id"]:
            return {**bank, "clave": int(bank["clave"])}
    raise VendorError(404, "bank_not_found")
