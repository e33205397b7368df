"""Root conftest: registers the project's pytest plugins for every test folder."""

pytest_plugins = [
    "contract_tests.sandbox.pytest_plugin",
    "contract_tests.redis_server.pytest_plugin",
]
