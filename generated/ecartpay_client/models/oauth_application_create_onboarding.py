from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass as _dataclass
from dataclasses import field as _dataclass_field
from typing import Any, Self, TypeVar, cast

from ..types import UNSET, Unset

T = TypeVar("T", bound="OauthApplicationCreateOnboarding")


@_dataclass(slots=True)
class OauthApplicationCreateOnboarding:
    """Text for the merchant's first connection."""

    headline: str | Unset = UNSET
    permissions_summary: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _dataclass_field(
        init=False, default_factory=dict
    )

    def to_dict(self) -> dict[str, Any]:
        headline = self.headline

        permissions_summary: list[str] | Unset = UNSET
        if not isinstance(self.permissions_summary, Unset):
            permissions_summary = self.permissions_summary

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if headline is not UNSET:
            field_dict["headline"] = headline
        if permissions_summary is not UNSET:
            field_dict["permissions_summary"] = permissions_summary

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        headline = d.pop("headline", UNSET)

        permissions_summary = cast(list[str], d.pop("permissions_summary", UNSET))

        oauth_application_create_onboarding = cls(
            headline=headline,
            permissions_summary=permissions_summary,
        )

        oauth_application_create_onboarding.additional_properties = d
        return oauth_application_create_onboarding

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
