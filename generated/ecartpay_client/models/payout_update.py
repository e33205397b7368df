from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass as _dataclass
from dataclasses import field as _dataclass_field
from typing import TYPE_CHECKING, Any, Self, TypeVar

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.payout_charge import PayoutCharge
    from ..models.payout_item_create import PayoutItemCreate


T = TypeVar("T", bound="PayoutUpdate")


@_dataclass(slots=True)
class PayoutUpdate:
    amount: float | Unset = UNSET
    """ An amount in major units with at most two decimals (243.33; 243.333 is a 400),
    where no currency allowed has more. Subscriptions charge in MXN or USD, both with
    two; a payout's currency may have fewer (0 for JPY and CLP: 10.5 JPY is a 400
    too). Assumed, as for `Money`: at least 0.01 and at most 100,000,000.
     """
    charges: list[PayoutCharge] | Unset = UNSET
    """ Charges (fees) listed on the payout, each with a `name` and an `amount`. """
    items: list[PayoutItemCreate] | Unset = UNSET
    """ Lines describing what the payout pays for. """
    order_id: str | Unset = UNSET
    """ An order this payout is linked to. """
    additional_properties: dict[str, Any] = _dataclass_field(
        init=False, default_factory=dict
    )

    def to_dict(self) -> dict[str, Any]:
        amount = self.amount

        charges: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.charges, Unset):
            charges = []
            for charges_item_data in self.charges:
                charges_item = charges_item_data.to_dict()
                charges.append(charges_item)

        items: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.items, Unset):
            items = []
            for items_item_data in self.items:
                items_item = items_item_data.to_dict()
                items.append(items_item)

        order_id = self.order_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if amount is not UNSET:
            field_dict["amount"] = amount
        if charges is not UNSET:
            field_dict["charges"] = charges
        if items is not UNSET:
            field_dict["items"] = items
        if order_id is not UNSET:
            field_dict["order_id"] = order_id

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.payout_charge import PayoutCharge
        from ..models.payout_item_create import PayoutItemCreate

        d = dict(src_dict)
        amount = d.pop("amount", UNSET)

        _charges = d.pop("charges", UNSET)
        charges: list[PayoutCharge] | Unset = UNSET
        if _charges is not UNSET:
            charges = []
            for charges_item_data in _charges:
                charges_item = PayoutCharge.from_dict(charges_item_data)

                charges.append(charges_item)

        _items = d.pop("items", UNSET)
        items: list[PayoutItemCreate] | Unset = UNSET
        if _items is not UNSET:
            items = []
            for items_item_data in _items:
                items_item = PayoutItemCreate.from_dict(items_item_data)

                items.append(items_item)

        order_id = d.pop("order_id", UNSET)

        payout_update = cls(
            amount=amount,
            charges=charges,
            items=items,
            order_id=order_id,
        )

        payout_update.additional_properties = d
        return payout_update

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
