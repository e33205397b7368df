"""The vendor changes what it sends; the client must not break. Recorded responses are
mutated (unknown fields at any depth, every enum-like string set to a value nobody has
seen, optional fields dropped) and must still validate and parse."""

from __future__ import annotations

from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.fidelity._support import (
    RESPONSE_CASES,
    SPEC,
    Node,
    ResponseCase,
    drop_at,
    response_nodes,
    set_at,
)
from tools.vendor_reference import parse_with_client, response_problems

FAST = settings(
    max_examples=25,
    deadline=None,
    derandomize=True,
    database=None,
    suppress_health_check=[HealthCheck.too_slow],
)
JSON = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=8),
    lambda inner: (
        st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=6), inner, max_size=3)
    ),
    max_leaves=6,
)
UNKNOWN_KEY = st.text(min_size=1, max_size=12).map(lambda s: "x_unseen_" + s)


def _objects(case: ResponseCase) -> list[Node]:
    return [n for n in response_nodes(case) if isinstance(n.value, dict)]


def _optional_members(case: ResponseCase) -> list[tuple[Any, ...]]:
    return [
        (*node.path, key)
        for node in _objects(case)
        for key in node.value
        if key not in node.required
    ]


def _problems(case: ResponseCase, document: Any) -> list[str]:
    return list(response_problems(SPEC, case.shared, case.status, document))


def test_the_mutations_have_something_to_mutate() -> None:
    """Guards against a vacuous pass: the order example has enum-like and optional fields."""
    order = next(c for c in RESPONSE_CASES if c.shared.operation_id == "createOrder")
    enum_like = {n.path for n in response_nodes(order) if n.enum_like}
    assert ("status",) in enum_like
    assert len(_optional_members(order)) >= 20
    assert len(_objects(order)) >= 3  # the order, its item, its totals


@pytest.mark.parametrize("case", RESPONSE_CASES, ids=lambda c: c.id)
@FAST
@given(data=st.data())
def test_unknown_fields_at_any_depth_are_kept(case: ResponseCase, data: st.DataObject) -> None:
    document = case.example.value
    additions = data.draw(
        st.lists(st.tuples(st.sampled_from(_objects(case)), UNKNOWN_KEY, JSON), max_size=4)
        if _objects(case)
        else st.just([])
    )
    for node, key, value in additions:
        document = set_at(document, (*node.path, key), value)
    assert _problems(case, document) == []
    top = {key: value for node, key, value in additions if node.path == ()}
    if top:
        parsed = parse_with_client(case.shared, case.status, document)
        assert {k: parsed.additional_properties[k] for k in top} == top


@pytest.mark.parametrize("case", RESPONSE_CASES, ids=lambda c: c.id)
@FAST
@given(data=st.data())
def test_unseen_enum_values_still_parse(case: ResponseCase, data: st.DataObject) -> None:
    document = case.example.value
    for node in (n for n in response_nodes(case) if n.enum_like):
        unseen = data.draw(st.text(min_size=1, max_size=16).filter(node.value.__ne__))
        document = set_at(document, node.path, unseen)
    assert _problems(case, document) == []


@pytest.mark.parametrize("case", RESPONSE_CASES, ids=lambda c: c.id)
def test_each_optional_field_may_be_absent(case: ResponseCase) -> None:
    failures = {
        "/".join(map(str, path)): problems
        for path in _optional_members(case)
        if (problems := _problems(case, drop_at(case.example.value, path)))
    }
    assert failures == {}


@pytest.mark.parametrize("case", RESPONSE_CASES, ids=lambda c: c.id)
@FAST
@given(data=st.data())
def test_all_mutations_together(case: ResponseCase, data: st.DataObject) -> None:
    """Optional fields dropped, enum-like values replaced and unknown fields added at once."""
    optional = _optional_members(case)
    dropped = data.draw(st.sets(st.sampled_from(optional)) if optional else st.just(set()))
    document = case.example.value
    for path in sorted(dropped, key=len, reverse=True):
        if all(path[: i + 1] not in dropped for i in range(len(path) - 1)):
            document = drop_at(document, path)
    for node in list(_walk_current(case, document)):
        if node.enum_like:
            document = set_at(document, node.path, data.draw(st.text(min_size=1, max_size=8)))
    objects = [n for n in _walk_current(case, document) if isinstance(n.value, dict)]
    if objects:
        node = data.draw(st.sampled_from(objects))
        document = set_at(document, (*node.path, data.draw(UNKNOWN_KEY)), data.draw(JSON))
    assert _problems(case, document) == []


def _walk_current(case: ResponseCase, document: Any) -> list[Node]:
    from tests.fidelity._support import walk

    return list(walk(case.shared.spec_op.response_pointers[case.status], document))
