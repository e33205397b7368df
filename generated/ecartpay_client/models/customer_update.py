from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass as _dataclass
from typing import Any, Self, TypeVar

from ..types import UNSET, Unset

T = TypeVar("T", bound="CustomerUpdate")


@_dataclass(slots=True)
class CustomerUpdate:
    """Only the fields sent change. The reference marks none required. Only these fields
    can be written: any other (read-only ones such as `id`, `account_id`, `created_at`,
    or unknown ones) is refused with 400 and nothing changes.

    """

    first_name: str | Unset = UNSET
    """ The customer's new first name. """
    last_name: str | Unset = UNSET
    """ The customer's new last name. """
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

    def to_dict(self) -> dict[str, Any]:
        first_name = self.first_name

        last_name = self.last_name

        email = self.email

        phone = self.phone

        user_id = self.user_id

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if first_name is not UNSET:
            field_dict["first_name"] = first_name
        if last_name is not UNSET:
            field_dict["last_name"] = last_name
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
        first_name = d.pop("first_name", UNSET)

        last_name = d.pop("last_name", UNSET)

        email = d.pop("email", UNSET)

        phone = d.pop("phone", UNSET)

        user_id = d.pop("user_id", UNSET)

        customer_update = cls(
            first_name=first_name,
            last_name=last_name,
            email=email,
            phone=phone,
            user_id=user_id,
        )

        return customer_update
