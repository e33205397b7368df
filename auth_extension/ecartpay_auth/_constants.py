"""Every default and fixed fact of the package, written once.

The library, its CLI and the tests read these names, so a default cannot drift between
them. Exported from `ecartpay_auth` for users who want to build on the same values.
"""

from __future__ import annotations

from typing import Final

import httpx

__all__ = [
    "DEFAULT_BACKOFF",
    "DEFAULT_LIFETIME",
    "DEFAULT_MAX_BACKOFF",
    "DEFAULT_MAX_MERCHANTS",
    "DEFAULT_MAX_RETRIES",
    "DEFAULT_MAX_RETRY_AFTER",
    "DEFAULT_REFRESH_JITTER",
    "DEFAULT_REFRESH_MARGIN",
    "DEFAULT_TIMEOUT",
    "TOKEN_OPERATION_ID",
    "TOKEN_PATH",
]

TOKEN_PATH: Final = "/api/authorizations/token"
"""Path of the token endpoint (HTTP Basic keys in, a JWT out)."""

TOKEN_OPERATION_ID: Final = "createAuthorizationToken"
"""operationId of the token endpoint in `openapi.yaml` (and the generated module's name)."""

DEFAULT_LIFETIME: Final = 3600.0
"""The documented token lifetime in seconds, used when the JWT's claims cannot be read."""

DEFAULT_REFRESH_MARGIN: Final = 300.0
"""Seconds before expiry at which a token is refreshed (capped at half its lifetime)."""

DEFAULT_REFRESH_JITTER: Final = 120.0
"""Seconds: a merchant pool refreshes each token up to this much earlier than the margin
says (uniformly at random), so tokens minted in the same second do not all expire, and
get refreshed, in the same second."""

DEFAULT_MAX_MERCHANTS: Final = 10_000
"""Merchants whose token state a pool keeps in memory (least recently used idle ones
beyond it are dropped; a shared store keeps their tokens)."""

DEFAULT_MAX_RETRIES: Final = 2
"""Retries of the token endpoint after the first attempt (connection errors, 429, 5xx)."""

DEFAULT_BACKOFF: Final = 0.5
"""Seconds: the cap of the first retry's jittered wait; doubles at each further retry."""

DEFAULT_MAX_BACKOFF: Final = 8.0
"""Seconds: the largest cap of a jittered wait, however many retries."""

DEFAULT_MAX_RETRY_AFTER: Final = 30.0
"""Seconds: the longest server `Retry-After` that is honoured (longer ones are cut)."""

DEFAULT_TIMEOUT: Final = httpx.Timeout(10.0, connect=5.0)
"""Per request: 5 s to connect, 10 s for each read, write and pool wait."""

# Shared token stores (`RedisTokenStore`, `FileTokenStore`): not exported, they tune a store.
DEFAULT_STORE_COOLDOWN: Final = 5.0
"""Seconds a shared store is skipped after it failed (minting locally), then probed again."""

DEFAULT_LEASE_TIMEOUT: Final = 10.0
"""Seconds a Redis fleet lease lives: a crashed holder's lease expires by itself."""

MAX_STORE_FILE_BYTES: Final = 16 * 1024 * 1024
"""A `FileTokenStore` file larger than this is not read (the store counts as unavailable):
about 25,000 key pairs' entries, far more than one host shares."""

DEFAULT_REDIS_SOCKET_TIMEOUT: Final = 0.25
"""Seconds per Redis command from `RedisTokenStore.from_url`: a stuck Redis costs a call
this much, once, before the breaker sends minting local."""
