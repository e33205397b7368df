"""The README's quick start (the front door's) and the low-level layer's quick start on the
site's client page (docs/guides/client.md) run as written, against the local sandbox; the
README names the two commands and links only to files that exist."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest

import ecartpay_auth
from ecartpay_client.api.customers import create_customer
from ecartpay_client.api.orders import create_order
from ecartpay_client.models import (
    Customer,
    CustomerCreate,
    Order,
    OrderCreate,
    OrderItemCreate,
)
from ecartpay_sandbox import RunningSandbox
from tests.docs import _pages

ROOT = Path(__file__).resolve().parents[2]
README = (ROOT / "README.md").read_text(encoding="utf-8")
QUICKSTART_ID = "65a1b2c3d4e5f60718293b5c"
CLIENT_PAGE = "guides/client.md"


def _python_blocks() -> list[str]:
    return re.findall(r"```python\n(.*?)```", README, flags=re.DOTALL)


def _low_level_quickstart() -> str:
    blocks = _pages.section_blocks(
        CLIENT_PAGE, "The low-level layer: `ecartpay_client` and `ecartpay_auth`"
    )
    return next(b for b in blocks if "import ecartpay_auth\nfrom ecartpay_client" in b)


def test_the_readme_says_make_test_is_the_test_command() -> None:
    commands = README.split("\n## The two commands\n", 1)[1].split("\n## ", 1)[0]
    assert re.search(r"^make test +# the test command \(CI runs it\)", commands, re.M)
    assert re.search(r"^make contract-test +#", commands, re.M)
    assert (ROOT / ".ci" / "run").read_text(encoding="utf-8").rstrip().endswith("make test")


def test_the_readme_links_only_to_files_that_exist() -> None:
    targets = re.findall(r"\]\(([^)#]+)(?:#[^)]*)?\)", README)
    local = [t for t in targets if "://" not in t]
    assert {"docs/guides/webhooks.md", "docs/guides/testing.md"} <= set(local)
    assert [t for t in local if not (ROOT / t).is_file()] == []


def test_the_readme_links_every_hand_written_page_of_the_site() -> None:
    linked = set(re.findall(r"\]\(docs/([^)#]+)\)", README))
    guides = {p for p in _pages.pages() if not p.startswith("reference/")} - {"index.md"}
    assert guides <= linked


def test_the_readme_opens_with_the_front_door() -> None:
    quickstart = _python_blocks()[0]
    code = [line for line in quickstart.splitlines() if line and not line.startswith("#")]
    assert code[:2] == ["import ecartpay", "client = ecartpay.EcartPay()"]
    assert "isinstance" not in quickstart


def test_front_door_quickstart_runs_against_the_sandbox(
    sandbox_env: RunningSandbox, capsys: pytest.CaptureFixture[str]
) -> None:
    namespace: dict[str, Any] = {}
    exec(_python_blocks()[0], namespace)
    assert isinstance(namespace["order"], Order)
    assert isinstance(namespace["customer"], Customer)
    printed = capsys.readouterr().out.splitlines()
    assert f"{namespace['customer'].id} ana@example.com" in printed
    assert printed[-1] == "404 Order not found"
    assert sandbox_env.control.stats().tokens_minted == 1


def test_low_level_quickstart_is_three_lines_of_code() -> None:
    code = [
        line for line in _low_level_quickstart().splitlines() if line and not line.startswith("#")
    ]
    assert code[0] == "import ecartpay_auth"
    assert code[-2] == "client = ecartpay_auth.authenticated_client()"
    assert code[-1].startswith("order = get_order.sync(")


def test_low_level_quickstart_runs_against_the_sandbox(sandbox_env: RunningSandbox) -> None:
    setup = ecartpay_auth.authenticated_client()
    customer = create_customer.sync(
        client=setup,
        body=CustomerCreate(first_name="Ana", last_name="López", email="ana@example.com"),
    )
    assert isinstance(customer, Customer)
    order = create_order.sync(
        client=setup,
        body=OrderCreate(
            customer_id=customer.id,
            currency="MXN",
            items=[OrderItemCreate(name="T-shirt", quantity=2, price=150.5)],
        ),
    )
    assert isinstance(order, Order)

    quickstart = _low_level_quickstart()
    assert QUICKSTART_ID in quickstart
    namespace: dict[str, Any] = {}
    exec(quickstart.replace(QUICKSTART_ID, order.id), namespace)
    assert isinstance(namespace["order"], Order)
    assert namespace["order"].id == order.id
    assert sandbox_env.control.stats().tokens_minted == 2  # one per client, nothing more
