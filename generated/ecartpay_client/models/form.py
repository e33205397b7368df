from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass as _dataclass
from dataclasses import field as _dataclass_field
from typing import TYPE_CHECKING, Any, Self, TypeVar

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.form_field import FormField


T = TypeVar("T", bound="Form")


@_dataclass(slots=True)
class Form:
    """Assumed shape (no recorded answer)."""

    name: str
    id: str | Unset = UNSET
    module: str | Unset = UNSET
    country: str | Unset = UNSET
    fields: list[FormField] | Unset = UNSET
    additional_properties: dict[str, Any] = _dataclass_field(
        init=False, default_factory=dict
    )

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        id = self.id

        module = self.module

        country = self.country

        fields: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.fields, Unset):
            fields = []
            for fields_item_data in self.fields:
                fields_item = fields_item_data.to_dict()
                fields.append(fields_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
            }
        )
        if id is not UNSET:
            field_dict["id"] = id
        if module is not UNSET:
            field_dict["module"] = module
        if country is not UNSET:
            field_dict["country"] = country
        if fields is not UNSET:
            field_dict["fields"] = fields

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.form_field import FormField

        d = dict(src_dict)
        name = d.pop("name")

        id = d.pop("id", UNSET)

        module = d.pop("module", UNSET)

        country = d.pop("country", UNSET)

        _fields = d.pop("fields", UNSET)
        fields: list[FormField] | Unset = UNSET
        if _fields is not UNSET:
            fields = []
            for fields_item_data in _fields:
                fields_item = FormField.from_dict(fields_item_data)

                fields.append(fields_item)

        form = cls(
            name=name,
            id=id,
            module=module,
            country=country,
            fields=fields,
        )

        form.additional_properties = d
        return form

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
