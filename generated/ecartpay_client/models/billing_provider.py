from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass as _dataclass
from dataclasses import field as _dataclass_field
from typing import TYPE_CHECKING, Any, Self, TypeVar

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.form_field import FormField


T = TypeVar("T", bound="BillingProvider")


@_dataclass(slots=True)
class BillingProvider:
    """Assumed shape (no recorded answer)."""

    id: str
    name: str | Unset = UNSET
    country: str | Unset = UNSET
    keys: list[FormField] | Unset = UNSET
    """ Only with `keys=true` - the key fields the provider needs. """
    additional_properties: dict[str, Any] = _dataclass_field(
        init=False, default_factory=dict
    )

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        country = self.country

        keys: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.keys, Unset):
            keys = []
            for keys_item_data in self.keys:
                keys_item = keys_item_data.to_dict()
                keys.append(keys_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
            }
        )
        if name is not UNSET:
            field_dict["name"] = name
        if country is not UNSET:
            field_dict["country"] = country
        if keys is not UNSET:
            field_dict["keys"] = keys

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.form_field import FormField

        d = dict(src_dict)
        id = d.pop("id")

        name = d.pop("name", UNSET)

        country = d.pop("country", UNSET)

        _keys = d.pop("keys", UNSET)
        keys: list[FormField] | Unset = UNSET
        if _keys is not UNSET:
            keys = []
            for keys_item_data in _keys:
                keys_item = FormField.from_dict(keys_item_data)

                keys.append(keys_item)

        billing_provider = cls(
            id=id,
            name=name,
            country=country,
            keys=keys,
        )

        billing_provider.additional_properties = d
        return billing_provider

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
