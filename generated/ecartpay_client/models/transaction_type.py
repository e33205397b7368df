from enum import StrEnum


class TransactionType(StrEnum):
    CHARGE = "charge"
    PAYMENT = "payment"
    PAYOUT = "payout"
    REFUND = "refund"
    WITHDRAWAL = "withdrawal"

    def __str__(self) -> str:
        return str(self.value)
