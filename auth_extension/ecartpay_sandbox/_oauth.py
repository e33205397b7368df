"""OAuth connect in the sandbox: applications, authorization codes, access and refresh
tokens, and the two answer shapes of the code exchange.

The vendor's two sources disagree on what the exchange answers (see ``createOauthToken``
in the spec): the merchant's keys directly (``answer="keys"``, the default) or an access
token that ``GET /api/oauth/credentials`` turns into keys (``answer="access_token"``). The
sandbox serves either, chosen by a setting, so the SDK is tested against both.

Codes are single-use and live ``code_ttl`` seconds (5 minutes, as the vendor says; a
setting, so tests can expire one at once). Time is ``time.monotonic`` unless a clock is
given. Everything is guarded by one lock: the consent page, the API and the control plane
may run on different threads.
"""

from __future__ import annotations

import hmac
import secrets
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any, Literal

from ecartpay_sandbox._ids import new_object_id

Answer = Literal["keys", "access_token"]
ANSWERS: tuple[Answer, ...] = ("keys", "access_token")
DEFAULT_CODE_TTL = 300.0
ACCESS_TOKEN_TTL = 3600
ALWAYS_GRANTED = "read_credentials"

# Seeded for every sandbox (again after each reset), so that the contract test reaches the
# success path of each OAuth operation: an application of the primary account whose
# credentials are the spec's own examples, one single-use code for it, and an access token
# that never expires. Test values, public like the test keys.
SEED_CLIENT_ID = "ecp_app_65a1b2c3d4e5f60718293d01"
SEED_CLIENT_SECRET = "ecp_secret_5f0c6b8e2a9d4c7f8e1b3a6d9c2e5f8a"
SEED_REDIRECT_URL = "https://platform.example.com/oauth/callback"
SEED_CODE = "ecp_code_7e57c0de7e57c0de7e57c0de"
SEED_ACCESS_TOKEN = "ecp_at_8c1f4e2a9b7d4c3e8f6a1b2c3d4e5f60"


@dataclass(frozen=True)
class Application:
    """A registered OAuth application (the secret is compared, never shown again)."""

    client_id: str
    client_secret: str = field(repr=False)
    owner_account_id: str
    name: str
    redirect_url: str
    scopes: tuple[str, ...]
    description: str = ""


@dataclass(frozen=True)
class Grant:
    """What a code, an access token or a refresh token stands for."""

    client_id: str
    account_id: str
    redirect_url: str
    scopes: tuple[str, ...]
    expires_at: float


class OAuthRefusal(Exception):
    """A refused OAuth step: HTTP ``status``, message ``key``, OAuth-style ``error``."""

    def __init__(self, status: int, key: str, error: str) -> None:
        super().__init__(key)
        self.status, self.key, self.error = status, key, error


def granted_scopes(requested: tuple[str, ...] | list[str]) -> tuple[str, ...]:
    """The requested scopes, without duplicates, plus ``read_credentials`` (always)."""
    scopes = list(dict.fromkeys(requested))
    if ALWAYS_GRANTED not in scopes:
        scopes.append(ALWAYS_GRANTED)
    return tuple(scopes)


