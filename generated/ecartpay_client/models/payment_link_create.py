from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass as _dataclass
from dataclasses import field as _dataclass_field
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.installments_option import InstallmentsOption
    from ..models.payment_link_item_create import PaymentLinkItemCreate
    from ..models.shipping_address import ShippingAddress
    from ..models.shipping_item_create import ShippingItemCreate


T = TypeVar("T", bound="PaymentLinkCreate")


@_dataclass(slots=True)
class PaymentLinkCreate:
    """Assumed: `currency` and `items` are required (the reference marks nothing
    required, but a link needs something to sell). `start_date` is taken as the
    reference writes it (`2021-06-18 12:00:00`) or as ISO 8601.

    """

    currency: str
    """ ISO 4217 code in requests (MXN, USD, BRL, CAD, ARS, COP, EUR, PEN, JPY, RUB, GBP,
    CLP, UYU, GTQ, INR, CNY, AUD, ...). A pattern rather than an enum, so a currency the
    vendor adds later is accepted; responses use a plain string.
     """
    items: list[PaymentLinkItemCreate]
    """ What the link sells: at least one line. """
    name: str | Unset = UNSET
    """ Your name for the link, shown in the dashboard. """
    first_name: str | Unset = UNSET
    """ The buyer's first name, when the link is meant for one person. """
    shipping_items: list[ShippingItemCreate] | Unset = UNSET
    """ Shipping charges added to the link's total. """
    shipping_address: ShippingAddress | Unset = UNSET
    """ Where an order ships. Every field optional (the reference requires none). """
    quantity_uses: int | Unset = UNSET
    """ How many times the link can be paid; -1 for unlimited. """
    start_date: str | Unset = UNSET
    """ A date and time as the vendor accepts it: `2021-06-18 12:00:00`,
    `2021-06-18T12:00:00.000Z` or a day (`2021-06-18`); taken as UTC.
     """
    end_date: None | str | Unset = UNSET
    """ When the link stops accepting payments; null for never. """
    discounts: list[str] | Unset = UNSET
    """ Discount codes that apply; the vendor's example shows only placeholder strings, so their format is not
    documented by the vendor. """
    installments_information: list[InstallmentsOption] | Unset = UNSET
    """ The installment plans offered to the buyer. """
    additional_properties: dict[str, Any] = _dataclass_field(
        init=False, default_factory=dict
    )

    def to_dict(self) -> dict[str, Any]:
        currency = self.currency

        items = []
        for items_item_data in self.items:
            items_item = items_item_data.to_dict()
            items.append(items_item)

        name = self.name

        first_name = self.first_name

        shipping_items: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.shipping_items, Unset):
            shipping_items = []
            for shipping_items_item_data in self.shipping_items:
                shipping_items_item = shipping_items_item_data.to_dict()
                shipping_items.append(shipping_items_item)

        shipping_address: dict[str, Any] | Unset = UNSET
        if not isinstance(self.shipping_address, Unset):
            shipping_address = self.shipping_address.to_dict()

        quantity_uses = self.quantity_uses

        start_date = self.start_date

        end_date: None | str | Unset
        if isinstance(self.end_date, Unset):
            end_date = UNSET
        else:
            end_date = self.end_date

        discounts: list[str] | Unset = UNSET
        if not isinstance(self.discounts, Unset):
            discounts = self.discounts

        installments_information: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.installments_information, Unset):
            installments_information = []
            for installments_information_item_data in self.installments_information:
                installments_information_item = (
                    installments_information_item_data.to_dict()
                )
                installments_information.append(installments_information_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "currency": currency,
                "items": items,
            }
        )
        if name is not UNSET:
            field_dict["name"] = name
        if first_name is not UNSET:
            field_dict["first_name"] = first_name
        if shipping_items is not UNSET:
            field_dict["shipping_items"] = shipping_items
        if shipping_address is not UNSET:
            field_dict["shipping_address"] = shipping_address
        if quantity_uses is not UNSET:
            field_dict["quantity_uses"] = quantity_uses
        if start_date is not UNSET:
            field_dict["start_date"] = start_date
        if end_date is not UNSET:
            field_dict["end_date"] = end_date
        if discounts is not UNSET:
            field_dict["discounts"] = discounts
        if installments_information is not UNSET:
            field_dict["installments_information"] = installments_information

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.installments_option import InstallmentsOption
        from ..models.payment_link_item_create import PaymentLinkItemCreate
        from ..models.shipping_address import ShippingAddress
        from ..models.shipping_item_create import ShippingItemCreate

        d = dict(src_dict)
        currency = d.pop("currency")

        items = []
        _items = d.pop("items")
        for items_item_data in _items:
            items_item = PaymentLinkItemCreate.from_dict(items_item_data)

            items.append(items_item)

        name = d.pop("name", UNSET)

        first_name = d.pop("first_name", UNSET)

        _shipping_items = d.pop("shipping_items", UNSET)
        shipping_items: list[ShippingItemCreate] | Unset = UNSET
        if _shipping_items is not UNSET:
            shipping_items = []
            for shipping_items_item_data in _shipping_items:
                shipping_items_item = ShippingItemCreate.from_dict(
                    shipping_items_item_data
                )

                shipping_items.append(shipping_items_item)

        _shipping_address = d.pop("shipping_address", UNSET)
        shipping_address: ShippingAddress | Unset
        if isinstance(_shipping_address, Unset):
            shipping_address = UNSET
        else:
            shipping_address = ShippingAddress.from_dict(_shipping_address)

        quantity_uses = d.pop("quantity_uses", UNSET)

        start_date = d.pop("start_date", UNSET)

        def _parse_end_date(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        end_date = _parse_end_date(d.pop("end_date", UNSET))

        discounts = cast(list[str], d.pop("discounts", UNSET))

        _installments_information = d.pop("installments_information", UNSET)
        installments_information: list[InstallmentsOption] | Unset = UNSET
        if _installments_information is not UNSET:
            installments_information = []
            for installments_information_item_data in _installments_information:
                installments_information_item = InstallmentsOption.from_dict(
                    installments_information_item_data
                )

                installments_information.append(installments_information_item)

        payment_link_create = cls(
            currency=currency,
            items=items,
            name=name,
            first_name=first_name,
            shipping_items=shipping_items,
            shipping_address=shipping_address,
            quantity_uses=quantity_uses,
            start_date=start_date,
            end_date=end_date,
            discounts=discounts,
            installments_information=installments_information,
        )

        payment_link_create.additional_properties = d
        return payment_link_create

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
