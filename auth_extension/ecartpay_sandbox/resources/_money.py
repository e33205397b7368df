"""Amounts in decimal arithmetic: JSON numbers in, cents-exact ``Decimal`` inside, JSON out.

The API's amounts are numbers in major units (243.33). Summing floats drifts (0.1 + 0.2),
so every sum, difference and comparison happens on ``Decimal`` values rounded half-up to
cents, and only the result goes back to a JSON number.
"""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal

CENT = Decimal("0.01")


def decimal(value: float | int | str | Decimal) -> Decimal:
    """``value`` as cents-exact Decimal (through its shortest text, so 0.1 stays 0.1)."""
    return Decimal(str(value)).quantize(CENT, rounding=ROUND_HALF_UP)


def as_amount(value: Decimal) -> float | int:
    """A JSON number for an amount: an int when whole (``160``), else a float (``243.33``)."""
    value = value.quantize(CENT, rounding=ROUND_HALF_UP) + Decimal(0)  # no "-0.00"
    return int(value) if value == value.to_integral_value() else float(value)


def show(value: Decimal) -> str:
    """An amount for a message: always two decimals (``100.50``)."""
    return f"{value.quantize(CENT, rounding=ROUND_HALF_UP):.2f}"
