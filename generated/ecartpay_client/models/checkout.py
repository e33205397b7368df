from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass as _dataclass
from dataclasses import field as _dataclass_field
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.checkout_buyer import CheckoutBuyer
    from ..models.checkout_item import CheckoutItem


T = TypeVar("T", bound="Checkout")


@_dataclass(slots=True)
class Checkout:
    id: str
    account_id: str | Unset = UNSET
    title: None | str | Unset = UNSET
    subtitle: None | str | Unset = UNSET
    image_url: None | str | Unset = UNSET
    currency: str | Unset = UNSET
    amounts: list[float] | Unset = UNSET
    concept: str | Unset = UNSET
    items: list[CheckoutItem] | Unset = UNSET
    customer_id: None | str | Unset = UNSET
    customer: CheckoutBuyer | Unset = UNSET
    """ The buyer's details on a checkout. """
    notify_url: None | str | Unset = UNSET
    reference_id: None | str | Unset = UNSET
    reference: None | str | Unset = UNSET
    token: str | Unset = UNSET
    """ A JWT for the buyer's page, living 15 minutes: `{id, scopes: ["write_checkouts"],
    aud, sub: "checkouts", iat, exp}`. Treat it as a secret.
     """
    public_id: str | Unset = UNSET
    """ The account's public key (`pub...`), for the browser. """
    link: str | Unset = UNSET
    """ Where the buyer pays. """
    created_at: str | Unset = UNSET
    updated_at: str | Unset = UNSET
    additional_properties: dict[str, Any] = _dataclass_field(
        init=False, default_factory=dict
    )

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        account_id = self.account_id

        title: None | str | Unset
        if isinstance(self.title, Unset):
            title = UNSET
        else:
            title = self.title

        subtitle: None | str | Unset
        if isinstance(self.subtitle, Unset):
            subtitle = UNSET
        else:
            subtitle = self.subtitle

        image_url: None | str | Unset
        if isinstance(self.image_url, Unset):
            image_url = UNSET
        else:
            image_url = self.image_url

        currency = self.currency

        amounts: list[float] | Unset = UNSET
        if not isinstance(self.amounts, Unset):
            amounts = self.amounts

        concept = self.concept

        items: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.items, Unset):
            items = []
            for items_item_data in self.items:
                items_item = items_item_data.to_dict()
                items.append(items_item)

        customer_id: None | str | Unset
        if isinstance(self.customer_id, Unset):
            customer_id = UNSET
        else:
            customer_id = self.customer_id

        customer: dict[str, Any] | Unset = UNSET
        if not isinstance(self.customer, Unset):
            customer = self.customer.to_dict()

        notify_url: None | str | Unset
        if isinstance(self.notify_url, Unset):
            notify_url = UNSET
        else:
            notify_url = self.notify_url

        reference_id: None | str | Unset
        if isinstance(self.reference_id, Unset):
            reference_id = UNSET
        else:
            reference_id = self.reference_id

        reference: None | str | Unset
        if isinstance(self.reference, Unset):
            reference = UNSET
        else:
            reference = self.reference

        token = self.token

        public_id = self.public_id

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
        if title is not UNSET:
            field_dict["title"] = title
        if subtitle is not UNSET:
            field_dict["subtitle"] = subtitle
        if image_url is not UNSET:
            field_dict["image_url"] = image_url
        if currency is not UNSET:
            field_dict["currency"] = currency
        if amounts is not UNSET:
            field_dict["amounts"] = amounts
        if concept is not UNSET:
            field_dict["concept"] = concept
        if items is not UNSET:
            field_dict["items"] = items
        if customer_id is not UNSET:
            field_dict["customer_id"] = customer_id
        if customer is not UNSET:
            field_dict["customer"] = customer
        if notify_url is not UNSET:
            field_dict["notify_url"] = notify_url
        if reference_id is not UNSET:
            field_dict["reference_id"] = reference_id
        if reference is not UNSET:
            field_dict["reference"] = reference
        if token is not UNSET:
            field_dict["token"] = token
        if public_id is not UNSET:
            field_dict["public_id"] = public_id
        if link is not UNSET:
            field_dict["link"] = link
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.checkout_buyer import CheckoutBuyer
        from ..models.checkout_item import CheckoutItem

        d = dict(src_dict)
        id = d.pop("id")

        account_id = d.pop("account_id", UNSET)

        def _parse_title(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        title = _parse_title(d.pop("title", UNSET))

        def _parse_subtitle(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        subtitle = _parse_subtitle(d.pop("subtitle", UNSET))

        def _parse_image_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        image_url = _parse_image_url(d.pop("image_url", UNSET))

        currency = d.pop("currency", UNSET)

        amounts = cast(list[float], d.pop("amounts", UNSET))

        concept = d.pop("concept", UNSET)

        _items = d.pop("items", UNSET)
        items: list[CheckoutItem] | Unset = UNSET
        if _items is not UNSET:
            items = []
            for items_item_data in _items:
                items_item = CheckoutItem.from_dict(items_item_data)

                items.append(items_item)

        def _parse_customer_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        customer_id = _parse_customer_id(d.pop("customer_id", UNSET))

        _customer = d.pop("customer", UNSET)
        customer: CheckoutBuyer | Unset
        if isinstance(_customer, Unset):
            customer = UNSET
        else:
            customer = CheckoutBuyer.from_dict(_customer)

        def _parse_notify_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        notify_url = _parse_notify_url(d.pop("notify_url", UNSET))

        def _parse_reference_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        reference_id = _parse_reference_id(d.pop("reference_id", UNSET))

        def _parse_reference(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        reference = _parse_reference(d.pop("reference", UNSET))

        token = d.pop("token", UNSET)

        public_id = d.pop("public_id", UNSET)

        link = d.pop("link", UNSET)

        created_at = d.pop("created_at", UNSET)

        updated_at = d.pop("updated_at", UNSET)

        checkout = cls(
            id=id,
            account_id=account_id,
            title=title,
            subtitle=subtitle,
            image_url=image_url,
            currency=currency,
            amounts=amounts,
            concept=concept,
            items=items,
            customer_id=customer_id,
            customer=customer,
            notify_url=notify_url,
            reference_id=reference_id,
            reference=reference,
            token=token,
            public_id=public_id,
            link=link,
            created_at=created_at,
            updated_at=updated_at,
        )

        checkout.additional_properties = d
        return checkout

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
