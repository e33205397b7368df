"""`RedisTokenStore`: one token per key pair for a whole fleet (extra: ``ecartpay[redis]``).

Built on redis-py: the sync client for threads, `redis.asyncio` for the event loop (a
client per async session, so it works on any loop and across successive `asyncio.run()`),
and redis-py's own `Lock` (and its asyncio twin) for the fleet lease: ``SET NX PX`` with
an owner token, released by an owner-checked script, expiring by itself if its holder
dies. One Lua script reads the entry with its PTTL and, first, deletes the token that got
a 401 if it is still the stored one (compare-and-delete by its HMAC tag): one round trip.

Short socket timeouts and no client-side retries: a dead, paused or slow Redis costs one
short timeout, then the breaker sends minting local (see `_fleet`).
"""

from __future__ import annotations

import contextlib
import math
from collections.abc import AsyncIterator, Iterator
from contextlib import asynccontextmanager, contextmanager
from typing import TYPE_CHECKING, Any, TypeGuard
from urllib.parse import urlsplit

from ._constants import DEFAULT_LEASE_TIMEOUT, DEFAULT_REDIS_SOCKET_TIMEOUT, DEFAULT_STORE_COOLDOWN
from ._errors import ConfigurationError
from ._sealing import Sealer, entry_name
from ._shared import (
    AsyncSharedSession,
    Breaker,
    Entry,
    SharedSession,
    StoreUnavailable,
    threaded,
)

if TYPE_CHECKING:
    import redis
    import redis.asyncio

__all__ = ["DEFAULT_PREFIX", "RedisTokenStore"]

DEFAULT_PREFIX = "ecartpay:token:"

# KEYS[1]: the entry; ARGV[1]: the tag of a token to delete if stored ("" for none).
# Returns nil, or {record, pttl, seconds, microseconds} (the last two: Redis's TIME, the
# clock of the expiry sealed in the record).
_READ = """
local record = redis.call('GET', KEYS[1])
if not record then return nil end
if ARGV[1] ~= '' and string.sub(record, 1, string.len(ARGV[1])) == ARGV[1] then
  redis.call('DEL', KEYS[1])
  return nil
end
local now = redis.call('TIME')
return {record, redis.call('PTTL', KEYS[1]), now[1], now[2]}
"""


def _redis() -> Any:
    try:
        import redis
        import redis.asyncio
    except ImportError as exc:
        raise ConfigurationError(
            "RedisTokenStore needs redis-py: pip install 'ecartpay[redis]'"
        ) from exc
    return redis


def _no_retry(*, for_asyncio: bool = False) -> Any:
    """A failed command fails at once: the breaker, not the client, decides what next."""
    from redis.backoff import NoBackoff

    if for_asyncio:
        from redis.asyncio.retry import Retry as AsyncRetry

        return AsyncRetry(NoBackoff(), 0)
    from redis.retry import Retry

    return Retry(NoBackoff(), 0)


def _shown(url: str) -> str:
    """The URL without credentials, for repr and logs."""
    parts = urlsplit(url)
    host = parts.hostname or ""
    port = f":{parts.port}" if parts.port else ""
    return f"{parts.scheme}://{host}{port}{parts.path}"


