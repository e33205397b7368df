"""A faithful local stand-in for ``https://sandbox.ecartpay.com`` (like stripe-mock).

How to run it, its Python API, the control plane, and how to add a resource: ``README.md``
beside this file.
"""

from ecartpay_sandbox._client import AccountData, SandboxControl, SandboxStats
from ecartpay_sandbox._config import (
    DEFAULT_ACCOUNT_ID,
    DEFAULT_PRIVATE_KEY,
    DEFAULT_PUBLIC_KEY,
    SECOND_ACCOUNT_ID,
    SECOND_PRIVATE_KEY,
    SECOND_PUBLIC_KEY,
    Account,
    SandboxConfig,
    config_from_env,
)
from ecartpay_sandbox._server import (
    LOOPBACK,
    RunningSandbox,
    bind_socket,
    build_server,
    running_sandbox,
)
from ecartpay_sandbox._spec import Spec
from ecartpay_sandbox.app import ConnectionDropped, SandboxApplication, create_app

__all__ = [
    "DEFAULT_ACCOUNT_ID",
    "DEFAULT_PRIVATE_KEY",
    "DEFAULT_PUBLIC_KEY",
    "LOOPBACK",
    "SECOND_ACCOUNT_ID",
    "SECOND_PRIVATE_KEY",
    "SECOND_PUBLIC_KEY",
    "Account",
    "AccountData",
    "ConnectionDropped",
    "RunningSandbox",
    "SandboxApplication",
    "SandboxConfig",
    "SandboxControl",
    "SandboxStats",
    "Spec",
    "bind_socket",
    "build_server",
    "config_from_env",
    "create_app",
    "running_sandbox",
]
