"""Fixtures of the security tests: the other host, real and on loopback."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from ._other_host import OtherHost


@pytest.fixture
def other_host() -> Iterator[OtherHost]:
    with OtherHost() as other:
        yield other
