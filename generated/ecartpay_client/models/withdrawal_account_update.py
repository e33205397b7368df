from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass as _dataclass
from dataclasses import field as _dataclass_field
from typing import Any, Self, TypeVar, cast

from ..models.withdrawal_method import WithdrawalMethod
from ..types import UNSET, Unset

T = TypeVar("T", bound="WithdrawalAccountUpdate")


@_dataclass(slots=True)
class WithdrawalAccountUpdate:
    method: str | Unset | WithdrawalMethod = UNSET
    """ The kind of account (`clabe` in the vendor's examples); other kinds are accepted as text. """
    name: str | Unset = UNSET
    """ Your new label for the account. """
    business_name: str | Unset = UNSET
    """ The account holder's name. """
    number: str | Unset = UNSET
    """ The new CLABE (18 digits) or card number. """
    bank: int | Unset = UNSET
    """ The bank's numeric code. """
    additional_properties: dict[str, Any] = _dataclass_field(
        init=False, default_factory=dict
    )

    def to_dict(self) -> dict[str, Any]:
        method: str | Unset
        if isinstance(self.method, Unset):
            method = UNSET
        elif isinstance(self.method, WithdrawalMethod):
            method = self.method.value
        else:
            method = self.method

        name = self.name

        business_name = self.business_name

        number = self.number

        bank = self.bank

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if method is not UNSET:
            field_dict["method"] = method
        if name is not UNSET:
            field_dict["name"] = name
        if business_name is not UNSET:
            field_dict["business_name"] = business_name
        if number is not UNSET:
            field_dict["number"] = number
        if bank is not UNSET:
            field_dict["bank"] = bank

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)

        def _parse_method(data: object) -> str | Unset | WithdrawalMethod:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                method_type_0 = WithdrawalMethod(data)

                return method_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(str | Unset | WithdrawalMethod, data)

        method = _parse_method(d.pop("method", UNSET))

        name = d.pop("name", UNSET)

        business_name = d.pop("business_name", UNSET)

        number = d.pop("number", UNSET)

        bank = d.pop("bank", UNSET)

        withdrawal_account_update = cls(
            method=method,
            name=name,
            business_name=business_name,
            number=number,
            bank=bank,
        )

        withdrawal_account_update.additional_properties = d
        return withdrawal_account_update

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
