from enum import StrEnum


class ChargebackStatus(StrEnum):
    ACCEPTED = "accepted"
    CREATED = "created"
    IN_REVIEW = "in_review"
    LOST = "lost"
    WON = "won"

    def __str__(self) -> str:
        return str(self.value)
