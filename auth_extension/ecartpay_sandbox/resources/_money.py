"""Amounts in decimal arithmetic: JSON numbers in, exact ``Decimal`` inside, JSON out.

The API's amounts are numbers in major units (243.33). Summing floats drifts (0.1 + 0.2),
so every sum, difference and comparison happens on ``Decimal`` values, and only the result
goes back to a JSON number.

The rules (the spec's ``Money`` says the same):

- An *amount* (a refund, a payout, a discount, a shipping charge, a checkout amount, a
  deposit) has at most the digits its currency has: its minor unit, 0 for JPY and CLP
  (``MINOR_UNITS``), 2 for every other currency. More is a 400, never rounded silently.
- A unit *price* may be finer (0.004 per unit); a line is ``price * quantity`` rounded once,
  half-up, to the currency's minor unit, after multiplying (10,000 x 0.004 = 40.00).
- Discounts are finite and between 0 and what they discount (a line's gross, an order's
  subtotal): else a 400.
"""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal, InvalidOperation

from ecartpay_sandbox._messages import add_messages
from ecartpay_sandbox._registry import VendorError

CENT = Decimal("0.01")
#: Currencies whose minor unit is not the cent (ISO 4217 exponent); every other has 2.
MINOR_UNITS = {"JPY": 0, "CLP": 0, "KRW": 0, "PYG": 0, "VND": 0, "ISK": 0, "UGX": 0}

add_messages(
    {
        "amount_not_a_number": {
            "en": "{field} must be a finite number",
            "es": "{field} debe ser un número finito",
        },
        "amount_precision": {
            "en": "{field} has more decimals than {currency} allows ({digits})",
            "es": "{field} tiene más decimales de los que {currency} permite ({digits})",
        },
        "discount_out_of_range": {
            "en": "{field} must be between 0 and {limit}",
            "es": "{field} debe estar entre 0 y {limit}",
        },
    }
)


def digits_of(currency: str) -> int:
    """How many decimals ``currency``'s amounts have (its ISO 4217 minor unit)."""
    return MINOR_UNITS.get(currency.upper(), 2)


def _quantum(currency: str) -> Decimal:
    return Decimal(1).scaleb(-digits_of(currency))


def exact(value: float | int | str | Decimal, field: str = "amount") -> Decimal:
    """``value`` as a finite Decimal, through its shortest text (so 0.1 stays 0.1)."""
    try:
        number = Decimal(str(value))
    except InvalidOperation:
        raise VendorError(400, "amount_not_a_number", field=field) from None
    if not number.is_finite():
        raise VendorError(400, "amount_not_a_number", field=field)
    return number


def amount_in(value: float | int | str | Decimal, currency: str, field: str = "amount") -> Decimal:
    """An amount of ``currency``: finite and with no more decimals than the currency has
    (a 400 naming ``field`` otherwise)."""
    number = exact(value, field)
    if number != number.quantize(_quantum(currency), rounding=ROUND_HALF_UP):
        raise VendorError(
            400, "amount_precision", field=field, currency=currency, digits=digits_of(currency)
        )
    return number


def rounded(value: Decimal, currency: str) -> Decimal:
    """``value`` rounded half-up, once, to ``currency``'s minor unit."""
    return value.quantize(_quantum(currency), rounding=ROUND_HALF_UP)


def line_total(price: object, quantity: object, currency: str) -> Decimal:
    """``price * quantity``, multiplied exactly and then rounded once to the minor unit."""
    return rounded(exact(str(price), "price") * exact(str(quantity), "quantity"), currency)


def bounded_discount(value: object, limit: Decimal, currency: str, field: str) -> Decimal:
    """A discount of ``currency``: an amount between 0 and ``limit`` (else 400)."""
    discount = amount_in(str(value), currency, field)
    if not Decimal(0) <= discount <= limit:
        raise VendorError(400, "discount_out_of_range", field=field, limit=show(limit))
    return discount


def decimal(value: float | int | str | Decimal) -> Decimal:
    """``value`` as cents-exact Decimal (for amounts already stored, or checked by
    ``amount_in``)."""
    return exact(value).quantize(CENT, rounding=ROUND_HALF_UP)


def as_amount(value: Decimal) -> float | int:
    """A JSON number for an amount: an int when whole (``160``), else a float (``243.33``)."""
    value = value.quantize(CENT, rounding=ROUND_HALF_UP) + Decimal(0)  # no "-0.00"
    return int(value) if value == value.to_integral_value() else float(value)


def show(value: Decimal) -> str:
    """An amount for a message: always two decimals (``100.50``)."""
    return f"{value.quantize(CENT, rounding=ROUND_HALF_UP):.2f}"
