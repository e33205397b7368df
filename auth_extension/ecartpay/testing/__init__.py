"""Test your integration offline against the local sandbox (``pip install 'ecartpay[sandbox]'``).

    from ecartpay.testing import running_sandbox

    with running_sandbox() as sandbox:              # a fresh sandbox on a free port
        client = sandbox.client()                   # a ready ecartpay.EcartPay
        order = client.orders.create(email="ana@example.com", currency="MXN",
                                     items=[{"name": "Tea", "quantity": 1, "price": 10}])
        sandbox.pay_order(order.id)                 # the buyer pays
        assert client.orders.retrieve(order.id).status == "paid"

With pytest, the plugin this package registers (entry point ``pytest11``) gives the fixtures
``ecartpay_sandbox`` (one sandbox for the session, reset before each test that uses it) and
``ecartpay_client`` (an ``EcartPay`` on it). Override the fixture
``ecartpay_sandbox_settings`` (session scope) to pass settings to ``running_sandbox``.
"""

from typing import TYPE_CHECKING

from ecartpay_auth._lazy import lazy_names

__all__ = [
    "Delivery",
    "Fault",
    "FaultKind",
    "SandboxAccount",
    "SandboxHandle",
    "running_sandbox",
]

if TYPE_CHECKING:
    from ecartpay.testing._handle import (
        Delivery,
        Fault,
        FaultKind,
        SandboxAccount,
        SandboxHandle,
        running_sandbox,
    )

# Loaded on first use, so the pytest plugin (``ecartpay.testing.pytest_plugin``, loaded in
# every pytest run where ecartpay is installed) costs no more than ``import ecartpay``.
__getattr__, __dir__ = lazy_names(
    __name__, globals(), {name: ("._handle", name) for name in __all__}
)
