from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass as _dataclass
from dataclasses import field as _dataclass_field
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.state_codes import StateCodes


T = TypeVar("T", bound="State")


@_dataclass(slots=True)
class State:
    name: str
    code: StateCodes | Unset = UNSET
    """ A state's codes; the vendor sends null for those it lacks. """
    code_2digits: None | str | Unset = UNSET
    code_3digits: None | str | Unset = UNSET
    code_shopify: None | str | Unset = UNSET
    country_code: str | Unset = UNSET
    hasc: None | str | Unset = UNSET
    iso_code: None | str | Unset = UNSET
    zone: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _dataclass_field(
        init=False, default_factory=dict
    )

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        code: dict[str, Any] | Unset = UNSET
        if not isinstance(self.code, Unset):
            code = self.code.to_dict()

        code_2digits: None | str | Unset
        if isinstance(self.code_2digits, Unset):
            code_2digits = UNSET
        else:
            code_2digits = self.code_2digits

        code_3digits: None | str | Unset
        if isinstance(self.code_3digits, Unset):
            code_3digits = UNSET
        else:
            code_3digits = self.code_3digits

        code_shopify: None | str | Unset
        if isinstance(self.code_shopify, Unset):
            code_shopify = UNSET
        else:
            code_shopify = self.code_shopify

        country_code = self.country_code

        hasc: None | str | Unset
        if isinstance(self.hasc, Unset):
            hasc = UNSET
        else:
            hasc = self.hasc

        iso_code: None | str | Unset
        if isinstance(self.iso_code, Unset):
            iso_code = UNSET
        else:
            iso_code = self.iso_code

        zone: None | str | Unset
        if isinstance(self.zone, Unset):
            zone = UNSET
        else:
            zone = self.zone

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
            }
        )
        if code is not UNSET:
            field_dict["code"] = code
        if code_2digits is not UNSET:
            field_dict["code_2digits"] = code_2digits
        if code_3digits is not UNSET:
            field_dict["code_3digits"] = code_3digits
        if code_shopify is not UNSET:
            field_dict["code_shopify"] = code_shopify
        if country_code is not UNSET:
            field_dict["country_code"] = country_code
        if hasc is not UNSET:
            field_dict["hasc"] = hasc
        if iso_code is not UNSET:
            field_dict["iso_code"] = iso_code
        if zone is not UNSET:
            field_dict["zone"] = zone

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.state_codes import StateCodes

        d = dict(src_dict)
        name = d.pop("name")

        _code = d.pop("code", UNSET)
        code: StateCodes | Unset
        if isinstance(_code, Unset):
            code = UNSET
        else:
            code = StateCodes.from_dict(_code)

        def _parse_code_2digits(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        code_2digits = _parse_code_2digits(d.pop("code_2digits", UNSET))

        def _parse_code_3digits(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        code_3digits = _parse_code_3digits(d.pop("code_3digits", UNSET))

        def _parse_code_shopify(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        code_shopify = _parse_code_shopify(d.pop("code_shopify", UNSET))

        country_code = d.pop("country_code", UNSET)

        def _parse_hasc(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        hasc = _parse_hasc(d.pop("hasc", UNSET))

        def _parse_iso_code(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        iso_code = _parse_iso_code(d.pop("iso_code", UNSET))

        def _parse_zone(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        zone = _parse_zone(d.pop("zone", UNSET))

        state = cls(
            name=name,
            code=code,
            code_2digits=code_2digits,
            code_3digits=code_3digits,
            code_shopify=code_shopify,
            country_code=country_code,
            hasc=hasc,
            iso_code=iso_code,
            zone=zone,
        )

        state.additional_properties = d
        return state

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
