from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass as _dataclass
from dataclasses import field as _dataclass_field
from typing import Any, Self, TypeVar, cast

from ..types import UNSET, Unset

T = TypeVar("T", bound="AccountGateway")


@_dataclass(slots=True)
class AccountGateway:
    """The account's configuration for a gateway (its own keys). Assumed shape (no recorded
    answer); the private key is never sent back.

    """

    id: str
    gateway_id: str | Unset = UNSET
    public_key: str | Unset = UNSET
    currency: list[str] | Unset = UNSET
    active: bool | Unset = UNSET
    created_at: str | Unset = UNSET
    updated_at: str | Unset = UNSET
    additional_properties: dict[str, Any] = _dataclass_field(
        init=False, default_factory=dict
    )

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        gateway_id = self.gateway_id

        public_key = self.public_key

        currency: list[str] | Unset = UNSET
        if not isinstance(self.currency, Unset):
            currency = self.currency

        active = self.active

        created_at = self.created_at

        updated_at = self.updated_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
            }
        )
        if gateway_id is not UNSET:
            field_dict["gateway_id"] = gateway_id
        if public_key is not UNSET:
            field_dict["public_key"] = public_key
        if currency is not UNSET:
            field_dict["currency"] = currency
        if active is not UNSET:
            field_dict["active"] = active
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        id = d.pop("id")

        gateway_id = d.pop("gateway_id", UNSET)

        public_key = d.pop("public_key", UNSET)

        currency = cast(list[str], d.pop("currency", UNSET))

        active = d.pop("active", UNSET)

        created_at = d.pop("created_at", UNSET)

        updated_at = d.pop("updated_at", UNSET)

        account_gateway = cls(
            id=id,
            gateway_id=gateway_id,
            public_key=public_key,
            currency=currency,
            active=active,
            created_at=created_at,
            updated_at=updated_at,
        )

        account_gateway.additional_properties = d
        return account_gateway

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
