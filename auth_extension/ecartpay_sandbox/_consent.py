"""The OAuth consent page, ``GET /oauth``, as a merchant's browser sees it.

Plain HTML, no JavaScript: the application's name and scopes, a choice of who signs in (a
sandbox account, or a new merchant account created on the spot with its own keys and no
data), and two buttons, allow and deny. The form posts back to ``/oauth``; the answer is a
303 to the application's redirect URL with ``code`` and ``state`` (allow) or
``error=access_denied`` and ``state`` (deny).

The page refuses (the vendor's ``{message, statusCode}`` body, never a redirect) an unknown
``client_id`` or a ``redirect_uri`` other than the registered one, so a forged link cannot
send a code anywhere else. Also the control plane's ``/oauth/settings``.
"""

from __future__ import annotations

import html
import json
import secrets
from urllib.parse import parse_qs, urlencode

from starlette.requests import Request
from starlette.responses import HTMLResponse, RedirectResponse, Response
from starlette.routing import Route

from ecartpay_sandbox._config import Account
from ecartpay_sandbox._core import SandboxCore
from ecartpay_sandbox._http import (
    Endpoint,
    error_body,
    json_response,
    request_lang,
    table_routes,
)
from ecartpay_sandbox._ids import new_object_id
from ecartpay_sandbox._messages import add_messages, message
from ecartpay_sandbox._oauth import Application, OAuthRefusal

CONSENT_PATH = "/oauth"
NEW_ACCOUNT = "new"

add_messages(
    {
        "oauth_unknown_account": {
            "en": "No such sandbox account: {account}",
            "es": "No existe la cuenta del sandbox: {account}",
        },
        "oauth_bad_decision": {
            "en": "decision must be allow or deny",
            "es": "decision debe ser allow o deny",
        },
    }
)


def _refused(request: Request, status: int, key: str, **values: object) -> Response:
    text = message(key, request_lang(request), **values)
    return json_response(error_body(status, text), status)


def _page(app: Application, redirect_uri: str, state: str | None, accounts: list[Account]) -> str:
    e = html.escape
    scopes = "".join(f"<li><code>{e(s)}</code></li>" for s in app.scopes)
    hidden = [("client_id", app.client_id), ("redirect_uri", redirect_uri)]
    if state is not None:
        hidden.append(("state", state))
    fields = "".join(f'<input type="hidden" name="{e(k)}" value="{e(v)}">' for k, v in hidden)
    choices = "".join(
        f'<label><input type="radio" name="account" value="{e(a.account_id)}"'
        f"{' checked' if i == 0 else ''}> Account {e(a.account_id)} "
        f"(<code>{e(a.public_key)}</code>)</label><br>"
        for i, a in enumerate(accounts)
    )
    choices += (
        f'<label><input type="radio" name="account" value="{NEW_ACCOUNT}"> '
        "A new merchant account (its own keys, no data)</label>"
    )
    about = f"<p>{e(app.description)}</p>" if app.description else ""
    return (
        '<!doctype html>\n<html lang="en"><head><meta charset="utf-8">'
        f"<title>Connect {e(app.name)} - Ecart Pay sandbox</title></head>\n<body>"
        f"<h1>{e(app.name)} wants to connect to your Ecart Pay account</h1>{about}"
        f"<p>It asks for:</p><ul>{scopes}</ul>"
        f'<form method="post" action="{CONSENT_PATH}">{fields}'
        f"<fieldset><legend>Sign in as</legend>{choices}</fieldset>"
        '<button type="submit" name="decision" value="allow">Allow</button> '
        '<button type="submit" name="decision" value="deny">Deny</button>'
        "</form></body></html>\n"
    )


def _back(redirect_uri: str, params: dict[str, str]) -> Response:
    joiner = "&" if "?" in redirect_uri else "?"
    return RedirectResponse(redirect_uri + joiner + urlencode(params), status_code=303)


def _new_merchant(core: SandboxCore) -> Account:
    return core.add_account(
        Account(
            public_key=f"pub{secrets.token_hex(12)}",
            private_key=f"priv{secrets.token_hex(12)}",
            account_id=new_object_id(),
        )
    )


def consent_routes(core: SandboxCore) -> list[Route]:
    """``GET /oauth`` (the page) and ``POST /oauth`` (its form)."""

    async def show(request: Request) -> Response:
        query = request.query_params
        redirect_uri = query.get("redirect_uri", "")
        try:
            app = core.oauth.application(query.get("client_id"), redirect_uri)
        except OAuthRefusal as refused:
            return _refused(request, refused.status, refused.key)
        page = _page(app, redirect_uri, query.get("state"), list(core.accounts.values()))
        return HTMLResponse(page)

    async def decide(request: Request) -> Response:
        form = {k: v[-1] for k, v in parse_qs((await request.body()).decode("utf-8")).items()}
        redirect_uri = form.get("redirect_uri", "")
        try:
            app = core.oauth.application(form.get("client_id"), redirect_uri)
        except OAuthRefusal as refused:
            return _refused(request, refused.status, refused.key)
        state = {"state": form["state"]} if "state" in form else {}
        decision = form.get("decision")
        if decision == "deny":
            return _back(redirect_uri, {"error": "access_denied", **state})
        if decision != "allow":
            return _refused(request, 400, "oauth_bad_decision")
        chosen = form.get("account", "")
        if chosen == NEW_ACCOUNT:
            account = _new_merchant(core)
        elif chosen in core.accounts:
            account = core.accounts[chosen]
        else:
            return _refused(request, 400, "oauth_unknown_account", account=chosen[:40])
        code = core.oauth.issue_code(app, account.account_id)
        return _back(redirect_uri, {"code": code, **state})

    table: list[tuple[str, str, Endpoint]] = [("GET", "", show), ("POST", "", decide)]
    return table_routes(CONSENT_PATH, table)


def oauth_control_routes(core: SandboxCore, prefix: str) -> list[Route]:
    """``GET|POST {prefix}/oauth/settings``: ``{"code_ttl", "answer"}``."""

    async def get_settings(request: Request) -> Response:
        return json_response(core.oauth.settings())

    async def update_settings(request: Request) -> Response:
        try:
            data = json.loads(await request.body() or b"{}")
            if not isinstance(data, dict) or set(data) - {"code_ttl", "answer"}:
                raise ValueError("expected {code_ttl?, answer?}")
            ttl = data.get("code_ttl")
            if ttl is not None and (isinstance(ttl, bool) or not isinstance(ttl, int | float)):
                raise ValueError("code_ttl must be a number of seconds")
            core.oauth.update(code_ttl=ttl, answer=data.get("answer"))
        except ValueError as exc:
            return json_response(error_body(400, str(exc)), 400)
        return json_response(core.oauth.settings())

    table: list[tuple[str, str, Endpoint]] = [
        ("GET", "/oauth/settings", get_settings),
        ("POST", "/oauth/settings", update_settings),
    ]
    return table_routes(prefix, table)
