"""Token lifecycle for the Ecart Pay API: acquire, cache, refresh, never leak.

    import ecartpay_auth
    from ecartpay_client.api.orders import get_order

    client = ecartpay_auth.authenticated_client()   # ECARTPAY_PUBLIC_KEY / _PRIVATE_KEY
    order = get_order.sync(id="...", client=client)

`EcartPayAuth` is a plain `httpx.Auth` for any sync or async httpx client.
"""

from typing import TYPE_CHECKING

from ._api_error import ApiError, AuthenticationError
from ._auth import EcartPayAuth
from ._client import auth_of, authenticated_client
from ._constants import (
    DEFAULT_BACKOFF,
    DEFAULT_LIFETIME,
    DEFAULT_MAX_BACKOFF,
    DEFAULT_MAX_MERCHANTS,
    DEFAULT_MAX_RETRIES,
    DEFAULT_MAX_RETRY_AFTER,
    DEFAULT_REFRESH_JITTER,
    DEFAULT_REFRESH_MARGIN,
    DEFAULT_TIMEOUT,
    TOKEN_OPERATION_ID,
    TOKEN_PATH,
)
from ._errors import (
    ConfigurationError,
    EcartPayError,
    ServiceUnavailableError,
    TokenResponseError,
    WebhookVerificationError,
)
from ._lazy import lazy_names
from ._retry import RetryPolicy
from ._shared import SharedTokenStore
from ._token import InMemoryTokenStore, Token, TokenState, TokenStore
from ._user_agent import AppInfo, set_app_info
from ._version import __version__

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
    "ApiError",
    "AppInfo",
    "AuthenticationError",
    "ConfigurationError",
    "EcartPayAuth",
    "EcartPayError",
    "FileTokenStore",
    "InMemoryTokenStore",
    "MerchantAuths",
    "RedisTokenStore",
    "RetryPolicy",
    "ServiceUnavailableError",
    "SharedTokenStore",
    "Token",
    "TokenResponseError",
    "TokenState",
    "TokenStore",
    "WebhookVerificationError",
    "__version__",
    "apaginate",
    "auth_of",
    "authenticated_client",
    "paginate",
    "set_app_info",
    "webhooks",
]

if TYPE_CHECKING:
    from . import webhooks
    from ._file_store import FileTokenStore
    from ._merchants import MerchantAuths
    from ._pagination import apaginate, paginate
    from ._redis_store import RedisTokenStore

# Loaded on first use: a process that only calls the API never needs the shared stores,
# the pagination helpers or the webhook event models, and should not pay their import
# time. Each name maps to the module that defines it (None: the name is the module).
_LAZY: dict[str, tuple[str, str | None]] = {
    "FileTokenStore": ("._file_store", "FileTokenStore"),
    "MerchantAuths": ("._merchants", "MerchantAuths"),
    "RedisTokenStore": ("._redis_store", "RedisTokenStore"),
    "paginate": ("._pagination", "paginate"),
    "apaginate": ("._pagination", "apaginate"),
    "webhooks": (".webhooks", None),
}


__getattr__, __dir__ = lazy_names(__name__, globals(), _LAZY)
