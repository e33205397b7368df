"""The webhooks page's receivers (Starlette and Flask, docs/guides/webhooks.md), run as
written and posted to."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

import anyio
import httpx
import pytest

from tests.docs import _pages

from .conftest import SECRET

PAGE = "guides/webhooks.md"
FRAMEWORKS = ("Starlette(", "Flask(")
"""A marker found in exactly one receiver block of the section."""

Post = Callable[[bytes, Mapping[str, str]], Any]
"""POST a body with headers to the receiver's URL; the answer has `.status_code`."""


def docs_receiver(framework: str, monkeypatch: pytest.MonkeyPatch) -> Post:
    """Run the page's sample holding `framework` and return a function that POSTs to it."""
    (block,) = [b for b in _pages.section_blocks(PAGE, "A receiver") if framework in b]
    monkeypatch.setenv("ECARTPAY_WEBHOOK_SECRET", SECRET)
    namespace: dict[str, Any] = {"__name__": "docs_receiver"}
    exec(compile(block, f"docs/{PAGE} {framework}", "exec"), namespace)
    app = namespace["app"]
    url = "/webhooks/ecartpay"
    if framework == "Flask(":
        client = app.test_client()
        return lambda body, headers: client.post(url, data=body, headers=dict(headers))

    def post(body: bytes, headers: Mapping[str, str]) -> httpx.Response:
        async def send() -> httpx.Response:
            transport = httpx.ASGITransport(app=app)
            async with httpx.AsyncClient(transport=transport, base_url="http://r") as client:
                return await client.post(url, content=body, headers=dict(headers))

        return anyio.run(send)

    return post
