from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass as _dataclass
from dataclasses import field as _dataclass_field
from typing import Any, Self, TypeVar

from ..types import UNSET, Unset

T = TypeVar("T", bound="PayoutItemCreate")


@_dataclass(slots=True)
class PayoutItemCreate:
    name: str
    price: float
    """ An amount in major units (243.33). Assumed: at least 0.01 and at most 100,000,000.
    An amount has no more decimals than its currency's minor unit (0 for JPY and CLP,
    2 for MXN, USD and the others): more is a 400, never rounded. A unit price may be
    finer; a line is `price * quantity` computed in decimals and rounded half-up once,
    after multiplying. Discounts are between 0 and what they discount.
     """
    quantity: int
    discount: float | Unset = UNSET
    """ At most two decimals, like every amount (`CentAmount`). """
    additional_properties: dict[str, Any] = _dataclass_field(
        init=False, default_factory=dict
    )

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        price = self.price

        quantity = self.quantity

        discount = self.discount

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "price": price,
                "quantity": quantity,
            }
        )
        if discount is not UNSET:
            field_dict["discount"] = discount

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        name = d.pop("name")

        price = d.pop("price")

        quantity = d.pop("quantity")

        discount = d.pop("discount", UNSET)

        payout_item_create = cls(
            name=name,
            price=price,
            quantity=quantity,
            discount=discount,
        )

        payout_item_create.additional_properties = d
        return payout_item_create

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
