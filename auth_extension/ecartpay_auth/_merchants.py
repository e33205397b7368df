"""`MerchantAuths`: one `EcartPayAuth` per merchant, for a platform serving thousands.

Every merchant gets its own token source (so its own single flight: two merchants never
wait on each other's mint, and one merchant never mints twice at once), built from one
template auth: the target, timeout, retry policy and TLS context are shared, never copied.
With a `SharedTokenStore` (Redis, file), each merchant's token lives in its own entry
(keyed by a hash of the target and the public key, sealed with a key derived from the
private key, as for a single auth), so a fleet mints once per merchant per token lifetime.

Memory is bounded: beyond `max_merchants`, the least recently used merchant with no mint
in progress is dropped from memory (its token stays in the shared store, if there is one).
Refresh margins are jittered per token, so merchants minted in the same second do not all
refresh in the same second.
"""

from __future__ import annotations

import hmac
import itertools
import random
import threading
import time
from collections import OrderedDict
from collections.abc import Callable

import httpx

from ._auth import EcartPayAuth
from ._config import VerifyTypes
from ._constants import (
    DEFAULT_MAX_MERCHANTS,
    DEFAULT_REFRESH_JITTER,
    DEFAULT_REFRESH_MARGIN,
    DEFAULT_TIMEOUT,
)
from ._errors import ConfigurationError
from ._retry import RetryPolicy
from ._shared import SharedTokenStore

__all__ = ["MerchantAuths"]

# Placeholder keys of the template auth: it never mints (each merchant's auth has its own).
_TEMPLATE_PUBLIC = "pub-template-of-a-merchant-pool"
_TEMPLATE_PRIVATE = "priv-template-of-a-merchant-pool"
# How many of the oldest merchants an insert looks at for one that is idle.
_EVICTION_SCAN = 8


def _number(value: object, name: str, *, minimum: float = 0.0) -> float:
    if isinstance(value, bool) or not isinstance(value, int | float) or not value >= minimum:
        raise ConfigurationError(f"{name} must be a number >= {minimum:g}, got {value!r}")
    return float(value)


