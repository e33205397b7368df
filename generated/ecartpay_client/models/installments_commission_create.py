from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass as _dataclass
from dataclasses import field as _dataclass_field
from typing import Any, Self, TypeVar

from ..models.installments_commission_create_installments import (
    InstallmentsCommissionCreateInstallments,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="InstallmentsCommissionCreate")


@_dataclass(slots=True)
class InstallmentsCommissionCreate:
    installments: InstallmentsCommissionCreateInstallments
    minimum_amount: float | Unset = UNSET
    maximum_amount: float | Unset = UNSET
    is_active: bool | Unset = UNSET
    fixed_installments: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _dataclass_field(
        init=False, default_factory=dict
    )

    def to_dict(self) -> dict[str, Any]:
        installments = self.installments.value

        minimum_amount = self.minimum_amount

        maximum_amount = self.maximum_amount

        is_active = self.is_active

        fixed_installments = self.fixed_installments

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "installments": installments,
            }
        )
        if minimum_amount is not UNSET:
            field_dict["minimum_amount"] = minimum_amount
        if maximum_amount is not UNSET:
            field_dict["maximum_amount"] = maximum_amount
        if is_active is not UNSET:
            field_dict["is_active"] = is_active
        if fixed_installments is not UNSET:
            field_dict["fixed_installments"] = fixed_installments

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        installments = InstallmentsCommissionCreateInstallments(d.pop("installments"))

        minimum_amount = d.pop("minimum_amount", UNSET)

        maximum_amount = d.pop("maximum_amount", UNSET)

        is_active = d.pop("is_active", UNSET)

        fixed_installments = d.pop("fixed_installments", UNSET)

        installments_commission_create = cls(
            installments=installments,
            minimum_amount=minimum_amount,
            maximum_amount=maximum_amount,
            is_active=is_active,
            fixed_installments=fixed_installments,
        )

        installments_commission_create.additional_properties = d
        return installments_commission_create

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
