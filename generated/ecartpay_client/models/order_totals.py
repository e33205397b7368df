from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass as _dataclass
from dataclasses import field as _dataclass_field
from typing import Any, Self, TypeVar

from ..types import UNSET, Unset

T = TypeVar("T", bound="OrderTotals")


@_dataclass(slots=True)
class OrderTotals:
    subtotal: float | Unset = UNSET
    discount: float | Unset = UNSET
    tax: float | Unset = UNSET
    shipping: float | Unset = UNSET
    total: float | Unset = UNSET
    additional_properties: dict[str, Any] = _dataclass_field(
        init=False, default_factory=dict
    )

    def to_dict(self) -> dict[str, Any]:
        subtotal = self.subtotal

        discount = self.discount

        tax = self.tax

        shipping = self.shipping

        total = self.total

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if subtotal is not UNSET:
            field_dict["subtotal"] = subtotal
        if discount is not UNSET:
            field_dict["discount"] = discount
        if tax is not UNSET:
            field_dict["tax"] = tax
        if shipping is not UNSET:
            field_dict["shipping"] = shipping
        if total is not UNSET:
            field_dict["total"] = total

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        subtotal = d.pop("subtotal", UNSET)

        discount = d.pop("discount", UNSET)

        tax = d.pop("tax", UNSET)

        shipping = d.pop("shipping", UNSET)

        total = d.pop("total", UNSET)

        order_totals = cls(
            subtotal=subtotal,
            discount=discount,
            tax=tax,
            shipping=shipping,
            total=total,
        )

        order_totals.additional_properties = d
        return order_totals

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
