"""OAuth applications: a platform registers one with its ordinary token and gets its
``client_id`` and ``client_secret`` (shown in this answer only).

Every sandbox account may register applications (the vendor asks for the scope
``write_oauth_applications``, which every sandbox account is treated as holding).
"""

from __future__ import annotations

from typing import Any

from ecartpay_sandbox._registry import Call, operation


@operation("createOauthApplication")
def create_oauth_application(call: Call) -> dict[str, Any]:
    """Register the application; answer its credentials and the echoed fields."""
    body = call.body
    app = call.core.oauth.register(
        owner_account_id=call.account_id,
        name=body["name"],
        redirect_url=body["redirect_url"],
        scopes=list(body.get("scopes", [])),
        description=body.get("description", ""),
    )
    answer: dict[str, Any] = {
        "client_id": app.client_id,
        "client_secret": app.client_secret,
        "name": app.name,
        "redirect_url": app.redirect_url,
        "scopes": list(app.scopes),
        "created_at": call.core.store.now(),
    }
    for name in ("description", "logo_url"):
        if name in body:
            answer[name] = body[name]
    return answer
