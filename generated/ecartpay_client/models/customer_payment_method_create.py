from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass as _dataclass
from dataclasses import field as _dataclass_field
from typing import Any, Self, TypeVar

T = TypeVar("T", bound="CustomerPaymentMethodCreate")


@_dataclass(slots=True)
class CustomerPaymentMethodCreate:
    """Every field is required (the reference's description says so)."""

    name: str
    """ A label for the account ("Main"). """
    business_name: str
    """ The account holder. """
    bank: str
    """ The bank's code (Mexico's, e.g. `40002`). """
    number: str
    """ The account number or CLABE (the reference's example has 16 digits). """
    method: str
    """ The kind of account; `clabe` in the reference. """
    country: str
    """ ISO 3166-1 alpha-2. """
    additional_properties: dict[str, Any] = _dataclass_field(
        init=False, default_factory=dict
    )

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        business_name = self.business_name

        bank = self.bank

        number = self.number

        method = self.method

        country = self.country

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "business_name": business_name,
                "bank": bank,
                "number": number,
                "method": method,
                "country": country,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        name = d.pop("name")

        business_name = d.pop("business_name")

        bank = d.pop("bank")

        number = d.pop("number")

        method = d.pop("method")

        country = d.pop("country")

        customer_payment_method_create = cls(
            name=name,
            business_name=business_name,
            bank=bank,
            number=number,
            method=method,
            country=country,
        )

        customer_payment_method_create.additional_properties = d
        return customer_payment_method_create

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