class RedisTokenStore:
    """A token per key pair shared by every process that points at the same Redis.

    Build it with `RedisTokenStore.from_url("redis://host:6379/0")` (or ``rediss://``,
    ``unix://``), or from a `redis.Redis` you already have (plus, optionally, a
    `redis.asyncio.Redis` for async code; without one, async code runs the sync client
    in worker threads). Entries live under `prefix` + a hash of the target and the public
    key, sealed with AES-GCM; the private key never reaches Redis.

    A client of your own should have short socket timeouts (`from_url` uses 0.25 s and no
    client-side retries): a command is how long a dead Redis can hold a mint. When Redis
    fails, each process mints for itself until it is back (fail open).

    Args:
        client: A `redis.Redis` of yours.
        async_client: A `redis.asyncio.Redis` for async code (else the sync client runs
            in worker threads).
        prefix: The prefix of the store's keys in Redis.
        lease_timeout: Seconds before a crashed minter's lease expires by itself.
        cooldown: Seconds the store is skipped after it failed (then probed again).

    Raises:
        ecartpay.ConfigurationError: redis-py is not installed.

    Example:
        ```python
        store = ecartpay.RedisTokenStore.from_url("redis://redis.internal:6379/0")
        client = ecartpay.EcartPay(token_store=store)  # one mint for the whole fleet
        ```
    """

    def __init__(
        self,
        client: redis.Redis,
        *,
        async_client: redis.asyncio.Redis | None = None,
        prefix: str = DEFAULT_PREFIX,
        lease_timeout: float = DEFAULT_LEASE_TIMEOUT,
        cooldown: float = DEFAULT_STORE_COOLDOWN,
    ) -> None:
        _redis()
        self._client = client
        self._async_client = async_client
        self._url: str | None = None
        self._url_options: dict[str, Any] = {}
        self._prefix = prefix
        self._lease_timeout = lease_timeout
        self._breaker = Breaker(f"Redis token store {self._where()}", cooldown=cooldown)

    @classmethod
    def from_url(
        cls,
        url: str,
        *,
        prefix: str = DEFAULT_PREFIX,
        socket_timeout: float = DEFAULT_REDIS_SOCKET_TIMEOUT,
        lease_timeout: float = DEFAULT_LEASE_TIMEOUT,
        cooldown: float = DEFAULT_STORE_COOLDOWN,
        **redis_options: Any,
    ) -> RedisTokenStore:
        """A store on the Redis at `url`, with short timeouts and no client-side retry
        (a slow Redis must not hold up a payment: the SDK mints for itself instead).

        Args:
            url: `redis://`, `rediss://` (TLS) or `unix://`.
            prefix: The prefix of the store's keys in Redis.
            socket_timeout: Seconds for connecting and for each command.
            lease_timeout: Seconds before a crashed minter's lease expires by itself.
            cooldown: Seconds the store is skipped after it failed.
            **redis_options: More options for `redis.Redis.from_url`.

        Returns:
            The store.

        Raises:
            ecartpay.ConfigurationError: Not a Redis URL, or redis-py is not installed.

        Example:
            ```python
            store = ecartpay.RedisTokenStore.from_url("rediss://cache.example.com:6380/0")
            ```
        """
        redis = _redis()
        if urlsplit(url).scheme not in ("redis", "rediss", "unix"):
            raise ConfigurationError(
                f"a Redis URL starts with redis://, rediss:// or unix://, got {_shown(url)!r}"
            )
        options: dict[str, Any] = {
            "socket_timeout": socket_timeout,
            "socket_connect_timeout": socket_timeout,
            **redis_options,
        }
        try:
            client = redis.Redis.from_url(url, **{"retry": _no_retry(), **options})
        except ValueError as exc:
            raise ConfigurationError(f"bad Redis URL {_shown(url)!r}: {exc}") from None
        store = cls(client, prefix=prefix, lease_timeout=lease_timeout, cooldown=cooldown)
        store._url, store._url_options = url, options
        store._breaker = Breaker(f"Redis token store {_shown(url)}", cooldown=cooldown)
        return store

    def _where(self) -> str:
        kwargs = self._client.connection_pool.connection_kwargs
        if "path" in kwargs:
            return f"unix://{kwargs['path']}"
        return f"{kwargs.get('host', '?')}:{kwargs.get('port', '?')}/{kwargs.get('db', 0)}"

    @property
    def client(self) -> redis.Redis:
        """The redis-py client this store talks through.

        Example:
            ```python
            store.client.ping()
            ```
        """
        return self._client

    @property
    def breaker(self) -> Breaker:
        """The circuit breaker that skips Redis for a while after it failed.

        Example:
            ```python
            if store.breaker.tripped:
                log.warning("Redis unusable: each process mints its own token")
            ```
        """
        return self._breaker

    @property
    def lease_timeout(self) -> float:
        """Seconds a process may hold the mint lease before another may take it (so a
        crashed minter cannot stop the fleet minting).

        Example:
            ```python
            print(store.lease_timeout)
            ```
        """
        return self._lease_timeout

    def bind(self, *, base_url: str, public_key: str, private_key: str) -> _RedisSlot:
        """The slot of one account at one API: its key name from the URL and public key,
        its encryption key from the private key (which is not kept). The SDK calls it.

        Args:
            base_url: The API's base URL.
            public_key: The account's public key.
            private_key: The account's private key (not kept).

        Returns:
            The account's slot in Redis.

        Example:
            ```python
            slot = store.bind(base_url=auth.base_url, public_key=pub, private_key=priv)
            ```
        """

        name = entry_name(self._prefix, base_url, public_key)
        return _RedisSlot(self, name, Sealer(private_key=private_key, name=name))

    def __repr__(self) -> str:
        where = _shown(self._url) if self._url else self._where()
        return f"RedisTokenStore({where!r}, prefix={self._prefix!r})"

    def __getstate__(self) -> object:
        raise TypeError("RedisTokenStore holds a live connection and cannot be pickled")


