"""Attacks on the local sandbox itself (issue 19, sandbox points): its control plane has no
authentication, so it must not listen beyond this machine unless asked; bodies are capped
as the vendor's Express server caps them; malformed JSON never crashes it.

Each test failed on the code before the fix: the sandbox bound any ``--host`` silently,
read bodies of any size, and answered 500 to deeply nested JSON on the control plane."""

from __future__ import annotations

import subprocess
from collections.abc import Iterator

import httpx
import pytest

from ecartpay_auth import TOKEN_PATH
from ecartpay_sandbox import RunningSandbox, running_sandbox
from tests.sandbox._cli import COMMANDS, REPO, SandboxProcesses

LIMIT = 100 * 1024  # body-parser's default "100kb"
TOO_LARGE = {"message": "request entity too large", "statusCode": 413}
#: Deeper than Python's parser recurses (RecursionError), yet within the size limit; and
#: parseable but deeper than what the sandbox walks.
DEEP = [b"[" * 40_000 + b"]" * 40_000, b'{"kind": ' + b"[" * 200 + b"]" * 200 + b"}"]


@pytest.fixture
def http(sandbox: RunningSandbox) -> Iterator[httpx.Client]:
    with httpx.Client(base_url=sandbox.base_url, timeout=30) as client:
        yield client


def _token(http: httpx.Client, sandbox: RunningSandbox) -> str:
    response = http.post(TOKEN_PATH, auth=(sandbox.public_key, sandbox.private_key))
    token = response.json()["token"]
    assert isinstance(token, str)
    return token


def _padded_customer(size: int) -> bytes:
    """A valid ``CustomerCreate`` body of exactly ``size`` bytes."""
    head, tail = b'{"first_name":"Ana","last_name":"L","email":"a@example.com","x":"', b'"}'
    return head + b"a" * (size - len(head) - len(tail)) + tail


def test_a_non_loopback_host_is_refused_without_allow_remote() -> None:
    result = subprocess.run(
        [*COMMANDS["repository"], "--host", "0.0.0.0", "--port", "0"],
        cwd=REPO,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert result.returncode == 2
    assert "--allow-remote" in result.stderr
    assert "serving at" not in result.stdout
    with pytest.raises(ValueError, match="allow_remote"), running_sandbox(host="0.0.0.0"):
        pass


def test_allow_remote_binds_it_and_warns() -> None:
    with SandboxProcesses() as serve:
        served = serve("--host", "0.0.0.0", "--allow-remote", "--port", "0", command="repository")
        assert served.url.startswith("http://0.0.0.0:")
        stderr = served.stop()
    assert "WARNING" in stderr
    assert "no authentication" in stderr


def test_a_body_over_100_kb_gets_413_and_changes_nothing(
    sandbox: RunningSandbox, http: httpx.Client
) -> None:
    headers = {"Authorization": _token(http, sandbox), "Content-Type": "application/json"}
    declared = http.post("/api/customers", content=_padded_customer(LIMIT + 1), headers=headers)
    body = _padded_customer(LIMIT + 1)
    # Chunked: the limit is crossed by the last chunk, or by one with more to come.
    chunked = http.post("/api/customers", content=iter([body]), headers=headers)
    split = http.post("/api/customers", content=iter([body[:LIMIT], body[LIMIT:]]), headers=headers)
    control = http.post(
        "/__sandbox__/webhooks/emit",
        json={"event": "orders.create", "data": {"pad": "a" * LIMIT}},
    )
    for response in (declared, chunked, split, control):
        assert (response.status_code, response.json()) == (413, TOO_LARGE)
    assert "transfer-encoding" not in declared.request.headers
    assert chunked.request.headers["transfer-encoding"] == "chunked"
    assert sandbox.control.data(sandbox.account_id).customers == []
    assert sandbox.control.deliveries() == []
    # At the limit itself the body is read (and here accepted).
    at_limit = http.post("/api/customers", content=_padded_customer(LIMIT), headers=headers)
    assert at_limit.status_code == 200, at_limit.text


@pytest.mark.parametrize(
    "path",
    [
        "/__sandbox__/faults",
        "/__sandbox__/settings",
        "/__sandbox__/webhooks/emit",
        "/__sandbox__/webhooks/settings",
        "/__sandbox__/accounts/7e57acc0000000000000a001/deposits",
    ],
)
def test_deeply_nested_json_on_the_control_plane_gets_400(
    sandbox: RunningSandbox, http: httpx.Client, path: str
) -> None:
    for body in DEEP:
        response = http.post(path, content=body, headers={"Content-Type": "application/json"})
        assert response.status_code == 400
        assert response.json()["statusCode"] == 400
        assert "nested" in response.json()["message"]
    assert sandbox.control.faults() == []
