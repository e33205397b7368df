"""Every public name of the front door and of `ecartpay_auth` has a docstring worth reading:
the SDK reference (docs/reference/, mkdocstrings, Google style) is made of them.

A public name is a class or function of a package's `__all__`, and a public method or
property its class defines. Its docstring has an `Example:`; a function or method that
takes parameters has `Args:` naming each of them; one that returns something has
`Returns:` (or `Yields:`); a class built with parameters documents them in `Args:` (or,
for a value object, `Attributes:`). Exceptions are raised, not built: they say when they
are raised and show how to catch one.
"""

from __future__ import annotations

import importlib
import inspect
import re
import textwrap
from collections.abc import Iterator
from typing import Any, NoReturn

import pytest

from tests.docs._sections import sections, unwrap

PACKAGES = (
    "ecartpay",
    "ecartpay.oauth",
    "ecartpay.testing",
    "ecartpay_auth",
    "ecartpay_auth.webhooks",
)
#: What `Returns:` means for a callable that returns nothing.
NOTHING = (None, "None", NoReturn, "NoReturn", inspect.Signature.empty)


def _doc(member: Any) -> str:
    return (getattr(unwrap(member), "__doc__", None) or "").strip()


def _members(cls: type) -> Iterator[tuple[str, Any]]:
    """The public methods and properties of `cls`: its own, and those it takes from a
    private base of this SDK (`ecartpay._client._Core`), which the user sees as its own."""
    seen: set[str] = set()
    for klass in cls.__mro__:
        inherited = klass.__name__.startswith("_") and klass.__module__.startswith(
            ("ecartpay.", "ecartpay_auth.")
        )
        if klass is not cls and not inherited:
            continue
        for attribute, member in vars(klass).items():
            if attribute.startswith("_") or attribute in seen:
                continue
            seen.add(attribute)
            if isinstance(member, property | classmethod | staticmethod) or inspect.isfunction(
                member
            ):
                yield attribute, member


def public_names() -> Iterator[tuple[str, Any]]:
    """(dotted name, object) of each name in `__all__`, and of the public methods and
    properties of its classes (`_members`)."""
    seen: set[int] = set()
    for package in PACKAGES:
        module = importlib.import_module(package)
        for name in module.__all__:
            value = getattr(module, name)
            if not (inspect.isclass(value) or inspect.isroutine(value)) or id(value) in seen:
                continue  # constants and the version: documented where they are listed
            seen.add(id(value))
            yield f"{package}.{name}", value
            if not inspect.isclass(value):
                continue
            for attribute, member in _members(value):
                yield f"{package}.{name}.{attribute}", member


def _parameters(function: Any) -> list[str]:
    """The parameters a caller passes (not `self` or `cls`)."""
    try:
        signature = inspect.signature(function)
    except (TypeError, ValueError):
        return []
    names = list(signature.parameters)
    if names and names[0] in ("self", "cls"):
        names = names[1:]
    return names


def _returns_something(function: Any) -> bool:
    try:
        annotation = inspect.signature(function, eval_str=True).return_annotation
    except (NameError, TypeError, ValueError):
        annotation = inspect.signature(function).return_annotation
    return annotation not in NOTHING


def problems(name: str, value: Any) -> Iterator[str]:
    """What the docstring of one public name lacks."""
    if not _doc(value):
        yield f"{name}: no docstring"
        return
    found = sections(value)
    if "examples" not in found:
        yield f"{name}: no Example"
    if isinstance(value, property):
        return  # read like an attribute: what it holds, and an example
    if inspect.isclass(value):
        if issubclass(value, BaseException):
            return  # raised by the SDK, never built by the caller
        wanted = _parameters(value.__init__) if _own_init(value) else []
        documented = found.get("parameters", []) or found.get("attributes", [])
        missing = sorted(set(wanted) - {p.name.lstrip("*") for p in documented})
        if missing:
            yield f"{name}: Args (or Attributes) lacks {missing}"
        return
    function = unwrap(value)
    documented = {p.name.lstrip("*") for p in found.get("parameters", [])}
    missing = [p for p in _parameters(function) if p not in documented]
    if missing:
        yield f"{name}: Args lacks {missing}"
    if _returns_something(function) and not (found.get("returns") or found.get("yields")):
        yield f"{name}: no Returns"


