from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass as _dataclass
from dataclasses import field as _dataclass_field
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.zip_code_additional_info import ZipCodeAdditionalInfo
    from ..models.zip_code_coordinates import ZipCodeCoordinates
    from ..models.zip_code_country import ZipCodeCountry
    from ..models.zip_code_info import ZipCodeInfo
    from ..models.zip_code_regions import ZipCodeRegions
    from ..models.zip_code_state import ZipCodeState


T = TypeVar("T", bound="ZipCode")


@_dataclass(slots=True)
class ZipCode:
    """A place (zip code, locality, state), as recorded for zip codes and localities."""

    zip_code: str
    locality: None | str | Unset = UNSET
    suburbs: list[str] | Unset = UNSET
    state: ZipCodeState | Unset = UNSET
    country: ZipCodeCountry | Unset = UNSET
    regions: ZipCodeRegions | Unset = UNSET
    coordinates: ZipCodeCoordinates | Unset = UNSET
    info: ZipCodeInfo | Unset = UNSET
    additional_info: ZipCodeAdditionalInfo | Unset = UNSET
    additional_properties: dict[str, Any] = _dataclass_field(
        init=False, default_factory=dict
    )

    def to_dict(self) -> dict[str, Any]:
        zip_code = self.zip_code

        locality: None | str | Unset
        if isinstance(self.locality, Unset):
            locality = UNSET
        else:
            locality = self.locality

        suburbs: list[str] | Unset = UNSET
        if not isinstance(self.suburbs, Unset):
            suburbs = self.suburbs

        state: dict[str, Any] | Unset = UNSET
        if not isinstance(self.state, Unset):
            state = self.state.to_dict()

        country: dict[str, Any] | Unset = UNSET
        if not isinstance(self.country, Unset):
            country = self.country.to_dict()

        regions: dict[str, Any] | Unset = UNSET
        if not isinstance(self.regions, Unset):
            regions = self.regions.to_dict()

        coordinates: dict[str, Any] | Unset = UNSET
        if not isinstance(self.coordinates, Unset):
            coordinates = self.coordinates.to_dict()

        info: dict[str, Any] | Unset = UNSET
        if not isinstance(self.info, Unset):
            info = self.info.to_dict()

        additional_info: dict[str, Any] | Unset = UNSET
        if not isinstance(self.additional_info, Unset):
            additional_info = self.additional_info.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "zip_code": zip_code,
            }
        )
        if locality is not UNSET:
            field_dict["locality"] = locality
        if suburbs is not UNSET:
            field_dict["suburbs"] = suburbs
        if state is not UNSET:
            field_dict["state"] = state
        if country is not UNSET:
            field_dict["country"] = country
        if regions is not UNSET:
            field_dict["regions"] = regions
        if coordinates is not UNSET:
            field_dict["coordinates"] = coordinates
        if info is not UNSET:
            field_dict["info"] = info
        if additional_info is not UNSET:
            field_dict["additional_info"] = additional_info

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.zip_code_additional_info import ZipCodeAdditionalInfo
        from ..models.zip_code_coordinates import ZipCodeCoordinates
        from ..models.zip_code_country import ZipCodeCountry
        from ..models.zip_code_info import ZipCodeInfo
        from ..models.zip_code_regions import ZipCodeRegions
        from ..models.zip_code_state import ZipCodeState

        d = dict(src_dict)
        zip_code = d.pop("zip_code")

        def _parse_locality(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        locality = _parse_locality(d.pop("locality", UNSET))

        suburbs = cast(list[str], d.pop("suburbs", UNSET))

        _state = d.pop("state", UNSET)
        state: ZipCodeState | Unset
        if isinstance(_state, Unset):
            state = UNSET
        else:
            state = ZipCodeState.from_dict(_state)

        _country = d.pop("country", UNSET)
        country: ZipCodeCountry | Unset
        if isinstance(_country, Unset):
            country = UNSET
        else:
            country = ZipCodeCountry.from_dict(_country)

        _regions = d.pop("regions", UNSET)
        regions: ZipCodeRegions | Unset
        if isinstance(_regions, Unset):
            regions = UNSET
        else:
            regions = ZipCodeRegions.from_dict(_regions)

        _coordinates = d.pop("coordinates", UNSET)
        coordinates: ZipCodeCoordinates | Unset
        if isinstance(_coordinates, Unset):
            coordinates = UNSET
        else:
            coordinates = ZipCodeCoordinates.from_dict(_coordinates)

        _info = d.pop("info", UNSET)
        info: ZipCodeInfo | Unset
        if isinstance(_info, Unset):
            info = UNSET
        else:
            info = ZipCodeInfo.from_dict(_info)

        _additional_info = d.pop("additional_info", UNSET)
        additional_info: ZipCodeAdditionalInfo | Unset
        if isinstance(_additional_info, Unset):
            additional_info = UNSET
        else:
            additional_info = ZipCodeAdditionalInfo.from_dict(_additional_info)

        zip_code = cls(
            zip_code=zip_code,
            locality=locality,
            suburbs=suburbs,
            state=state,
            country=country,
            regions=regions,
            coordinates=coordinates,
            info=info,
            additional_info=additional_info,
        )

        zip_code.additional_properties = d
        return zip_code

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
