"""Every vendor request example of every shared operation: our request schema accepts it,
the generated body model carries it unchanged, and the local sandbox accepts it."""

from __future__ import annotations

import re

import httpx
import pytest

from ecartpay_auth import TOKEN_PATH
from ecartpay_sandbox import RunningSandbox
from tests.fidelity._support import REQUEST_CASES, SPEC, RequestCase
from tools.vendor_reference import body_model, request_problems

OTP_HEADER = "X-OTP"
SANDBOX_TEST_OTP = "000000"
#: Examples the sandbox refuses on purpose, by a rule of a real gateway the vendor's example
#: breaks: the start of the refusal's message. The schema still accepts them (above).
REFUSED_BY_RULE = {
    # 4242-4242-4242-4142 fails the Luhn check (issue 21: card numbers must pass it).
    "createCard:request #1": "The card number is not valid",
}


def test_the_request_examples_are_found() -> None:
    """Guards against a vacuous pass: both first body-taking operations have examples."""
    assert {c.shared.operation_id for c in REQUEST_CASES} >= {"createCustomer", "createOrder"}
    assert all(body_model(c.shared) is not None for c in REQUEST_CASES)


@pytest.mark.parametrize("case", REQUEST_CASES, ids=lambda c: c.id)
def test_request_example_validates_and_builds(case: RequestCase) -> None:
    assert list(request_problems(SPEC, case.shared, case.example.value)) == []


@pytest.mark.parametrize("case", REQUEST_CASES, ids=lambda c: c.id)
def test_request_example_is_accepted_by_the_sandbox(
    case: RequestCase, sandbox: RunningSandbox
) -> None:
    """Sent as the generated client sends it. A path without parameters must answer 2xx,
    unless its body names a record by id (`id`, `*_id`: a card to tokenize, the vendor's
    own customers, payouts, scopes) that does not exist here; one with parameters names
    records that do not exist here. Those must get past the spec's validation (any
    documented answer but the invalid-request 400). An operation that takes the owner's
    one-time code gets the sandbox's documented test code, as a sandbox user sends it. An
    example that breaks a rule of a real gateway (`REFUSED_BY_RULE`) gets that rule's 400."""
    op = case.shared.spec_op
    path = re.sub(r"\{[^}]+\}", "0" * 24, op.path)
    model = body_model(case.shared)
    body = model.from_dict(case.example.value).to_dict() if model else case.example.value
    with httpx.Client(base_url=sandbox.base_url, timeout=10) as http:
        minted = http.post(TOKEN_PATH, auth=(sandbox.public_key, sandbox.private_key))
        token = minted.json()["token"]
        headers = {"Authorization": token}
        if any(p.name == OTP_HEADER for p in op.parameters):
            headers[OTP_HEADER] = SANDBOX_TEST_OTP
        response = http.request(op.method, path, json=body, headers=headers)
    names_a_record = isinstance(body, dict) and any(k == "id" or k.endswith("_id") for k in body)
    if case.id in REFUSED_BY_RULE:
        assert response.status_code == 400, response.text
        assert response.json()["message"].startswith(REFUSED_BY_RULE[case.id])
    elif path == op.path and not names_a_record:
        assert 200 <= response.status_code < 300, response.text
    else:
        assert response.status_code in op.statuses, response.text
        assert not response.json().get("message", "").startswith("Invalid request"), response.text
