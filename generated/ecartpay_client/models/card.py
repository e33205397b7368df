from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass as _dataclass
from dataclasses import field as _dataclass_field
from typing import Any, Self, TypeVar, cast

from ..models.card_brand import CardBrand
from ..types import UNSET, Unset

T = TypeVar("T", bound="Card")


@_dataclass(slots=True)
class Card:
    """A card stored in the account. `number` is opaque: encrypted in the recorded create
    answer, digits in the recorded read; never the plain number here.

    """

    id: str
    account_id: str | Unset = UNSET
    brand: CardBrand | str | Unset = UNSET
    exp_month: str | Unset = UNSET
    exp_year: str | Unset = UNSET
    last: str | Unset = UNSET
    name: None | str | Unset = UNSET
    number: str | Unset = UNSET
    created_at: str | Unset = UNSET
    updated_at: str | Unset = UNSET
    additional_properties: dict[str, Any] = _dataclass_field(
        init=False, default_factory=dict
    )

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        account_id = self.account_id

        brand: str | Unset
        if isinstance(self.brand, Unset):
            brand = UNSET
        elif isinstance(self.brand, CardBrand):
            brand = self.brand.value
        else:
            brand = self.brand

        exp_month = self.exp_month

        exp_year = self.exp_year

        last = self.last

        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        number = self.number

        created_at = self.created_at

        updated_at = self.updated_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
            }
        )
        if account_id is not UNSET:
            field_dict["account_id"] = account_id
        if brand is not UNSET:
            field_dict["brand"] = brand
        if exp_month is not UNSET:
            field_dict["exp_month"] = exp_month
        if exp_year is not UNSET:
            field_dict["exp_year"] = exp_year
        if last is not UNSET:
            field_dict["last"] = last
        if name is not UNSET:
            field_dict["name"] = name
        if number is not UNSET:
            field_dict["number"] = number
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        id = d.pop("id")

        account_id = d.pop("account_id", UNSET)

        def _parse_brand(data: object) -> CardBrand | str | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                brand_type_0 = CardBrand(data)

                return brand_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(CardBrand | str | Unset, data)

        brand = _parse_brand(d.pop("brand", UNSET))

        exp_month = d.pop("exp_month", UNSET)

        exp_year = d.pop("exp_year", UNSET)

        last = d.pop("last", UNSET)

        def _parse_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        name = _parse_name(d.pop("name", UNSET))

        number = d.pop("number", UNSET)

        created_at = d.pop("created_at", UNSET)

        updated_at = d.pop("updated_at", UNSET)

        card = cls(
            id=id,
            account_id=account_id,
            brand=brand,
            exp_month=exp_month,
            exp_year=exp_year,
            last=last,
            name=name,
            number=number,
            created_at=created_at,
            updated_at=updated_at,
        )

        card.additional_properties = d
        return card

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
