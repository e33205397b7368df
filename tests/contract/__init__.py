"""Tests of the contract-test harness (schemathesis runs, cassettes, target safety)."""
