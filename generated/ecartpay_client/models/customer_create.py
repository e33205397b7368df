from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass as _dataclass
from dataclasses import field as _dataclass_field
from typing import Any, Self, TypeVar

from ..types import UNSET, Unset

T = TypeVar("T", bound="CustomerCreate")


@_dataclass(slots=True)
class CustomerCreate:
    """`first_name` and `last_name`, and a way to reach the customer: `email`, `phone` or
    both (guide: "email and/or phone"; the reference's example "create customer by
    phone" has no email, and its schema requires nothing). `user_id` is the merchant's
    own id for this customer.

    """

    first_name: str
    """ The customer's first name. """
    last_name: str
    """ The customer's last name. """
    email: str | Unset = UNSET
    """ An email address (a pattern, so every validator agrees; whitespace is spelled out
    as ASCII, because `\\s` also matches control characters in Python but not in the
    fuzzer's generator).
     """
    phone: str | Unset = UNSET
    """ A phone number, digits with an optional leading `+` (the vendor's examples are 10-digit Mexican numbers).
    """
    user_id: str | Unset = UNSET
    """ Your own id for this customer, to find them again with the list's `user_id` filter. """
    additional_properties: dict[str, Any] = _dataclass_field(
        init=False, default_factory=dict
    )

    def to_dict(self) -> dict[str, Any]:
        first_name = self.first_name

        last_name = self.last_name

        email = self.email

        phone = self.phone

        user_id = self.user_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "first_name": first_name,
                "last_name": last_name,
            }
        )
        if email is not UNSET:
            field_dict["email"] = email
        if phone is not UNSET:
            field_dict["phone"] = phone
        if user_id is not UNSET:
            field_dict["user_id"] = user_id

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        first_name = d.pop("first_name")

        last_name = d.pop("last_name")

        email = d.pop("email", UNSET)

        phone = d.pop("phone", UNSET)

        user_id = d.pop("user_id", UNSET)

        customer_create = cls(
            first_name=first_name,
            last_name=last_name,
            email=email,
            phone=phone,
            user_id=user_id,
        )

        customer_create.additional_properties = d
        return customer_create

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
