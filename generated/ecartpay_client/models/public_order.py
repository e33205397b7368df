from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass as _dataclass
from dataclasses import field as _dataclass_field
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from ..models.order_status import OrderStatus
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.order_item import OrderItem
    from ..models.order_totals import OrderTotals


T = TypeVar("T", bound="PublicOrder")


@_dataclass(slots=True)
class PublicOrder:
    """Assumed shape (the vendor documents no body): what a buyer may see of an order."""

    id: str
    number: str | Unset = UNSET
    status: OrderStatus | str | Unset = UNSET
    currency: str | Unset = UNSET
    items: list[OrderItem] | Unset = UNSET
    totals: OrderTotals | Unset = UNSET
    clabe: None | str | Unset = UNSET
    """ The CLABE to transfer to, once the order was set up for it. """
    additional_properties: dict[str, Any] = _dataclass_field(
        init=False, default_factory=dict
    )

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        number = self.number

        status: str | Unset
        if isinstance(self.status, Unset):
            status = UNSET
        elif isinstance(self.status, OrderStatus):
            status = self.status.value
        else:
            status = self.status

        currency = self.currency

        items: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.items, Unset):
            items = []
            for items_item_data in self.items:
                items_item = items_item_data.to_dict()
                items.append(items_item)

        totals: dict[str, Any] | Unset = UNSET
        if not isinstance(self.totals, Unset):
            totals = self.totals.to_dict()

        clabe: None | str | Unset
        if isinstance(self.clabe, Unset):
            clabe = UNSET
        else:
            clabe = self.clabe

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
            }
        )
        if number is not UNSET:
            field_dict["number"] = number
        if status is not UNSET:
            field_dict["status"] = status
        if currency is not UNSET:
            field_dict["currency"] = currency
        if items is not UNSET:
            field_dict["items"] = items
        if totals is not UNSET:
            field_dict["totals"] = totals
        if clabe is not UNSET:
            field_dict["clabe"] = clabe

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.order_item import OrderItem
        from ..models.order_totals import OrderTotals

        d = dict(src_dict)
        id = d.pop("id")

        number = d.pop("number", UNSET)

        def _parse_status(data: object) -> OrderStatus | str | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                status_type_0 = OrderStatus(data)

                return status_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(OrderStatus | str | Unset, data)

        status = _parse_status(d.pop("status", UNSET))

        currency = d.pop("currency", UNSET)

        _items = d.pop("items", UNSET)
        items: list[OrderItem] | Unset = UNSET
        if _items is not UNSET:
            items = []
            for items_item_data in _items:
                items_item = OrderItem.from_dict(items_item_data)

                items.append(items_item)

        _totals = d.pop("totals", UNSET)
        totals: OrderTotals | Unset
        if isinstance(_totals, Unset):
            totals = UNSET
        else:
            totals = OrderTotals.from_dict(_totals)

        def _parse_clabe(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        clabe = _parse_clabe(d.pop("clabe", UNSET))

        public_order = cls(
            id=id,
            number=number,
            status=status,
            currency=currency,
            items=items,
            totals=totals,
            clabe=clabe,
        )

        public_order.additional_properties = d
        return public_order

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
