"""`ecartpay-auth webhooks sign | verify`, secret from the environment.

One round trip runs the real console entry point in a subprocess; the other cases call the
same `main()` in process (a subprocess costs most of a second on a loaded machine).
"""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest

from ._cli_runner import run_cli as _run
from .conftest import SECRET


def _subprocess(*args: str, stdin: bytes) -> subprocess.CompletedProcess[bytes]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("ECARTPAY_")}
    env["HOOK_SECRET"] = SECRET
    return subprocess.run(
        [sys.executable, "-m", "ecartpay_auth", "webhooks", *args],
        input=stdin,
        capture_output=True,
        env=env,
        timeout=60,
        check=False,
    )


@pytest.fixture(autouse=True)
def _secret_env(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in [k for k in os.environ if k.startswith("ECARTPAY_")]:
        monkeypatch.delenv(name)
    monkeypatch.setenv("HOOK_SECRET", SECRET)


def test_the_console_entry_point_signs_and_verifies() -> None:
    made = _subprocess("sign", "orders.update", "--secret-env", "HOOK_SECRET", stdin=b'{"a": 1.0}')
    assert made.returncode == 0, made.stderr
    assert made.stdout.endswith(b'{"event":"orders.update","data":{"a":1}}')
    checked = _subprocess("verify", "--secret-env", "HOOK_SECRET", stdin=made.stdout)
    assert checked.returncode == 0, checked.stderr
    assert SECRET.encode() not in made.stdout + checked.stdout + checked.stderr


def _signed(data: object = None) -> bytes:
    data = data if data is not None else {"id": "65a1b2c3d4e5f60718293b5c", "fee": 1e-7}
    made = _run(
        "sign",
        "orders.update",
        "--secret-env",
        "HOOK_SECRET",
        "--webhook-id",
        "hook_1",
        stdin=json.dumps(data).encode(),
    )
    assert made.returncode == 0, made.stderr
    return made.stdout


def test_sign_then_verify_round_trips_without_printing_the_secret() -> None:
    delivery = _signed()
    assert b'"fee":1e-7' in delivery
    assert b"x-pay-webhook-id: hook_1\r\n" in delivery
    checked = _run("verify", "--secret-env", "HOOK_SECRET", stdin=delivery)
    assert checked.returncode == 0, checked.stderr
    out = checked.stdout.decode()
    assert "orders.update" in out
    assert "the raw data bytes" in out
    assert "hook_1" in out
    assert SECRET.encode() not in delivery + checked.stdout + checked.stderr


def test_verify_says_why_a_delivery_fails() -> None:
    delivery = _signed()
    tampered = _run(
        "verify", "--secret-env", "HOOK_SECRET", stdin=delivery.replace(b"1e-7", b"2e-7")
    )
    assert tampered.returncode == 1
    assert b"signature_mismatch" in tampered.stderr
    assert b"raw" in tampered.stderr
    rotated = _run("verify", "--secret-env", "OTHER", "--secret-env", "HOOK_SECRET", stdin=delivery)
    assert rotated.returncode == 2
    assert b"$OTHER" in rotated.stderr


def test_old_saved_deliveries_fail_on_time_unless_told_to_ignore_it() -> None:
    made = _run(
        "sign",
        "orders.create",
        "--secret-env",
        "HOOK_SECRET",
        "--timestamp",
        "1700000000000",
        stdin=b'{"id": "1"}',
    )
    stale = _run("verify", "--secret-env", "HOOK_SECRET", stdin=made.stdout)
    assert stale.returncode == 1
    assert b"timestamp_too_old" in stale.stderr
    assert b"signature is valid" in stale.stderr
    ok = _run("verify", "--secret-env", "HOOK_SECRET", "--ignore-time", "--json", stdin=made.stdout)
    assert ok.returncode == 0
    assert json.loads(ok.stdout) == {"event": "orders.create", "data": {"id": "1"}}


def test_lf_dumps_without_a_request_line_and_usage_errors() -> None:
    delivery = _signed().replace(b"\r\n", b"\n").split(b"\n", 1)[1]  # no request line, LF ends
    assert _run("verify", "--secret-env", "HOOK_SECRET", stdin=delivery).returncode == 0
    no_secret = _run("verify", stdin=delivery)  # $ECARTPAY_WEBHOOK_SECRET unset
    assert no_secret.returncode == 2
    assert b"ECARTPAY_WEBHOOK_SECRET" in no_secret.stderr
    no_blank = _run("verify", "--secret-env", "HOOK_SECRET", stdin=b"x-pay-timestamp: 1")
    assert no_blank.returncode == 2
    assert b"blank line" in no_blank.stderr
    bad_data = _run("sign", "orders.update", "--secret-env", "HOOK_SECRET", stdin=b"{nope")
    assert bad_data.returncode == 2
    assert b"JSON" in bad_data.stderr
