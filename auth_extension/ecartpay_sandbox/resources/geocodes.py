"""Geocodes: public lookups (no token) of countries, states, zip codes and localities.

Zip codes and localities share the recorded place shape. An unknown zip code is a 404 with
the vendor's error body; a country or state without records gives an empty list.
"""

from __future__ import annotations

from typing import Any

from ecartpay_sandbox._messages import add_messages
from ecartpay_sandbox._registry import Call, VendorError, operation
from ecartpay_sandbox.resources._reference import fixture, same_code

DEFAULT_COUNTRY = "MX"

add_messages(
    {
        "zip_code_not_found": {
            "en": "Zip code {postal_code} not found in {country}",
            "es": "No se encontró el código postal {postal_code} en {country}",
        }
    }
)


def _places(country: str) -> list[dict[str, Any]]:
    places: list[dict[str, Any]] = fixture("geocodes_places", "zip_codes")
    return [p for p in places if same_code(p["country"]["code"], country)]


@operation("listCountries", auth="none")
def list_countries(call: Call) -> list[dict[str, Any]]:
    """Every country on record, by name."""
    countries: list[dict[str, Any]] = fixture("countries", "countries")
    return sorted(countries, key=lambda c: str(c["name"]))


@operation("listStates", auth="none")
def list_states(call: Call) -> list[dict[str, Any]]:
    """The states of ``country``, by name."""
    country = call.params.get("country", DEFAULT_COUNTRY)
    states: list[dict[str, Any]] = fixture("states", "states")
    return sorted(
        (s for s in states if same_code(s["country_code"], country)), key=lambda s: str(s["name"])
    )


@operation("getZipCode", auth="none")
def get_zip_code(call: Call) -> list[dict[str, Any]]:
    """The place of ``postal_code`` in ``country`` (404 when unknown), or every place of
    the country without it."""
    country = call.params.get("country", DEFAULT_COUNTRY)
    places = _places(country)
    postal_code = call.params.get("postal_code")
    if postal_code is None:
        return places
    found = [p for p in places if p["zip_code"] == postal_code.strip()]
    if not found:
        raise VendorError(404, "zip_code_not_found", postal_code=postal_code, country=country)
    return found


@operation("listLocalities", auth="none")
def list_localities(call: Call) -> list[dict[str, Any]]:
    """The places of ``country``, or of its ``state`` (two-letter code)."""
    places = _places(call.params.get("country", DEFAULT_COUNTRY))
    state = call.params.get("state")
    return [p for p in places if state is None or same_code(p["state"]["code"]["2digit"], state)]
