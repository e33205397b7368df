"""``POST /api/authorizations/token``: the account's keys (HTTP Basic) buy a token."""

from __future__ import annotations

from typing import Any

import anyio

from ecartpay_auth import TOKEN_OPERATION_ID
from ecartpay_sandbox._registry import Call, operation


@operation(TOKEN_OPERATION_ID, auth="basic")
async def create_authorization_token(call: Call) -> dict[str, Any]:
    """``{"token": <JWT>}``, after the configured mint delay (a control-plane setting)."""
    assert call.account is not None  # basic auth always yields the account
    if call.core.mint_delay:
        await anyio.sleep(call.core.mint_delay)
    return {"token": call.core.issuer.mint(call.account).token}
