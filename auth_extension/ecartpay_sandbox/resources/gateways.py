"""Gateways: the vendor's payment gateways (recorded) as each account sees them, their
methods, and the account's own keys for a gateway.

Every account starts with the recorded gateways and changes its own copy. Stored keys keep
the public key only: the private key is checked for presence by the spec and then dropped,
so it never reaches an answer, the control plane or a log.
"""

from __future__ import annotations

from typing import Any

from ecartpay_sandbox._messages import add_messages
from ecartpay_sandbox._registry import Call, VendorError, operation
from ecartpay_sandbox._seeds import Seeder, seed
from ecartpay_sandbox._store import AccountState, collection
from ecartpay_sandbox.resources._reference import fixture, seeded

GATEWAYS = collection("gateways")
ACCOUNT_GATEWAYS = collection("account_gateways")

add_messages(
    {
        "gateway_not_found": {"en": "Gateway not found", "es": "Pasarela no encontrada"},
        "gateway_method_not_found": {
            "en": "Gateway method not found",
            "es": "Método de la pasarela no encontrado",
        },
        "account_gateway_not_found": {
            "en": "Account gateway not found",
            "es": "Configuración de pasarela no encontrada",
        },
    }
)


def _gateways(data: AccountState) -> Any:
    seeded(data, GATEWAYS, fixture("gateways", "gateways"))
    return data[GATEWAYS]


def _gateway(data: AccountState, gateway_id: str) -> dict[str, Any]:
    gateway: dict[str, Any] | None = _gateways(data).get(gateway_id)
    if gateway is None:
        raise VendorError(404, "gateway_not_found")
    return gateway


def _with_fee(method: dict[str, Any]) -> dict[str, Any]:
    """A method as the vendor's write answers show it: with its fee formula."""
    return {**method, "fee": fixture("gateways", "method_fee")}


def _view(data: AccountState, gateway: dict[str, Any], *, single: bool) -> dict[str, Any]:
    keys = data[ACCOUNT_GATEWAYS].find(gateway_id=gateway["id"])
    view = {**gateway, "has_keys": bool(keys)}
    if single:
        view["keys"] = keys
    return view


@operation("listGateways")
def list_gateways(call: Call) -> list[dict[str, Any]]:
    """Every gateway as this account configured it."""
    with call.data() as data:
        return [_view(data, g, single=False) for g in _gateways(data).find()]


@operation("getGateway")
def get_gateway(call: Call) -> dict[str, Any]:
    """One gateway with the account's keys for it."""
    with call.data() as data:
        return _view(data, _gateway(data, call.params["id"]), single=True)


@operation("updateGateway")
def update_gateway(call: Call) -> dict[str, Any]:
    """Turn a gateway on or off for this account."""
    with call.data() as data:
        gateway = _gateway(data, call.params["id"])
        gateway.update(active=call.body["active"], updated_at=call.core.store.now())
        stored = _gateways(data).put(gateway)
        view = _view(data, stored, single=True)
    view["methods"] = [_with_fee(m) for m in view["methods"]]
    return view


@operation("updateGatewayMethod")
def update_gateway_method(call: Call) -> dict[str, Any]:
    """Turn one method of a gateway on or off, or rename it."""
    with call.data() as data:
        gateway = _gateway(data, call.params["gateway_id"])
        for method in gateway["methods"]:
            if method["id"] == call.params["id"]:
                method.update({k: call.body[k] for k in ("active", "title") if k in call.body})
                _gateways(data).put(gateway)
                return _with_fee(method)
    raise VendorError(404, "gateway_method_not_found")


@operation("createGatewayKeys")
def create_gateway_keys(call: Call) -> dict[str, Any]:
    """Store the account's keys for a gateway (the public one only, see the module doc)."""
    store = call.core.store
    with call.data() as data:
        gateway = _gateway(data, call.params["gateway_id"])
        now = store.now()
        created: dict[str, Any] = data[ACCOUNT_GATEWAYS].add(
            {
                "id": store.new_id(),
                "gateway_id": gateway["id"],
                "public_key": call.body["public_key"],
                "currency": call.body.get("currency", gateway.get("currency", [])),
                "active": True,
                "created_at": now,
                "updated_at": now,
            }
        )
        return created


@operation("updateAccountGateway")
def update_account_gateway(call: Call) -> dict[str, Any]:
    """Turn one of the account's gateway configurations on or off."""
    with call.data() as data:
        configurations = data[ACCOUNT_GATEWAYS]
        record = configurations.get(call.params["id"])
        if record is None:
            raise VendorError(404, "account_gateway_not_found")
        record.update(active=call.body["active"], updated_at=call.core.store.now())
        updated: dict[str, Any] = configurations.put(record)
        return updated


#: The account's gateway configuration the spec's examples change, on the gateway the
#: examples give keys for.
EXAMPLE_ACCOUNT_GATEWAY = "65a1b2c3d4e5f60718293c01"
EXAMPLE_KEYS_GATEWAY = "5fab1d5d685fe16ca6ef0a00"


@seed(stage=3)
def seed_gateways(seeder: Seeder) -> None:
    """Keys for one gateway."""
    seeder.call(
        "createGatewayKeys",
        ids=[EXAMPLE_ACCOUNT_GATEWAY],
        path={"gateway_id": EXAMPLE_KEYS_GATEWAY},
        body={
            "currency": ["MXN"],
            "private_key": "key_seedseedseedseedseed01",
            "public_key": "key_seedseedseedseedseed02",
        },
    )
