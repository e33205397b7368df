"""The shared plumbing resource modules build on: registry, store, paging, messages."""

from __future__ import annotations

import pytest

from ecartpay_auth import TOKEN_OPERATION_ID
from ecartpay_sandbox import resources
from ecartpay_sandbox._messages import MESSAGES, add_messages
from ecartpay_sandbox._registry import HANDLERS, operation
from ecartpay_sandbox._spec import Spec
from ecartpay_sandbox._store import COLLECTIONS, Collection, CollectionKind, paginate


def test_every_resource_module_is_loaded_and_serves_spec_operations(spec: Spec) -> None:
    assert {"authorization", "customers", "orders"} <= set(resources.load_all())
    assert set(HANDLERS) <= set(spec.operations)
    assert HANDLERS[TOKEN_OPERATION_ID].auth == "basic"
    assert HANDLERS["getOrder"].auth == "token"
    assert {"customers", "orders"} <= set(COLLECTIONS)


def test_an_operation_cannot_have_two_handlers() -> None:
    with pytest.raises(ValueError, match="getOrder has two handlers"):
        operation("getOrder")(lambda call: None)


def test_messages_need_both_languages_and_a_new_key() -> None:
    with pytest.raises(ValueError, match="languages"):
        add_messages({"only_english": {"en": "x"}})
    with pytest.raises(ValueError, match="twice"):
        add_messages({"not_found": {"en": "a", "es": "b"}})
    assert "only_english" not in MESSAGES


def test_collections_keep_unique_fields_unique_until_removed() -> None:
    people = Collection(CollectionKind("people", unique=("email",)))
    people.add({"id": "1", "email": "a@x", "n": 1})
    people.add({"id": "2", "email": None})
    assert people.clashes({"email": "a@x"}) == ["email"]
    assert people.clashes({"email": None}) == []
    held = people.get("1")
    assert held is not None
    held["n"] = 99  # a copy: the store is unchanged
    assert people.find(email="a@x") == [{"id": "1", "email": "a@x", "n": 1}]
    people.put({"id": "1", "email": "b@x"})
    assert people.clashes({"email": "a@x"}) == []
    assert people.remove("1") == {"id": "1", "email": "b@x"}
    assert people.clashes({"email": "b@x"}) == []
    assert len(people) == 1


@pytest.mark.parametrize(
    ("page", "limit", "docs", "pages"),
    [(1, 2, [0, 1], 3), (3, 2, [4], 3), (4, 2, [], 3), (1, 10, [0, 1, 2, 3, 4], 1)],
)
def test_paginate_answers_the_vendor_list_shape(
    page: int, limit: int, docs: list[int], pages: int
) -> None:
    records = [{"id": str(i), "i": i} for i in range(5)]
    result = paginate(records, page=page, limit=limit)
    assert [d["i"] for d in result["docs"]] == docs
    assert (result["count"], result["pages"]) == (5, pages)
