"""Scopes: the permissions a scoped token can carry, and minting such a token.

The catalogue is the sandbox's reference data (the vendor's own list is not published):
a scope's id is the one the vendor's reference records for it (``write_checkouts``, the
spec's example), else derived from its name, so it is the same in every run and account.
A scoped token is ``{id, scopes: [name], aud, sub, iat, exp}``, living 900 s like a
checkout's token; the API itself refuses it (it has no ``account_id``).
"""

from __future__ import annotations

import hashlib
from typing import Any

from ecartpay_sandbox._messages import add_messages
from ecartpay_sandbox._registry import Call, VendorError, operation

TOKEN_TTL = 900
CATALOGUE = (
    ("read_orders", "Read orders and their payment status"),
    ("write_orders", "Create and update orders"),
    ("write_checkouts", "Create and update checkouts"),
    ("read_transactions", "Read transactions and balances"),
    ("write_payouts", "Create and confirm payouts"),
    ("read_customers", "Read customers and their cards"),
)

add_messages(
    {
        "scope_not_found": {
            "en": "Scope {id} not found",
            "es": "No se encontró el alcance {id}",
        },
    }
)


#: Scope ids the vendor's reference shows (``createScopesToken``'s example).
RECORDED_IDS = {"write_checkouts": "65e252b6eba28d7064cd71ba"}


def scope_id(name: str) -> str:
    """The stable 24-hex id of a scope."""
    return RECORDED_IDS.get(name) or hashlib.sha256(f"scope:{name}".encode()).hexdigest()[:24]


SCOPES: dict[str, dict[str, Any]] = {
    scope_id(name): {"id": scope_id(name), "name": name, "description": text}
    for name, text in CATALOGUE
}


@operation("listScopes")
def list_scopes(call: Call) -> list[dict[str, Any]]:
    """Every scope of the catalogue."""
    return [dict(scope) for scope in SCOPES.values()]


@operation("createScopeToken")
def create_scope_token(call: Call) -> dict[str, str]:
    """A short-lived token limited to one scope."""
    scope = SCOPES.get(call.body["id"])
    if scope is None:
        raise VendorError(404, "scope_not_found", id=call.body["id"])
    token = call.core.issuer.mint_scoped(
        [scope["name"]], audience=call.base_url, subject=scope["name"], ttl=TOKEN_TTL
    )
    return {"token": token}
