from enum import StrEnum


class TransactionStatus(StrEnum):
    CANCELLED = "cancelled"
    CREATED = "created"
    PAID = "paid"
    PENDING = "pending"
    REIMBURSED = "reimbursed"

    def __str__(self) -> str:
        return str(self.value)
