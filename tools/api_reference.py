"""Write `api.md`, the front door's reference, from the generated resources; or check it.

Every method of `ecartpay.EcartPay`, grouped by resource, with its signature and return
type, read from `ecartpay_client.resources` (which `make generate` renders from
`openapi.yaml`). `make generate` writes it; `python -m tools.api_reference --check` (and
tests/frontdoor/test_resources.py) fails when it is stale.
"""

from __future__ import annotations

import argparse
import functools
import importlib
import inspect
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
TARGET = ROOT / "api.md"
COMMON = ("extra_headers", "timeout")

HEADER = """# API reference: `ecartpay.EcartPay`

Generated from `openapi.yaml` by `make generate` (`tools/api_reference.py`); do not edit.

```python
import ecartpay

client = ecartpay.EcartPay()  # ECARTPAY_PUBLIC_KEY / ECARTPAY_PRIVATE_KEY, sandbox
customer = client.customers.create(first_name="Ana", last_name="López", email="ana@example.com")
```

`ecartpay.AsyncEcartPay` has the same resources and methods, awaited (`await
client.orders.retrieve(id)`); its list methods answer `AsyncPage[...]` (`await` it for
the first page, `async for` for every item). Path parameters are positional, the rest
keyword-only. Every method also takes `extra_headers=` (a mapping) and `timeout=` (seconds,
an `httpx.Timeout` or None). Models are in `ecartpay_client.models`. Every failure raises
an `ecartpay.EcartPayError` (docs/guides/errors.md). `client.<resource>.with_raw_response.
<method>(...)` answers a `RawResponse` (`status_code`, `headers`, `.parse()`).
"""


def _default(value: Any) -> str:
    name = type(value).__name__
    if name in ("Unset", "NotGiven"):
        return "UNSET" if name == "Unset" else "NOT_GIVEN"
    return repr(value)


def signature(method: Any) -> str:
    """`(id: str, *, lang: Lang | Unset = UNSET) -> Order`, without self and the options."""
    sig = inspect.signature(method)
    parts: list[str] = []
    star = False
    for param in sig.parameters.values():
        if param.name == "self" or param.name in COMMON:
            continue
        if param.kind is param.KEYWORD_ONLY and not star:
            parts.append("*")
            star = True
        text = f"{param.name}: {param.annotation}"
        if param.default is not param.empty:
            text += f" = {_default(param.default)}"
        parts.append(text)
    shown = f"({', '.join(parts)}) -> {sig.return_annotation}"
    return shown.replace("builtins.list[", "list[")


def resource_class(owner: type, name: str) -> type:
    """The class of the sub-resource attribute `name` of `owner` (a resource or client
    class): in `owner`'s own module, else (the client's) in `ecartpay_client.resources.<name>`."""
    member = vars(owner)[name]
    annotation = str(member.func.__annotations__["return"])
    found = getattr(sys.modules[owner.__module__], annotation, None)
    if found is None:
        found = getattr(importlib.import_module(f"ecartpay_client.resources.{name}"), annotation)
    return found  # type: ignore[no-any-return]


def _resource_attributes(cls: type) -> Iterator[tuple[str, type]]:
    """The sub-resource attributes of a resource (or client) class, with their class."""
    for name, member in vars(cls).items():
        if isinstance(member, functools.cached_property) and name != "with_raw_response":
            yield name, resource_class(cls, name)


def _methods(cls: type) -> Iterator[tuple[str, Any]]:
    for name, member in vars(cls).items():
        if inspect.isfunction(member) and not name.startswith("_"):
            yield name, member


def _section(path: str, cls: type) -> list[str]:
    lines = [f"## `client.{path}`", ""]
    methods = list(_methods(cls))
    for name, method in methods:
        lines.append(f"- `{name}{signature(method)}`")
        doc = (inspect.getdoc(method) or "").strip()
        if doc:
            lines.append(f"  {doc.splitlines()[0]}")
    if not methods:
        lines.append("(sub-resources only)")
    lines.append("")
    for name, child in _resource_attributes(cls):
        lines += _section(f"{path}.{name}", child)
    return lines


def render() -> str:
    """The whole of `api.md`, from the generated resources."""
    from ecartpay_client.resources import Resources

    lines = [HEADER]
    for name, cls in _resource_attributes(Resources):
        lines += _section(name, cls)
    return "\n".join(lines).rstrip("\n") + "\n"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--check", action="store_true", help="fail if api.md is stale")
    args = parser.parse_args(argv)
    text = render()
    if args.check:
        if not TARGET.exists() or TARGET.read_text(encoding="utf-8") != text:
            print("api.md is stale: run `make generate`", file=sys.stderr)
            return 1
        print("api.md is up to date")
        return 0
    TARGET.write_text(text, encoding="utf-8")
    print(f"wrote {TARGET.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
