from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass as _dataclass
from dataclasses import field as _dataclass_field
from typing import Any, Self, TypeVar

from ..types import UNSET, Unset

T = TypeVar("T", bound="ChargebackFile")


@_dataclass(slots=True)
class ChargebackFile:
    field_id: str | Unset = UNSET
    name: str | Unset = UNSET
    key: str | Unset = UNSET
    mime_type: str | Unset = UNSET
    path: str | Unset = UNSET
    size: int | Unset = UNSET
    created_at: str | Unset = UNSET
    updated_at: str | Unset = UNSET
    additional_properties: dict[str, Any] = _dataclass_field(
        init=False, default_factory=dict
    )

    def to_dict(self) -> dict[str, Any]:
        field_id = self.field_id

        name = self.name

        key = self.key

        mime_type = self.mime_type

        path = self.path

        size = self.size

        created_at = self.created_at

        updated_at = self.updated_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if field_id is not UNSET:
            field_dict["_id"] = field_id
        if name is not UNSET:
            field_dict["name"] = name
        if key is not UNSET:
            field_dict["key"] = key
        if mime_type is not UNSET:
            field_dict["mime_type"] = mime_type
        if path is not UNSET:
            field_dict["path"] = path
        if size is not UNSET:
            field_dict["size"] = size
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        field_id = d.pop("_id", UNSET)

        name = d.pop("name", UNSET)

        key = d.pop("key", UNSET)

        mime_type = d.pop("mime_type", UNSET)

        path = d.pop("path", UNSET)

        size = d.pop("size", UNSET)

        created_at = d.pop("created_at", UNSET)

        updated_at = d.pop("updated_at", UNSET)

        chargeback_file = cls(
            field_id=field_id,
            name=name,
            key=key,
            mime_type=mime_type,
            path=path,
            size=size,
            created_at=created_at,
            updated_at=updated_at,
        )

        chargeback_file.additional_properties = d
        return chargeback_file

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
