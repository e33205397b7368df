"""`ECARTPAY_TOKEN_STORE`: a shared token store named by a string.

``redis://…``, ``rediss://…`` or ``unix://…`` -> `RedisTokenStore.from_url`; anything else
is a file path -> `FileTokenStore`. Empty or unset -> None (the in-memory default).
"""

from __future__ import annotations

from ._errors import ConfigurationError
from ._shared import SharedTokenStore

__all__ = ["store_from_spec"]

_REDIS_SCHEMES = ("redis://", "rediss://", "unix://")


def store_from_spec(spec: str | None) -> SharedTokenStore | None:
    if spec is None or not spec.strip():
        return None
    spec = spec.strip()
    if spec.lower().startswith(_REDIS_SCHEMES):
        from ._redis_store import RedisTokenStore

        return RedisTokenStore.from_url(spec)
    if "://" in spec:
        raise ConfigurationError(
            "ECARTPAY_TOKEN_STORE takes redis://..., rediss://..., unix://... or a file path; "
            f"got a URL with scheme {spec.split('://', 1)[0]!r}"
        )
    from ._file_store import FileTokenStore

    return FileTokenStore(spec)
