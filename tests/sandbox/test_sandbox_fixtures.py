"""The sandbox's fixtures (``--fixtures``, ``_seeds``): the records the spec's examples name
are ordinary records of the primary account, made by the handlers, back after a reset, and
absent unless asked for."""

from __future__ import annotations

import httpx
import pytest

from ecartpay_auth import TOKEN_PATH
from ecartpay_sandbox import RunningSandbox, running_sandbox
from ecartpay_sandbox._seeds import EXAMPLE_ACCOUNT_ID, SEEDS, Seeder, SeedError, fixtures_config
from ecartpay_sandbox.resources.customers import EXAMPLE_CUSTOMER, EXAMPLE_DELETED_CUSTOMER
from ecartpay_sandbox.resources.orders import EXAMPLE_ORDER
from ecartpay_sandbox.resources.refunds import EXAMPLE_REFUND_TRANSACTION


def test_seeds_are_records_the_handlers_made_and_a_reset_brings_them_back() -> None:
    with running_sandbox(fixtures_config()) as sandbox:
        keys = (sandbox.public_key, sandbox.private_key)
        with httpx.Client(base_url=sandbox.base_url, timeout=10) as client:
            headers = {"Authorization": client.post(TOKEN_PATH, auth=keys).json()["token"]}
            order = client.get(f"/api/orders/{EXAMPLE_ORDER}", headers=headers).json()
            # paid by the buyer, then 100.50 of 301.00 refunded, as the examples show it
            assert (order["status"], order["totals"]["total"]) == ("partially_refunded", 301)
            assert order["pay_link"] == f"{sandbox.base_url}/pay/{EXAMPLE_ORDER}"
            refund = client.get(f"/api/transactions/{EXAMPLE_REFUND_TRANSACTION}", headers=headers)
            assert refund.json()["order_id"] == EXAMPLE_ORDER
            gone = client.delete(f"/api/customers/{EXAMPLE_DELETED_CUSTOMER}", headers=headers)
            assert gone.status_code == 200
            assert sandbox.account_id == EXAMPLE_ACCOUNT_ID
            customers = {c["id"] for c in sandbox.control.data(sandbox.account_id).customers}
            assert customers == {EXAMPLE_CUSTOMER}
            sandbox.control.reset()
            again = client.get(f"/api/customers/{EXAMPLE_DELETED_CUSTOMER}/cards", headers=headers)
            assert again.status_code == 200  # the first request after the reset seeded again
            customers = {c["id"] for c in sandbox.control.data(sandbox.account_id).customers}
            assert customers == {EXAMPLE_CUSTOMER, EXAMPLE_DELETED_CUSTOMER}


def test_without_fixtures_nothing_is_seeded(sandbox: RunningSandbox, token: str) -> None:
    with httpx.Client(base_url=sandbox.base_url, timeout=10) as client:
        answer = client.get(f"/api/orders/{EXAMPLE_ORDER}", headers={"Authorization": token})
    assert answer.status_code == 404
    assert sandbox.control.data(sandbox.account_id).customers == []


def test_a_seed_the_spec_refuses_is_an_error_of_the_seeds(sandbox: RunningSandbox) -> None:
    seeder = Seeder(sandbox.app.core, None, sandbox.app.config.primary)  # type: ignore[arg-type]
    with pytest.raises(SeedError, match="createCustomer is invalid"):
        seeder.call("createCustomer", body={"first_name": 1})
    assert {registration.stage for registration in SEEDS} == {1, 2, 3, 4, 5, 6}
