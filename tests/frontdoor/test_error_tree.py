"""One error tree, rooted at `ecartpay.EcartPayError`, shared by both layers.

The classes of `ecartpay` are those `ecartpay_auth` raises (token errors included), each
API error status has its class, and every error keeps its class and attributes when
pickled.
"""

from __future__ import annotations

import pickle

import pytest

import ecartpay
import ecartpay_auth
from ecartpay_sandbox import RunningSandbox

STATUS_CLASSES: dict[int, type[ecartpay.APIError]] = {
    400: ecartpay.BadRequestError,
    401: ecartpay.AuthenticationError,
    402: ecartpay.PaymentRequiredError,
    403: ecartpay.PermissionDeniedError,
    404: ecartpay.NotFoundError,
    409: ecartpay.ConflictError,
    422: ecartpay.UnprocessableEntityError,
    429: ecartpay.RateLimitError,
    500: ecartpay.InternalServerError,
    502: ecartpay.InternalServerError,
    503: ecartpay.InternalServerError,
    599: ecartpay.InternalServerError,
    405: ecartpay.APIError,
    418: ecartpay.APIError,
}


def test_the_tree_has_one_root() -> None:
    root = ecartpay.EcartPayError
    for cls in (
        ecartpay.APIError,
        ecartpay.APIConnectionError,
        ecartpay.ConfigurationError,
        ecartpay.TokenResponseError,
        ecartpay.ServiceUnavailableError,
        ecartpay.WebhookVerificationError,
    ):
        assert issubclass(cls, root), cls
    assert issubclass(ecartpay.APITimeoutError, ecartpay.APIConnectionError)
    assert not issubclass(ecartpay.APIConnectionError, ecartpay.APIError)
    for cls in set(STATUS_CLASSES.values()):
        assert issubclass(cls, ecartpay.APIError), cls


def test_both_layers_raise_the_same_classes() -> None:
    assert ecartpay_auth.ApiError is ecartpay.APIError
    for name in (
        "AuthenticationError",
        "ConfigurationError",
        "EcartPayError",
        "ServiceUnavailableError",
        "TokenResponseError",
        "WebhookVerificationError",
    ):
        assert getattr(ecartpay_auth, name) is getattr(ecartpay, name), name


@pytest.mark.parametrize(("status", "cls"), sorted(STATUS_CLASSES.items()))
def test_each_status_has_its_class(status: int, cls: type[ecartpay.APIError]) -> None:
    error = ecartpay.APIError.from_parts(
        status_code=status,
        method="post",
        path="/api/orders?email=ana@example.com",
        content=b'{"message": "nope", "statusCode": 4001}',
    )
    assert type(error) is cls
    assert (error.status_code, error.api_message, error.api_status_code) == (status, "nope", 4001)
    assert (error.method, error.path) == ("POST", "/api/orders")
    assert error.body == {"message": "nope", "statusCode": 4001}
    assert str(error) == f"POST /api/orders answered {status}: nope"
    copy = pickle.loads(pickle.dumps(error))
    assert type(copy) is cls
    assert vars(copy) == vars(error)
    assert str(copy) == str(error)


def test_a_connection_error_names_its_request_and_pickles() -> None:
    error = ecartpay.APITimeoutError("GET /api/orders timed out", method="GET", path="/api/orders")
    copy = pickle.loads(pickle.dumps(error))
    assert type(copy) is ecartpay.APITimeoutError
    assert (copy.method, copy.path, copy.status_code, str(copy)) == (
        "GET",
        "/api/orders",
        None,
        "GET /api/orders timed out",
    )


def test_refused_keys_raise_the_trees_authentication_error(sandbox: RunningSandbox) -> None:
    auth = ecartpay_auth.EcartPayAuth(
        sandbox.public_key, "privWRONGbbbbbbbbbbbbbbbb0001", base_url=sandbox.base_url
    )
    with pytest.raises(ecartpay.APIError) as caught:
        auth.get_token()
    error = caught.value
    assert type(error) is ecartpay.AuthenticationError
    assert (error.status_code, error.method, error.path) == (401, "POST", ecartpay_auth.TOKEN_PATH)
    assert error.api_message
    assert error.body is None  # the token endpoint's body is never quoted
    assert "privWRONG" not in str(error) + repr(vars(error))
