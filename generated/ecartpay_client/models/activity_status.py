from enum import StrEnum


class ActivityStatus(StrEnum):
    APPROVED = "approved"
    BLOCKED = "blocked"
    FAILED = "failed"
    REVIEW = "review"

    def __str__(self) -> str:
        return str(self.value)
