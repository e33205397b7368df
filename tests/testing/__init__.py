"""ecartpay.testing: running_sandbox, its handle, the pytest plugin, the README's example."""