def _own_init(cls: type) -> bool:
    """Whether `cls` is built with an `__init__` of this SDK's (or a dataclass's), not
    one of `object`, `typing.Protocol` or `enum`."""
    if getattr(cls, "_is_protocol", False):
        return False  # a protocol is implemented, not built
    for klass in cls.__mro__:
        if "__init__" in vars(klass):
            return klass.__module__.startswith(("ecartpay", "tests"))
    return False


def test_the_public_surface_is_large_enough_to_mean_something() -> None:
    names = [name for name, _ in public_names()]
    assert "ecartpay.EcartPay" in names
    assert "ecartpay.oauth.exchange_code" in names
    assert "ecartpay.testing.SandboxHandle.client" in names
    assert "ecartpay_auth.EcartPayAuth.get_token" in names
    assert "ecartpay.EcartPay.low_level_client" in names  # from the private `_Core`

    assert len(names) > 100


def test_every_public_name_has_a_docstring() -> None:
    missing = sorted({name for name, value in public_names() if not _doc(value)})
    assert missing == [], "add a docstring (what it does, its arguments, what it raises)"


def test_every_public_docstring_has_its_sections() -> None:
    found = [problem for name, value in public_names() for problem in problems(name, value)]
    assert found == [], "Google style (mkdocs.yml): add the sections\n" + "\n".join(found)


def example_code(text: str) -> str:
    """The Python of an `Example:` section: its fenced blocks, or its `>>>` lines."""
    blocks = re.findall(r"```(?:python|py)?\n(.*?)```", text, flags=re.S)
    if blocks:
        return "\n".join(textwrap.dedent(block) for block in blocks)
    lines = [line.strip()[4:] for line in text.splitlines() if line.strip()[:4] in (">>> ", "... ")]
    return "\n".join(lines)


def example_problems(name: str, value: Any) -> Iterator[str]:
    """An example that is not Python (compiled as the body of an async function, a web
    handler's, so `await` and `return` are allowed), or that prints a secret."""
    code = example_code(sections(value).get("examples", ""))
    if not code.strip():
        yield f"{name}: no code in its Example"
        return
    try:
        body = textwrap.indent(code, "    ")
        compile(f"async def example():\n{body}\n", name, "exec", dont_inherit=True)
    except SyntaxError as error:
        yield f"{name}: {error.msg} (line {error.lineno})"
    if re.search(r"print\([^)]*(private_key|secret|get_token\(|\.value\b)", code):
        yield f"{name}: its example prints a secret"


def test_every_example_is_python() -> None:
    broken = [
        problem for name, value in public_names() for problem in example_problems(name, value)
    ]
    assert broken == [], "\n".join(broken)


def test_a_broken_example_is_caught() -> None:
    def leaky() -> None:
        """Leak.

        Example:
            ```python
            print(auth.get_token())
            client.orders.retrieve(
            ```
        """

    assert [p.split(": ", 1)[1] for p in example_problems("leaky", leaky)] == [
        "'(' was never closed (line 3)",
        "its example prints a secret",
    ]


@pytest.mark.parametrize("package", PACKAGES)
def test_every_package_says_what_it_is(package: str) -> None:
    assert _doc(importlib.import_module(package))


class _Plain:
    """A class built with a parameter it does not document.

    Example:
        ```python
        _Plain(1)
        ```
    """

    def __init__(self, size: int) -> None:
        self.size = size

    def grow(self, by: int) -> int:
        """Grow.

        Examples:
            >>> _Plain(1).grow(2)
        """
        return self.size + by

    @property
    def half(self) -> float:
        """Half the size."""
        return self.size / 2


def _bare(text: str) -> int:
    return len(text)


def test_a_docstring_without_its_sections_is_caught() -> None:
    """Each rule fails on the name that breaks it, and only there."""
    assert list(problems("_Plain", _Plain)) == ["_Plain: Args (or Attributes) lacks ['size']"]
    assert list(problems("_Plain.grow", _Plain.grow)) == [
        "_Plain.grow: Args lacks ['by']",
        "_Plain.grow: no Returns",
    ]
    assert list(problems("_Plain.half", vars(_Plain)["half"])) == ["_Plain.half: no Example"]
    assert list(problems("_bare", _bare)) == ["_bare: no docstring"]


def test_a_docstring_with_its_sections_passes() -> None:
    def grow(size: int, *extra: int) -> int:
        """Grow a size, because a test needs one.

        Args:
            size: Where to start.
            *extra: What to add.

        Returns:
            The sum.

        Example:
            >>> grow(1, 2)
            3
        """
        return size + sum(extra)

    assert list(problems("grow", grow)) == []
