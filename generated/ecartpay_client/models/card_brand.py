from enum import StrEnum


class CardBrand(StrEnum):
    AMEX = "amex"
    CARNET = "carnet"
    MASTERCARD = "mastercard"
    VISA = "visa"

    def __str__(self) -> str:
        return str(self.value)
