"""Pytest fixtures for the local sandbox (work in progress)."""
