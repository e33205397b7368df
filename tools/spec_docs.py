"""What `openapi.yaml` says of each operation and parameter, for the docstrings.

The front door's generated methods (`tools.sdk_codegen`) take their docstrings from these
descriptions, and tests/foundation/test_spec_descriptions.py fails on any that is missing
(`undescribed`).
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

__all__ = ["METHODS", "body_properties", "description", "parameters", "resolve", "undescribed"]

METHODS = ("get", "put", "post", "delete", "patch")


def resolve(spec: dict[str, Any], node: Any) -> Any:
    """`node`, or what its `$ref` (and theirs) names inside `spec`."""
    while isinstance(node, dict) and "$ref" in node:
        target: Any = spec
        for part in node["$ref"].removeprefix("#/").split("/"):
            target = target[part]
        node = target
    return node


def description(spec: dict[str, Any], node: Any) -> str:
    """A node's description on one line, else that of what its `$ref` names ("" if none):
    OpenAPI 3.1 allows a description beside a `$ref`."""
    for found in (node, resolve(spec, node)):
        text = found.get("description") if isinstance(found, dict) else None
        if isinstance(text, str) and text.strip():
            return " ".join(text.split())
    return ""


def body_properties(spec: dict[str, Any], operation: dict[str, Any]) -> dict[str, Any]:
    """The top-level properties of an operation's JSON body (the front door's keyword
    arguments), those of its `allOf`/`anyOf`/`oneOf` parts included."""
    body = resolve(spec, operation.get("requestBody", {}))
    schema = resolve(spec, body.get("content", {}).get("application/json", {}).get("schema"))
    found: dict[str, Any] = {}

    def collect(node: Any) -> None:
        node = resolve(spec, node)
        if not isinstance(node, dict):
            return
        for part in (*node.get("allOf", []), *node.get("anyOf", []), *node.get("oneOf", [])):
            collect(part)
        for name, prop in (node.get("properties") or {}).items():
            if name not in found or not description(spec, found[name]):
                found[name] = prop

    collect(schema)
    return found


def parameters(spec: dict[str, Any], path: str, operation: dict[str, Any]) -> dict[str, Any]:
    """An operation's parameters by name, the path item's shared ones included."""
    shared = spec["paths"][path].get("parameters", [])
    return {
        resolve(spec, node)["name"]: node for node in (*shared, *operation.get("parameters", []))
    }


def undescribed(spec: dict[str, Any]) -> Iterator[str]:
    """Each operation, parameter (path, query, header, cookie) and top-level property of a
    JSON request body without a description."""
    for path, item in spec["paths"].items():
        for method in METHODS:
            if method not in item:
                continue
            operation = item[method]
            where = f"{method.upper()} {path}"
            if not description(spec, {"description": operation.get("description")}):
                yield where
            for name, node in parameters(spec, path, operation).items():
                if not description(spec, node):
                    yield f"{where} parameter {name}"
            for name, prop in body_properties(spec, operation).items():
                if not description(spec, prop):
                    yield f"{where} body {name}"
