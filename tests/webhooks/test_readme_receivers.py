"""The README's two receivers (Starlette and Flask) run as written, fed by `sign`."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import anyio
import httpx
import pytest

from ecartpay_auth import webhooks

from .conftest import SECRET

README = (Path(__file__).resolve().parents[2] / "README.md").read_text(encoding="utf-8")
SECTION = README.split("\n## Webhooks\n", 1)[1].split("\n## ", 1)[0]


def _receiver(marker: str, monkeypatch: pytest.MonkeyPatch) -> dict[str, Any]:
    (block,) = [b for b in re.findall(r"```python\n(.*?)```", SECTION, re.DOTALL) if marker in b]
    monkeypatch.setenv("ECARTPAY_WEBHOOK_SECRET", SECRET)
    namespace: dict[str, Any] = {"__name__": "readme_receiver"}
    exec(compile(block, f"README {marker}", "exec"), namespace)
    return namespace


def _post(post: Any, delivery: webhooks.SignedDelivery, body: bytes | None = None) -> Any:
    return post("/webhooks/ecartpay", content=body or delivery.body, headers=delivery.headers)


@pytest.mark.parametrize("framework", ["Starlette(", "Flask("])
def test_receiver_handles_a_delivery_once_and_refuses_a_forgery(
    framework: str, order: dict[str, Any], monkeypatch: pytest.MonkeyPatch, capsys: Any
) -> None:
    app = _receiver(framework, monkeypatch)["app"]
    if framework == "Flask(":
        client = app.test_client()

        def post(url: str, content: bytes, headers: dict[str, str]) -> Any:
            return client.post(url, data=content, headers=headers)
    else:

        def post(url: str, content: bytes, headers: dict[str, str]) -> Any:
            async def send() -> httpx.Response:
                transport = httpx.ASGITransport(app=app)
                async with httpx.AsyncClient(transport=transport, base_url="http://r") as client:
                    return await client.post(url, content=content, headers=headers)

            return anyio.run(send)

    order["status"] = "paid"
    delivery = webhooks.sign({"event": "orders.confirmation", "data": order}, SECRET)
    assert _post(post, delivery).status_code == 204
    assert _post(post, delivery).status_code == 204  # the vendor's repeat
    assert capsys.readouterr().out == f"paid: {order['id']}\n"
    forged = _post(post, delivery, delivery.body.replace(b'"paid"', b'"refunded"'))
    assert forged.status_code == 400
    assert capsys.readouterr().out == ""
