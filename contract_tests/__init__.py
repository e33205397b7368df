"""Contract-testing tools for the Ecart Pay SDK: the local sandbox and the schema-driven tests."""
