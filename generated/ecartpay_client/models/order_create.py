from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.order_item_create import OrderItemCreate


T = TypeVar("T", bound="OrderCreate")


@_attrs_define
class OrderCreate:
    customer_id: str
    """ A 24-hex identifier. """
    currency: str
    """ ISO 4217 code (MXN, USD, ...). A pattern rather than an enum, so a currency the
    vendor adds later still parses.
     """
    items: list[OrderItemCreate]
    email: str | Unset = UNSET
    """ Defaults to the customer's. """
    first_name: str | Unset = UNSET
    last_name: str | Unset = UNSET
    phone: str | Unset = UNSET
    notify_url: str | Unset = UNSET
    """ Where order notifications are sent. """
    redirect_url: str | Unset = UNSET
    """ Where the buyer goes after paying. """
    token: str | Unset = UNSET
    """ A card token (`ca_...`) from `POST /api/tokens`, to charge at once. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        customer_id = self.customer_id

        currency = self.currency

        items = []
        for items_item_data in self.items:
            items_item = items_item_data.to_dict()
            items.append(items_item)

        email = self.email

        first_name = self.first_name

        last_name = self.last_name

        phone = self.phone

        notify_url = self.notify_url

        redirect_url = self.redirect_url

        token = self.token

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "customer_id": customer_id,
                "currency": currency,
                "items": items,
            }
        )
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
        if token is not UNSET:
            field_dict["token"] = token

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.order_item_create import OrderItemCreate

        d = dict(src_dict)
        customer_id = d.pop("customer_id")

        currency = d.pop("currency")

        items = []
        _items = d.pop("items")
        for items_item_data in _items:
            items_item = OrderItemCreate.from_dict(items_item_data)

            items.append(items_item)

        email = d.pop("email", UNSET)

        first_name = d.pop("first_name", UNSET)

        last_name = d.pop("last_name", UNSET)

        phone = d.pop("phone", UNSET)

        notify_url = d.pop("notify_url", UNSET)

        redirect_url = d.pop("redirect_url", UNSET)

        token = d.pop("token", UNSET)

        order_create = cls(
            customer_id=customer_id,
            currency=currency,
            items=items,
            email=email,
            first_name=first_name,
            last_name=last_name,
            phone=phone,
            notify_url=notify_url,
            redirect_url=redirect_url,
            token=token,
        )

        order_create.additional_properties = d
        return order_create

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
