"""Token requests the sandbox holds longer than the client waits.

Every attempt is held (HOLD dwarfs the client's IMPATIENT read timeout), so each one
surely times out however slow the machine, and nothing is timed. A client that gives up
ends the hold: no abandoned mint answers later into another test's counters.
"""

from __future__ import annotations

import traceback

import httpx
import pytest

import ecartpay_auth
from ecartpay_sandbox import RunningSandbox

from .conftest import AuthFactory

HOLD = 30.0
IMPATIENT = httpx.Timeout(30.0, read=0.2)  # connecting is never what times out here


def test_a_timed_out_attempt_is_retried(
    sandbox: RunningSandbox, make_auth: AuthFactory, sleeps: list[float]
) -> None:
    sandbox.control.add_fault(kind="delay", match="token", delay=HOLD, count=2)
    with pytest.raises(ecartpay_auth.ServiceUnavailableError, match="timed out"):
        make_auth(max_retries=1, timeout=IMPATIENT).get_token()
    assert len(sleeps) == 1  # the first attempt timed out and was tried again


def test_a_timeout_error_carries_no_secret(sandbox: RunningSandbox, make_auth: AuthFactory) -> None:
    sandbox.control.add_fault(kind="delay", match="token", delay=HOLD)
    with pytest.raises(ecartpay_auth.ServiceUnavailableError) as caught:
        make_auth(max_retries=0, timeout=IMPATIENT).get_token()
    shown = "".join(traceback.format_exception(caught.value))
    assert "timed out" in str(caught.value)
    for secret in (sandbox.private_key, sandbox.public_key):
        assert secret not in shown
