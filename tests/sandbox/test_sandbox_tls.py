"""HTTPS with certificate verification on, using the sandbox's throw-away CA."""

from __future__ import annotations

import ssl
from pathlib import Path

import httpx
import pytest

from ecartpay_auth import TOKEN_PATH
from ecartpay_sandbox import RunningSandbox, SandboxControl, running_sandbox


def test_https_with_the_printed_ca_verifies(tls_sandbox: RunningSandbox) -> None:
    assert tls_sandbox.base_url.startswith("https://127.0.0.1:")
    assert tls_sandbox.ca_file is not None
    assert "BEGIN CERTIFICATE" in Path(tls_sandbox.ca_file).read_text()
    context = ssl.create_default_context(cafile=tls_sandbox.ca_file)
    assert context.verify_mode == ssl.CERT_REQUIRED
    assert context.check_hostname
    with httpx.Client(base_url=tls_sandbox.base_url, verify=context) as client:
        keys = (tls_sandbox.public_key, tls_sandbox.private_key)
        token = client.post(TOKEN_PATH, auth=keys).json()["token"]
        listed = client.get("/api/customers", headers={"Authorization": token})
        assert listed.status_code == 200


def test_https_without_the_ca_fails_verification(tls_sandbox: RunningSandbox) -> None:
    with (
        httpx.Client(base_url=tls_sandbox.base_url) as client,
        pytest.raises(httpx.ConnectError, match="CERTIFICATE_VERIFY_FAILED"),
    ):
        client.post(TOKEN_PATH)


def test_the_certificate_names_localhost_too(tls_sandbox: RunningSandbox) -> None:
    port = tls_sandbox.base_url.rsplit(":", 1)[1]
    with httpx.Client(verify=tls_sandbox.verify) as client:
        response = client.post(f"https://localhost:{port}{TOKEN_PATH}")
    assert response.status_code == 401


def test_drop_faults_work_over_tls(tls_sandbox: RunningSandbox) -> None:
    with SandboxControl(tls_sandbox.base_url, verify=tls_sandbox.ca_file or False) as control:
        control.add_fault(kind="drop", match="token")
        with (
            httpx.Client(base_url=tls_sandbox.base_url, verify=tls_sandbox.verify) as client,
            pytest.raises(httpx.RemoteProtocolError),
        ):
            client.post(TOKEN_PATH)
        assert control.stats().dropped >= 1


def test_the_ca_file_is_removed_when_the_sandbox_stops() -> None:
    with running_sandbox(tls=True) as sb:
        assert sb.ca_file is not None
        ca_file = Path(sb.ca_file)
        assert ca_file.exists()
    assert not ca_file.exists()
