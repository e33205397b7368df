"""The Ecart Pay SDK's front door.

    import ecartpay

    client = ecartpay.EcartPay()        # ECARTPAY_PUBLIC_KEY / _PRIVATE_KEY, sandbox default
    customer = client.customers.create(first_name="Ana", last_name="López", email="a@b.mx")
    try:
        client.orders.retrieve("65a1b2c3d4e5f60718293b5c")
    except ecartpay.NotFoundError as error:
        print(error.status_code, error.api_message)

Every failure of every call derives from `ecartpay.EcartPayError`. `ecartpay_client` (the
generated modules) and `ecartpay_auth` (tokens, stores, webhooks) are the low-level layers
under it; the error classes here are theirs, so one `except` catches both.
"""

from typing import TYPE_CHECKING

from ecartpay_auth import __version__
from ecartpay_auth._api_error import (
    APIError,
    AuthenticationError,
    BadRequestError,
    ConflictError,
    InternalServerError,
    NotFoundError,
    PaymentRequiredError,
    PermissionDeniedError,
    RateLimitError,
    UnprocessableEntityError,
)
from ecartpay_auth._errors import (
    APIConnectionError,
    APITimeoutError,
    ConfigurationError,
    EcartPayError,
    ServiceUnavailableError,
    TokenResponseError,
    WebhookVerificationError,
)
from ecartpay_auth._lazy import lazy_names
from ecartpay_auth._retry import RetryPolicy
from ecartpay_auth._token import InMemoryTokenStore, TokenStore
from ecartpay_auth._user_agent import AppInfo

__all__ = [
    "APIConnectionError",
    "APIError",
    "APITimeoutError",
    "AppInfo",
    "AsyncEcartPay",
    "AsyncPage",
    "AuthenticationError",
    "BadRequestError",
    "ConfigurationError",
    "ConflictError",
    "ConsentDeniedError",
    "EcartPay",
    "EcartPayError",
    "FileTokenStore",
    "InMemoryTokenStore",
    "InternalServerError",
    "InvalidClientError",
    "InvalidCodeError",
    "MerchantPool",
    "NotFoundError",
    "OAuthError",
    "PaymentRequiredError",
    "PermissionDeniedError",
    "RateLimitError",
    "RawResponse",
    "RedirectMismatchError",
    "RedisTokenStore",
    "RetryPolicy",
    "ServiceUnavailableError",
    "StateMismatchError",
    "SyncPage",
    "TokenResponseError",
    "TokenStore",
    "UnprocessableEntityError",
    "WebhookVerificationError",
    "__version__",
    "oauth",
    "testing",
    "webhooks",
]

if TYPE_CHECKING:
    from ecartpay import testing
    from ecartpay_auth import webhooks
    from ecartpay_auth._file_store import FileTokenStore
    from ecartpay_auth._redis_store import RedisTokenStore

    from . import oauth
    from ._base import RawResponse
    from ._client import AsyncEcartPay, EcartPay
    from ._merchant_pool import MerchantPool
    from ._oauth_errors import (
        ConsentDeniedError,
        InvalidClientError,
        InvalidCodeError,
        OAuthError,
        RedirectMismatchError,
        StateMismatchError,
    )
    from ._pages import AsyncPage, SyncPage

# Loaded on first use (PEP 562), so `import ecartpay` costs what `import ecartpay_auth`
# does: the client and its resources, the shared stores and the webhook machinery wait
# for the first use of their name. Each name maps to (module, attribute); attribute None:
# the name is the module itself.
_LAZY: dict[str, tuple[str, str | None]] = {
    "EcartPay": ("._client", "EcartPay"),
    "AsyncEcartPay": ("._client", "AsyncEcartPay"),
    "SyncPage": ("._pages", "SyncPage"),
    "AsyncPage": ("._pages", "AsyncPage"),
    "RawResponse": ("._base", "RawResponse"),
    "MerchantPool": ("._merchant_pool", "MerchantPool"),
    "FileTokenStore": ("ecartpay_auth._file_store", "FileTokenStore"),
    "RedisTokenStore": ("ecartpay_auth._redis_store", "RedisTokenStore"),
    "webhooks": ("ecartpay_auth.webhooks", None),
    "oauth": ("ecartpay.oauth", None),
    **{
        name: ("ecartpay._oauth_errors", name)
        for name in (
            "ConsentDeniedError",
            "InvalidClientError",
            "InvalidCodeError",
            "OAuthError",
            "RedirectMismatchError",
            "StateMismatchError",
        )
    },
    "testing": (".testing", None),
}


__getattr__, __dir__ = lazy_names(__name__, globals(), _LAZY)
