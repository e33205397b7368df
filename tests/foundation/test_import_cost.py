"""What an import loads: counted in a fresh interpreter, never timed.

`make bench` measures the time (bench/import_time.py); these tests pin the structure that
keeps it low: one endpoint loads its own models only; the SDK never loads attrs (the
models are dataclasses) nor asyncio (only async code, which has loaded it, needs it); and
`ecartpay_auth` leaves what a process may never use (the shared stores, pagination, the
webhook machinery and its event models) for the first use of the name.
"""

from __future__ import annotations

import json
import subprocess
import sys

import ecartpay
import ecartpay_auth
import ecartpay_client.models

# What `from ecartpay_auth import authenticated_client` (or `EcartPayAuth`) must not load.
_COLD = (
    "asyncio",
    "attr",
    "attrs",
    "tenacity",
    "ecartpay_auth.webhooks",
    "ecartpay_auth._redis_store",
    "ecartpay_auth._file_store",
    "ecartpay_auth._sealing",
    "ecartpay_auth._pagination",
    "ecartpay_auth._fleet",
    "ecartpay_auth._endpoint",  # the token call: with the first auth object, not the import
    "ecartpay_client.api.authorization.create_authorization_token",
)


def _loaded(code: str) -> set[str]:
    probe = f"{code}\nimport json, sys\nprint(json.dumps(sorted(sys.modules)))"
    out = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, check=True, timeout=120
    ).stdout
    return set(json.loads(out))


def test_one_endpoint_loads_its_models_only() -> None:
    loaded = _loaded("import ecartpay_client.api.orders.get_order")
    models = {m for m in loaded if m.startswith("ecartpay_client.models.")}
    assert "ecartpay_client.models.order" in models
    assert "ecartpay_client.models.customer_create" not in models
    assert len(models) < len(ecartpay_client.models.__all__) / 2


def test_the_api_path_leaves_cold_modules_unloaded() -> None:
    loaded = _loaded(
        "from ecartpay_auth import EcartPayAuth, authenticated_client\n"
        "from ecartpay_client.api.orders import get_order"
    )
    assert {"ecartpay_auth._auth", "ecartpay_auth._client", "ecartpay_client.client"} <= loaded
    assert sorted(set(_COLD) & loaded) == []


def test_ecartpay_auth_leaves_webhooks_for_their_first_use() -> None:
    loaded = _loaded("import ecartpay_auth")
    assert "ecartpay_auth" in loaded
    assert "ecartpay_auth.webhooks" not in loaded
    used = _loaded("import ecartpay_auth\necartpay_auth.webhooks.verify")
    assert "ecartpay_auth.webhooks" in used


def test_each_lazy_name_loads_on_first_use() -> None:
    plain = _loaded("import ecartpay_auth")
    for name, module in (
        ("RedisTokenStore", "ecartpay_auth._redis_store"),
        ("FileTokenStore", "ecartpay_auth._file_store"),
        ("paginate", "ecartpay_auth._pagination"),
        ("apaginate", "ecartpay_auth._pagination"),
    ):
        assert module not in plain
        assert module in _loaded(f"from ecartpay_auth import {name}")


def test_every_public_name_resolves_and_is_listed() -> None:
    for name in ecartpay_auth.__all__:
        assert getattr(ecartpay_auth, name) is not None, name
    assert set(ecartpay_auth.__all__) <= set(dir(ecartpay_auth))
    assert ecartpay_auth.paginate is vars(ecartpay_auth)["paginate"]  # cached after use


def test_a_shared_store_loads_the_fleet_path_when_configured() -> None:
    loaded = _loaded(
        "import ecartpay_auth\n"
        "ecartpay_auth.EcartPayAuth('pub_a', 'priv_b', base_url='http://127.0.0.1:9',"
        " token_store=ecartpay_auth.FileTokenStore('/tmp/ecartpay-import-probe'))"
    )
    assert "ecartpay_auth._fleet" in loaded


def test_every_model_is_importable_by_name() -> None:
    for name in ecartpay_client.models.__all__:
        assert getattr(ecartpay_client.models, name).__name__ == name
    assert sorted(dir(ecartpay_client.models)) == sorted(ecartpay_client.models.__all__)


def test_import_ecartpay_costs_what_import_ecartpay_auth_does() -> None:
    """`import ecartpay` (goal: at most 1.2x `import httpx`) loads the error tree and the
    low layer's light names; the rest waits for the first use of its name."""
    loaded = _loaded("import ecartpay")
    assert "ecartpay" in loaded
    assert sorted(set(_COLD) & loaded) == []
    assert {m for m in loaded if m.startswith("ecartpay.")} == set()
    for name, module in (
        ("webhooks", "ecartpay_auth.webhooks"),
        ("RedisTokenStore", "ecartpay_auth._redis_store"),
        ("FileTokenStore", "ecartpay_auth._file_store"),
    ):
        assert module in _loaded(f"from ecartpay import {name}")


def test_every_front_door_name_resolves_and_is_listed() -> None:
    for name in ecartpay.__all__:
        assert getattr(ecartpay, name) is not None, name
    assert set(ecartpay.__all__) <= set(dir(ecartpay))


def test_the_front_door_loads_a_resource_on_first_use() -> None:
    loaded = _loaded(
        "import ecartpay\n"
        "client = ecartpay.EcartPay('pub_aaaa', 'priv_bbbb', base_url='http://127.0.0.1:9')\n"
        "client.customers"
    )
    assert "ecartpay_client.resources.customers" in loaded
    assert "ecartpay_client.api.customers.create_customer" in loaded
    assert "ecartpay_client.resources.orders" not in loaded
    assert "ecartpay_client.api.orders.get_order" not in loaded
