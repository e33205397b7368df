from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass as _dataclass
from dataclasses import field as _dataclass_field
from typing import TYPE_CHECKING, Any, Self, TypeVar

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.order_create_discounts_item import OrderCreateDiscountsItem
    from ..models.order_item_create import OrderItemCreate
    from ..models.shipping_address import ShippingAddress
    from ..models.shipping_item_create import ShippingItemCreate


T = TypeVar("T", bound="OrderCreate")


@_dataclass(slots=True)
class OrderCreate:
    """`currency`, `items` and a way to reach the buyer: `email`, `phone`, or the
    `customer_id` of a registered customer (whose email and phone are then used). The
    guide calls registering a customer first "not strictly necessary" and the
    reference's example has no `customer_id`; the reference's description asks for one:
    the more permissive reading is taken.

    """

    currency: str
    """ ISO 4217 code in requests (MXN, USD, BRL, CAD, ARS, COP, EUR, PEN, JPY, RUB, GBP,
    CLP, UYU, GTQ, INR, CNY, AUD, ...). A pattern rather than an enum, so a currency the
    vendor adds later is accepted; responses use a plain string.
     """
    items: list[OrderItemCreate]
    """ What is sold: at least one line with `name`, `quantity` and `price`. """
    customer_id: str | Unset = UNSET
    """ A 24-hex identifier (a MongoDB ObjectId). """
    email: str | Unset = UNSET
    """ An email address (a pattern, so every validator agrees; whitespace is spelled out
    as ASCII, because `\\s` also matches control characters in Python but not in the
    fuzzer's generator).
     """
    phone: str | Unset = UNSET
    """ A phone number, digits with an optional leading `+` (the vendor's examples are 10-digit Mexican numbers).
    """
    first_name: str | Unset = UNSET
    """ The buyer's first name. """
    last_name: str | Unset = UNSET
    """ The buyer's last name. """
    notify_url: str | Unset = UNSET
    redirect_url: str | Unset = UNSET
    shipping_address: ShippingAddress | Unset = UNSET
    """ Where an order ships. Every field optional (the reference requires none). """
    shipping_items: list[ShippingItemCreate] | Unset = UNSET
    """ Shipping charges added to the order, each with `name`, `amount` and `carrier`. """
    discounts: list[OrderCreateDiscountsItem] | Unset = UNSET
    """ Assumed shape (undocumented); kept as given on the order. """
    reference_id: str | Unset = UNSET
    """ The merchant's own reference for this order. """
    token: str | Unset = UNSET
    """ A card token (`ca_...`) from `POST /api/tokens`, to charge at once. The
    reference's default is the empty string: no card.
     """
    additional_properties: dict[str, Any] = _dataclass_field(
        init=False, default_factory=dict
    )

    def to_dict(self) -> dict[str, Any]:
        currency = self.currency

        items = []
        for items_item_data in self.items:
            items_item = items_item_data.to_dict()
            items.append(items_item)

        customer_id = self.customer_id

        email = self.email

        phone = self.phone

        first_name = self.first_name

        last_name = self.last_name

        notify_url = self.notify_url

        redirect_url = self.redirect_url

        shipping_address: dict[str, Any] | Unset = UNSET
        if not isinstance(self.shipping_address, Unset):
            shipping_address = self.shipping_address.to_dict()

        shipping_items: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.shipping_items, Unset):
            shipping_items = []
            for shipping_items_item_data in self.shipping_items:
                shipping_items_item = shipping_items_item_data.to_dict()
                shipping_items.append(shipping_items_item)

        discounts: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.discounts, Unset):
            discounts = []
            for discounts_item_data in self.discounts:
                discounts_item = discounts_item_data.to_dict()
                discounts.append(discounts_item)

        reference_id = self.reference_id

        token = self.token

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "currency": currency,
                "items": items,
            }
        )
        if customer_id is not UNSET:
            field_dict["customer_id"] = customer_id
        if email is not UNSET:
            field_dict["email"] = email
        if phone is not UNSET:
            field_dict["phone"] = phone
        if first_name is not UNSET:
            field_dict["first_name"] = first_name
        if last_name is not UNSET:
            field_dict["last_name"] = last_name
        if notify_url is not UNSET:
            field_dict["notify_url"] = notify_url
        if redirect_url is not UNSET:
            field_dict["redirect_url"] = redirect_url
        if shipping_address is not UNSET:
            field_dict["shipping_address"] = shipping_address
        if shipping_items is not UNSET:
            field_dict["shipping_items"] = shipping_items
        if discounts is not UNSET:
            field_dict["discounts"] = discounts
        if reference_id is not UNSET:
            field_dict["reference_id"] = reference_id
        if token is not UNSET:
            field_dict["token"] = token

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.order_create_discounts_item import OrderCreateDiscountsItem
        from ..models.order_item_create import OrderItemCreate
        from ..models.shipping_address import ShippingAddress
        from ..models.shipping_item_create import ShippingItemCreate

        d = dict(src_dict)
        currency = d.pop("currency")

        items = []
        _items = d.pop("items")
        for items_item_data in _items:
            items_item = OrderItemCreate.from_dict(items_item_data)

            items.append(items_item)

        customer_id = d.pop("customer_id", UNSET)

        email = d.pop("email", UNSET)

        phone = d.pop("phone", UNSET)

        first_name = d.pop("first_name", UNSET)

        last_name = d.pop("last_name", UNSET)

        notify_url = d.pop("notify_url", UNSET)

        redirect_url = d.pop("redirect_url", UNSET)

        _shipping_address = d.pop("shipping_address", UNSET)
        shipping_address: ShippingAddress | Unset
        if isinstance(_shipping_address, Unset):
            shipping_address = UNSET
        else:
            shipping_address = ShippingAddress.from_dict(_shipping_address)

        _shipping_items = d.pop("shipping_items", UNSET)
        shipping_items: list[ShippingItemCreate] | Unset = UNSET
        if _shipping_items is not UNSET:
            shipping_items = []
            for shipping_items_item_data in _shipping_items:
                shipping_items_item = ShippingItemCreate.from_dict(
                    shipping_items_item_data
                )

                shipping_items.append(shipping_items_item)

        _discounts = d.pop("discounts", UNSET)
        discounts: list[OrderCreateDiscountsItem] | Unset = UNSET
        if _discounts is not UNSET:
            discounts = []
            for discounts_item_data in _discounts:
                discounts_item = OrderCreateDiscountsItem.from_dict(discounts_item_data)

                discounts.append(discounts_item)

        reference_id = d.pop("reference_id", UNSET)

        token = d.pop("token", UNSET)

        order_create = cls(
            currency=currency,
            items=items,
            customer_id=customer_id,
            email=email,
            phone=phone,
            first_name=first_name,
            last_name=last_name,
            notify_url=notify_url,
            redirect_url=redirect_url,
            shipping_address=shipping_address,
            shipping_items=shipping_items,
            discounts=discounts,
            reference_id=reference_id,
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
