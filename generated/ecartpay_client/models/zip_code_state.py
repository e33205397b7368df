from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass as _dataclass
from dataclasses import field as _dataclass_field
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.state_codes import StateCodes


T = TypeVar("T", bound="ZipCodeState")


@_dataclass(slots=True)
class ZipCodeState:
    id: str | Unset = UNSET
    code: StateCodes | Unset = UNSET
    """ A state's codes; the vendor sends null for those it lacks. """
    iso_code: None | str | Unset = UNSET
    name: str | Unset = UNSET
    additional_properties: dict[str, Any] = _dataclass_field(
        init=False, default_factory=dict
    )

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        code: dict[str, Any] | Unset = UNSET
        if not isinstance(self.code, Unset):
            code = self.code.to_dict()

        iso_code: None | str | Unset
        if isinstance(self.iso_code, Unset):
            iso_code = UNSET
        else:
            iso_code = self.iso_code

        name = self.name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if code is not UNSET:
            field_dict["code"] = code
        if iso_code is not UNSET:
            field_dict["iso_code"] = iso_code
        if name is not UNSET:
            field_dict["name"] = name

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.state_codes import StateCodes

        d = dict(src_dict)
        id = d.pop("id", UNSET)

        _code = d.pop("code", UNSET)
        code: StateCodes | Unset
        if isinstance(_code, Unset):
            code = UNSET
        else:
            code = StateCodes.from_dict(_code)

        def _parse_iso_code(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        iso_code = _parse_iso_code(d.pop("iso_code", UNSET))

        name = d.pop("name", UNSET)

        zip_code_state = cls(
            id=id,
            code=code,
            iso_code=iso_code,
            name=name,
        )

        zip_code_state.additional_properties = d
        return zip_code_state

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
