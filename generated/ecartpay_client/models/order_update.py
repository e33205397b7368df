from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass as _dataclass
from dataclasses import field as _dataclass_field
from typing import TYPE_CHECKING, Any, Self, TypeVar

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.address_state import AddressState
    from ..models.shipping_address import ShippingAddress


T = TypeVar("T", bound="OrderUpdate")


@_dataclass(slots=True)
class OrderUpdate:
    """The shipping address, nested or (as the reference's export lays it out) loose."""

    shipping_address: ShippingAddress | Unset = UNSET
    """ Where an order ships. Every field optional (the reference requires none). """
    first_name: str | Unset = UNSET
    """ The first name on the delivery address. """
    last_name: str | Unset = UNSET
    """ The last name on the delivery address. """
    address1: str | Unset = UNSET
    """ Street and number of the delivery address. """
    address2: str | Unset = UNSET
    """ Second line of the address (neighbourhood, suite). """
    city: str | Unset = UNSET
    """ City of the delivery address. """
    postal_code: str | Unset = UNSET
    """ Postal code of the delivery address, as text (leading zeros count). """
    reference: str | Unset = UNSET
    """ A landmark or hint for the courier. """
    state: AddressState | Unset = UNSET
    additional_properties: dict[str, Any] = _dataclass_field(
        init=False, default_factory=dict
    )

    def to_dict(self) -> dict[str, Any]:
        shipping_address: dict[str, Any] | Unset = UNSET
        if not isinstance(self.shipping_address, Unset):
            shipping_address = self.shipping_address.to_dict()

        first_name = self.first_name

        last_name = self.last_name

        address1 = self.address1

        address2 = self.address2

        city = self.city

        postal_code = self.postal_code

        reference = self.reference

        state: dict[str, Any] | Unset = UNSET
        if not isinstance(self.state, Unset):
            state = self.state.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if shipping_address is not UNSET:
            field_dict["shipping_address"] = shipping_address
        if first_name is not UNSET:
            field_dict["first_name"] = first_name
        if last_name is not UNSET:
            field_dict["last_name"] = last_name
        if address1 is not UNSET:
            field_dict["address1"] = address1
        if address2 is not UNSET:
            field_dict["address2"] = address2
        if city is not UNSET:
            field_dict["city"] = city
        if postal_code is not UNSET:
            field_dict["postal_code"] = postal_code
        if reference is not UNSET:
            field_dict["reference"] = reference
        if state is not UNSET:
            field_dict["state"] = state

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.address_state import AddressState
        from ..models.shipping_address import ShippingAddress

        d = dict(src_dict)
        _shipping_address = d.pop("shipping_address", UNSET)
        shipping_address: ShippingAddress | Unset
        if isinstance(_shipping_address, Unset):
            shipping_address = UNSET
        else:
            shipping_address = ShippingAddress.from_dict(_shipping_address)

        first_name = d.pop("first_name", UNSET)

        last_name = d.pop("last_name", UNSET)

        address1 = d.pop("address1", UNSET)

        address2 = d.pop("address2", UNSET)

        city = d.pop("city", UNSET)

        postal_code = d.pop("postal_code", UNSET)

        reference = d.pop("reference", UNSET)

        _state = d.pop("state", UNSET)
        state: AddressState | Unset
        if isinstance(_state, Unset):
            state = UNSET
        else:
            state = AddressState.from_dict(_state)

        order_update = cls(
            shipping_address=shipping_address,
            first_name=first_name,
            last_name=last_name,
            address1=address1,
            address2=address2,
            city=city,
            postal_code=postal_code,
            reference=reference,
            state=state,
        )

        order_update.additional_properties = d
        return order_update

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
