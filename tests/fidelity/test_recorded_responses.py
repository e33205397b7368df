"""Every recorded 2xx response of every operation we share with the vendor's reference
validates against our response schema and parses through the generated endpoint."""

from __future__ import annotations

import pytest

from ecartpay_client import Client
from ecartpay_client.models import Error
from tests.fidelity._support import (
    BINARY_CASES,
    RESPONSE_CASES,
    SHARED,
    SPEC,
    ReplayServer,
    ResponseCase,
    body_example,
)
from tests.fidelity._support import call_arguments as arguments_for
from tools.vendor_reference import binary_problems, response_problems


def test_the_shared_operations_are_found() -> None:
    """Guards against a vacuous pass: the five first operations match, with examples."""
    assert {s.operation_id for s in SHARED} >= {
        "createAuthorizationToken",
        "createCustomer",
        "listCustomers",
        "createOrder",
        "getOrder",
    }
    assert {c.shared.operation_id for c in RESPONSE_CASES} >= {
        "createAuthorizationToken",
        "createCustomer",
        "createOrder",
    }


@pytest.mark.parametrize("case", RESPONSE_CASES, ids=lambda c: c.id)
def test_recorded_response_validates_and_parses(case: ResponseCase) -> None:
    """Our schema accepts it; `_build_response` parses a real `httpx.Response` carrying it
    into a model (not None, not `Error`, no exception)."""
    assert list(response_problems(SPEC, case.shared, case.status, case.example.value)) == []


@pytest.mark.parametrize("case", RESPONSE_CASES, ids=lambda c: c.id)
def test_recorded_response_over_a_socket(case: ResponseCase, replay_server: ReplayServer) -> None:
    """`sync_detailed` against a local server that answers the recorded bytes: the model
    keeps every field the vendor sent, known or not (`to_dict()` has the same keys)."""
    module = case.shared.module()
    replay_server.answer(case.status, case.example.value)
    client = Client(base_url=replay_server.url, raise_on_unexpected_status=True)
    with client:
        response = module.sync_detailed(
            client=client, **arguments_for(case.shared, body_example(case.shared))
        )
    ((method, path, _),) = replay_server.requests
    assert method == case.shared.spec_op.method
    assert case.shared.spec_op.path_regex.match(path.split("?")[0])
    assert int(response.status_code) == case.status
    parsed = response.parsed
    assert parsed is not None
    assert not isinstance(parsed, Error)
    if isinstance(case.example.value, dict):
        assert set(parsed.to_dict()) == set(case.example.value)


def test_the_binary_cases_are_found() -> None:
    """Guards against a vacuous pass: the CFDI download is recorded as a file."""
    assert {c.shared.operation_id for c in BINARY_CASES} >= {"downloadCfdi"}


@pytest.mark.parametrize("case", BINARY_CASES, ids=lambda c: c.id)
def test_recorded_file_parses_to_the_same_bytes(case: ResponseCase) -> None:
    """Our spec documents the answer as binary; the generated endpoint hands back a `File`
    holding exactly the recorded bytes."""
    assert list(binary_problems(SPEC, case.shared, case.status, case.example)) == []
