from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import (
    TYPE_CHECKING,
    Any,
    Literal,
    Self,
    TypeVar,
    cast,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.order_status import OrderStatus
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.order_item import OrderItem
    from ..models.order_totals import OrderTotals


T = TypeVar("T", bound="Order")


@_attrs_define
class Order:
    id: str
    """ A 24-hex identifier. """
    account_id: str
    """ A 24-hex identifier. """
    customer_id: str
    """ A 24-hex identifier. """
    type_: Literal["order"]
    number: str
    """ Assumed a string (sequential per account). """
    status: OrderStatus
    currency: str
    """ ISO 4217 code (MXN, USD, ...). A pattern rather than an enum, so a currency the
    vendor adds later still parses.
     """
    items: list[OrderItem]
    totals: OrderTotals
    pay_link: str
    """ Where the buyer pays. """
    created_at: datetime.datetime
    updated_at: datetime.datetime
    country: None | str | Unset = UNSET
    email: None | str | Unset = UNSET
    first_name: None | str | Unset = UNSET
    last_name: None | str | Unset = UNSET
    phone: None | str | Unset = UNSET
    notify_url: None | str | Unset = UNSET
    redirect_url: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        account_id = self.account_id

        customer_id = self.customer_id

        type_ = self.type_

        number = self.number

        status = self.status.value

        currency = self.currency

        items = []
        for items_item_data in self.items:
            items_item = items_item_data.to_dict()
            items.append(items_item)

        totals = self.totals.to_dict()

        pay_link = self.pay_link

        created_at = self.created_at.isoformat()

        updated_at = self.updated_at.isoformat()

        country: None | str | Unset
        if isinstance(self.country, Unset):
            country = UNSET
        else:
            country = self.country

        email: None | str | Unset
        if isinstance(self.email, Unset):
            email = UNSET
        else:
            email = self.email

        first_name: None | str | Unset
        if isinstance(self.first_name, Unset):
            first_name = UNSET
        else:
            first_name = self.first_name

        last_name: None | str | Unset
        if isinstance(self.last_name, Unset):
            last_name = UNSET
        else:
            last_name = self.last_name

        phone: None | str | Unset
        if isinstance(self.phone, Unset):
            phone = UNSET
        else:
            phone = self.phone

        notify_url: None | str | Unset
        if isinstance(self.notify_url, Unset):
            notify_url = UNSET
        else:
            notify_url = self.notify_url

        redirect_url: None | str | Unset
        if isinstance(self.redirect_url, Unset):
            redirect_url = UNSET
        else:
            redirect_url = self.redirect_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "account_id": account_id,
                "customer_id": customer_id,
                "type": type_,
                "number": number,
                "status": status,
                "currency": currency,
                "items": items,
                "totals": totals,
                "pay_link": pay_link,
                "created_at": created_at,
                "updated_at": updated_at,
            }
        )
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
        if notify_url is not UNSET:
            field_dict["notify_url"] = notify_url
        if redirect_url is not UNSET:
            field_dict["redirect_url"] = redirect_url

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.order_item import OrderItem
        from ..models.order_totals import OrderTotals

        d = dict(src_dict)
        id = d.pop("id")

        account_id = d.pop("account_id")

        customer_id = d.pop("customer_id")

        type_ = cast(Literal["order"], d.pop("type"))
        if type_ != "order":
            raise ValueError(f"type must match const 'order', got '{type_}'")

        number = d.pop("number")

        status = OrderStatus(d.pop("status"))

        currency = d.pop("currency")

        items = []
        _items = d.pop("items")
        for items_item_data in _items:
            items_item = OrderItem.from_dict(items_item_data)

            items.append(items_item)

        totals = OrderTotals.from_dict(d.pop("totals"))

        pay_link = d.pop("pay_link")

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        updated_at = datetime.datetime.fromisoformat(d.pop("updated_at"))

        def _parse_country(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        country = _parse_country(d.pop("country", UNSET))

        def _parse_email(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        email = _parse_email(d.pop("email", UNSET))

        def _parse_first_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        first_name = _parse_first_name(d.pop("first_name", UNSET))

        def _parse_last_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        last_name = _parse_last_name(d.pop("last_name", UNSET))

        def _parse_phone(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        phone = _parse_phone(d.pop("phone", UNSET))

        def _parse_notify_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        notify_url = _parse_notify_url(d.pop("notify_url", UNSET))

        def _parse_redirect_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        redirect_url = _parse_redirect_url(d.pop("redirect_url", UNSET))

        order = cls(
            id=id,
            account_id=account_id,
            customer_id=customer_id,
            type_=type_,
            number=number,
            status=status,
            currency=currency,
            items=items,
            totals=totals,
            pay_link=pay_link,
            created_at=created_at,
            updated_at=updated_at,
            country=country,
            email=email,
            first_name=first_name,
            last_name=last_name,
            phone=phone,
            notify_url=notify_url,
            redirect_url=redirect_url,
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
