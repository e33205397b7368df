"""Attack: put a shared token store in a state it was not written in (a reply of another
shape, a file nested too deep, a FIFO, a symlink, another user's file, a huge file, a
dangling symlink as the lock), so that minting crashes, hangs, exhausts memory, trusts
a file someone else controls or creates a file elsewhere. Each must count as the store
being unavailable: the breaker opens and the token is minted in this process."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

import ecartpay_auth
from contract_tests.redis_server import RedisServer
from ecartpay_auth._constants import MAX_STORE_FILE_BYTES
from ecartpay_sandbox import RunningSandbox
from tests._deep_json import DEEP
from tests.auth._support import minted

Store = ecartpay_auth.FileTokenStore | ecartpay_auth.RedisTokenStore


def _mints_locally(sandbox: RunningSandbox, store: Store) -> None:
    """A token is minted here, once, and the store counts as unavailable."""
    auth = ecartpay_auth.EcartPayAuth(
        sandbox.public_key, sandbox.private_key, base_url=sandbox.base_url, token_store=store
    )
    assert auth.get_token()
    assert minted(sandbox) == 1
    assert store.breaker.failures == 1
    assert store.breaker.tripped


def test_a_redis_reply_of_another_shape(sandbox: RunningSandbox, redis_server: RedisServer) -> None:
    # A client that decodes replies to str, and an entry that is valid UTF-8 text.
    store = ecartpay_auth.RedisTokenStore(redis_server.client(decode_responses=True))
    slot = store.bind(
        base_url=sandbox.base_url, public_key=sandbox.public_key, private_key=sandbox.private_key
    )
    redis_server.client().set(slot.name, b"0123abcd.ecp1 not a sealed record")
    _mints_locally(sandbox, store)


def test_a_store_file_nested_too_deep(sandbox: RunningSandbox, tmp_path: Path) -> None:
    path = tmp_path / "tokens.json"
    path.write_text('{"entries": ' + DEEP + "}")
    _mints_locally(sandbox, ecartpay_auth.FileTokenStore(path))


def test_a_store_file_that_is_a_fifo(sandbox: RunningSandbox, tmp_path: Path) -> None:
    path = tmp_path / "tokens.json"
    os.mkfifo(path)  # opening it to read would wait for a writer forever
    _mints_locally(sandbox, ecartpay_auth.FileTokenStore(path))


def test_a_store_file_that_is_a_symlink(sandbox: RunningSandbox, tmp_path: Path) -> None:
    # Another store's file, with a live token in it: reached through a link, not adopted.
    elsewhere = ecartpay_auth.FileTokenStore(tmp_path / "elsewhere.json")
    ecartpay_auth.EcartPayAuth(
        sandbox.public_key, sandbox.private_key, base_url=sandbox.base_url, token_store=elsewhere
    ).get_token()
    before = elsewhere.path.read_bytes()
    (tmp_path / "tokens.json").symlink_to(elsewhere.path)
    sandbox.control.reset()  # count this process's mints only
    _mints_locally(sandbox, ecartpay_auth.FileTokenStore(tmp_path / "tokens.json"))
    assert elsewhere.path.read_bytes() == before
    assert (tmp_path / "tokens.json").is_symlink()


@pytest.mark.skipif(
    not hasattr(os, "geteuid") or os.geteuid() != 0,
    reason="giving a file to another user takes root (the suite runs as root in CI)",
)
def test_a_store_file_owned_by_another_user(sandbox: RunningSandbox, tmp_path: Path) -> None:
    path = tmp_path / "tokens.json"
    path.write_text('{"version": 1, "entries": {}}')
    os.chown(path, 65534, 65534)  # nobody
    _mints_locally(sandbox, ecartpay_auth.FileTokenStore(path))
    assert path.stat().st_uid == 65534


def test_a_store_file_larger_than_the_cap(sandbox: RunningSandbox, tmp_path: Path) -> None:
    path = tmp_path / "tokens.json"
    with path.open("wb") as huge:
        huge.truncate(MAX_STORE_FILE_BYTES + 1)  # sparse: costs no disk
    _mints_locally(sandbox, ecartpay_auth.FileTokenStore(path))
    assert path.stat().st_size == MAX_STORE_FILE_BYTES + 1


def test_a_dangling_symlink_as_the_lock_file_does_not_create_its_target(
    sandbox: RunningSandbox, tmp_path: Path
) -> None:
    path = tmp_path / "tokens.json"
    target = tmp_path / "victim" / "created-by-the-sdk"
    target.parent.mkdir()
    Path(f"{path}.lock").symlink_to(target)
    _mints_locally(sandbox, ecartpay_auth.FileTokenStore(path))
    assert not target.exists()
    assert list(target.parent.iterdir()) == []
