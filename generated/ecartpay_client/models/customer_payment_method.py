from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass as _dataclass
from dataclasses import field as _dataclass_field
from typing import Any, Self, TypeVar, cast

from ..types import UNSET, Unset

T = TypeVar("T", bound="CustomerPaymentMethod")


@_dataclass(slots=True)
class CustomerPaymentMethod:
    """A customer's bank account. The recorded example answers `id`; the vendor's newer
    endpoints answer `_id`, so neither is required.

    """

    id: str | Unset = UNSET
    field_id: str | Unset = UNSET
    account_id: str | Unset = UNSET
    authorization_id: None | str | Unset = UNSET
    customer_id: str | Unset = UNSET
    name: str | Unset = UNSET
    business_name: str | Unset = UNSET
    bank: str | Unset = UNSET
    number: str | Unset = UNSET
    method: str | Unset = UNSET
    country: str | Unset = UNSET
    default: bool | Unset = UNSET
    deleted: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _dataclass_field(
        init=False, default_factory=dict
    )

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        field_id = self.field_id

        account_id = self.account_id

        authorization_id: None | str | Unset
        if isinstance(self.authorization_id, Unset):
            authorization_id = UNSET
        else:
            authorization_id = self.authorization_id

        customer_id = self.customer_id

        name = self.name

        business_name = self.business_name

        bank = self.bank

        number = self.number

        method = self.method

        country = self.country

        default = self.default

        deleted = self.deleted

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if field_id is not UNSET:
            field_dict["_id"] = field_id
        if account_id is not UNSET:
            field_dict["account_id"] = account_id
        if authorization_id is not UNSET:
            field_dict["authorization_id"] = authorization_id
        if customer_id is not UNSET:
            field_dict["customer_id"] = customer_id
        if name is not UNSET:
            field_dict["name"] = name
        if business_name is not UNSET:
            field_dict["business_name"] = business_name
        if bank is not UNSET:
            field_dict["bank"] = bank
        if number is not UNSET:
            field_dict["number"] = number
        if method is not UNSET:
            field_dict["method"] = method
        if country is not UNSET:
            field_dict["country"] = country
        if default is not UNSET:
            field_dict["default"] = default
        if deleted is not UNSET:
            field_dict["deleted"] = deleted

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        id = d.pop("id", UNSET)

        field_id = d.pop("_id", UNSET)

        account_id = d.pop("account_id", UNSET)

        def _parse_authorization_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        authorization_id = _parse_authorization_id(d.pop("authorization_id", UNSET))

        customer_id = d.pop("customer_id", UNSET)

        name = d.pop("name", UNSET)

        business_name = d.pop("business_name", UNSET)

        bank = d.pop("bank", UNSET)

        number = d.pop("number", UNSET)

        method = d.pop("method", UNSET)

        country = d.pop("country", UNSET)

        default = d.pop("default", UNSET)

        deleted = d.pop("deleted", UNSET)

        customer_payment_method = cls(
            id=id,
            field_id=field_id,
            account_id=account_id,
            authorization_id=authorization_id,
            customer_id=customer_id,
            name=name,
            business_name=business_name,
            bank=bank,
            number=number,
            method=method,
            country=country,
            default=default,
            deleted=deleted,
        )

        customer_payment_method.additional_properties = d
        return customer_payment_method

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
