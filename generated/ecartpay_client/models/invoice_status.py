from enum import StrEnum


class InvoiceStatus(StrEnum):
    CANCELLED = "cancelled"
    ISSUED = "issued"

    def __str__(self) -> str:
        return str(self.value)
