from enum import StrEnum


class WithdrawalMethod(StrEnum):
    CARD = "card"
    CLABE = "clabe"

    def __str__(self) -> str:
        return str(self.value)
