"""ecartpay.testing: running_sandbox, its handle, the pytest plugin, the merchant test file of
docs/guides/testing.md."""
