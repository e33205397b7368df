from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass as _dataclass
from dataclasses import field as _dataclass_field
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.installments_commission import InstallmentsCommission


T = TypeVar("T", bound="InstallmentsConfiguration")


@_dataclass(slots=True)
class InstallmentsConfiguration:
    """Assumed shape (no recorded answer)."""

    is_active: bool
    commissions: list[InstallmentsCommission]
    """ One plan per number of installments, ascending. """
    amex_fixed_installments: bool | Unset = UNSET
    updated_at: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _dataclass_field(
        init=False, default_factory=dict
    )

    def to_dict(self) -> dict[str, Any]:
        is_active = self.is_active

        commissions = []
        for commissions_item_data in self.commissions:
            commissions_item = commissions_item_data.to_dict()
            commissions.append(commissions_item)

        amex_fixed_installments = self.amex_fixed_installments

        updated_at: None | str | Unset
        if isinstance(self.updated_at, Unset):
            updated_at = UNSET
        else:
            updated_at = self.updated_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "is_active": is_active,
                "commissions": commissions,
            }
        )
        if amex_fixed_installments is not UNSET:
            field_dict["amex_fixed_installments"] = amex_fixed_installments
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.installments_commission import InstallmentsCommission

        d = dict(src_dict)
        is_active = d.pop("is_active")

        commissions = []
        _commissions = d.pop("commissions")
        for commissions_item_data in _commissions:
            commissions_item = InstallmentsCommission.from_dict(commissions_item_data)

            commissions.append(commissions_item)

        amex_fixed_installments = d.pop("amex_fixed_installments", UNSET)

        def _parse_updated_at(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        updated_at = _parse_updated_at(d.pop("updated_at", UNSET))

        installments_configuration = cls(
            is_active=is_active,
            commissions=commissions,
            amex_fixed_installments=amex_fixed_installments,
            updated_at=updated_at,
        )

        installments_configuration.additional_properties = d
        return installments_configuration

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
