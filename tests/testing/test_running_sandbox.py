"""ecartpay.testing.running_sandbox: a sandbox on a free port and its typed handle."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

import ecartpay
from ecartpay.testing import Delivery, Fault, SandboxHandle, running_sandbox
from ecartpay_client.models import Order, Transaction

from ._page import merchant_test_file


@pytest.fixture(scope="module")
def handle() -> Iterator[SandboxHandle]:
    with running_sandbox(token_ttl=120) as running:
        yield running


def test_the_handle_serves_clients_with_each_accounts_keys(handle: SandboxHandle) -> None:
    assert handle.base_url.startswith("http://127.0.0.1:")
    assert len(handle.accounts) == 2
    first, second = handle.accounts
    assert first.private_key not in repr(first)
    assert first.webhook_secret not in repr(first)
    with handle.client() as client, handle.client(second.account_id) as other:
        order = client.orders.create(
            email="ana@example.com",
            currency="MXN",
            items=[{"name": "Tea", "quantity": 1, "price": 10}],
        )
        with pytest.raises(ecartpay.NotFoundError):
            other.orders.retrieve(order.id)  # accounts are apart
        paid = handle.pay_order(order.id)
        assert isinstance(paid, Order)
        assert paid.status == "paid"
        assert client.orders.retrieve(order.id).status == "paid"


def test_control_actions_are_typed(handle: SandboxHandle) -> None:
    handle.reset()
    deposit = handle.deposit("250.50", "USD")
    assert isinstance(deposit, Transaction)
    assert (deposit.amount, deposit.currency) == (250.5, "USD")
    fault = handle.set_fault("status", status=503, match="listCustomers", count=2)
    assert isinstance(fault, Fault)
    assert (fault.kind, fault.match, fault.remaining, fault.status) == (
        "status",
        "listCustomers",
        2,
        503,
    )
    assert handle.clear_faults() == 1
    with handle.client() as client:
        assert list(client.customers.list()) == []
        hook = client.webhooks.create(url=f"{handle.base_url}/nowhere", events=["orders.create"])
        assert hook.id
    (delivery_id,) = handle.emit_webhook("orders.create", {"id": "65a1b2c3d4e5f60718293b5c"})
    (delivery,) = handle.deliveries(event="orders.create")
    assert isinstance(delivery, Delivery)
    assert (delivery.id, delivery.data) == (delivery_id, {"id": "65a1b2c3d4e5f60718293b5c"})
    assert delivery.status != "pending"  # settled before listing
    handle.reset()
    assert handle.deliveries() == []


def test_settings_are_the_sandboxs_own() -> None:
    with pytest.raises(TypeError, match="unknown sandbox settings"), running_sandbox(colour="x"):
        pass


def test_the_docs_example_passes_with_the_plugins_fixtures(tmp_path: Path) -> None:
    """The merchant's file, run by pytest with only the ``pytest11`` plugin (the
    repository's own conftest and plugins stay out: another root directory)."""
    test_file = tmp_path / "tests" / "test_checkout.py"
    test_file.parent.mkdir()
    test_file.write_text(merchant_test_file(), encoding="utf-8")
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "pytest",
            "-q",
            "-p",
            "no:cacheprovider",
            "-p",
            "no:xdist",
            str(test_file),
        ],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "4 passed" in result.stdout
