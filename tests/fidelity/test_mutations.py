"""The vendor changes what it sends; the client must not break. Recorded responses are
mutated (unknown fields at any depth, every enum-like string set to a value nobody has
seen, optional fields dropped) and must still validate and parse.

Every case gets each mutation deterministically; one hypothesis test then combines them at
random across all cases, with a fixed total budget so the folder stays fast however many
operations the spec grows. Mutations start from the example with its lists cut to two items
(`mutation_base`): the items of a list follow one schema. The full examples are checked
unmutated in `test_recorded_responses.py`.
"""

from __future__ import annotations

import copy
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.fidelity._support import (
    RESPONSE_CASES,
    SPEC,
    Node,
    ResponseCase,
    assign,
    drop_at,
    mutation_base,
    response_nodes,
    walk,
)
from tools.vendor_reference import parse_with_client, response_problems

UNSEEN = "x-unseen-value"
UNKNOWN = {"x_unseen_field": {"nested": [1, 2.5, "a", None, True, {"deeper": []}]}}
JSON = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=6),
    lambda inner: (
        st.lists(inner, max_size=2) | st.dictionaries(st.text(max_size=4), inner, max_size=2)
    ),
    max_leaves=3,
)


def _base(case: ResponseCase) -> Any:
    return mutation_base(case.id)[0]


def _objects(nodes: list[Node]) -> list[Node]:
    return [n for n in nodes if isinstance(n.value, dict)]


def _optional_members(case: ResponseCase) -> list[tuple[Any, ...]]:
    """Each optional member once per schema (not once per item of a list)."""
    seen: set[tuple[str, str]] = set()
    found = []
    for node in _objects(response_nodes(case)):
        for key in node.value:
            if key not in node.required and (node.pointer, key) not in seen:
                seen.add((node.pointer, key))
                found.append((*node.path, key))
    return found


def _problems(case: ResponseCase, document: Any) -> list[str]:
    return list(response_problems(SPEC, case.shared, case.status, document))


def _add_everywhere(document: Any, nodes: list[Node], extra: dict[str, Any]) -> Any:
    """`document` (a copy) with `extra` added to every object in it."""
    document = copy.deepcopy(document)
    for node in _objects(nodes):
        target = document
        for step in node.path:
            target = target[step]
        target.update(copy.deepcopy(extra))
    return document


def test_the_mutations_have_something_to_mutate() -> None:
    """Guards against a vacuous pass: the order example has enum-like and optional fields."""
    order = next(c for c in RESPONSE_CASES if c.shared.operation_id == "createOrder")
    enum_like = {n.path for n in response_nodes(order) if n.enum_like}
    assert ("status",) in enum_like
    assert len(_optional_members(order)) >= 20
    assert len(_objects(response_nodes(order))) >= 3  # the order, its item, its totals


@pytest.mark.parametrize("case", RESPONSE_CASES, ids=lambda c: c.id)
def test_unknown_fields_at_every_depth_are_kept(case: ResponseCase) -> None:
    document = _add_everywhere(_base(case), response_nodes(case), UNKNOWN)
    assert _problems(case, document) == []
    if isinstance(document, dict):
        parsed = parse_with_client(case.shared, case.status, document)
        assert parsed.additional_properties["x_unseen_field"] == UNKNOWN["x_unseen_field"]


@pytest.mark.parametrize("case", RESPONSE_CASES, ids=lambda c: c.id)
def test_unseen_enum_values_still_parse(case: ResponseCase) -> None:
    document = copy.deepcopy(_base(case))
    for node in response_nodes(case):
        if node.enum_like:
            document = assign(document, node.path, UNSEEN)
    assert _problems(case, document) == []


@pytest.mark.parametrize("case", RESPONSE_CASES, ids=lambda c: c.id)
def test_each_optional_field_may_be_absent(case: ResponseCase) -> None:
    failures = {
        "/".join(map(str, path)): problems
        for path in _optional_members(case)
        if (problems := _problems(case, drop_at(_base(case), path)))
    }
    assert failures == {}


@settings(
    max_examples=60,
    deadline=None,
    derandomize=True,
    database=None,
    suppress_health_check=[HealthCheck.too_slow],
)
@given(case=st.sampled_from(RESPONSE_CASES), data=st.data())
def test_random_mutations_together(case: ResponseCase, data: st.DataObject) -> None:
    """Some optional fields dropped, enum-like values replaced by random text, and random
    unknown JSON added at random depths, all at once."""
    optional = _optional_members(case)
    dropped = data.draw(st.sets(st.sampled_from(optional)) if optional else st.just(set()))
    document = _base(case)
    for path in sorted(dropped, key=len, reverse=True):
        if all(path[: i + 1] not in dropped for i in range(len(path) - 1)):
            document = drop_at(document, path)
    document = copy.deepcopy(document)
    nodes = list(walk(case.shared.spec_op.response_pointers[case.status], document))
    for node in nodes:
        if node.enum_like:
            document = assign(document, node.path, data.draw(st.text(min_size=1, max_size=8)))
    for node in (
        data.draw(st.lists(st.sampled_from(_objects(nodes)), max_size=3)) if _objects(nodes) else []
    ):
        key = "x_unseen_" + data.draw(st.text(min_size=1, max_size=6))
        document = assign(document, (*node.path, key), data.draw(JSON))
    assert _problems(case, document) == []
