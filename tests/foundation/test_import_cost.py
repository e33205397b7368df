"""What an import loads: counted in a fresh interpreter, never timed.

`make bench` measures the time (bench/import_time.py); these tests pin the structure that
keeps it low: one endpoint loads its own models only, and `ecartpay_auth` leaves the
webhook machinery (and the event models) for the first use of `ecartpay_auth.webhooks`.
"""

from __future__ import annotations

import json
import subprocess
import sys

import ecartpay_client.models


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


def test_ecartpay_auth_leaves_webhooks_for_their_first_use() -> None:
    loaded = _loaded("import ecartpay_auth")
    assert "ecartpay_auth" in loaded
    assert "ecartpay_auth.webhooks" not in loaded
    assert "tenacity" not in loaded
    used = _loaded("import ecartpay_auth\necartpay_auth.webhooks.verify")
    assert "ecartpay_auth.webhooks" in used


def test_every_model_is_importable_by_name() -> None:
    for name in ecartpay_client.models.__all__:
        assert getattr(ecartpay_client.models, name).__name__ == name
    assert sorted(dir(ecartpay_client.models)) == sorted(ecartpay_client.models.__all__)
