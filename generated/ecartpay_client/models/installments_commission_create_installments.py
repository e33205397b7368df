from enum import IntEnum


class InstallmentsCommissionCreateInstallments(IntEnum):
    VALUE_3 = 3
    VALUE_6 = 6
    VALUE_9 = 9
    VALUE_12 = 12
    VALUE_18 = 18

    def __str__(self) -> str:
        return str(self.value)
