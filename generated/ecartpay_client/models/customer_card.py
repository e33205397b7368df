from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass as _dataclass
from dataclasses import field as _dataclass_field
from typing import Any, Self, TypeVar, cast

from ..models.card_brand import CardBrand
from ..types import UNSET, Unset

T = TypeVar("T", bound="CustomerCard")


@_dataclass(slots=True)
class CustomerCard:
    """A customer's card as the API shows it (never the number or the cvc)."""

    id: str
    brand: CardBrand | str | Unset = UNSET
    default: bool | Unset = UNSET
    """ Whether this is the card charged by default. """
    last: str | Unset = UNSET
    """ The last four digits. """
    name: None | str | Unset = UNSET
    exp_month: str | Unset = UNSET
    exp_year: str | Unset = UNSET
    additional_properties: dict[str, Any] = _dataclass_field(
        init=False, default_factory=dict
    )

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        brand: str | Unset
        if isinstance(self.brand, Unset):
            brand = UNSET
        elif isinstance(self.brand, CardBrand):
            brand = self.brand.value
        else:
            brand = self.brand

        default = self.default

        last = self.last

        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        exp_month = self.exp_month

        exp_year = self.exp_year

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
            }
        )
        if brand is not UNSET:
            field_dict["brand"] = brand
        if default is not UNSET:
            field_dict["default"] = default
        if last is not UNSET:
            field_dict["last"] = last
        if name is not UNSET:
            field_dict["name"] = name
        if exp_month is not UNSET:
            field_dict["exp_month"] = exp_month
        if exp_year is not UNSET:
            field_dict["exp_year"] = exp_year

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        id = d.pop("id")

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

        default = d.pop("default", UNSET)

        last = d.pop("last", UNSET)

        def _parse_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        name = _parse_name(d.pop("name", UNSET))

        exp_month = d.pop("exp_month", UNSET)

        exp_year = d.pop("exp_year", UNSET)

        customer_card = cls(
            id=id,
            brand=brand,
            default=default,
            last=last,
            name=name,
            exp_month=exp_month,
            exp_year=exp_year,
        )

        customer_card.additional_properties = d
        return customer_card

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
