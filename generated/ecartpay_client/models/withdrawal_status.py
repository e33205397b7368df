from enum import StrEnum


class WithdrawalStatus(StrEnum):
    CANCELLED = "cancelled"
    PAID = "paid"
    PROCESSING = "processing"

    def __str__(self) -> str:
        return str(self.value)
