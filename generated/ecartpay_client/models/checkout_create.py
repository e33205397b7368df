from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass as _dataclass
from dataclasses import field as _dataclass_field
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.checkout_item_create import CheckoutItemCreate


T = TypeVar("T", bound="CheckoutCreate")


@_dataclass(slots=True)
class CheckoutCreate:
    currency: str
    """ ISO 4217 code in requests (MXN, USD, BRL, CAD, ARS, COP, EUR, PEN, JPY, RUB, GBP,
    CLP, UYU, GTQ, INR, CNY, AUD, ...). A pattern rather than an enum, so a currency the
    vendor adds later is accepted; responses use a plain string.
     """
    amounts: list[float]
    """ The amounts the buyer can choose from. """
    concept: str
    """ What the buyer pays for, shown on the page and the receipt. """
    customer_id: str | Unset = UNSET
    """ A customer of the account (404 when unknown). """
    title: str | Unset = UNSET
    """ The heading of the hosted checkout page. """
    subtitle: str | Unset = UNSET
    """ A line under the title on the checkout page. """
    image_url: str | Unset = UNSET
    items: list[CheckoutItemCreate] | Unset = UNSET
    """ Line items, when the checkout sells named products instead of a bare amount. """
    notify_url: str | Unset = UNSET
    reference_id: str | Unset = UNSET
    """ Your own id for this checkout, to match it with your records. """
    reference: str | Unset = UNSET
    """ A free text of yours kept with the checkout. """
    additional_properties: dict[str, Any] = _dataclass_field(
        init=False, default_factory=dict
    )

    def to_dict(self) -> dict[str, Any]:
        currency = self.currency

        amounts = self.amounts

        concept = self.concept

        customer_id = self.customer_id

        title = self.title

        subtitle = self.subtitle

        image_url = self.image_url

        items: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.items, Unset):
            items = []
            for items_item_data in self.items:
                items_item = items_item_data.to_dict()
                items.append(items_item)

        notify_url = self.notify_url

        reference_id = self.reference_id

        reference = self.reference

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "currency": currency,
                "amounts": amounts,
                "concept": concept,
            }
        )
        if customer_id is not UNSET:
            field_dict["customer_id"] = customer_id
        if title is not UNSET:
            field_dict["title"] = title
        if subtitle is not UNSET:
            field_dict["subtitle"] = subtitle
        if image_url is not UNSET:
            field_dict["image_url"] = image_url
        if items is not UNSET:
            field_dict["items"] = items
        if notify_url is not UNSET:
            field_dict["notify_url"] = notify_url
        if reference_id is not UNSET:
            field_dict["reference_id"] = reference_id
        if reference is not UNSET:
            field_dict["reference"] = reference

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.checkout_item_create import CheckoutItemCreate

        d = dict(src_dict)
        currency = d.pop("currency")

        amounts = cast(list[float], d.pop("amounts"))

        concept = d.pop("concept")

        customer_id = d.pop("customer_id", UNSET)

        title = d.pop("title", UNSET)

        subtitle = d.pop("subtitle", UNSET)

        image_url = d.pop("image_url", UNSET)

        _items = d.pop("items", UNSET)
        items: list[CheckoutItemCreate] | Unset = UNSET
        if _items is not UNSET:
            items = []
            for items_item_data in _items:
                items_item = CheckoutItemCreate.from_dict(items_item_data)

                items.append(items_item)

        notify_url = d.pop("notify_url", UNSET)

        reference_id = d.pop("reference_id", UNSET)

        reference = d.pop("reference", UNSET)

        checkout_create = cls(
            currency=currency,
            amounts=amounts,
            concept=concept,
            customer_id=customer_id,
            title=title,
            subtitle=subtitle,
            image_url=image_url,
            items=items,
            notify_url=notify_url,
            reference_id=reference_id,
            reference=reference,
        )

        checkout_create.additional_properties = d
        return checkout_create

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
