"""Breaking changes between two versions of `openapi.yaml`, as a client of the API sees them.

A change breaks a client when code written against the old spec stops working against the
new one:

- an operation is removed (its `operationId`, or its method and path when it has none);
- an operation keeps its `operationId` but changes its path or method;
- a field of a response is removed (a property of a JSON response schema, at any depth);
- a request needs a field it did not need (a required property of the body at any depth, a
  required parameter, a required body);
- a type or an enum is narrowed, in a request or a response: a value the old spec allowed
  is refused, or a value of a listed enum disappears (a member of a generated enum class),
  even where any string is accepted besides the listed ones.

Everything else is additive and passes: new operations, new optional fields and parameters,
new response fields, wider types and enums (`<Enum>` to `anyOf: [<Enum>, string]`),
descriptions and examples. `$ref`s are followed, so moving a schema to `components` is not a
change. Each finding names a `subject` (an `operationId`, a field or a parameter) that the
changelog entry for it must mention.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from typing import Any

HTTP_METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")
JSON_TYPES = frozenset({"string", "number", "integer", "boolean", "array", "object", "null"})

Schema = Mapping[str, Any]


@dataclass(frozen=True, order=True)
class Breaking:
    """One breaking change: what kind, where, and the name a changelog entry must use."""

    kind: str
    where: str
    subject: str

    def __str__(self) -> str:
        return f"{self.kind}: {self.where}"


@dataclass(frozen=True)
class _Op:
    key: str  # the operationId, else "METHOD path"
    method: str
    path: str
    node: Schema
    path_item: Schema


class _Document:
    def __init__(self, document: Mapping[str, Any]) -> None:
        self.document = document
        self.operations: dict[str, _Op] = {}
        for path, item in (document.get("paths") or {}).items():
            for method in HTTP_METHODS:
                node = item.get(method)
                if isinstance(node, Mapping):
                    key = node.get("operationId") or f"{method.upper()} {path}"
                    self.operations[key] = _Op(key, method.upper(), path, node, item)

    def resolve(self, node: Any) -> Any:
        """`node` with its `$ref` chain followed (local references only)."""
        seen: set[str] = set()
        while isinstance(node, Mapping) and isinstance(node.get("$ref"), str):
            ref = node["$ref"]
            if not ref.startswith("#/") or ref in seen:
                return {}
            seen.add(ref)
            node = self.document
            for raw in ref[2:].split("/"):
                node = node[raw.replace("~1", "/").replace("~0", "~")]
        return node


def _template(path: str) -> str:
    return re.sub(r"\{[^}]*\}", "{}", path)


def breaking_changes(old: Mapping[str, Any], new: Mapping[str, Any]) -> list[Breaking]:
    """Every breaking change from the `old` spec document to the `new` one, sorted."""
    before, after = _Document(old), _Document(new)
    found: list[Breaking] = []
    for key, op in before.operations.items():
        other = after.operations.get(key)
        if other is None:
            found.append(Breaking("removed operation", f"{key} ({op.method} {op.path})", key))
            continue
        if (op.method, _template(op.path)) != (other.method, _template(other.path)):
            where = f"{key}: {op.method} {op.path} -> {other.method} {other.path}"
            found.append(Breaking("changed path or method", where, key))
        found += _Pair(before, after, key).compare(op, other)
    return sorted(set(found))


class _Pair:
    """Compares one operation's schemas, old against new."""

    def __init__(self, before: _Document, after: _Document, operation: str) -> None:
        self.before, self.after, self.operation = before, after, operation
        self.seen: set[tuple[int, int, bool]] = set()

    def compare(self, old: _Op, new: _Op) -> Iterator[Breaking]:
        yield from self.parameters(old, new)
        old_body = self.before.resolve(old.node.get("requestBody") or {})
        new_body = self.after.resolve(new.node.get("requestBody") or {})
        if new_body.get("required") and not old_body.get("required"):
            yield Breaking("new required request field", f"{self.operation} body", "body")
        old_schema, new_schema = _json_schema(old_body), _json_schema(new_body)
        if old_schema is not None and new_schema is not None:
            yield from self.schema(old_schema, new_schema, f"{self.operation} body", True)
        old_responses = old.node.get("responses") or {}
        new_responses = new.node.get("responses") or {}
        for status, old_response in old_responses.items():
            if status not in new_responses:
                continue
            old_schema = _json_schema(self.before.resolve(old_response))
            new_schema = _json_schema(self.after.resolve(new_responses[status]))
            if old_schema is not None and new_schema is not None:
                where = f"{self.operation} {status} response"
                yield from self.schema(old_schema, new_schema, where, False)

    def parameters(self, old: _Op, new: _Op) -> Iterator[Breaking]:
        olds = _parameters(self.before, old)
        for (location, name), parameter in _parameters(self.after, new).items():
            where = f"{self.operation} {location} parameter {name}"
            previous = olds.get((location, name))
            if parameter.get("required") and not (previous or {}).get("required"):
                yield Breaking("new required request field", where, name)
            if previous is not None:
                old_schema = previous.get("schema") or {}
                yield from self.schema(old_schema, parameter.get("schema") or {}, where, True)

    def schema(self, old: Any, new: Any, where: str, request: bool) -> Iterator[Breaking]:
        old, new = self.before.resolve(old), self.after.resolve(new)
        if not isinstance(old, Mapping) or not isinstance(new, Mapping):
            return
        visit = (id(old), id(new), request)
        if visit in self.seen:
            return
        self.seen.add(visit)
        subject = _subject(where)
        old_types, new_types = _types(self.before, old), _types(self.after, new)
        if new_types is not None and (old_types is None or not _within(old_types, new_types)):
            was = "any" if old_types is None else "|".join(sorted(old_types))
            now = "|".join(sorted(new_types))
            yield Breaking("narrowed type", f"{where}: {was} -> {now}", subject)
        else:
            old_values, new_values = _enum(self.before, old), _enum(self.after, new)
            lost = _declared(self.before, old) - _declared(self.after, new)
            if new_values is not None and old_values is not None:
                lost |= old_values - new_values
            if lost or (new_values is not None and old_values is None):
                what = ", ".join(sorted(lost)) if lost else "any value"
                yield Breaking("narrowed enum", f"{where}: {what} no longer allowed", subject)
        old_props, new_props = _properties(self.before, old), _properties(self.after, new)
        if request:
            added = _required(self.after, new) - _required(self.before, old)
            for name in sorted(added & set(new_props)):
                yield Breaking("new required request field", f"{where}.{name}", name)
        else:
            for name in sorted(set(old_props) - set(new_props)):
                yield Breaking("removed response field", f"{where}.{name}", name)
        for name in sorted(set(old_props) & set(new_props)):
            yield from self.schema(old_props[name], new_props[name], f"{where}.{name}", request)
        old_items, new_items = _items(self.before, old), _items(self.after, new)
        if old_items is not None and new_items is not None:
            yield from self.schema(old_items, new_items, f"{where}[]", request)


