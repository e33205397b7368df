"""`FileTokenStore`: one token per key pair for every process of one host.

The file holds a JSON map from entry name (a hash of the target and public key) to a
sealed record (AES-GCM, see `_sealing`) that keeps the token's wall-clock expiry: every
process of a host reads the same clock, and each reader anchors the remaining lifetime to
its own monotonic clock. Writes replace the file atomically (a temporary file in the same
folder, mode 0600, then `os.replace`), so readers never see half a file and need no lock.
The lease is an OS file lock through `filelock` (a maintained, cross-platform library;
the kernel drops the lock of a process that dies). A read-only or full disk raises
`StoreUnavailable`: the breaker then keeps the token in memory only, with one warning.

The file is opened without following a symlink and without blocking (`O_NOFOLLOW |
O_NONBLOCK`), and read only when it is a regular file of the current user no larger than
`MAX_STORE_FILE_BYTES`; JSON nested too deep to parse, a symlink, a FIFO, another user's
file or an oversized one make the store unavailable (minting stays local) rather than
hang, exhaust memory or trust a file someone else controls. The lock file is opened the
same way, so a dangling symlink in its place never creates its target.
"""

from __future__ import annotations

import base64
import binascii
import contextlib
import json
import os
import stat
import tempfile
import time
from collections.abc import AsyncIterator, Iterator
from contextlib import asynccontextmanager, contextmanager
from pathlib import Path
from typing import Any

from ._constants import DEFAULT_STORE_COOLDOWN, MAX_STORE_FILE_BYTES
from ._errors import ConfigurationError
from ._sealing import Sealer, entry_name
from ._shared import AsyncSharedSession, Breaker, Entry, SharedSession, StoreUnavailable, threaded

__all__ = ["FileTokenStore"]

_DISCARD_WAIT = 2.0  # seconds a compare-and-delete waits for the lock, then leaves it be
#: Never follow a symlink, never wait on a FIFO (0 where the platform lacks the flag).
_SAFE_OPEN = getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_NONBLOCK", 0)


def _checked(fd: int, what: str) -> os.stat_result:
    """The stat of an open store or lock file, if it is one this process may trust."""
    info = os.fstat(fd)
    if not stat.S_ISREG(info.st_mode):
        raise StoreUnavailable(f"{what}: not a regular file")
    if hasattr(os, "geteuid") and info.st_uid != os.geteuid():
        raise StoreUnavailable(f"{what}: owned by another user")
    return info


def _read_store_file(path: Path) -> bytes | None:
    """The file's bytes, None when it does not exist; raises StoreUnavailable for a file
    that is not safe to read (see the module's docstring)."""
    try:
        fd = os.open(path, os.O_RDONLY | _SAFE_OPEN)
    except FileNotFoundError:
        return None
    except OSError as exc:  # ELOOP: a symlink; EACCES, ...
        raise StoreUnavailable(f"file: {type(exc).__name__}") from exc
    try:
        if _checked(fd, "file").st_size > MAX_STORE_FILE_BYTES:
            raise StoreUnavailable(f"file: larger than {MAX_STORE_FILE_BYTES} bytes")
        with os.fdopen(os.dup(fd), "rb") as stream:
            raw = stream.read(MAX_STORE_FILE_BYTES + 1)
    except OSError as exc:
        raise StoreUnavailable(f"file: {type(exc).__name__}") from exc
    finally:
        os.close(fd)
    if len(raw) > MAX_STORE_FILE_BYTES:  # it grew after the check
        raise StoreUnavailable(f"file: larger than {MAX_STORE_FILE_BYTES} bytes")
    return raw


def _filelock() -> Any:
    try:
        import filelock
    except ImportError as exc:
        raise ConfigurationError(
            "FileTokenStore needs filelock: pip install 'ecartpay[file]'"
        ) from exc
    return filelock


class FileTokenStore:
    """Tokens shared by the processes of one host through the file at `path`: the
    workers of one server (gunicorn, celery) mint one token between them instead of one
    each. Tokens are sealed (AES-GCM) with a key derived from the private key, which is
    never written.

    Args:
        path: The store's file (created with mode 0600; its folder must exist or be
            creatable). A lock file `path + ".lock"` sits beside it.
        cooldown: Seconds the file is skipped after it failed (then tried again); in
            the meantime each process mints for itself.

    Raises:
        ecartpay.ConfigurationError: `path` is a folder, or `filelock` is missing.

    Example:
        ```python
        store = ecartpay.FileTokenStore("/var/run/myapp/ecartpay-tokens")
        client = ecartpay.EcartPay(token_store=store)
        ```
    """

    def __init__(
        self, path: str | os.PathLike[str], *, cooldown: float = DEFAULT_STORE_COOLDOWN
    ) -> None:
        _filelock()
        self._path = Path(path).expanduser().absolute()
        if self._path.is_dir():
            raise ConfigurationError(f"FileTokenStore needs a file path, got a folder: {path}")
        self._breaker = Breaker(f"file token store {self._path}", cooldown=cooldown)

    @property
    def path(self) -> Path:
        """The file that holds the sealed tokens (absolute).

        Example:
            ```python
            print(store.path)  # /var/run/myapp/ecartpay-tokens
            ```
        """
        return self._path

    @property
    def breaker(self) -> Breaker:
        """The circuit breaker that skips the file for a while after it failed.

        Example:
            ```python
            if store.breaker.tripped:
                log.warning("token file unusable: each process mints its own token")
            ```
        """
        return self._breaker

    def bind(self, *, base_url: str, public_key: str, private_key: str) -> _FileSlot:
        """The slot of one account at one API: its entry name from the URL and public key,
        its encryption key from the private key (which is not kept). The SDK calls it.

        Args:
            base_url: The API's base URL.
            public_key: The account's public key.
            private_key: The account's private key (not kept).

        Returns:
            The account's slot in the file.

        Example:
            ```python
            slot = store.bind(base_url=auth.base_url, public_key=pub, private_key=priv)
            ```
        """
        name = entry_name("", base_url, public_key)
        return _FileSlot(self, name, Sealer(private_key=private_key, name=name))

    def __repr__(self) -> str:
        return f"FileTokenStore({str(self._path)!r})"


