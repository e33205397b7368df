"""Target selection: local by default, vendor sandbox on request, production refused."""

from __future__ import annotations

from pathlib import Path

import pytest

from contract_tests.harness.target import (
    Target,
    TargetError,
    TargetKind,
    classify_url,
    is_loopback,
    select_target,
)

KEYS = {"ECARTPAY_PUBLIC_KEY": "pub_visible_one", "ECARTPAY_PRIVATE_KEY": "priv_secret_two"}


def test_no_configuration_means_the_local_sandbox() -> None:
    target = select_target({})
    assert target.kind is TargetKind.LOCAL
    assert target.base_url is None
    assert target.public_key is None
    assert not target.tls
    assert not target.read_only
    assert target.may_record


def test_tls_is_passed_to_the_local_sandbox() -> None:
    assert select_target({}, tls=True).tls


def test_keys_without_a_url_are_ignored_with_a_note() -> None:
    target = select_target(dict(KEYS))
    assert target.kind is TargetKind.LOCAL
    assert target.public_key is None
    assert any("ignored" in note for note in target.notes)


def test_vendor_sandbox_with_both_keys() -> None:
    env = {"ECARTPAY_BASE_URL": "https://sandbox.ecartpay.com/", **KEYS}
    target = select_target(env)
    assert target == Target(
        TargetKind.SANDBOX, "https://sandbox.ecartpay.com", "pub_visible_one", "priv_secret_two"
    )
    assert not target.read_only


def test_loopback_url_is_a_sandbox() -> None:
    target = select_target({"ECARTPAY_BASE_URL": "http://127.0.0.1:8765", **KEYS})
    assert target.kind is TargetKind.SANDBOX


@pytest.mark.parametrize(
    ("env", "missing"),
    [
        ({"ECARTPAY_BASE_URL": "https://sandbox.ecartpay.com"}, "ECARTPAY_PUBLIC_KEY"),
        ({"ECARTPAY_PUBLIC_KEY": "pub_x"}, "ECARTPAY_PRIVATE_KEY is not"),
        ({"ECARTPAY_PRIVATE_KEY": "priv_x"}, "ECARTPAY_PUBLIC_KEY is not"),
        (
            {"ECARTPAY_BASE_URL": "https://sandbox.ecartpay.com", "ECARTPAY_PUBLIC_KEY": "p"},
            "ECARTPAY_PRIVATE_KEY is not",
        ),
    ],
)
def test_half_a_configuration_fails_at_once_naming_what_is_missing(
    env: dict[str, str], missing: str
) -> None:
    with pytest.raises(TargetError, match=missing):
        select_target(env)


@pytest.mark.parametrize(
    "url", ["https://ecartpay.com", "https://api.ecartpay.com", "https://10.0.0.5:8443"]
)
def test_production_is_refused_without_the_override(url: str) -> None:
    with pytest.raises(TargetError, match="ECARTPAY_ALLOW_PRODUCTION=1") as info:
        select_target({"ECARTPAY_BASE_URL": url, **KEYS})
    assert "priv_secret_two" not in str(info.value)


def test_production_with_the_override_is_read_only() -> None:
    env = {"ECARTPAY_BASE_URL": "https://ecartpay.com", "ECARTPAY_ALLOW_PRODUCTION": "1", **KEYS}
    target = select_target(env)
    assert target.kind is TargetKind.PRODUCTION
    assert target.read_only
    assert not target.may_record


def test_override_must_be_exactly_1() -> None:
    env = {"ECARTPAY_BASE_URL": "https://ecartpay.com", "ECARTPAY_ALLOW_PRODUCTION": "yes", **KEYS}
    with pytest.raises(TargetError):
        select_target(env)


@pytest.mark.parametrize(
    ("url", "message"),
    [
        ("sandbox.ecartpay.com", "http\\(s\\) URL"),
        ("ftp://sandbox.ecartpay.com", "http\\(s\\) URL"),
        ("http://sandbox.ecartpay.com", "clear text"),
        ("https://sandbox.ecartpay.com/api", "origin only"),
        ("https://pub:priv@sandbox.ecartpay.com", "must not carry credentials"),
    ],
)
def test_malformed_or_cleartext_urls_are_refused(url: str, message: str) -> None:
    with pytest.raises(TargetError, match=message):
        select_target({"ECARTPAY_BASE_URL": url, **KEYS})


def test_custom_ca_file(tmp_path: Path) -> None:
    ca = tmp_path / "ca.pem"
    ca.write_text("-----BEGIN CERTIFICATE-----\n")
    env = {"ECARTPAY_BASE_URL": "https://sandbox.ecartpay.com", "ECARTPAY_CA_FILE": str(ca), **KEYS}
    assert select_target(env).ca_file == str(ca)
    with pytest.raises(TargetError, match="ECARTPAY_CA_FILE"):
        select_target({**env, "ECARTPAY_CA_FILE": str(tmp_path / "missing.pem")})


def test_repr_never_shows_a_key() -> None:
    target = select_target({"ECARTPAY_BASE_URL": "https://sandbox.ecartpay.com", **KEYS})
    assert "secret_two" not in repr(target)
    assert "visible_one" not in repr(target)
    assert "secret_two" not in target.describe()


@pytest.mark.parametrize(
    ("host", "expected"),
    [
        ("localhost", True),
        ("127.0.0.1", True),
        ("127.9.9.9", True),
        ("::1", True),
        ("[::1]", True),
        ("10.0.0.1", False),
        ("sandbox.ecartpay.com", False),
    ],
)
def test_is_loopback(host: str, expected: bool) -> None:
    assert is_loopback(host) is expected


@pytest.mark.parametrize(
    ("url", "kind"),
    [
        ("https://sandbox.ecartpay.com", TargetKind.SANDBOX),
        ("https://SANDBOX.ecartpay.com", TargetKind.SANDBOX),
        ("http://localhost:1234", TargetKind.SANDBOX),
        ("https://ecartpay.com", TargetKind.PRODUCTION),
        ("https://sandbox-ecartpay.com", TargetKind.PRODUCTION),
        ("https://ecartpay.com.sandbox.evil", TargetKind.PRODUCTION),
    ],
)
def test_classify_url(url: str, kind: TargetKind) -> None:
    assert classify_url(url) is kind
