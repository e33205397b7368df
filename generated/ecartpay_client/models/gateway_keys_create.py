from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass as _dataclass
from dataclasses import field as _dataclass_field
from typing import Any, Self, TypeVar, cast

from ..types import UNSET, Unset

T = TypeVar("T", bound="GatewayKeysCreate")


@_dataclass(slots=True)
class GatewayKeysCreate:
    public_key: str
    """ The merchant's own public key at that gateway (not an Ecart Pay key). """
    private_key: str
    """ The merchant's own private key at that gateway; the answer never carries it back. """
    currency: list[str] | Unset = UNSET
    """ The currencies these keys are used for. """
    additional_properties: dict[str, Any] = _dataclass_field(
        init=False, default_factory=dict
    )

    def to_dict(self) -> dict[str, Any]:
        public_key = self.public_key

        private_key = self.private_key

        currency: list[str] | Unset = UNSET
        if not isinstance(self.currency, Unset):
            currency = self.currency

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "public_key": public_key,
                "private_key": private_key,
            }
        )
        if currency is not UNSET:
            field_dict["currency"] = currency

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        public_key = d.pop("public_key")

        private_key = d.pop("private_key")

        currency = cast(list[str], d.pop("currency", UNSET))

        gateway_keys_create = cls(
            public_key=public_key,
            private_key=private_key,
            currency=currency,
        )

        gateway_keys_create.additional_properties = d
        return gateway_keys_create

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