def _subject(where: str) -> str:
    """The name a changelog entry must mention: the field or parameter, else the operation."""
    last = where.rsplit(" ", 1)[-1].rstrip("[]").rsplit(".", 1)[-1]
    return last if last not in {"body", "response"} else where.split(" ", 1)[0]


def _json_schema(holder: Any) -> Any:
    """The schema of a request body's or response's JSON content (None when it has none)."""
    content = holder.get("content") if isinstance(holder, Mapping) else None
    if not isinstance(content, Mapping):
        return None
    for media_type, media in content.items():
        if "json" in media_type and isinstance(media, Mapping) and "schema" in media:
            return media["schema"]
    return None


def _parameters(document: _Document, op: _Op) -> dict[tuple[str, str], Schema]:
    found: dict[tuple[str, str], Schema] = {}
    for raw in [*(op.path_item.get("parameters") or []), *(op.node.get("parameters") or [])]:
        parameter = document.resolve(raw)
        if isinstance(parameter, Mapping) and "name" in parameter:
            found[(str(parameter.get("in")), str(parameter["name"]))] = parameter
    return found


def _branches(document: _Document, schema: Schema) -> list[Schema]:
    """The schemas a value may follow instead of `schema` itself (its anyOf/oneOf)."""
    return [
        document.resolve(branch)
        for keyword in ("anyOf", "oneOf")
        for branch in schema.get(keyword) or []
    ]


