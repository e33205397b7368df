"""Helpers of the fleet tests: JWTs, a counting minter, and stores on real backends."""

from __future__ import annotations

import itertools
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager

import jwt

from ecartpay_auth import RedisTokenStore, SharedTokenStore, Token
from ecartpay_auth._fleet import FleetMinter
from ecartpay_auth._shared import SharedSlot

PUBLIC = "pub7e57aaaaaaaaaaaaaaaa0001"
PRIVATE = "priv7e57bbbbbbbbbbbbbbbb0001"
BASE_URL = "http://127.0.0.1:1"
# Tests of a healthy Redis must not hinge on how fast it answers on a loaded machine: the
# stores' short default socket timeout belongs to the fault tests, which set their own.
HEALTHY_TIMEOUT = 5.0
# What a fault test waits out on a frozen or paused Redis: only ever the timeout of a
# command that cannot be answered, never one a healthy server must beat (see `impatient`).
FAULT_TIMEOUT = 0.2
_serial = itertools.count()


def make_jwt(lifetime: int = 3600, *, iat: int | None = None) -> str:
    issued = int(time.time()) if iat is None else iat
    claims = {"id": f"t{next(_serial)}", "account_id": "acc", "iat": issued}
    claims["exp"] = issued + lifetime
    return jwt.encode(claims, "test-secret-" + "x" * 60, algorithm="HS512")


class CountingMinter:
    """Stands for the token endpoint: counts mints; `gate` can hold them."""

    def __init__(self, lifetime: int = 3600) -> None:
        self.lifetime = lifetime
        self.count = 0
        self.gate = threading.Event()
        self.gate.set()
        self._lock = threading.Lock()

    def mint_sync(self) -> Token:
        self.gate.wait(30)
        with self._lock:
            self.count += 1
        return Token.from_value(make_jwt(self.lifetime), refresh_margin=300)

    async def mint_async(self) -> Token:
        with self._lock:
            self.count += 1
        return Token.from_value(make_jwt(self.lifetime), refresh_margin=300)


def token_parts(value: str) -> list[str]:
    """The token and each of its JWT segments: none may appear at rest."""
    return [value, *value.split(".")]


def fleet_minter(target: SharedTokenStore | SharedSlot, minter: CountingMinter) -> FleetMinter:
    """A process's fleet minter on `target` (a store, bound to the test keys, or a slot)."""
    if isinstance(target, SharedTokenStore):
        target = target.bind(base_url=BASE_URL, public_key=PUBLIC, private_key=PRIVATE)
    return FleetMinter(
        target,
        mint_sync=minter.mint_sync,
        mint_async=minter.mint_async,
        refresh_margin=300,
        wait_limit=30,
    )


def set_timeouts(store: RedisTokenStore, seconds: float) -> None:
    """The socket timeouts of the store's (sync) connections from its next command on."""
    pool = store.client.connection_pool
    pool.connection_kwargs.update(socket_timeout=seconds, socket_connect_timeout=seconds)
    pool.disconnect()  # a connection keeps the timeouts it was made with: close them all
    pool.reset()  # and forget them, so that the next command makes a new one


@contextmanager
def impatient(store: RedisTokenStore) -> Iterator[None]:
    """FAULT_TIMEOUT for the block (a frozen or paused Redis is given up on quickly),
    HEALTHY_TIMEOUT after it (a healthy Redis is never held to FAULT_TIMEOUT)."""
    set_timeouts(store, FAULT_TIMEOUT)
    try:
        yield
    finally:
        set_timeouts(store, HEALTHY_TIMEOUT)
