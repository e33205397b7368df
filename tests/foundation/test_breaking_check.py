"""`make breaking-check`: one breaking change of each kind, made in a scratch copy, fails the
gate until the version is bumped and the changelog names it; additive changes pass."""

from __future__ import annotations

import copy
import re
import shutil
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
import yaml

from tools import breaking_check
from tools.breaking_check import (
    FRAGMENTS,
    ROOT,
    SOURCES,
    SPEC,
    VERSION_FILE,
    Gate,
    judge,
    read_version,
    required_bump,
)
from tools.spec_breaking import breaking_changes

Spec = dict[str, Any]
CURRENT: Spec = yaml.safe_load((ROOT / SPEC).read_text())


def _op(spec: Spec, path: str, method: str) -> Any:
    return spec["paths"][path][method]


def _schema(spec: Spec, name: str) -> Any:
    return spec["components"]["schemas"][name]


def remove_operation(spec: Spec) -> None:
    del spec["paths"]["/api/orders/{id}"]["get"]


def change_path(spec: Spec) -> None:
    spec["paths"]["/api/orders/{id}/fetch"] = {"get": spec["paths"]["/api/orders/{id}"].pop("get")}


def change_method(spec: Spec) -> None:
    item = spec["paths"]["/api/orders/{id}"]
    item["post"] = item.pop("get")


def remove_response_field(spec: Spec) -> None:
    del _schema(spec, "Order")["properties"]["status"]


def _customer_create(spec: Spec) -> Any:
    return _schema(spec, "CustomerCreate")["allOf"][0]


def require_body_field(spec: Spec) -> None:
    body = _customer_create(spec)
    body["required"] = [*body["required"], "user_id"]


def require_parameter(spec: Spec) -> None:
    _op(spec, "/api/customers", "get").setdefault("parameters", []).append(
        {"name": "region", "in": "query", "required": True, "schema": {"type": "string"}}
    )


def narrow_type(spec: Spec) -> None:
    _customer_create(spec)["properties"]["first_name"] = {"type": "integer"}


def narrow_enum(spec: Spec) -> None:
    schema = _schema(spec, "OrderStatus")
    schema["enum"] = [value for value in schema["enum"] if value != "refunded"]


SPEC_BREAKS: dict[str, tuple[Callable[[Spec], None], str, str]] = {
    # change: (how, the kind reported, the subject a changelog entry must name)
    "removed operation": (remove_operation, "removed operation", "getOrder"),
    "changed path": (change_path, "changed path or method", "getOrder"),
    "changed method": (change_method, "changed path or method", "getOrder"),
    "removed response field": (remove_response_field, "removed response field", "status"),
    "new required body field": (require_body_field, "new required request field", "user_id"),
    "new required parameter": (require_parameter, "new required request field", "region"),
    "narrowed type": (narrow_type, "narrowed type", "first_name"),
    "narrowed enum": (narrow_enum, "narrowed enum", "status"),
}


def test_todays_tree_passes_the_gate_against_the_last_release() -> None:
    """What `make test` runs: the recorded release commit against the working tree."""
    assert breaking_check.main([]) == 0


@pytest.mark.parametrize("change", SPEC_BREAKS)
def test_each_kind_of_spec_break_fails_the_gate_until_bumped_and_named(change: str) -> None:
    how, kind, subject = SPEC_BREAKS[change]
    new = copy.deepcopy(CURRENT)
    how(new)
    found = breaking_changes(CURRENT, new)
    assert {f.kind for f in found} == {kind}
    assert subject in {f.subject for f in found}
    released = read_version()

    def verdict(current: str, changelog: str) -> list[str]:
        return judge(Gate("openapi.yaml", found), released, current, changelog).problems

    named = " ".join(f"`{f.subject}`" for f in found)
    assert verdict(released, named) == [
        f"the version is {released}, the last release {released}: a breaking change needs"
        f" {required_bump(released)} (in {VERSION_FILE})"
    ]
    assert f"no changelog entry names `{subject}`" in "\n".join(
        verdict(required_bump(released), "Fixed: a typo.")
    )
    assert verdict(required_bump(released), f"Removed on purpose: {named}.") == []


def test_additive_spec_changes_pass() -> None:
    new = copy.deepcopy(CURRENT)
    new["paths"]["/api/brand-new"] = {"get": {"operationId": "brandNew", "responses": {}}}
    _schema(new, "Order")["properties"]["loyalty_points"] = {"type": "integer"}
    _customer_create(new)["properties"]["nickname"] = {"type": "string"}
    _op(new, "/api/customers", "get").setdefault("parameters", []).append(
        {"name": "region", "in": "query", "schema": {"type": "string"}}
    )
    status = _schema(new, "OrderStatus")
    status["enum"] = [*status["enum"], "on_hold"]  # wider
    _customer_create(new)["properties"]["first_name"] = {"type": ["string", "null"]}
    _op(new, "/api/customers", "get")["description"] = "Reworded."
    assert breaking_changes(CURRENT, new) == []