class _RedisSlot:
    """One key pair's entry and lease in a `RedisTokenStore`."""

    def __init__(self, store: RedisTokenStore, name: str, sealer: Sealer) -> None:
        self._store = store
        self.name = name
        self.lease_name = f"{name}:lease"
        self._sealer = sealer

    @property
    def breaker(self) -> Breaker:
        return self._store.breaker

    @contextmanager
    def open(self) -> Iterator[SharedSession]:
        yield _SyncSession(self, self._store.client)

    @asynccontextmanager
    async def aopen(self) -> AsyncIterator[AsyncSharedSession]:
        store = self._store
        if store._async_client is not None:
            yield _AsyncSession(self, store._async_client)
        elif store._url is not None:
            redis = _redis()
            options = {"retry": _no_retry(for_asyncio=True), **store._url_options}
            client = redis.asyncio.Redis.from_url(store._url, **options)
            try:
                yield _AsyncSession(self, client)
            finally:
                with contextlib.suppress(Exception):
                    await client.aclose()
        else:  # only a sync client was given: keep the loop free with worker threads
            async with threaded(self.open) as session:
                yield session

    def decode(self, reply: Any) -> Entry | None:
        """The script's reply as an Entry; foreign, corrupt, immortal or expired entries
        are misses, and a reply of another shape (a client with `decode_responses`, a
        proxy that speaks Redis its own way) makes the store unavailable.

        An entry lives until the earlier of its PTTL and the expiry sealed in it (by
        Redis's clock): a record copied back with a fresh TTL is not believed beyond it.
        """
        if not reply:
            return None
        if not (isinstance(reply, list | tuple) and len(reply) == 4):
            raise StoreUnavailable("Redis: a reply of an unexpected shape")
        record, pttl, seconds, micros = reply
        if not (
            isinstance(record, bytes)
            and isinstance(pttl, int)
            and isinstance(seconds, bytes | int)
            and isinstance(micros, bytes | int)
        ):
            raise StoreUnavailable("Redis: a reply of an unexpected shape")
        try:
            now = int(seconds) + int(micros) / 1e6
        except ValueError:
            raise StoreUnavailable("Redis: a reply of an unexpected shape") from None
        payload = self._sealer.open(record)
        expires = payload.get("expires") if payload is not None else None
        if payload is None or pttl <= 0 or not _finite(expires):
            return None
        remaining = min(pttl / 1000.0, expires - now)
        return Entry(value=payload["token"], remaining=remaining) if remaining > 0 else None

    def lease(self, client: Any) -> Any:
        """redis-py's `Lock` (sync or asyncio, after `client`) on this entry's lease key."""
        return client.lock(
            self.lease_name,
            timeout=self._store.lease_timeout,
            blocking=False,
            thread_local=False,  # async sessions over threads may release from another one
        )

    def discard_tag(self, discard: str | None) -> str:
        return self._sealer.tag(discard) + "." if discard else ""

    def record(self, value: str, *, now: tuple[int, int], remaining: float) -> bytes:
        """`value` sealed with its absolute expiry by Redis's clock (`now`: its TIME)."""
        seconds, micros = now
        return self._sealer.seal(value, expires=seconds + micros / 1e6 + remaining)

    def __repr__(self) -> str:
        return f"RedisTokenSlot({self.name!r})"


