"""The documentation site's HTTP API reference, written from `openapi.yaml` at build time.

One section per tag (the spec's order), one entry per operation: method and path, our
summary and description, the generated function to call, the parameters, the request body's
fields and the documented answers. Nothing is typed by hand, so the page cannot drift from
the spec; `tools/docs_hooks.py` adds it to the site as `reference/http-api.md`
(`python -m tools.http_reference` prints it).
"""

from __future__ import annotations

import re
import sys
from collections.abc import Iterator, Mapping
from pathlib import Path
from typing import Any

import yaml

from tools.resource_table import METHODS, PACKAGE, ROOT, module_of_operation, module_of_tag

SPEC_PATH = ROOT / "openapi.yaml"


class _Spec:
    def __init__(self, document: Mapping[str, Any]) -> None:
        self.document = document

    def resolve(self, node: Any) -> tuple[str | None, Any]:
        """`node` with its `$ref` followed, and the component name it came from."""
        name = None
        while isinstance(node, Mapping) and isinstance(node.get("$ref"), str):
            ref = node["$ref"]
            name = ref.rsplit("/", 1)[-1]
            node = self.document
            for part in ref[2:].split("/"):
                node = node[part.replace("~1", "/").replace("~0", "~")]
        return name, node


def _cell(text: Any) -> str:
    """One line of Markdown fit for a table cell."""
    return " ".join(str(text or "").split()).replace("|", "\\|")


def _anchor(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")


def _type(spec: _Spec, schema: Any) -> str:
    """A short human name for a schema's type (`string`, `array of Order`, `Currency`)."""
    name, node = spec.resolve(schema)
    if name is not None:
        return f"`{name}`"
    if not isinstance(node, Mapping):
        return "any"
    for keyword in ("anyOf", "oneOf"):
        if keyword in node:
            return " or ".join(_type(spec, branch) for branch in node[keyword])
    if "allOf" in node and "type" not in node:
        return " and ".join(_type(spec, member) for member in node["allOf"])
    declared = node.get("type", "any")
    kind = " or ".join(declared) if isinstance(declared, list) else str(declared)
    if kind == "array" and "items" in node:
        return f"array of {_type(spec, node['items'])}"
    if "enum" in node:
        return f"{kind}: " + ", ".join(f"`{value}`" for value in node["enum"])
    return kind


def _fields(spec: _Spec, schema: Any) -> Iterator[tuple[str, bool, str, str]]:
    """(name, required, type, description) of an object schema's properties, allOf merged."""
    _, node = spec.resolve(schema)
    if not isinstance(node, Mapping):
        return
    required = set(node.get("required") or [])
    for member in node.get("allOf") or []:
        _, resolved = spec.resolve(member)
        required |= set(resolved.get("required") or [])
        yield from (
            (name, name in required or flag, kind, text)
            for name, flag, kind, text in _fields(spec, member)
        )
    for name, field in (node.get("properties") or {}).items():
        _, resolved = spec.resolve(field)
        description = field.get("description") or resolved.get("description", "")
        yield name, name in required, _type(spec, field), description


def _operation(spec: _Spec, tag: str, method: str, path: str, op: Mapping[str, Any]) -> list[str]:
    operation_id = op["operationId"]
    module = f"{PACKAGE}.{module_of_tag(tag)}.{module_of_operation(operation_id)}"
    lines = [
        f"### {op.get('summary') or operation_id}",
        "",
        f"`{method.upper()} {path}` · operationId `{operation_id}` · `{module}`",
        "",
    ]
    if op.get("description"):
        lines += [op["description"].strip(), ""]
    parameters = [spec.resolve(p)[1] for p in op.get("parameters") or []]
    if parameters:
        lines += ["| parameter | in | required | type | description |", "|---|---|---|---|---|"]
        lines += [
            f"| `{p['name']}` | {p['in']} | {'yes' if p.get('required') else 'no'}"
            f" | {_cell(_type(spec, p.get('schema', {})))} | {_cell(p.get('description'))} |"
            for p in parameters
        ]
        lines.append("")
    _, body = spec.resolve(op.get("requestBody") or {})
    for media_type, media in (body.get("content") or {}).items():
        name, _ = spec.resolve(media.get("schema", {}))
        lines += [f"Request body ({media_type}{f', `{name}`' if name else ''}):", ""]
        rows = list(_fields(spec, media.get("schema", {})))
        if rows:
            lines += ["| field | required | type | description |", "|---|---|---|---|"]
            lines += [
                f"| `{field}` | {'yes' if required else 'no'} | {_cell(kind)} | {_cell(text)} |"
                for field, required, kind, text in rows
            ]
        lines.append("")
    answers = []
    for status, response in (op.get("responses") or {}).items():
        _, resolved = spec.resolve(response)
        content = resolved.get("content") or {}
        shapes = ", ".join(_type(spec, m.get("schema", {})) for m in content.values())
        answers.append(
            f"| {status} | {_cell(resolved.get('description'))} | {_cell(shapes) or '-'} |"
        )
    if answers:
        lines += ["| answer | meaning | body |", "|---|---|---|", *answers, ""]
    return lines


def render(document: Mapping[str, Any]) -> str:
    """The whole page as Markdown."""
    spec = _Spec(document)
    by_tag: dict[str, list[tuple[str, str, Mapping[str, Any]]]] = {}
    for path, item in document["paths"].items():
        for method in METHODS:
            if method in item:
                tag = (item[method].get("tags") or ["default"])[0]
                by_tag.setdefault(tag, []).append((method, path, item[method]))
    described = {t["name"]: t.get("description", "") for t in document.get("tags", [])}
    order = [t for t in described if t in by_tag] + sorted(set(by_tag) - set(described))
    lines = [
        "# HTTP API reference",
        "",
        "Every operation of `openapi.yaml`, written from the spec when the site is built."
        " Each names the generated function to call (`sync`, `sync_detailed`, `asyncio`,"
        " `asyncio_detailed`); the front door's resources call the same functions.",
        "",
        " · ".join(f"[{tag}](#{_anchor(tag)})" for tag in order),
        "",
    ]
    for tag in order:
        lines += [f"## {tag}", ""]
        if described.get(tag):
            lines += [described[tag], ""]
        for method, path, op in by_tag[tag]:
            lines += _operation(spec, tag, method, path, op)
    return "\n".join(lines).rstrip() + "\n"


def load(path: Path = SPEC_PATH) -> Mapping[str, Any]:
    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    return yaml.load(path.read_text(encoding="utf-8"), Loader=loader)  # type: ignore[no-any-return]  # noqa: S506


if __name__ == "__main__":
    sys.stdout.write(render(load()))