# -- the whole gate on a scratch copy of the repository --------------------------------------


@pytest.fixture(scope="module")
def baseline(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Today's tree as if it were the last release."""
    root = tmp_path_factory.mktemp("release")
    shutil.copy(ROOT / SPEC, root / SPEC)
    shutil.copytree(ROOT / SOURCES, root / SOURCES, ignore=shutil.ignore_patterns("__pycache__"))
    return root


@pytest.fixture
def scratch(baseline: Path, tmp_path: Path) -> Path:
    """A copy of today's tree whose last release is today's version: nothing bumped yet."""
    shutil.copytree(baseline, tmp_path, dirs_exist_ok=True)
    pyproject = (ROOT / "pyproject.toml").read_text()
    released = f'[tool.ecartpay.release]\nversion = "{read_version()}"'
    pyproject = re.sub(r'\[tool\.ecartpay\.release\]\nversion = "[^"]*"', released, pyproject)
    (tmp_path / "pyproject.toml").write_text(pyproject)
    (tmp_path / FRAGMENTS).mkdir()
    return tmp_path


def gate(scratch: Path, baseline: Path, capsys: pytest.CaptureFixture[str]) -> tuple[int, str]:
    code = breaking_check.main(["--root", str(scratch), "--baseline", str(baseline)])
    return code, capsys.readouterr().out


def bump(scratch: Path) -> None:
    major, minor, _ = read_version().split(".")
    (scratch / VERSION_FILE).write_text(f'__version__ = "{major}.{int(minor) + 1}.0"\n')


def edit(path: Path, old: str, new: str) -> None:
    text = path.read_text()
    assert old in text
    path.write_text(text.replace(old, new, 1))


def test_an_unchanged_tree_passes(
    scratch: Path, baseline: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out = gate(scratch, baseline, capsys)
    assert code == 0
    assert "Python API (griffe): 0 breaking change(s) -> pass" in out
    assert "openapi.yaml: 0 breaking change(s) -> pass" in out


def test_the_command_fails_on_a_spec_break_in_a_scratch_copy(
    scratch: Path, baseline: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    get_order = "  /api/orders/{id}:\n    get:\n      operationId: getOrder\n"
    edit(scratch / SPEC, get_order, get_order.replace("getOrder", "fetchOrder"))
    code, out = gate(scratch, baseline, capsys)
    assert code == 1
    assert "  openapi.yaml: 1 breaking change(s) -> FAIL" in out
    assert "    - removed operation: getOrder (GET /api/orders/{id})" in out
    assert "a breaking change needs" in out  # not bumped
    bump(scratch)
    (scratch / FRAGMENTS / "+scratch.removed.md").write_text("`getOrder` is gone.\n")
    assert gate(scratch, baseline, capsys)[0] == 0


PYTHON_BREAKS = {
    # change: (file under ecartpay_auth/, old text, new text, kind, subject)
    "removed public name": (
        "__init__.py",
        '    "set_app_info",\n',
        "",
        "Public object was removed",
        "set_app_info",
    ),
    "new required parameter": (
        "_user_agent.py",
        "def set_app_info(name: str | None,",
        "def set_app_info(scope: str, name: str | None,",
        "Positional parameter was moved",
        "set_app_info",
    ),
    "removed parameter": (
        "_user_agent.py",
        "def set_app_info(name: str | None, version: str | None = None, url: str | None = None)",
        "def set_app_info(name: str | None, version: str | None = None)",
        "Parameter was removed",
        "set_app_info",
    ),
}


@pytest.mark.parametrize("change", PYTHON_BREAKS)
def test_a_python_api_break_fails_until_bumped_and_named_in_the_changelog(
    change: str, scratch: Path, baseline: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    module, old, new, kind, subject = PYTHON_BREAKS[change]
    path = scratch / SOURCES / "ecartpay_auth" / module
    edit(path, old, new)
    if change == "removed public name":
        edit(
            path,
            "from ._user_agent import AppInfo, set_app_info",
            "from ._user_agent import AppInfo",
        )
    code, out = gate(scratch, baseline, capsys)
    assert code == 1
    assert f"- {kind}: ecartpay_auth: " in out
    bump(scratch)
    (scratch / FRAGMENTS / "+scratch.changed.md").write_text(f"`{subject}` changed.\n")
    assert gate(scratch, baseline, capsys)[0] == 0
