"""The pytest plugin of ``ecartpay`` (entry point ``pytest11``): fixtures for testing an
integration against the local sandbox (``pip install 'ecartpay[sandbox]'``).

- ``ecartpay_sandbox``: a ``SandboxHandle``, one sandbox for the whole session, reset before
  each test that uses it (no records, faults or deliveries left by another test).
- ``ecartpay_client``: an ``ecartpay.EcartPay`` on it, with the first account's keys.
- ``ecartpay_sandbox_settings``: the ``running_sandbox`` settings (session scope; empty by
  default): override it in a ``conftest.py`` to change them.

Nothing starts unless a test asks for one of them; this module imports nothing heavy.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING, Any

import pytest

if TYPE_CHECKING:
    from ecartpay import EcartPay
    from ecartpay.testing import SandboxHandle


@pytest.fixture(scope="session")
def ecartpay_sandbox_settings() -> dict[str, Any]:
    """Settings for the session's sandbox (``running_sandbox(**settings)``)."""
    return {}


@pytest.fixture(scope="session")
def ecartpay_sandbox(ecartpay_sandbox_settings: dict[str, Any]) -> Iterator[SandboxHandle]:
    """One sandbox for the session (reset before each test that uses it)."""
    from ecartpay.testing import running_sandbox

    with running_sandbox(**ecartpay_sandbox_settings) as handle:
        yield handle


@pytest.fixture(autouse=True)
def _ecartpay_sandbox_reset(request: pytest.FixtureRequest) -> None:
    """Reset the session's sandbox before a test that uses it, directly or through another
    fixture; a test that does not use it starts nothing."""
    if "ecartpay_sandbox" in request.fixturenames:
        handle: SandboxHandle = request.getfixturevalue("ecartpay_sandbox")
        handle.reset()


@pytest.fixture
def ecartpay_client(ecartpay_sandbox: SandboxHandle) -> Iterator[EcartPay]:
    """An ``EcartPay`` on the (reset) sandbox, closed after the test."""
    with ecartpay_sandbox.client() as client:
        yield client
