from enum import StrEnum


class OrderStatus(StrEnum):
    CREATED = "created"
    IN_REVIEW = "in_review"
    PAID = "paid"
    PARTIALLY_REFUNDED = "partially_refunded"
    REFUNDED = "refunded"

    def __str__(self) -> str:
        return str(self.value)
