"""Write the "generated modules, by resource" table of the documentation site
(`docs/reference/modules.md`) from `openapi.yaml`, or check it is current.

The table lists each tag, the generated module to import and its operations, so a reader
finds the function for an endpoint without opening `generated/`. It is derived from the
spec (never typed by hand) and names modules exactly as openapi-python-client does, by
calling the generator's own identifier rule.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

import yaml
from openapi_python_client.strings import PythonIdentifier

ROOT = Path(__file__).resolve().parents[1]
#: The page that holds the table, between the markers below.
PAGE = Path("docs/reference/modules.md")
START = "<!-- resource-table:start (tools/resource_table.py writes this block) -->"
END = "<!-- resource-table:end -->"
METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")
PACKAGE = "ecartpay_client.api"


def module_of_tag(tag: str) -> str:
    """The generated package of a tag (`Payment links` -> `payment_links`)."""
    return str(PythonIdentifier(tag, prefix="tag"))


def module_of_operation(operation_id: str) -> str:
    """The generated module of an operation (`listBanks` -> `list_banks`)."""
    return str(PythonIdentifier(operation_id, prefix="field_"))


def _operations(spec: dict[str, Any]) -> dict[str, list[tuple[str, str, str, bool]]]:
    """Per tag, in path order: (function module, METHOD, path, public)."""
    default_public = spec.get("security") == []
    by_tag: dict[str, list[tuple[str, str, str, bool]]] = {}
    for path, item in spec["paths"].items():
        for method in METHODS:
            op = item.get(method)
            if op is None:
                continue
            tag = (op.get("tags") or ["default"])[0]
            public = op["security"] == [] if "security" in op else default_public
            row = (module_of_operation(op["operationId"]), method.upper(), path, public)
            by_tag.setdefault(tag, []).append(row)
    return by_tag


def render(spec: dict[str, Any]) -> str:
    """The Markdown table (without the markers): one row per tag, spec order first."""
    by_tag = _operations(spec)
    declared = [t["name"] for t in spec.get("tags", [])]
    order = [t for t in declared if t in by_tag] + sorted(set(by_tag) - set(declared))
    lines = [
        "| resource | import from | operations (`module`: method and path) |",
        "|---|---|---|",
    ]
    for tag in order:
        ops = "<br>".join(
            f"`{fn}`: `{method} {path}`" + (" (no token)" if public else "")
            for fn, method, path, public in by_tag[tag]
        )
        lines.append(f"| {tag} | `{PACKAGE}.{module_of_tag(tag)}` | {ops} |")
    return "\n".join(lines)


def load_spec(root: Path = ROOT) -> dict[str, Any]:
    spec: dict[str, Any] = yaml.safe_load((root / "openapi.yaml").read_text(encoding="utf-8"))
    return spec


def splice(page: str, table: str) -> str:
    """`page` with the block between the markers replaced by `table`."""
    head, sep, rest = page.partition(START)
    _, sep2, tail = rest.partition(END)
    if not sep or not sep2:
        raise SystemExit(f"{PAGE} lacks the markers {START!r} ... {END!r}")
    return f"{head}{START}\n{table}\n{END}{tail}"


def main(argv: list[str] | None = None, root: Path = ROOT) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help=f"fail if {PAGE} is stale")
    args = parser.parse_args(argv)
    page_path = root / PAGE
    page = page_path.read_text(encoding="utf-8")
    fresh = splice(page, render(load_spec(root)))
    if args.check:
        if fresh != page:
            sys.stderr.write(f"{PAGE}'s resource table is stale: run `make generate`\n")
            return 1
        return 0
    if fresh != page:
        page_path.write_text(fresh, encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
