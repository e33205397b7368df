from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass as _dataclass
from dataclasses import field as _dataclass_field
from typing import TYPE_CHECKING, Any, Self, TypeVar

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.checkout_buyer import CheckoutBuyer


T = TypeVar("T", bound="CheckoutUpdate")


@_dataclass(slots=True)
class CheckoutUpdate:
    notify_url: str | Unset = UNSET
    customer: CheckoutBuyer | Unset = UNSET
    """ The buyer's details on a checkout. """
    additional_properties: dict[str, Any] = _dataclass_field(
        init=False, default_factory=dict
    )

    def to_dict(self) -> dict[str, Any]:
        notify_url = self.notify_url

        customer: dict[str, Any] | Unset = UNSET
        if not isinstance(self.customer, Unset):
            customer = self.customer.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if notify_url is not UNSET:
            field_dict["notify_url"] = notify_url
        if customer is not UNSET:
            field_dict["customer"] = customer

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.checkout_buyer import CheckoutBuyer

        d = dict(src_dict)
        notify_url = d.pop("notify_url", UNSET)

        _customer = d.pop("customer", UNSET)
        customer: CheckoutBuyer | Unset
        if isinstance(_customer, Unset):
            customer = UNSET
        else:
            customer = CheckoutBuyer.from_dict(_customer)

        checkout_update = cls(
            notify_url=notify_url,
            customer=customer,
        )

        checkout_update.additional_properties = d
        return checkout_update

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
