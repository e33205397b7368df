from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass as _dataclass
from dataclasses import field as _dataclass_field
from typing import Any, Self, TypeVar

from ..types import UNSET, Unset

T = TypeVar("T", bound="CheckoutItem")


@_dataclass(slots=True)
class CheckoutItem:
    id: str | Unset = UNSET
    name: str | Unset = UNSET
    quantity: float | Unset = UNSET
    price: float | Unset = UNSET
    discount: float | Unset = UNSET
    is_service: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _dataclass_field(
        init=False, default_factory=dict
    )

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        quantity = self.quantity

        price = self.price

        discount = self.discount

        is_service = self.is_service

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if name is not UNSET:
            field_dict["name"] = name
        if quantity is not UNSET:
            field_dict["quantity"] = quantity
        if price is not UNSET:
            field_dict["price"] = price
        if discount is not UNSET:
            field_dict["discount"] = discount
        if is_service is not UNSET:
            field_dict["is_service"] = is_service

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        id = d.pop("id", UNSET)

        name = d.pop("name", UNSET)

        quantity = d.pop("quantity", UNSET)

        price = d.pop("price", UNSET)

        discount = d.pop("discount", UNSET)

        is_service = d.pop("is_service", UNSET)

        checkout_item = cls(
            id=id,
            name=name,
            quantity=quantity,
            price=price,
            discount=discount,
            is_service=is_service,
        )

        checkout_item.additional_properties = d
        return checkout_item

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
