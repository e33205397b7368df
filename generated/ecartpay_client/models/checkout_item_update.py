from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass as _dataclass
from typing import Any, Self, TypeVar

from ..types import UNSET, Unset

T = TypeVar("T", bound="CheckoutItemUpdate")


@_dataclass(slots=True)
class CheckoutItemUpdate:
    """The fields of the item to change. Only these can be written: any other (read-only
    ones such as `id` and `total`, or unknown ones) is refused with 400 and nothing
    changes.

    """

    name: str | Unset = UNSET
    """ The line's new name. """
    quantity: int | Unset = UNSET
    """ How many units the line now has. """
    price: float | Unset = UNSET
    """ An amount in major units (243.33). Assumed: at least 0.01 and at most 100,000,000.
    An amount has no more decimals than its currency's minor unit (0 for JPY and CLP,
    2 for MXN, USD and the others): more is a 400, never rounded. A unit price may be
    finer; a line is `price * quantity` computed in decimals and rounded half-up once,
    after multiplying. Discounts are between 0 and what they discount.
     """
    discount: float | Unset = UNSET
    """ The line's new discount, in the checkout's currency. """
    is_service: bool | Unset = UNSET
    """ `true` when the line is a service rather than goods to ship. """

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        quantity = self.quantity

        price = self.price

        discount = self.discount

        is_service = self.is_service

        field_dict: dict[str, Any] = {}

        field_dict.update({})
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
        name = d.pop("name", UNSET)

        quantity = d.pop("quantity", UNSET)

        price = d.pop("price", UNSET)

        discount = d.pop("discount", UNSET)

        is_service = d.pop("is_service", UNSET)

        checkout_item_update = cls(
            name=name,
            quantity=quantity,
            price=price,
            discount=discount,
            is_service=is_service,
        )

        return checkout_item_update
