from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass as _dataclass
from dataclasses import field as _dataclass_field
from typing import TYPE_CHECKING, Any, Self, TypeVar

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.installments_commission_create import InstallmentsCommissionCreate


T = TypeVar("T", bound="InstallmentsConfigurationUpdate")


@_dataclass(slots=True)
class InstallmentsConfigurationUpdate:
    commissions: list[InstallmentsCommissionCreate] | Unset = UNSET
    """ One plan per number of installments (3, 6, 9, ...): whether it is on, and the order amounts it applies to.
    """
    amex_fixed_installments: bool | Unset = UNSET
    """ Named for fixed installments on American Express cards; its exact effect is not documented by the vendor.
    """
    additional_properties: dict[str, Any] = _dataclass_field(
        init=False, default_factory=dict
    )

    def to_dict(self) -> dict[str, Any]:
        commissions: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.commissions, Unset):
            commissions = []
            for commissions_item_data in self.commissions:
                commissions_item = commissions_item_data.to_dict()
                commissions.append(commissions_item)

        amex_fixed_installments = self.amex_fixed_installments

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if commissions is not UNSET:
            field_dict["commissions"] = commissions
        if amex_fixed_installments is not UNSET:
            field_dict["amex_fixed_installments"] = amex_fixed_installments

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.installments_commission_create import InstallmentsCommissionCreate

        d = dict(src_dict)
        _commissions = d.pop("commissions", UNSET)
        commissions: list[InstallmentsCommissionCreate] | Unset = UNSET
        if _commissions is not UNSET:
            commissions = []
            for commissions_item_data in _commissions:
                commissions_item = InstallmentsCommissionCreate.from_dict(
                    commissions_item_data
                )

                commissions.append(commissions_item)

        amex_fixed_installments = d.pop("amex_fixed_installments", UNSET)

        installments_configuration_update = cls(
            commissions=commissions,
            amex_fixed_installments=amex_fixed_installments,
        )

        installments_configuration_update.additional_properties = d
        return installments_configuration_update

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
