from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass as _dataclass
from dataclasses import field as _dataclass_field
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.installments_option import InstallmentsOption
    from ..models.line_item import LineItem
    from ..models.payment_link_totals import PaymentLinkTotals
    from ..models.shipping_address import ShippingAddress
    from ..models.shipping_item import ShippingItem


T = TypeVar("T", bound="PaymentLink")


@_dataclass(slots=True)
class PaymentLink:
    """A payment-link template as the vendor answers it."""

    id: str
    account_id: str | Unset = UNSET
    authorization_id: None | str | Unset = UNSET
    number: str | Unset = UNSET
    """ The link's number, `TE` and 8 digits. """
    name: None | str | Unset = UNSET
    currency: str | Unset = UNSET
    first_name: None | str | Unset = UNSET
    items: list[LineItem] | Unset = UNSET
    shipping_items: list[ShippingItem] | Unset = UNSET
    shipping_address: None | ShippingAddress | Unset = UNSET
    discounts: list[Any] | Unset = UNSET
    installments_information: list[InstallmentsOption] | Unset = UNSET
    quantity_uses: float | Unset = UNSET
    """ How many times the link can be paid; -1 for unlimited. """
    start_date: None | str | Unset = UNSET
    end_date: None | str | Unset = UNSET
    totals: PaymentLinkTotals | Unset = UNSET
    """ Sums of a payment link (or order), in its currency. """
    link: str | Unset = UNSET
    """ Assumed (the recorded examples show no URL): where buyers pay this link, as the
    local sandbox answers it.
     """
    created_at: str | Unset = UNSET
    updated_at: str | Unset = UNSET
    additional_properties: dict[str, Any] = _dataclass_field(
        init=False, default_factory=dict
    )

    def to_dict(self) -> dict[str, Any]:
        from ..models.shipping_address import ShippingAddress

        id = self.id

        account_id = self.account_id

        authorization_id: None | str | Unset
        if isinstance(self.authorization_id, Unset):
            authorization_id = UNSET
        else:
            authorization_id = self.authorization_id

        number = self.number

        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        currency = self.currency

        first_name: None | str | Unset
        if isinstance(self.first_name, Unset):
            first_name = UNSET
        else:
            first_name = self.first_name

        items: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.items, Unset):
            items = []
            for items_item_data in self.items:
                items_item = items_item_data.to_dict()
                items.append(items_item)

        shipping_items: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.shipping_items, Unset):
            shipping_items = []
            for shipping_items_item_data in self.shipping_items:
                shipping_items_item = shipping_items_item_data.to_dict()
                shipping_items.append(shipping_items_item)

        shipping_address: dict[str, Any] | None | Unset
        if isinstance(self.shipping_address, Unset):
            shipping_address = UNSET
        elif isinstance(self.shipping_address, ShippingAddress):
            shipping_address = self.shipping_address.to_dict()
        else:
            shipping_address = self.shipping_address

        discounts: list[Any] | Unset = UNSET
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

        quantity_uses = self.quantity_uses

        start_date: None | str | Unset
        if isinstance(self.start_date, Unset):
            start_date = UNSET
        else:
            start_date = self.start_date

        end_date: None | str | Unset
        if isinstance(self.end_date, Unset):
            end_date = UNSET
        else:
            end_date = self.end_date

        totals: dict[str, Any] | Unset = UNSET
        if not isinstance(self.totals, Unset):
            totals = self.totals.to_dict()

        link = self.link

        created_at = self.created_at

        updated_at = self.updated_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
            }
        )
        if account_id is not UNSET:
            field_dict["account_id"] = account_id
        if authorization_id is not UNSET:
            field_dict["authorization_id"] = authorization_id
        if number is not UNSET:
            field_dict["number"] = number
        if name is not UNSET:
            field_dict["name"] = name
        if currency is not UNSET:
            field_dict["currency"] = currency
        if first_name is not UNSET:
            field_dict["first_name"] = first_name
        if items is not UNSET:
            field_dict["items"] = items
        if shipping_items is not UNSET:
            field_dict["shipping_items"] = shipping_items
        if shipping_address is not UNSET:
            field_dict["shipping_address"] = shipping_address
        if discounts is not UNSET:
            field_dict["discounts"] = discounts
        if installments_information is not UNSET:
            field_dict["installments_information"] = installments_information
        if quantity_uses is not UNSET:
            field_dict["quantity_uses"] = quantity_uses
        if start_date is not UNSET:
            field_dict["start_date"] = start_date
        if end_date is not UNSET:
            field_dict["end_date"] = end_date
        if totals is not UNSET:
            field_dict["totals"] = totals
        if link is not UNSET:
            field_dict["link"] = link
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.installments_option import InstallmentsOption
        from ..models.line_item import LineItem
        from ..models.payment_link_totals import PaymentLinkTotals
        from ..models.shipping_address import ShippingAddress
        from ..models.shipping_item import ShippingItem

        d = dict(src_dict)
        id = d.pop("id")

        account_id = d.pop("account_id", UNSET)

        def _parse_authorization_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        authorization_id = _parse_authorization_id(d.pop("authorization_id", UNSET))

        number = d.pop("number", UNSET)

        def _parse_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        name = _parse_name(d.pop("name", UNSET))

        currency = d.pop("currency", UNSET)

        def _parse_first_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        first_name = _parse_first_name(d.pop("first_name", UNSET))

        _items = d.pop("items", UNSET)
        items: list[LineItem] | Unset = UNSET
        if _items is not UNSET:
            items = []
            for items_item_data in _items:
                items_item = LineItem.from_dict(items_item_data)

                items.append(items_item)

        _shipping_items = d.pop("shipping_items", UNSET)
        shipping_items: list[ShippingItem] | Unset = UNSET
        if _shipping_items is not UNSET:
            shipping_items = []
            for shipping_items_item_data in _shipping_items:
                shipping_items_item = ShippingItem.from_dict(shipping_items_item_data)

                shipping_items.append(shipping_items_item)

        def _parse_shipping_address(data: object) -> None | ShippingAddress | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                shipping_address_type_0 = ShippingAddress.from_dict(data)

                return shipping_address_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | ShippingAddress | Unset, data)

        shipping_address = _parse_shipping_address(d.pop("shipping_address", UNSET))

        discounts = cast(list[Any], d.pop("discounts", UNSET))

        _installments_information = d.pop("installments_information", UNSET)
        installments_information: list[InstallmentsOption] | Unset = UNSET
        if _installments_information is not UNSET:
            installments_information = []
            for installments_information_item_data in _installments_information:
                installments_information_item = InstallmentsOption.from_dict(
                    installments_information_item_data
                )

                installments_information.append(installments_information_item)

        quantity_uses = d.pop("quantity_uses", UNSET)

        def _parse_start_date(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        start_date = _parse_start_date(d.pop("start_date", UNSET))

        def _parse_end_date(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        end_date = _parse_end_date(d.pop("end_date", UNSET))

        _totals = d.pop("totals", UNSET)
        totals: PaymentLinkTotals | Unset
        if isinstance(_totals, Unset):
            totals = UNSET
        else:
            totals = PaymentLinkTotals.from_dict(_totals)

        link = d.pop("link", UNSET)

        created_at = d.pop("created_at", UNSET)

        updated_at = d.pop("updated_at", UNSET)

        payment_link = cls(
            id=id,
            account_id=account_id,
            authorization_id=authorization_id,
            number=number,
            name=name,
            currency=currency,
            first_name=first_name,
            items=items,
            shipping_items=shipping_items,
            shipping_address=shipping_address,
            discounts=discounts,
            installments_information=installments_information,
            quantity_uses=quantity_uses,
            start_date=start_date,
            end_date=end_date,
            totals=totals,
            link=link,
            created_at=created_at,
            updated_at=updated_at,
        )

        payment_link.additional_properties = d
        return payment_link

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
