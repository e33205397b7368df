"""Reference data (issue 11): fixtures built from the vendor's recorded examples, and every
lookup and filter really filters."""

from __future__ import annotations

import httpx
import pytest

from ecartpay_sandbox import RunningSandbox

MX_BANK = "5f331fb9f7480d71f16b91e9"  # recorded: ABC CAPITAL, clave "40138"
US_BANK = "5f331fb9f7480d71f16ba001"  # JPMORGAN CHASE, routing number 021000021


@pytest.fixture
def auth(token: str) -> dict[str, str]:
    return {"Authorization": token}


def test_banks_filter_by_country_and_the_single_view_sends_clave_as_the_vendor_does(
    http: httpx.Client, auth: dict[str, str]
) -> None:
    every = http.get("/api/banks", headers=auth).json()
    mx = http.get("/api/banks", params={"country": "mx"}, headers=auth).json()
    us = http.get("/api/banks", params={"country": "US"}, headers=auth).json()
    assert (len(every), len(mx), len(us)) == (20, 15, 5)
    assert {b["country"] for b in mx} == {"MX"}
    assert {b["country"] for b in us} == {"US"}
    assert [b["name"] for b in mx] == sorted(b["name"] for b in mx)
    assert http.get("/api/banks", params={"country": "AR"}, headers=auth).json() == []
    listed = next(b for b in mx if b["id"] == MX_BANK)
    assert listed["clave"] == "40138"
    assert http.get(f"/api/banks/{MX_BANK}", headers=auth).json() == {**listed, "clave": 40138}
    # The vendor types the single view's clave as a number, leading zero or not.
    assert http.get(f"/api/banks/{US_BANK}", headers=auth).json()["clave"] == 21000021
    missing = http.get(f"/api/banks/{'0' * 24}", headers=auth)
    assert missing.status_code == 404
    assert missing.json() == {"message": "Bank not found", "statusCode": 404}


def test_exchange_rates_are_cross_rates_of_the_chosen_base(
    http: httpx.Client, auth: dict[str, str]
) -> None:
    usd = http.get("/api/exchanges", headers=auth).json()
    mxn = http.get("/api/exchanges", params={"base": "MXN"}, headers=auth).json()
    assert usd["base"] == "USD"
    assert mxn["base"] == "MXN"
    assert "USD" not in usd["rates"]
    assert "MXN" not in mxn["rates"]
    assert mxn["rates"]["USD"] == pytest.approx(1 / usd["rates"]["MXN"], rel=1e-5)
    assert mxn["rates"]["EUR"] == pytest.approx(usd["rates"]["EUR"] / usd["rates"]["MXN"], 1e-5)
    unknown = http.get("/api/exchanges", params={"base": "XXX"}, headers=auth)
    assert unknown.status_code == 404
    assert "XXX" in unknown.json()["message"]
    available = http.get("/api/exchanges/available", headers=auth).json()
    codes = [c["currency"] for c in available]
    assert codes == sorted(codes)
    assert set(codes) == {"USD", *usd["rates"]}


def test_geocodes_need_no_token_and_filter(http: httpx.Client) -> None:
    countries = http.get("/_/geocodes/countries").json()
    assert {"code": "MX", "name": "Mexico", "phone_code": "52"} in countries
    mx_states = http.get("/_/geocodes/states").json()
    us_states = http.get("/_/geocodes/states", params={"country": "US"}).json()
    assert {s["country_code"] for s in mx_states} == {"MX"}
    assert len(mx_states) == 8
    assert [s["name"] for s in us_states] == ["California", "Florida", "New York", "Texas"]
    (leon,) = http.get("/_/geocodes/zipcode", params={"postal_code": "37258"}).json()
    assert leon["locality"] == "León de Los Aldama"
    assert leon["state"]["iso_code"] == "MX-GUA"
    (ny,) = http.get("/_/geocodes/zipcode", params={"country": "US", "postal_code": "10001"}).json()
    assert ny["state"]["name"] == "New York"
    every_mx = http.get("/_/geocodes/zipcode").json()
    assert len(every_mx) == 6
    assert {p["country"]["code"] for p in every_mx} == {"MX"}
    guanajuato = http.get("/_/geocodes/localities", params={"state": "gt"}).json()
    assert sorted(p["zip_code"] for p in guanajuato) == ["37000", "37258"]
    assert http.get("/_/geocodes/localities", params={"state": "ZZ"}).json() == []


def test_an_unknown_zip_code_gets_the_vendors_error_body_in_the_callers_language(
    http: httpx.Client,
) -> None:
    missing = http.get("/_/geocodes/zipcode", params={"postal_code": "99999"})
    assert missing.status_code == 404
    assert missing.json() == {"message": "Zip code 99999 not found in MX", "statusCode": 404}
    # A US zip code is not a Mexican one.
    wrong_country = http.get("/_/geocodes/zipcode", params={"postal_code": "10001"})
    assert wrong_country.status_code == 404
    spanish = http.get(
        "/_/geocodes/zipcode", params={"postal_code": "99999"}, headers={"Cookie": "lang=es"}
    )
    assert spanish.json()["message"] == "No se encontró el código postal 99999 en MX"


def test_catalogs(http: httpx.Client, auth: dict[str, str]) -> None:
    activities = http.get("/api/catalogs/economic_activity", headers=auth).json()
    assert {
        "code": "612",
        "name": "Personas Físicas con Actividades Empresariales y Profesionales",
    } in activities
    gt = http.get("/api/catalogs/number_type", params={"country": "GT"}, headers=auth).json()
    assert [t["code"] for t in gt] == ["NIT", "DPI"]
    every = http.get("/api/catalogs/number_type", headers=auth).json()
    assert {t["country"] for t in every} == {"MX", "GT", "CO", "US"}


def test_a_missing_token_is_refused_for_reference_data_but_not_for_geocodes(
    http: httpx.Client, sandbox: RunningSandbox
) -> None:
    assert http.get("/api/banks").status_code == 401
    assert http.get("/api/exchanges/available").status_code == 401
    assert http.get("/_/geocodes/countries").status_code == 200
    stats = sandbox.control.stats()
    assert stats.operation_statuses["listCountries"] == {200: 1}


def test_a_concrete_path_is_never_served_by_the_template_that_also_matches_it(
    http: httpx.Client, auth: dict[str, str]
) -> None:
    """`/api/cards/msi-configuration` is not card "msi-configuration" of `/api/cards/{id}`:
    a method it lacks is a 405 listing its own methods, not a card deletion."""
    response = http.delete("/api/cards/msi-configuration", headers=auth)
    assert response.status_code == 405
    assert set(response.headers["allow"].split(", ")) == {"GET", "HEAD", "POST"}
    assert http.get("/api/cards/msi-configuration", headers=auth).status_code == 200
    assert http.delete(f"/api/cards/{'0' * 24}", headers=auth).status_code == 404
