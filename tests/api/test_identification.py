"""The User-Agent: the SDK, httpx and Python versions, then the integration's app info."""

from __future__ import annotations

import getpass
import platform
import re
import socket
from collections.abc import Iterator
from typing import Any

import httpx
import pytest

import ecartpay_auth
from ecartpay_client.api.customers import list_customers
from ecartpay_sandbox import RunningSandbox

SDK = f"ecartpay-python/{ecartpay_auth.__version__} httpx/{httpx.__version__} python/" + (
    platform.python_version()
)


@pytest.fixture(autouse=True)
def _no_process_app_info() -> Iterator[None]:
    yield
    ecartpay_auth.set_app_info(None)


def _agents(sandbox: RunningSandbox, **options: Any) -> dict[str, int]:
    """The User-Agents the sandbox saw for one list call of a new client (and its mint)."""
    sandbox.control.reset()
    client = ecartpay_auth.authenticated_client(
        sandbox.public_key, sandbox.private_key, base_url=sandbox.base_url, **options
    )
    list_customers.sync(client=client)
    client.get_httpx_client().close()
    return dict(sandbox.control.stats().user_agents)


def test_every_request_identifies_the_sdk(sandbox: RunningSandbox) -> None:
    assert _agents(sandbox) == {SDK: 2}  # the token request and the API call


def test_an_integration_appends_its_name_version_and_url(sandbox: RunningSandbox) -> None:
    info = ecartpay_auth.AppInfo("shopbridge", "2.4", "https://shopbridge.example")
    agents = _agents(sandbox, app_info=info)
    assert agents == {SDK: 1, f"{SDK} shopbridge/2.4 (+https://shopbridge.example)": 1}


def test_process_wide_app_info_and_a_clients_own_wins(sandbox: RunningSandbox) -> None:
    ecartpay_auth.set_app_info("platformx", "1.0")
    assert _agents(sandbox) == {f"{SDK} platformx/1.0": 2}
    assert _agents(sandbox, app_info=ecartpay_auth.AppInfo("mine")) == {
        f"{SDK} platformx/1.0": 1,  # the token request knows only the process's
        f"{SDK} mine": 1,
    }


@pytest.mark.parametrize("name", ["User-Agent", "user-agent"])
def test_headers_passed_by_the_user_win(sandbox: RunningSandbox, name: str) -> None:
    agents = _agents(sandbox, headers={name: "custom/1"})
    assert agents == {SDK: 1, "custom/1": 1}  # one header, not two


def test_nothing_personal_is_sent(sandbox: RunningSandbox) -> None:
    (agent,) = _agents(sandbox)
    for personal in (socket.gethostname(), getpass.getuser(), platform.platform()):
        assert personal not in agent
    assert re.fullmatch(r"ecartpay-python/\S+ httpx/\S+ python/\S+", agent)


@pytest.mark.parametrize(
    ("name", "version", "url"),
    [
        ("my app", None, None),
        ("app\r\nX-Evil: 1", None, None),
        ("ok", "1 .0", None),
        ("ok", None, "ftp://x.example"),
        ("ok", None, "https://x.example\r\n"),
        ("", None, None),
    ],
)
def test_bad_app_info_is_a_configuration_error(
    name: str, version: str | None, url: str | None
) -> None:
    with pytest.raises(ecartpay_auth.ConfigurationError):
        ecartpay_auth.AppInfo(name, version, url)
    with pytest.raises(ecartpay_auth.ConfigurationError):
        ecartpay_auth.set_app_info(name, version, url)


@pytest.mark.anyio
async def test_async_calls_identify_the_sdk_too(sandbox: RunningSandbox) -> None:
    sandbox.control.reset()
    client = ecartpay_auth.authenticated_client(
        sandbox.public_key,
        sandbox.private_key,
        base_url=sandbox.base_url,
        app_info=ecartpay_auth.AppInfo("asyncapp", "3"),
    )
    async with client:
        await list_customers.asyncio(client=client)
    assert sandbox.control.stats().user_agents == {SDK: 1, f"{SDK} asyncapp/3": 1}
