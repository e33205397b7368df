from enum import StrEnum


class RefundReason(StrEnum):
    DUPLICATE = "duplicate"
    FRAUDULENT = "fraudulent"
    REQUESTED = "requested"

    def __str__(self) -> str:
        return str(self.value)
