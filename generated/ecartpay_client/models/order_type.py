from enum import StrEnum


class OrderType(StrEnum):
    ORDER = "order"

    def __str__(self) -> str:
        return str(self.value)
