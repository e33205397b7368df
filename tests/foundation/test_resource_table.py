"""The resource table of the site's generated-modules page (docs/reference/modules.md) is the
spec's, and names modules that really exist."""

from __future__ import annotations

import importlib
import shutil
from pathlib import Path

import pytest

from tools import resource_table

ROOT = Path(__file__).resolve().parents[2]


def test_the_pages_table_is_current() -> None:
    page = (ROOT / resource_table.PAGE).read_text(encoding="utf-8")
    table = resource_table.render(resource_table.load_spec())
    assert f"{resource_table.START}\n{table}\n{resource_table.END}" in page, (
        f"{resource_table.PAGE}'s resource table is stale: run `make generate`"
    )


def test_every_listed_module_is_generated() -> None:
    spec = resource_table.load_spec()
    rows = resource_table.render(spec).splitlines()[2:]
    imported = 0
    for row in rows:
        package = row.split("|")[2].strip().strip("`")
        for fn in row.split("|")[3].split("<br>"):
            module = importlib.import_module(f"{package}.{fn.split('`')[1]}")
            assert callable(module.sync_detailed)
            imported += 1
    operations = sum(
        1 for item in spec["paths"].values() for m in resource_table.METHODS if m in item
    )
    assert imported == operations


def test_public_operations_are_marked() -> None:
    spec = {
        "security": [{"tokenAuth": []}],
        "tags": [{"name": "Geocodes"}],
        "paths": {
            "/_/geocodes/states": {
                "get": {"operationId": "listStates", "tags": ["Geocodes"], "security": []}
            },
            "/api/banks": {"get": {"operationId": "listBanks", "tags": ["Banks"]}},
        },
    }
    lines = resource_table.render(spec).splitlines()
    assert lines[2] == (
        "| Geocodes | `ecartpay_client.api.geocodes` | "
        "`list_states`: `GET /_/geocodes/states` (no token) |"
    )
    assert lines[3] == "| Banks | `ecartpay_client.api.banks` | `list_banks`: `GET /api/banks` |"


def test_check_mode_fails_on_a_stale_page_and_write_mode_fixes_it(tmp_path: Path) -> None:
    shutil.copy(ROOT / "openapi.yaml", tmp_path / "openapi.yaml")
    page = (ROOT / resource_table.PAGE).read_text(encoding="utf-8")
    stale = resource_table.splice(page, "| stale |")
    (tmp_path / resource_table.PAGE).parent.mkdir(parents=True)
    (tmp_path / resource_table.PAGE).write_text(stale, encoding="utf-8")
    assert resource_table.main(["--check"], root=tmp_path) == 1
    assert resource_table.main([], root=tmp_path) == 0
    assert resource_table.main(["--check"], root=tmp_path) == 0
    assert (tmp_path / resource_table.PAGE).read_text(encoding="utf-8") == page


def test_missing_markers_are_a_clear_error() -> None:
    with pytest.raises(SystemExit, match="lacks the markers"):
        resource_table.splice("# A page without a table\n", "| x |")
