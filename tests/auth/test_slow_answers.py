"""Token requests the sandbox holds longer than the client waits.

The delay (30 s) dwarfs the client's timeout, so the give-up is certain however slow the
machine, and nothing is timed. The abandoned request still finishes on the server later:
each test here gets a sandbox of its own (this module's `sandbox`), so that late answer
lands in no other test's counters.
"""

from __future__ import annotations

import traceback
from collections.abc import Iterator

import pytest

import ecartpay_auth
from contract_tests.sandbox import RunningSandbox, running_sandbox

from ._support import TOKEN_OP, requests_to
from .conftest import AuthFactory

DELAY = 30.0


@pytest.fixture
def sandbox() -> Iterator[RunningSandbox]:
    """A sandbox of this test's own (overrides the shared one for `make_auth`)."""
    with running_sandbox() as own:
        yield own


def test_a_timed_out_attempt_is_retried(sandbox: RunningSandbox, make_auth: AuthFactory) -> None:
    sandbox.control.add_fault(kind="delay", match="token", delay=DELAY)
    make_auth(timeout=2.0).get_token()  # the retry, not delayed, has the whole 2 s
    assert requests_to(sandbox, TOKEN_OP) == 2


def test_a_timeout_error_carries_no_secret(sandbox: RunningSandbox, make_auth: AuthFactory) -> None:
    sandbox.control.add_fault(kind="delay", match="token", delay=DELAY)
    with pytest.raises(ecartpay_auth.ServiceUnavailableError) as caught:
        make_auth(max_retries=0, timeout=0.5).get_token()
    shown = "".join(traceback.format_exception(caught.value))
    assert "timed out" in str(caught.value)
    for secret in (sandbox.private_key, sandbox.public_key):
        assert secret not in shown
