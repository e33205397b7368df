from enum import StrEnum


class PayoutStatus(StrEnum):
    PAID = "paid"
    PENDING = "pending"

    def __str__(self) -> str:
        return str(self.value)
