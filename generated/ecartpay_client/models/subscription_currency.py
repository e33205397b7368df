from enum import StrEnum


class SubscriptionCurrency(StrEnum):
    MXN = "MXN"
    USD = "USD"

    def __str__(self) -> str:
        return str(self.value)
