from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass as _dataclass
from dataclasses import field as _dataclass_field
from typing import Any, Self, TypeVar, cast

from ..types import UNSET, Unset

T = TypeVar("T", bound="OrderItem")


@_dataclass(slots=True)
class OrderItem:
    """A line of an order as answered; amounts are numbers (ints or floats)."""

    name: str | Unset = UNSET
    quantity: float | Unset = UNSET
    price: float | Unset = UNSET
    discount: float | Unset = UNSET
    tax: float | Unset = UNSET
    total: float | Unset = UNSET
    is_service: bool | Unset = UNSET
    taxes: list[Any] | Unset = UNSET
    """ Assumed shape (the vendor only shows `[]`). """
    additional_properties: dict[str, Any] = _dataclass_field(
        init=False, default_factory=dict
    )

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        quantity = self.quantity

        price = self.price

        discount = self.discount

        tax = self.tax

        total = self.total

        is_service = self.is_service

        taxes: list[Any] | Unset = UNSET
        if not isinstance(self.taxes, Unset):
            taxes = self.taxes

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if quantity is not UNSET:
            field_dict["quantity"] = quantity
        if price is not UNSET:
            field_dict["price"] = price
        if discount is not UNSET:
            field_dict["discount"] = discount
        if tax is not UNSET:
            field_dict["tax"] = tax
        if total is not UNSET:
            field_dict["total"] = total
        if is_service is not UNSET:
            field_dict["is_service"] = is_service
        if taxes is not UNSET:
            field_dict["taxes"] = taxes

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        name = d.pop("name", UNSET)

        quantity = d.pop("quantity", UNSET)

        price = d.pop("price", UNSET)

        discount = d.pop("discount", UNSET)

        tax = d.pop("tax", UNSET)

        total = d.pop("total", UNSET)

        is_service = d.pop("is_service", UNSET)

        taxes = cast(list[Any], d.pop("taxes", UNSET))

        order_item = cls(
            name=name,
            quantity=quantity,
            price=price,
            discount=discount,
            tax=tax,
            total=total,
            is_service=is_service,
            taxes=taxes,
        )

        order_item.additional_properties = d
        return order_item

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
