from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass as _dataclass
from dataclasses import field as _dataclass_field
from typing import Any, Self, TypeVar, cast

from ..types import UNSET, Unset

T = TypeVar("T", bound="StateCodes")


@_dataclass(slots=True)
class StateCodes:
    """A state's codes; the vendor sends null for those it lacks."""

    field_1digit: None | str | Unset = UNSET
    field_2digit: None | str | Unset = UNSET
    field_3digit: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _dataclass_field(
        init=False, default_factory=dict
    )

    def to_dict(self) -> dict[str, Any]:
        field_1digit: None | str | Unset
        if isinstance(self.field_1digit, Unset):
            field_1digit = UNSET
        else:
            field_1digit = self.field_1digit

        field_2digit: None | str | Unset
        if isinstance(self.field_2digit, Unset):
            field_2digit = UNSET
        else:
            field_2digit = self.field_2digit

        field_3digit: None | str | Unset
        if isinstance(self.field_3digit, Unset):
            field_3digit = UNSET
        else:
            field_3digit = self.field_3digit

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if field_1digit is not UNSET:
            field_dict["1digit"] = field_1digit
        if field_2digit is not UNSET:
            field_dict["2digit"] = field_2digit
        if field_3digit is not UNSET:
            field_dict["3digit"] = field_3digit

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)

        def _parse_field_1digit(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        field_1digit = _parse_field_1digit(d.pop("1digit", UNSET))

        def _parse_field_2digit(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        field_2digit = _parse_field_2digit(d.pop("2digit", UNSET))

        def _parse_field_3digit(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        field_3digit = _parse_field_3digit(d.pop("3digit", UNSET))

        state_codes = cls(
            field_1digit=field_1digit,
            field_2digit=field_2digit,
            field_3digit=field_3digit,
        )

        state_codes.additional_properties = d
        return state_codes

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
