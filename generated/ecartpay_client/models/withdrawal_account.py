from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass as _dataclass
from dataclasses import field as _dataclass_field
from typing import Any, Self, TypeVar, cast

from ..types import UNSET, Unset

T = TypeVar("T", bound="WithdrawalAccount")


@_dataclass(slots=True)
class WithdrawalAccount:
    id: str
    method: str | Unset = UNSET
    name: str | Unset = UNSET
    business_name: None | str | Unset = UNSET
    number: None | str | Unset = UNSET
    """ Assumed masked to its last 4 digits once stored. """
    bank: int | None | Unset = UNSET
    country: str | Unset = UNSET
    additional_properties: dict[str, Any] = _dataclass_field(
        init=False, default_factory=dict
    )

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        method = self.method

        name = self.name

        business_name: None | str | Unset
        if isinstance(self.business_name, Unset):
            business_name = UNSET
        else:
            business_name = self.business_name

        number: None | str | Unset
        if isinstance(self.number, Unset):
            number = UNSET
        else:
            number = self.number

        bank: int | None | Unset
        if isinstance(self.bank, Unset):
            bank = UNSET
        else:
            bank = self.bank

        country = self.country

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
            }
        )
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
        if country is not UNSET:
            field_dict["country"] = country

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        id = d.pop("id")

        method = d.pop("method", UNSET)

        name = d.pop("name", UNSET)

        def _parse_business_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        business_name = _parse_business_name(d.pop("business_name", UNSET))

        def _parse_number(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        number = _parse_number(d.pop("number", UNSET))

        def _parse_bank(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        bank = _parse_bank(d.pop("bank", UNSET))

        country = d.pop("country", UNSET)

        withdrawal_account = cls(
            id=id,
            method=method,
            name=name,
            business_name=business_name,
            number=number,
            bank=bank,
            country=country,
        )

        withdrawal_account.additional_properties = d
        return withdrawal_account

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