class _FileSlot:
    """One key pair's entry in a `FileTokenStore`, and the lock used as its lease."""

    def __init__(self, store: FileTokenStore, name: str, sealer: Sealer) -> None:
        self._store = store
        self.name = name
        self._sealer = sealer
        self._lock = _filelock().FileLock(
            f"{store.path}.lock", timeout=0, thread_local=False, mode=0o600
        )

    @property
    def breaker(self) -> Breaker:
        return self._store.breaker

    @contextmanager
    def open(self) -> Iterator[SharedSession]:
        session = _FileSession(self)
        try:
            yield session
        finally:
            with contextlib.suppress(Exception):
                session.release()

    @asynccontextmanager
    async def aopen(self) -> AsyncIterator[AsyncSharedSession]:
        async with threaded(self.open) as session:
            yield session

    # -- the file ----------------------------------------------------------------------

    def entries(self) -> dict[str, str]:
        """The file's map; a missing, foreign or corrupt file reads as empty, one that is
        not safe to read (see the module's docstring) raises StoreUnavailable."""
        raw = _read_store_file(self._store.path)
        if raw is None:
            return {}
        try:
            data = json.loads(raw)
        except ValueError:
            return {}
        except RecursionError as exc:  # nested deeper than the parser goes
            raise StoreUnavailable("file: JSON nested too deeply") from exc
        entries = data.get("entries") if isinstance(data, dict) else None
        if not isinstance(entries, dict):
            return {}
        return {k: v for k, v in entries.items() if isinstance(k, str) and isinstance(v, str)}

    def replace(self, entries: dict[str, str]) -> None:
        """Write the map atomically: temporary file (0600) in the same folder, then rename."""
        path = self._store.path
        tmp: str | None = None
        try:
            path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
            fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", dir=path.parent)
            with os.fdopen(fd, "w") as out:
                json.dump({"version": 1, "entries": entries}, out)
            os.replace(tmp, path)
            tmp = None
        except OSError as exc:
            raise StoreUnavailable(f"file: {type(exc).__name__}") from exc
        finally:
            if tmp is not None:
                with contextlib.suppress(OSError):
                    os.unlink(tmp)

    def decode(self, text: str | None) -> Entry | None:
        if text is None:
            return None
        try:
            payload = self._sealer.open(base64.b64decode(text, validate=True))
        except (binascii.Error, ValueError):
            return None
        expires = payload.get("expires") if payload else None
        if payload is None or not isinstance(expires, int | float):
            return None
        remaining = float(expires) - time.time()
        return Entry(value=payload["token"], remaining=remaining) if remaining > 0 else None

    def encode(self, value: str, remaining: float) -> str:
        sealed = self._sealer.seal(value, expires=time.time() + remaining)
        return base64.b64encode(sealed).decode()

    def holds(self, text: str | None, token: str) -> bool:
        """Whether the record `text` is `token` (by its tag, without decrypting)."""
        if text is None:
            return False
        with contextlib.suppress(binascii.Error, ValueError):
            record = base64.b64decode(text, validate=True)
            return record.startswith(self._sealer.tag(token).encode() + b".")
        return False

    def lock(self, timeout: float) -> bool:
        filelock = _filelock()
        try:
            # filelock takes a lock file it cannot create for one held by someone else
            # (and would wait): open it first, so a read-only folder fails fast.
            path = self._store.path
            path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
            # Not through a symlink: a dangling one would have its target created.
            fd = os.open(f"{path}.lock", os.O_RDWR | os.O_CREAT | _SAFE_OPEN, 0o600)
            try:
                _checked(fd, "file lock")
            finally:
                os.close(fd)
            self._lock.acquire(timeout=timeout)
        except filelock.Timeout:
            return False
        except OSError as exc:  # read-only folder, no permission
            raise StoreUnavailable(f"file lock: {type(exc).__name__}") from exc
        return True

    def unlock(self) -> None:
        with contextlib.suppress(Exception):
            self._lock.release()

    def __repr__(self) -> str:
        return f"FileTokenSlot({str(self._store.path)!r})"


class _FileSession:
    def __init__(self, slot: _FileSlot) -> None:
        self._slot = slot
        self._leased = False

    def read(self, discard: str | None) -> Entry | None:
        slot = self._slot
        text = slot.entries().get(slot.name)
        if discard is not None and slot.holds(text, discard) and slot.lock(_DISCARD_WAIT):
            try:  # compare-and-delete, under the lock
                entries = slot.entries()
                if slot.holds(entries.get(slot.name), discard):
                    del entries[slot.name]
                    slot.replace(entries)
                text = entries.get(slot.name)
            finally:
                slot.unlock()
        return slot.decode(text)

    def try_lease(self) -> bool:
        self._leased = self._slot.lock(0)
        return self._leased

    def write(self, value: str, remaining: float) -> None:
        if remaining <= 0:
            return
        entries = self._slot.entries()
        entries[self._slot.name] = self._slot.encode(value, remaining)
        self._slot.replace(entries)

    def release(self) -> None:
        if self._leased:
            self._leased = False
            self._slot.unlock()