class MerchantAuths:
    """Per-merchant `EcartPayAuth` objects over shared settings, at most `max_merchants`
    of them in memory: what `ecartpay.MerchantPool` is built on, for httpx code of your
    own that acts for many merchants.

    `auth(public_key, private_key)` answers the merchant's auth (the same object while it
    stays in memory). Thread-safe; the auths serve sync and async clients alike.

    Args:
        environment: `"sandbox"` (the default) or `"production"`.
        base_url: The API's base URL (wins over `environment`).
        token_store: None (this process's memory) or a shared store (`RedisTokenStore`,
            `FileTokenStore`): one mint per merchant for the whole fleet.
        max_merchants: Merchants kept in memory; beyond it the least recently used idle
            one is dropped.
        refresh_margin: Seconds before expiry at which a token is refreshed.
        refresh_jitter: Up to this many seconds more, at random, so that merchants
            minted together do not refresh together.
        retry_policy: How the token endpoint is retried.
        timeout: Seconds (or an `httpx.Timeout`) for the token request.
        verify: TLS verification (bool, CA file or `ssl.SSLContext`).
        clock: The monotonic clock of the token schedules (a seam for tests).

    Raises:
        ecartpay.ConfigurationError: A store that is not shared, `max_merchants` below
            1, or a bad setting.

    Example:
        ```python
        merchants = ecartpay_auth.MerchantAuths(max_merchants=5_000)
        auth = merchants.auth(creds.public_key, creds.private_key)
        httpx.get(f"{auth.base_url}/api/orders/{order_id}", auth=auth)
        ```
    """

    def __init__(
        self,
        *,
        environment: str | None = None,
        base_url: str | None = None,
        token_store: SharedTokenStore | None = None,
        max_merchants: int = DEFAULT_MAX_MERCHANTS,
        refresh_margin: float = DEFAULT_REFRESH_MARGIN,
        refresh_jitter: float = DEFAULT_REFRESH_JITTER,
        retry_policy: RetryPolicy | None = None,
        timeout: float | httpx.Timeout | None = DEFAULT_TIMEOUT,
        verify: VerifyTypes = True,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        if token_store is not None and not isinstance(token_store, SharedTokenStore):
            raise ConfigurationError(
                "a merchant pool keeps one token per merchant: token_store must be a shared "
                "store (RedisTokenStore, FileTokenStore) or None (this process's memory), "
                f"not {type(token_store).__name__}"
            )
        if isinstance(max_merchants, bool) or not isinstance(max_merchants, int):
            raise ConfigurationError(f"max_merchants must be an int, got {max_merchants!r}")
        if max_merchants < 1:
            raise ConfigurationError(f"max_merchants must be at least 1, got {max_merchants}")
        self._jitter = _number(refresh_jitter, "refresh_jitter")
        self._template = EcartPayAuth(
            _TEMPLATE_PUBLIC,
            _TEMPLATE_PRIVATE,
            environment=environment,
            base_url=base_url,
            refresh_margin=refresh_margin,
            retry_policy=retry_policy,
            timeout=timeout,
            verify=verify,
            clock=clock,
        )
        self._margin = float(refresh_margin)
        self._store = token_store
        self._clock = clock
        self._max = max_merchants
        self._lock = threading.Lock()
        self._auths: OrderedDict[str, EcartPayAuth] = OrderedDict()
        self.evicted = 0  # counted for tests and the bench

    # -- settings shared by every merchant -------------------------------------------------

    @property
    def template(self) -> EcartPayAuth:
        """The settings every merchant's auth shares (target, timeout, retries, TLS).

        Example:
            ```python
            print(merchants.template.base_url)
            ```
        """
        return self._template

    @property
    def token_store(self) -> SharedTokenStore | None:
        """The store the merchants' tokens are shared through (None: this process only).

        Example:
            ```python
            shared = merchants.token_store is not None
            ```
        """
        return self._store

    @property
    def max_merchants(self) -> int:
        """How many merchants are kept at once (beyond it, the least recently used idle one
        is dropped).

        Example:
            ```python
            assert len(merchants) <= merchants.max_merchants
            ```
        """
        return self._max

    def _jittered_margin(self) -> float:
        return self._margin + random.uniform(0.0, self._jitter)

    # -- merchants -------------------------------------------------------------------------

    def auth(self, public_key: str, private_key: str) -> EcartPayAuth:
        """The merchant's auth: its own token and single flight, the shared settings.
        Asked again with the same keys, the same object (and token) comes back; with a
        rotated private key, a new one.

        Args:
            public_key: The merchant's public key.
            private_key: The merchant's private key.

        Returns:
            The merchant's `EcartPayAuth`.

        Raises:
            ecartpay.ConfigurationError: A malformed key.

        Example:
            ```python
            auth = merchants.auth(creds.public_key, creds.private_key)
            assert merchants.auth(creds.public_key, creds.private_key) is auth
            ```
        """

        with self._lock:
            auth = self._auths.get(public_key)
            if auth is not None and _same_key(auth, private_key):
                self._auths.move_to_end(public_key)
                return auth
        fresh = EcartPayAuth._sharing(
            self._template,
            public_key,
            private_key,
            token_store=self._store,
            margin=self._jittered_margin if self._jitter else self._margin,
            clock=self._clock,
        )
        with self._lock:
            auth = self._auths.get(public_key)
            if auth is not None and _same_key(auth, private_key):  # another thread won
                self._auths.move_to_end(public_key)
                return auth
            self._auths[public_key] = fresh  # new, or the keys were rotated
            self._auths.move_to_end(public_key)
            self._evict()
        return fresh

    def _evict(self) -> None:
        """Drop least recently used idle merchants while over the bound (under the lock).

        Only a few of the oldest are looked at: a merchant in the middle of a mint is
        skipped (dropping it would let a second mint start), and if all of those are
        busy the pool runs over its bound until a later insert."""
        while len(self._auths) > self._max:
            for key in list(itertools.islice(self._auths, _EVICTION_SCAN)):
                if not self._auths[key]._minting():
                    del self._auths[key]
                    self.evicted += 1
                    break
            else:
                return

    def __len__(self) -> int:
        return len(self._auths)

    def __contains__(self, public_key: object) -> bool:
        return public_key in self._auths

    def forget(self, public_key: str) -> bool:
        """Drop a merchant (disconnected, keys revoked): its token is forgotten here; a
        shared store keeps it until it expires.

        Args:
            public_key: The merchant's public key.

        Returns:
            True if the merchant was in memory.

        Example:
            ```python
            merchants.forget(creds.public_key)
            ```
        """

        with self._lock:
            auth = self._auths.pop(public_key, None)
        if auth is None:
            return False
        auth.forget()
        return True

    def __repr__(self) -> str:
        return (
            f"MerchantAuths(base_url={self._template.base_url!r}, merchants={len(self)}, "
            f"max_merchants={self._max})"
        )

    def __getstate__(self) -> object:
        raise TypeError("MerchantAuths holds secrets and cannot be pickled")


def _same_key(auth: EcartPayAuth, private_key: str) -> bool:
    return hmac.compare_digest(auth._private_key.encode(), private_key.encode())