def _finite(value: object) -> TypeGuard[float]:
    """A number of seconds: an int or a finite float, never a bool."""
    return isinstance(value, int | float) and not isinstance(value, bool) and math.isfinite(value)


def _failure(exc: BaseException) -> StoreUnavailable:
    return StoreUnavailable(f"Redis: {type(exc).__name__}")


class _SyncSession:
    def __init__(self, slot: _RedisSlot, client: redis.Redis) -> None:
        self._slot = slot
        self._client = client
        self._script = client.register_script(_READ)
        self._lease: Any = None

    def read(self, discard: str | None) -> Entry | None:
        try:
            reply = self._script(keys=[self._slot.name], args=[self._slot.discard_tag(discard)])
        except Exception as exc:
            raise _failure(exc) from exc
        return self._slot.decode(reply)

    def try_lease(self) -> bool:
        lease = self._slot.lease(self._client)
        try:
            taken = bool(lease.acquire(blocking=False))
        except Exception as exc:
            raise _failure(exc) from exc
        self._lease = lease if taken else None
        return taken

    def write(self, value: str, remaining: float) -> None:
        if remaining <= 0:
            return
        try:
            record = self._slot.record(value, now=self._client.time(), remaining=remaining)
            self._client.set(self._slot.name, record, px=int(remaining * 1000))
        except Exception as exc:
            raise _failure(exc) from exc

    def release(self) -> None:
        lease, self._lease = self._lease, None
        if lease is None:
            return
        from redis.exceptions import LockError

        try:
            lease.release()
        except LockError:  # it expired meanwhile (a slow mint): nothing of ours to release
            pass
        except Exception as exc:
            raise _failure(exc) from exc


class _AsyncSession:
    def __init__(self, slot: _RedisSlot, client: redis.asyncio.Redis) -> None:
        self._slot = slot
        self._client = client
        self._script = client.register_script(_READ)
        self._lease: Any = None

    async def read(self, discard: str | None) -> Entry | None:
        try:
            reply = await self._script(
                keys=[self._slot.name], args=[self._slot.discard_tag(discard)]
            )
        except Exception as exc:
            raise _failure(exc) from exc
        return self._slot.decode(reply)

    async def try_lease(self) -> bool:
        lease = self._slot.lease(self._client)
        try:
            taken = bool(await lease.acquire(blocking=False))
        except Exception as exc:
            raise _failure(exc) from exc
        self._lease = lease if taken else None
        return taken

    async def write(self, value: str, remaining: float) -> None:
        if remaining <= 0:
            return
        try:
            now = await self._client.time()
            record = self._slot.record(value, now=now, remaining=remaining)
            await self._client.set(self._slot.name, record, px=int(remaining * 1000))
        except Exception as exc:
            raise _failure(exc) from exc

    async def release(self) -> None:
        lease, self._lease = self._lease, None
        if lease is None:
            return
        from redis.exceptions import LockError

        try:
            await lease.release()
        except LockError:
            pass
        except Exception as exc:
            raise _failure(exc) from exc