def _members(document: _Document, schema: Schema) -> list[Schema]:
    """`schema` and its allOf members: what always applies."""
    found = [schema]
    for member in schema.get("allOf") or []:
        found += _members(document, document.resolve(member))
    return found


def _types(document: _Document, schema: Schema) -> frozenset[str] | None:
    """The JSON types a value may have (None: any)."""
    result: frozenset[str] | None = None
    for member in _members(document, schema):
        own = _own_types(document, member)
        if own is not None:
            result = own if result is None else result & own
    return result


def _own_types(document: _Document, schema: Schema) -> frozenset[str] | None:
    declared = schema.get("type")
    if isinstance(declared, str):
        return frozenset({declared})
    if isinstance(declared, list):
        return frozenset(declared)
    if "const" in schema or "enum" in schema:
        values = [schema["const"]] if "const" in schema else list(schema["enum"])
        return frozenset(_json_type(value) for value in values)
    branches = _branches(document, schema)
    if branches:
        union: set[str] = set()
        for branch in branches:
            types = _types(document, branch)
            if types is None:
                return None
            union |= types
        return frozenset(union)
    return None


def _json_type(value: Any) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "boolean"
    if isinstance(value, int):
        return "integer"
    if isinstance(value, float):
        return "number"
    if isinstance(value, str):
        return "string"
    return "array" if isinstance(value, list) else "object"


def _within(old: frozenset[str], new: frozenset[str]) -> bool:
    """Every old type is still accepted (an integer is a number)."""
    return all(t in new or (t == "integer" and "number" in new) for t in old)


def _enum(document: _Document, schema: Schema) -> frozenset[str] | None:
    """The values a value may take (None: not a closed list), as JSON text."""
    result: frozenset[str] | None = None
    for member in _members(document, schema):
        own = _own_enum(document, member)
        if own is not None:
            result = own if result is None else result & own
    return result


def _own_enum(document: _Document, schema: Schema) -> frozenset[str] | None:
    if "const" in schema:
        return frozenset({json.dumps(schema["const"])})
    if "enum" in schema:
        return frozenset(json.dumps(value) for value in schema["enum"])
    branches = _branches(document, schema)
    if not branches:
        return None
    union: set[str] = set()
    for branch in branches:
        values = _enum(document, branch)
        if values is None:
            if _types(document, branch) != frozenset({"null"}):
                return None
            values = frozenset({"null"})
        union |= values
    return frozenset(union)


def _declared(document: _Document, schema: Schema) -> set[str]:
    """Every value a listed `enum` or `const` of this place names, open or not: a value
    dropped from a list drops a member of the generated enum, even where any string is
    also accepted."""
    found: set[str] = set()
    for member in _members(document, schema):
        if "const" in member:
            found.add(json.dumps(member["const"]))
        found.update(json.dumps(value) for value in member.get("enum") or [])
        for branch in _branches(document, member):
            found |= _declared(document, branch)
    return found


def _properties(document: _Document, schema: Schema) -> dict[str, Any]:
    """The named properties a value may have: its own, its allOf members', its branches'."""
    found: dict[str, Any] = {}
    for member in _members(document, schema):
        found.update(member.get("properties") or {})
        for branch in _branches(document, member):
            for name, value in _properties(document, branch).items():
                found.setdefault(name, value)
    return found


def _required(document: _Document, schema: Schema) -> set[str]:
    return {name for member in _members(document, schema) for name in member.get("required") or []}


def _items(document: _Document, schema: Schema) -> Any:
    for member in _members(document, schema):
        if "items" in member:
            return member["items"]
    return None
