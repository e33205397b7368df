from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass as _dataclass
from dataclasses import field as _dataclass_field
from typing import Any, Self, TypeVar, cast

from ..types import UNSET, Unset

T = TypeVar("T", bound="ZipCodeRegions")


@_dataclass(slots=True)
class ZipCodeRegions:
    region_1: None | str | Unset = UNSET
    region_2: None | str | Unset = UNSET
    region_3: None | str | Unset = UNSET
    region_4: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _dataclass_field(
        init=False, default_factory=dict
    )

    def to_dict(self) -> dict[str, Any]:
        region_1: None | str | Unset
        if isinstance(self.region_1, Unset):
            region_1 = UNSET
        else:
            region_1 = self.region_1

        region_2: None | str | Unset
        if isinstance(self.region_2, Unset):
            region_2 = UNSET
        else:
            region_2 = self.region_2

        region_3: None | str | Unset
        if isinstance(self.region_3, Unset):
            region_3 = UNSET
        else:
            region_3 = self.region_3

        region_4: None | str | Unset
        if isinstance(self.region_4, Unset):
            region_4 = UNSET
        else:
            region_4 = self.region_4

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if region_1 is not UNSET:
            field_dict["region_1"] = region_1
        if region_2 is not UNSET:
            field_dict["region_2"] = region_2
        if region_3 is not UNSET:
            field_dict["region_3"] = region_3
        if region_4 is not UNSET:
            field_dict["region_4"] = region_4

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)

        def _parse_region_1(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        region_1 = _parse_region_1(d.pop("region_1", UNSET))

        def _parse_region_2(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        region_2 = _parse_region_2(d.pop("region_2", UNSET))

        def _parse_region_3(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        region_3 = _parse_region_3(d.pop("region_3", UNSET))

        def _parse_region_4(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        region_4 = _parse_region_4(d.pop("region_4", UNSET))

        zip_code_regions = cls(
            region_1=region_1,
            region_2=region_2,
            region_3=region_3,
            region_4=region_4,
        )

        zip_code_regions.additional_properties = d
        return zip_code_regions

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
