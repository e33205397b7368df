"""A RetryPolicy whose sleeps are recorded instead of slept: no test waits for a retry."""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from typing import Any

import ecartpay_auth


@dataclass
class Sleeps:
    """Every wait the policy asked for, sync and async alike."""

    waits: list[float] = field(default_factory=list)

    def sleep(self, seconds: float) -> None:
        self.waits.append(seconds)

    async def async_sleep(self, seconds: float) -> None:
        self.waits.append(seconds)

    def policy(self, **options: Any) -> ecartpay_auth.RetryPolicy:
        return ecartpay_auth.RetryPolicy(
            sleep=self.sleep, async_sleep=self.async_sleep, rng=random.Random(15), **options
        )
