"""The README's webhook receivers (Starlette and Flask), run as written and posted to."""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import Any

import anyio
import httpx
import pytest

from .conftest import SECRET

README = (Path(__file__).resolve().parents[2] / "README.md").read_text(encoding="utf-8")
SECTION = README.split("\n## Webhooks\n", 1)[1].split("\n## ", 1)[0]
FRAMEWORKS = ("Starlette(", "Flask(")
"""A marker found in exactly one receiver block of the section."""

Post = Callable[[bytes, Mapping[str, str]], Any]
"""POST a body with headers to the receiver's URL; the answer has `.status_code`."""


def readme_receiver(framework: str, monkeypatch: pytest.MonkeyPatch) -> Post:
    """Run the README block holding `framework` and return a function that POSTs to it."""
    (block,) = [b for b in re.findall(r"```python\n(.*?)```", SECTION, re.DOTALL) if framework in b]
    monkeypatch.setenv("ECARTPAY_WEBHOOK_SECRET", SECRET)
    namespace: dict[str, Any] = {"__name__": "readme_receiver"}
    exec(compile(block, f"README {framework}", "exec"), namespace)
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
