from enum import StrEnum


class Lang(StrEnum):
    EN = "en"
    ES = "es"

    def __str__(self) -> str:
        return str(self.value)
