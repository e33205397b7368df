"""The harness fails when the API drifts from the spec: the same schemathesis run, against
the sandbox app wrapped in a tiny ASGI middleware that plants one bug at a time."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import httpx
import pytest
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from contract_tests.harness.live import LiveTarget
from contract_tests.harness.runner import RunOptions, run_schemathesis
from contract_tests.harness.target import TargetKind
from contract_tests.sandbox import DEFAULT_PRIVATE_KEY, DEFAULT_PUBLIC_KEY, create_app
from contract_tests.tests._live import serve

#: (status, JSON body) -> (status, JSON body)
Rewrite = Callable[[int, object], tuple[int, object]]


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


def _run(app: ASGIApp, tmp_path: Path, operation: str, phases: str) -> set[str]:
    """Run the harness against ``app``; the names of the checks that failed."""
    with serve(app) as base_url:
        live = LiveTarget(TargetKind.LOCAL, base_url, DEFAULT_PUBLIC_KEY, DEFAULT_PRIVATE_KEY)
        options = RunOptions(
            report_dir=tmp_path, max_examples=5, seed=1, phases=phases, operation_ids=(operation,)
        )
        result = run_schemathesis(live, options)
    assert result.exit_code != 0, "a planted bug went unnoticed"
    assert not result.ok
    assert result.summary.unique_failures >= 1
    assert result.summary.junit_failures >= 1  # CI sees it in the JUnit report too
    assert result.leaks == 0
    return set(result.summary.checks_failed)


@pytest.mark.slow
def test_a_renamed_response_field_fails_schema_conformance(tmp_path: Path) -> None:
    app = RewriteResponses(create_app(), "POST", "/api/customers", _rename_id)
    failed = _run(app, tmp_path, "createCustomer", "examples,fuzzing")
    assert "response_schema_conformance" in failed


@pytest.mark.slow
def test_an_undocumented_status_fails_status_conformance(tmp_path: Path) -> None:
    app = RewriteResponses(create_app(), "GET", "/api/customers", _undocumented_status)
    failed = _run(app, tmp_path, "listCustomers", "examples,fuzzing")
    assert "status_code_conformance" in failed


@pytest.mark.slow
def test_auth_that_is_not_enforced_fails_ignored_auth(tmp_path: Path) -> None:
    token: list[str] = []
    app = InjectToken(create_app(), token)
    with serve(app) as base_url:  # mint a token the middleware will hand to anyone
        minted = httpx.post(
            f"{base_url}/api/authorizations/token", auth=(DEFAULT_PUBLIC_KEY, DEFAULT_PRIVATE_KEY)
        )
    token.append(minted.json()["token"])
    failed = _run(app, tmp_path, "listCustomers", "examples")
    assert "ignored_auth" in failed
