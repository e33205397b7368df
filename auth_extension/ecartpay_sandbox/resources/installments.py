"""Interest-free and fixed installments (MSI): one configuration per account, starting from
the default plans (switched off); updates merge plans by their number of installments."""

from __future__ import annotations

from typing import Any

from ecartpay_sandbox._registry import Call, operation
from ecartpay_sandbox._store import AccountState, collection
from ecartpay_sandbox.resources._reference import fixture

INSTALLMENTS = collection("installments_configuration")
CONFIGURATION_ID = "msi"  # one record per account


def _configuration(data: AccountState) -> dict[str, Any]:
    stored: dict[str, Any] | None = data[INSTALLMENTS].get(CONFIGURATION_ID)
    if stored is None:
        stored = data[INSTALLMENTS].add(
            {
                "id": CONFIGURATION_ID,
                "is_active": False,
                "amex_fixed_installments": False,
                "commissions": fixture("installments", "commissions"),
                "updated_at": None,
            }
        )
    return stored


def _answer(record: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in record.items() if k != "id"}


@operation("getInstallmentsConfiguration")
def get_installments_configuration(call: Call) -> dict[str, Any]:
    """The account's configuration."""
    with call.data() as data:
        return _answer(_configuration(data))


@operation("updateInstallmentsConfiguration")
def update_installments_configuration(call: Call) -> dict[str, Any]:
    """Replace the plans sent (by ``installments``), keep the others; set the Amex flag."""
    with call.data() as data:
        record = _configuration(data)
        plans = {c["installments"]: c for c in record["commissions"]}
        for sent in call.body.get("commissions", []):
            plan = plans.get(sent["installments"], {"maximum_amount": None})
            plans[sent["installments"]] = {
                "installments": sent["installments"],
                "minimum_amount": sent.get("minimum_amount", plan.get("minimum_amount", 0)),
                "maximum_amount": sent.get("maximum_amount", plan["maximum_amount"]),
                "is_active": sent.get("is_active", plan.get("is_active", True)),
                "fixed_installments": sent.get(
                    "fixed_installments", plan.get("fixed_installments", False)
                ),
            }
        record["commissions"] = [plans[n] for n in sorted(plans)]
        if "amex_fixed_installments" in call.body:
            record["amex_fixed_installments"] = call.body["amex_fixed_installments"]
        record["updated_at"] = call.core.store.now()
        return _answer(data[INSTALLMENTS].put(record))


@operation("activateInstallments")
def activate_installments(call: Call) -> dict[str, Any]:
    """Turn MSI on or off for the account."""
    with call.data() as data:
        record = _configuration(data)
        record.update(is_active=call.body["is_active"], updated_at=call.core.store.now())
        return _answer(data[INSTALLMENTS].put(record))
