"""The platforms page's "Connect merchants with OAuth" and "Serve many merchants"
(docs/guides/platforms.md), run as written against the local sandbox. The Flask callback is
driven end to end like a browser: the consent page is fetched, its form submitted as its
HTML declares it, the redirect followed into the callback, the code exchanged, and the API
called as the new merchant."""

from __future__ import annotations

import asyncio
from html.parser import HTMLParser
from typing import Any
from urllib.parse import urljoin, urlsplit

import httpx
import pytest

import ecartpay
from contract_tests.redis_server import RedisServer
from ecartpay_sandbox import RunningSandbox
from tests.docs import _pages

PAGE = "guides/platforms.md"


def _blocks(title: str) -> list[str]:
    return _pages.section_blocks(PAGE, title)


class _Form(HTMLParser):
    """The first form of a page as a browser sees it: action, method, the values it would
    send, the choices of its radio groups and its submit buttons."""

    def __init__(self) -> None:
        super().__init__()
        self.action, self.method = "", "get"
        self.fields: dict[str, str] = {}
        self.radios: dict[str, list[str]] = {}
        self.buttons: list[tuple[str, str]] = []
        self.scripts = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = {k: v or "" for k, v in attrs}
        if tag == "script":
            self.scripts += 1
        elif tag == "form":
            self.action, self.method = a.get("action", ""), a.get("method", "get").lower()
        elif tag == "input" and a.get("type") == "radio":
            self.radios.setdefault(a["name"], []).append(a["value"])
            if "checked" in a:
                self.fields[a["name"]] = a["value"]
        elif tag == "input":
            self.fields[a["name"]] = a.get("value", "")
        elif tag == "button" and a.get("type", "submit") == "submit":
            self.buttons.append((a["name"], a["value"]))


def _browse_consent(page_url: str, *, account: str, button: str) -> httpx.Response:
    """GET the consent page, pick `account` and press `button`, as the HTML declares."""
    page = httpx.get(page_url)
    assert page.status_code == 200
    form = _Form()
    form.feed(page.text)
    assert form.scripts == 0  # no JavaScript needed
    assert account in form.radios["account"]
    name, value = next(b for b in form.buttons if b[1] == button)
    data = {**form.fields, "account": account, name: value}
    assert form.method == "post"
    return httpx.post(urljoin(page_url, form.action), data=data)


@pytest.fixture
def platform(sandbox_env: RunningSandbox, monkeypatch: pytest.MonkeyPatch) -> dict[str, Any]:
    """The page's registration block, run as the platform account; its app in the env."""
    namespace: dict[str, Any] = {}
    exec(_blocks("Connect merchants with OAuth")[0], namespace)
    app = namespace["app"]
    monkeypatch.setenv("ECARTPAY_CLIENT_ID", app.client_id)
    monkeypatch.setenv("ECARTPAY_CLIENT_SECRET", app.client_secret)
    monkeypatch.setenv("FLASK_SECRET_KEY", "test-only-flask-secret")
    flask_ns: dict[str, Any] = {"__name__": "docs_oauth"}
    exec(_blocks("Connect merchants with OAuth")[1], flask_ns)
    return flask_ns


def test_connect_a_merchant_through_the_consent_page_like_a_browser(
    sandbox_env: RunningSandbox, platform: dict[str, Any]
) -> None:
    browser = platform["app"].test_client()  # the merchant's browser on the platform
    start = browser.get("/connect")
    assert start.status_code == 302
    consent_url = start.headers["Location"]
    assert consent_url.startswith(f"{sandbox_env.base_url}/oauth?")
    allowed = _browse_consent(consent_url, account="new", button="allow")
    assert allowed.status_code == 303
    back = urlsplit(allowed.headers["location"])  # follow the redirect into the callback
    assert f"{back.scheme}://{back.netloc}{back.path}" == platform["REDIRECT_URI"]
    done = browser.get(f"{back.path}?{back.query}")
    assert done.status_code == 200, done.text
    (creds,) = platform["connected"].values()
    assert done.text == f"Connected account {creds.account_id}."
    merchant = ecartpay.EcartPay(creds.public_key, creds.private_key)
    customer = merchant.customers.create(first_name="Eva", last_name="M", email="eva@example.com")
    data = sandbox_env.control.data(creds.account_id)
    assert [c["id"] for c in data.customers] == [customer.id]  # the API acted as the merchant
    replay = browser.get(f"{back.path}?{back.query}")  # the state was used up in the session
    assert replay.status_code == 400
    assert "state" in replay.text


def test_a_denied_connection_reaches_the_callback_as_cancelled(
    sandbox_env: RunningSandbox, platform: dict[str, Any]
) -> None:
    browser = platform["app"].test_client()
    consent_url = browser.get("/connect").headers["Location"]
    denied = _browse_consent(consent_url, account=sandbox_env.account_id, button="deny")
    back = urlsplit(denied.headers["location"])
    done = browser.get(f"{back.path}?{back.query}")
    assert (done.status_code, done.text) == (200, "Connection cancelled.")
    assert platform["connected"] == {}


def test_serve_many_merchants_as_written(
    sandbox_env: RunningSandbox,
    platform: dict[str, Any],
    redis_server: RedisServer,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    browser = platform["app"].test_client()
    for _ in range(3):
        consent_url = browser.get("/connect").headers["Location"]
        back = urlsplit(
            _browse_consent(consent_url, account="new", button="allow").headers["location"]
        )
        assert browser.get(f"{back.path}?{back.query}").status_code == 200
    merchants = list(platform["connected"].values())
    monkeypatch.setenv("REDIS_URL", redis_server.url)
    before = sandbox_env.control.stats().tokens_minted
    namespace: dict[str, Any] = {}
    (code,) = _blocks("Serve many merchants")
    exec(code, namespace)
    assert [namespace["customer_count"](m) for m in merchants] == [0, 0, 0]

    async def counts() -> list[int]:
        return [await namespace["customer_count_async"](m) for m in merchants]

    assert asyncio.run(counts()) == [0, 0, 0]
    assert sandbox_env.control.stats().tokens_minted - before == 3  # once per merchant
    namespace["pool"].close()
