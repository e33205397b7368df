"""The harness fails when the API drifts from the spec: the same schemathesis run, against
the sandbox app wrapped in a tiny ASGI middleware that plants one bug at a time."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import httpx
import pytest
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from contract_tests.harness.runner import RunOptions, run_schemathesis
from ecartpay_auth import TOKEN_PATH
from ecartpay_sandbox import RunningSandbox, running_sandbox

from ._support import live_target

#: (status, JSON body) -> (status, JSON body)
Rewrite = Callable[[int, object], tuple[int, object]]
#: the sandbox app -> the app served (with a planted bug)
Wrap = Callable[[ASGIApp], ASGIApp]


class RewriteResponses:
    """Rewrites the responses of one operation (method + path) before they leave."""

    def __init__(self, app: ASGIApp, method: str, path: str, rewrite: Rewrite) -> None:
        self.app, self.method, self.path, self.rewrite = app, method, path, rewrite

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or (scope["method"], scope["path"]) != (self.method, self.path):
            await self.app(scope, receive, send)
            return
        start: Message = {}
        chunks: list[bytes] = []

        async def capture(message: Message) -> None:
            nonlocal start
            if message["type"] == "http.response.start":
                start = message
                return
            chunks.append(message.get("body", b""))
            if message.get("more_body"):
                return
            status, body = self.rewrite(start["status"], json.loads(b"".join(chunks) or b"null"))
            raw = json.dumps(body).encode()
            headers = [(k, v) for k, v in start["headers"] if k.lower() != b"content-length"]
            headers.append((b"content-length", str(len(raw)).encode()))
            await send({"type": "http.response.start", "status": status, "headers": headers})
            await send({"type": "http.response.body", "body": raw})

        await self.app(scope, receive, capture)


class InjectToken:
    """Authenticates every request that came without credentials: auth not enforced."""

    def __init__(self, app: ASGIApp, token: list[str]) -> None:
        self.app, self.token = app, token

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "http" and self.token and scope["path"].startswith("/api/customers"):
            headers = [(k, v) for k, v in scope["headers"] if k.lower() != b"authorization"]
            scope = {**scope, "headers": [*headers, (b"authorization", self.token[0].encode())]}
        await self.app(scope, receive, send)


def _rename_id(status: int, body: object) -> tuple[int, object]:
    # `id` is the one field a Customer requires (others may be absent, unknown ones are kept).
    if status == 200 and isinstance(body, dict) and "id" in body:
        body = {("_id" if k == "id" else k): v for k, v in body.items()}
    return status, body


def _undocumented_status(status: int, body: object) -> tuple[int, object]:
    # listCustomers documents 200, 400 and 401 only.
    return (202, body) if status == 200 else (status, body)


def _run(wrap: Wrap, tmp_path: Path, operation: str, phases: str) -> set[str]:
    """Run the harness against the sandbox wrapped by ``wrap``; the checks that failed."""
    with running_sandbox(wrap=wrap) as sandbox:
        return _failed_checks(sandbox, tmp_path, operation, phases)


def _failed_checks(
    sandbox: RunningSandbox, tmp_path: Path, operation: str, phases: str
) -> set[str]:
    options = RunOptions(
        report_dir=tmp_path, max_examples=5, seed=1, phases=phases, operation_ids=(operation,)
    )
    result = run_schemathesis(live_target(sandbox), options)
    assert result.exit_code != 0, "a planted bug went unnoticed"
    assert not result.ok
    assert result.summary.unique_failures >= 1
    assert result.summary.junit_failures >= 1  # CI sees it in the JUnit report too
    assert result.leaks == 0
    return set(result.summary.checks_failed)


@pytest.mark.slow
@pytest.mark.parametrize(
    ("method", "operation", "rewrite", "check"),
    [
        pytest.param(
            "POST", "createCustomer", _rename_id, "response_schema_conformance", id="renamed-field"
        ),
        pytest.param(
            "GET", "listCustomers", _undocumented_status, "status_code_conformance", id="status"
        ),
    ],
)
def test_a_rewritten_response_fails_its_conformance_check(
    tmp_path: Path, method: str, operation: str, rewrite: Rewrite, check: str
) -> None:
    """A renamed response field fails schema conformance; an undocumented status fails
    status conformance."""

    def wrap(app: ASGIApp) -> ASGIApp:
        return RewriteResponses(app, method, "/api/customers", rewrite)

    assert check in _run(wrap, tmp_path, operation, "examples,fuzzing")


@pytest.mark.slow
def test_auth_that_is_not_enforced_fails_ignored_auth(tmp_path: Path) -> None:
    token: list[str] = []

    def wrap(app: ASGIApp) -> ASGIApp:
        return InjectToken(app, token)

    with running_sandbox(wrap=wrap) as sandbox:
        # mint a token the middleware will then hand to anyone
        minted = httpx.post(
            sandbox.base_url + TOKEN_PATH, auth=(sandbox.public_key, sandbox.private_key)
        )
        token.append(minted.json()["token"])
        failed = _failed_checks(sandbox, tmp_path, "listCustomers", "examples")
    assert "ignored_auth" in failed
