"""Exchange rates: cross rates from one table of rates per US dollar (Assumed values)."""

from __future__ import annotations

from typing import Any

from ecartpay_sandbox._messages import add_messages
from ecartpay_sandbox._registry import Call, VendorError, operation
from ecartpay_sandbox.resources._reference import fixture

DEFAULT_BASE = "USD"
RATE_DIGITS = 6

add_messages(
    {
        "unknown_base_currency": {
            "en": "No exchange rates for base currency {base}",
            "es": "No hay tipos de cambio para la moneda base {base}",
        }
    }
)


def _per_usd() -> dict[str, float]:
    return {c["currency"]: c["per_usd"] for c in fixture("exchanges", "currencies")}


@operation("getExchangeRates")
def get_exchange_rates(call: Call) -> dict[str, Any]:
    """What one unit of ``base`` buys of every other currency."""
    base = call.params.get("base", DEFAULT_BASE)
    per_usd = _per_usd()
    if base not in per_usd:
        raise VendorError(404, "unknown_base_currency", base=base)
    rates = {
        currency: round(rate / per_usd[base], RATE_DIGITS)
        for currency, rate in per_usd.items()
        if currency != base
    }
    return {"base": base, "rates": rates, "updated_at": fixture("exchanges", "updated_at")}


@operation("listAvailableCurrencies")
def list_available_currencies(call: Call) -> list[dict[str, Any]]:
    """Every currency with rates, by code."""
    currencies = fixture("exchanges", "currencies")
    return sorted(
        ({"currency": c["currency"], "name": c["name"]} for c in currencies),
        key=lambda c: str(c["currency"]),
    )
