"""Shared values of the webhook tests: a test-only secret and the spec's own order example."""

from __future__ import annotations

import copy
from pathlib import Path
from typing import Any

import pytest
import yaml

SPEC = Path(__file__).resolve().parents[2] / "openapi.yaml"
SECRET = "whsec-test-only-0123456789abcdef"


@pytest.fixture(scope="session")
def spec() -> dict[str, Any]:
    loaded: dict[str, Any] = yaml.safe_load(SPEC.read_text(encoding="utf-8"))
    return loaded


@pytest.fixture
def order(spec: dict[str, Any]) -> dict[str, Any]:
    """The first example of the spec's Order schema: what an order event carries."""
    example: dict[str, Any] = copy.deepcopy(spec["components"]["schemas"]["Order"]["examples"][0])
    return example
