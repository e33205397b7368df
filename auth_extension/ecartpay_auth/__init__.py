"""Token lifecycle for the Ecart Pay API: acquire, cache, refresh, never leak.

    import ecartpay_auth
    from ecartpay_client.api.orders import get_order

    client = ecartpay_auth.authenticated_client()   # ECARTPAY_PUBLIC_KEY / _PRIVATE_KEY
    order = get_order.sync(id="...", client=client)

`EcartPayAuth` is a plain `httpx.Auth` for any sync or async httpx client.
"""

__version__ = "0.1.0"

from ._api_error import ApiError
from ._auth import EcartPayAuth
from ._client import auth_of, authenticated_client
from ._errors import (
    AuthenticationError,
    ConfigurationError,
    EcartPayError,
    ServiceUnavailableError,
    TokenResponseError,
)
from ._pagination import apaginate, paginate
from ._token import InMemoryTokenStore, Token, TokenStore

__all__ = [
    "ApiError",
    "AuthenticationError",
    "ConfigurationError",
    "EcartPayAuth",
    "EcartPayError",
    "InMemoryTokenStore",
    "ServiceUnavailableError",
    "Token",
    "TokenResponseError",
    "TokenStore",
    "__version__",
    "apaginate",
    "auth_of",
    "authenticated_client",
    "paginate",
]
