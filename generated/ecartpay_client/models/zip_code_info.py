from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass as _dataclass
from dataclasses import field as _dataclass_field
from typing import Any, Self, TypeVar, cast

from ..types import UNSET, Unset

T = TypeVar("T", bound="ZipCodeInfo")


@_dataclass(slots=True)
class ZipCodeInfo:
    stat: None | str | Unset = UNSET
    stat_8digit: None | str | Unset = UNSET
    time_zone: None | str | Unset = UNSET
    utc: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _dataclass_field(
        init=False, default_factory=dict
    )

    def to_dict(self) -> dict[str, Any]:
        stat: None | str | Unset
        if isinstance(self.stat, Unset):
            stat = UNSET
        else:
            stat = self.stat

        stat_8digit: None | str | Unset
        if isinstance(self.stat_8digit, Unset):
            stat_8digit = UNSET
        else:
            stat_8digit = self.stat_8digit

        time_zone: None | str | Unset
        if isinstance(self.time_zone, Unset):
            time_zone = UNSET
        else:
            time_zone = self.time_zone

        utc: None | str | Unset
        if isinstance(self.utc, Unset):
            utc = UNSET
        else:
            utc = self.utc

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if stat is not UNSET:
            field_dict["stat"] = stat
        if stat_8digit is not UNSET:
            field_dict["stat_8digit"] = stat_8digit
        if time_zone is not UNSET:
            field_dict["time_zone"] = time_zone
        if utc is not UNSET:
            field_dict["utc"] = utc

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)

        def _parse_stat(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        stat = _parse_stat(d.pop("stat", UNSET))

        def _parse_stat_8digit(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        stat_8digit = _parse_stat_8digit(d.pop("stat_8digit", UNSET))

        def _parse_time_zone(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        time_zone = _parse_time_zone(d.pop("time_zone", UNSET))

        def _parse_utc(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        utc = _parse_utc(d.pop("utc", UNSET))

        zip_code_info = cls(
            stat=stat,
            stat_8digit=stat_8digit,
            time_zone=time_zone,
            utc=utc,
        )

        zip_code_info.additional_properties = d
        return zip_code_info

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
