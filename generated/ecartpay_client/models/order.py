from __future__ import annotations

import datetime
from collections.abc import Mapping
from dataclasses import dataclass as _dataclass
from dataclasses import field as _dataclass_field
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from ..models.order_status import OrderStatus
from ..models.order_type import OrderType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.order_item import OrderItem
    from ..models.order_totals import OrderTotals
    from ..models.shipping_address import ShippingAddress
    from ..models.shipping_item import ShippingItem


T = TypeVar("T", bound="Order")


@_dataclass(slots=True)
class Order:
    """An order as the API answers it, with every field the recorded examples show. Only
    `id` is required; the vendor omits what it has no value for.

    """

    id: str
    """ A 24-hex identifier (a MongoDB ObjectId). """
    account_id: str | Unset = UNSET
    """ A 24-hex identifier (a MongoDB ObjectId). """
    authorization_id: str | Unset = UNSET
    """ A 24-hex identifier (a MongoDB ObjectId). """
    customer_id: str | Unset = UNSET
    """ A 24-hex identifier (a MongoDB ObjectId). """
    type_: OrderType | str | Unset = UNSET
    number: str | Unset = UNSET
    """ The order's number, shown to the buyer (e.g. `OR01667152`). """
    status: OrderStatus | str | Unset = UNSET
    currency: str | Unset = UNSET
    country: str | Unset = UNSET
    email: str | Unset = UNSET
    first_name: str | Unset = UNSET
    last_name: str | Unset = UNSET
    phone: str | Unset = UNSET
    items: list[OrderItem] | Unset = UNSET
    shipping_items: list[ShippingItem] | Unset = UNSET
    shipping_address: ShippingAddress | Unset = UNSET
    """ Where an order ships. Every field optional (the reference requires none). """
    discounts: list[Any] | Unset = UNSET
    """ Assumed shape (the vendor only shows `[]`). """
    totals: OrderTotals | Unset = UNSET
    risk_score: float | Unset = UNSET
    risk_notes: list[Any] | Unset = UNSET
    """ Assumed shape (the vendor only shows `[]`); values grow over time. """
    fee: float | Unset = UNSET
    confirmed: bool | Unset = UNSET
    confirm: bool | Unset = UNSET
    """ Shown by the create-order guide beside `confirmed`. """
    auto_billing: bool | Unset = UNSET
    """ Shown by the create-order guide. """
    reference_id: str | Unset = UNSET
    pay_link: str | Unset = UNSET
    """ Where the buyer pays (`.../pay/{id}`). """
    notify_url: str | Unset = UNSET
    redirect_url: str | Unset = UNSET
    created_at: datetime.datetime | Unset = UNSET
    updated_at: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _dataclass_field(
        init=False, default_factory=dict
    )

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        account_id = self.account_id

        authorization_id = self.authorization_id

        customer_id = self.customer_id

        type_: str | Unset
        if isinstance(self.type_, Unset):
            type_ = UNSET
        elif isinstance(self.type_, OrderType):
            type_ = self.type_.value
        else:
            type_ = self.type_

        number = self.number

        status: str | Unset
        if isinstance(self.status, Unset):
            status = UNSET
        elif isinstance(self.status, OrderStatus):
            status = self.status.value
        else:
            status = self.status

        currency = self.currency

        country = self.country

        email = self.email

        first_name = self.first_name

        last_name = self.last_name

        phone = self.phone

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

        shipping_address: dict[str, Any] | Unset = UNSET
        if not isinstance(self.shipping_address, Unset):
            shipping_address = self.shipping_address.to_dict()

        discounts: list[Any] | Unset = UNSET
        if not isinstance(self.discounts, Unset):
            discounts = self.discounts

        totals: dict[str, Any] | Unset = UNSET
        if not isinstance(self.totals, Unset):
            totals = self.totals.to_dict()

        risk_score = self.risk_score

        risk_notes: list[Any] | Unset = UNSET
        if not isinstance(self.risk_notes, Unset):
            risk_notes = self.risk_notes

        fee = self.fee

        confirmed = self.confirmed

        confirm = self.confirm

        auto_billing = self.auto_billing

        reference_id = self.reference_id

        pay_link = self.pay_link

        notify_url = self.notify_url

        redirect_url = self.redirect_url

        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = self.created_at.isoformat()

        updated_at: str | Unset = UNSET
        if not isinstance(self.updated_at, Unset):
            updated_at = self.updated_at.isoformat()

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
        if customer_id is not UNSET:
            field_dict["customer_id"] = customer_id
        if type_ is not UNSET:
            field_dict["type"] = type_
        if number is not UNSET:
            field_dict["number"] = number
        if status is not UNSET:
            field_dict["status"] = status
        if currency is not UNSET:
            field_dict["currency"] = currency
        if country is not UNSET:
            field_dict["country"] = country
        if email is not UNSET:
            field_dict["email"] = email
        if first_name is not UNSET:
            field_dict["first_name"] = first_name
        if last_name is not UNSET:
            field_dict["last_name"] = last_name
        if phone is not UNSET:
            field_dict["phone"] = phone
        if items is not UNSET:
            field_dict["items"] = items
        if shipping_items is not UNSET:
            field_dict["shipping_items"] = shipping_items
        if shipping_address is not UNSET:
            field_dict["shipping_address"] = shipping_address
        if discounts is not UNSET:
            field_dict["discounts"] = discounts
        if totals is not UNSET:
            field_dict["totals"] = totals
        if risk_score is not UNSET:
            field_dict["risk_score"] = risk_score
        if risk_notes is not UNSET:
            field_dict["risk_notes"] = risk_notes
        if fee is not UNSET:
            field_dict["fee"] = fee
        if confirmed is not UNSET:
            field_dict["confirmed"] = confirmed
        if confirm is not UNSET:
            field_dict["confirm"] = confirm
        if auto_billing is not UNSET:
            field_dict["auto_billing"] = auto_billing
        if reference_id is not UNSET:
            field_dict["reference_id"] = reference_id
        if pay_link is not UNSET:
            field_dict["pay_link"] = pay_link
        if notify_url is not UNSET:
            field_dict["notify_url"] = notify_url
        if redirect_url is not UNSET:
            field_dict["redirect_url"] = redirect_url
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.order_item import OrderItem
        from ..models.order_totals import OrderTotals
        from ..models.shipping_address import ShippingAddress
        from ..models.shipping_item import ShippingItem

        d = dict(src_dict)
        id = d.pop("id")

        account_id = d.pop("account_id", UNSET)

        authorization_id = d.pop("authorization_id", UNSET)

        customer_id = d.pop("customer_id", UNSET)

        def _parse_type_(data: object) -> OrderType | str | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                type_type_0 = OrderType(data)

                return type_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(OrderType | str | Unset, data)

        type_ = _parse_type_(d.pop("type", UNSET))

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

        country = d.pop("country", UNSET)

        email = d.pop("email", UNSET)

        first_name = d.pop("first_name", UNSET)

        last_name = d.pop("last_name", UNSET)

        phone = d.pop("phone", UNSET)

        _items = d.pop("items", UNSET)
        items: list[OrderItem] | Unset = UNSET
        if _items is not UNSET:
            items = []
            for items_item_data in _items:
                items_item = OrderItem.from_dict(items_item_data)

                items.append(items_item)

        _shipping_items = d.pop("shipping_items", UNSET)
        shipping_items: list[ShippingItem] | Unset = UNSET
        if _shipping_items is not UNSET:
            shipping_items = []
            for shipping_items_item_data in _shipping_items:
                shipping_items_item = ShippingItem.from_dict(shipping_items_item_data)

                shipping_items.append(shipping_items_item)

        _shipping_address = d.pop("shipping_address", UNSET)
        shipping_address: ShippingAddress | Unset
        if isinstance(_shipping_address, Unset):
            shipping_address = UNSET
        else:
            shipping_address = ShippingAddress.from_dict(_shipping_address)

        discounts = cast(list[Any], d.pop("discounts", UNSET))

        _totals = d.pop("totals", UNSET)
        totals: OrderTotals | Unset
        if isinstance(_totals, Unset):
            totals = UNSET
        else:
            totals = OrderTotals.from_dict(_totals)

        risk_score = d.pop("risk_score", UNSET)

        risk_notes = cast(list[Any], d.pop("risk_notes", UNSET))

        fee = d.pop("fee", UNSET)

        confirmed = d.pop("confirmed", UNSET)

        confirm = d.pop("confirm", UNSET)

        auto_billing = d.pop("auto_billing", UNSET)

        reference_id = d.pop("reference_id", UNSET)

        pay_link = d.pop("pay_link", UNSET)

        notify_url = d.pop("notify_url", UNSET)

        redirect_url = d.pop("redirect_url", UNSET)

        _created_at = d.pop("created_at", UNSET)
        created_at: datetime.datetime | Unset
        if isinstance(_created_at, Unset):
            created_at = UNSET
        else:
            created_at = datetime.datetime.fromisoformat(_created_at)

        _updated_at = d.pop("updated_at", UNSET)
        updated_at: datetime.datetime | Unset
        if isinstance(_updated_at, Unset):
            updated_at = UNSET
        else:
            updated_at = datetime.datetime.fromisoformat(_updated_at)

        order = cls(
            id=id,
            account_id=account_id,
            authorization_id=authorization_id,
            customer_id=customer_id,
            type_=type_,
            number=number,
            status=status,
            currency=currency,
            country=country,
            email=email,
            first_name=first_name,
            last_name=last_name,
            phone=phone,
            items=items,
            shipping_items=shipping_items,
            shipping_address=shipping_address,
            discounts=discounts,
            totals=totals,
            risk_score=risk_score,
            risk_notes=risk_notes,
            fee=fee,
            confirmed=confirmed,
            confirm=confirm,
            auto_billing=auto_billing,
            reference_id=reference_id,
            pay_link=pay_link,
            notify_url=notify_url,
            redirect_url=redirect_url,
            created_at=created_at,
            updated_at=updated_at,
        )

        order.additional_properties = d
        return order

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