class OAuthState:
    """Applications and outstanding grants of one sandbox; thread-safe."""

    def __init__(
        self,
        *,
        code_ttl: float = DEFAULT_CODE_TTL,
        answer: Answer = "keys",
        seed_account_id: str | None = None,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self._defaults = (code_ttl, answer)
        self._seed_account_id = seed_account_id
        self._clock = clock
        self._lock = threading.Lock()
        self.code_ttl = code_ttl
        self.answer: Answer = answer
        self._apps: dict[str, Application] = {}
        self._codes: dict[str, Grant] = {}
        self._access: dict[str, Grant] = {}
        self._refresh: dict[str, Grant] = {}
        self._seed()

    # -- settings -----------------------------------------------------------------------

    def settings(self) -> dict[str, Any]:
        return {"code_ttl": self.code_ttl, "answer": self.answer}

    def update(self, *, code_ttl: float | None = None, answer: str | None = None) -> None:
        if code_ttl is not None:
            if not 0 <= code_ttl <= 86_400:
                raise ValueError("code_ttl must be in 0..86400 seconds")
            self.code_ttl = float(code_ttl)
        if answer is not None:
            if answer not in ANSWERS:
                raise ValueError(f"answer must be one of {list(ANSWERS)}")
            self.answer = answer

    def reset(self) -> None:
        """Forget applications and grants; settings back to the configured ones."""
        with self._lock:
            self._apps.clear()
            self._codes.clear()
            self._access.clear()
            self._refresh.clear()
        self.code_ttl, self.answer = self._defaults
        self._seed()

    def _seed(self) -> None:
        if self._seed_account_id is None:
            return
        app = Application(
            SEED_CLIENT_ID, SEED_CLIENT_SECRET, self._seed_account_id, "Example platform",
            SEED_REDIRECT_URL, granted_scopes(["read_orders", "write_orders"]),
        )  # fmt: skip
        forever = float("inf")
        grant = Grant(app.client_id, app.owner_account_id, app.redirect_url, app.scopes, forever)
        with self._lock:
            self._apps[app.client_id] = app
            self._codes[SEED_CODE] = grant
            self._access[SEED_ACCESS_TOKEN] = grant

    # -- applications -------------------------------------------------------------------

    def register(
        self,
        *,
        owner_account_id: str,
        name: str,
        redirect_url: str,
        scopes: list[str],
        description: str = "",
    ) -> Application:
        app = Application(
            client_id=f"ecp_app_{new_object_id()}",
            client_secret=f"ecp_secret_{secrets.token_hex(16)}",
            owner_account_id=owner_account_id,
            name=name,
            redirect_url=redirect_url,
            scopes=granted_scopes(scopes),
            description=description,
        )
        with self._lock:
            self._apps[app.client_id] = app
        return app

    def application(self, client_id: str | None, redirect_uri: str | None) -> Application:
        """The application ``client_id``, whose registered URL must be ``redirect_uri``."""
        with self._lock:
            app = self._apps.get(client_id or "")
        if app is None:
            raise OAuthRefusal(400, "oauth_unknown_client", "invalid_client")
        if redirect_uri != app.redirect_url:
            raise OAuthRefusal(400, "oauth_redirect_mismatch", "redirect_uri_mismatch")
        return app

    def authenticate(self, client_id: str, secret: str) -> Application:
        """The application, if ``secret`` is its secret (compared in constant time)."""
        with self._lock:
            app = self._apps.get(client_id)
        expected = app.client_secret if app is not None else secrets.token_hex(16)
        if not hmac.compare_digest(expected.encode(), secret.encode()) or app is None:
            raise OAuthRefusal(401, "oauth_bad_client", "invalid_client")
        return app

    # -- codes and tokens ---------------------------------------------------------------

    def issue_code(self, app: Application, account_id: str) -> str:
        code = secrets.token_urlsafe(24)
        grant = Grant(
            app.client_id,
            account_id,
            app.redirect_url,
            app.scopes,
            self._clock() + self.code_ttl,
        )
        with self._lock:
            self._prune()
            self._codes[code] = grant
        return code

    def redeem_code(self, app: Application, code: str, redirect_url: str | None) -> Grant:
        """The grant of ``code``, spent. A code of another application, expired or already
        used is ``invalid_grant`` (401: the code is the credential of this request, sent
        in ``Authorization``); a redirect URL other than the code's is a mismatch (the
        code stays unspent, so a corrected retry still works within its lifetime)."""
        with self._lock:
            grant = self._codes.get(code)
            if grant is None or grant.client_id != app.client_id:
                raise OAuthRefusal(401, "oauth_bad_code", "invalid_grant")
            if self._clock() >= grant.expires_at:
                del self._codes[code]
                raise OAuthRefusal(401, "oauth_bad_code", "invalid_grant")
            if redirect_url != grant.redirect_url:
                raise OAuthRefusal(400, "oauth_redirect_mismatch", "redirect_uri_mismatch")
            del self._codes[code]
        return grant

    def issue_tokens(self, grant: Grant) -> tuple[str, str]:
        """A new access token and refresh token for ``grant``'s merchant."""
        access = f"ecp_at_{secrets.token_hex(20)}"
        refresh = f"ecp_rt_{secrets.token_hex(20)}"
        now = self._clock()
        live = Grant(
            grant.client_id, grant.account_id, grant.redirect_url, grant.scopes,
            now + ACCESS_TOKEN_TTL,
        )  # fmt: skip
        with self._lock:
            self._access[access] = live
            self._refresh[refresh] = Grant(
                grant.client_id, grant.account_id, grant.redirect_url, grant.scopes,
                float("inf"),
            )  # fmt: skip
        return access, refresh

    def redeem_refresh(self, app: Application, refresh_token: str) -> Grant:
        """The grant of a refresh token of ``app``, spent (refresh tokens rotate)."""
        with self._lock:
            grant = self._refresh.get(refresh_token)
            if grant is None or grant.client_id != app.client_id:
                raise OAuthRefusal(401, "oauth_bad_refresh", "invalid_grant")
            del self._refresh[refresh_token]
        return grant

    def access(self, token: str) -> Grant:
        """The live grant of an access token, else 401."""
        with self._lock:
            grant = self._access.get(token)
        if grant is None or self._clock() >= grant.expires_at:
            raise OAuthRefusal(401, "oauth_bad_access_token", "invalid_token")
        return grant

    def _prune(self) -> None:
        now = self._clock()
        if len(self._codes) > 1000:
            self._codes = {k: g for k, g in self._codes.items() if g.expires_at > now}
