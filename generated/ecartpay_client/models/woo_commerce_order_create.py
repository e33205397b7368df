from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass as _dataclass
from dataclasses import field as _dataclass_field
from typing import TYPE_CHECKING, Any, Self, TypeVar

if TYPE_CHECKING:
    from ..models.woo_commerce_billing import WooCommerceBilling
    from ..models.woo_commerce_line_item import WooCommerceLineItem


T = TypeVar("T", bound="WooCommerceOrderCreate")


@_dataclass(slots=True)
class WooCommerceOrderCreate:
    """Assumed (the vendor documents no body) - the WooCommerce order's own fields."""

    id: int
    """ The WooCommerce order id. """
    currency: str
    """ ISO 4217 code in requests (MXN, USD, BRL, CAD, ARS, COP, EUR, PEN, JPY, RUB, GBP,
    CLP, UYU, GTQ, INR, CNY, AUD, ...). A pattern rather than an enum, so a currency the
    vendor adds later is accepted; responses use a plain string.
     """
    billing: WooCommerceBilling
    line_items: list[WooCommerceLineItem]
    """ The WooCommerce order's lines: name, quantity and price of each. """
    additional_properties: dict[str, Any] = _dataclass_field(
        init=False, default_factory=dict
    )

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        currency = self.currency

        billing = self.billing.to_dict()

        line_items = []
        for line_items_item_data in self.line_items:
            line_items_item = line_items_item_data.to_dict()
            line_items.append(line_items_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "currency": currency,
                "billing": billing,
                "line_items": line_items,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.woo_commerce_billing import WooCommerceBilling
        from ..models.woo_commerce_line_item import WooCommerceLineItem

        d = dict(src_dict)
        id = d.pop("id")

        currency = d.pop("currency")

        billing = WooCommerceBilling.from_dict(d.pop("billing"))

        line_items = []
        _line_items = d.pop("line_items")
        for line_items_item_data in _line_items:
            line_items_item = WooCommerceLineItem.from_dict(line_items_item_data)

            line_items.append(line_items_item)

        woo_commerce_order_create = cls(
            id=id,
            currency=currency,
            billing=billing,
            line_items=line_items,
        )

        woo_commerce_order_create.additional_properties = d
        return woo_commerce_order_create

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
