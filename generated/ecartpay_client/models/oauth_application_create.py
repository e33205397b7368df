from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass as _dataclass
from dataclasses import field as _dataclass_field
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.oauth_application_create_onboarding import (
        OauthApplicationCreateOnboarding,
    )


T = TypeVar("T", bound="OauthApplicationCreate")


@_dataclass(slots=True)
class OauthApplicationCreate:
    """Fields from the vendor's agent plugin. Assumed required: `name` and `redirect_url`
    (a consent page needs a name to show and a place to return to).

    """

    name: str
    """ Shown to the merchant on the consent page. """
    redirect_url: str
    """ Where the vendor sends the merchant back after consent. Both sources require HTTPS
    and an exact match with the registered URL; loopback addresses (`localhost`,
    `127.0.0.1`, `[::1]`) may use plain HTTP, so a platform can develop locally
    (assumed: the usual OAuth exception).
     """
    description: str | Unset = UNSET
    """ A description of your application; where the vendor shows it is not documented. """
    logo_url: str | Unset = UNSET
    """ Your application's logo, by URL; where the vendor shows it is not documented. """
    scopes: list[str] | Unset = UNSET
    """ Permissions asked of the merchant (`read_orders`, `write_orders`, ...; more may
    exist). The vendor adds `read_credentials` itself.
     """
    onboarding: OauthApplicationCreateOnboarding | Unset = UNSET
    """ Text for the merchant's first connection. """
    additional_properties: dict[str, Any] = _dataclass_field(
        init=False, default_factory=dict
    )

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        redirect_url = self.redirect_url

        description = self.description

        logo_url = self.logo_url

        scopes: list[str] | Unset = UNSET
        if not isinstance(self.scopes, Unset):
            scopes = self.scopes

        onboarding: dict[str, Any] | Unset = UNSET
        if not isinstance(self.onboarding, Unset):
            onboarding = self.onboarding.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "redirect_url": redirect_url,
            }
        )
        if description is not UNSET:
            field_dict["description"] = description
        if logo_url is not UNSET:
            field_dict["logo_url"] = logo_url
        if scopes is not UNSET:
            field_dict["scopes"] = scopes
        if onboarding is not UNSET:
            field_dict["onboarding"] = onboarding

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.oauth_application_create_onboarding import (
            OauthApplicationCreateOnboarding,
        )

        d = dict(src_dict)
        name = d.pop("name")

        redirect_url = d.pop("redirect_url")

        description = d.pop("description", UNSET)

        logo_url = d.pop("logo_url", UNSET)

        scopes = cast(list[str], d.pop("scopes", UNSET))

        _onboarding = d.pop("onboarding", UNSET)
        onboarding: OauthApplicationCreateOnboarding | Unset
        if isinstance(_onboarding, Unset):
            onboarding = UNSET
        else:
            onboarding = OauthApplicationCreateOnboarding.from_dict(_onboarding)

        oauth_application_create = cls(
            name=name,
            redirect_url=redirect_url,
            description=description,
            logo_url=logo_url,
            scopes=scopes,
            onboarding=onboarding,
        )

        oauth_application_create.additional_properties = d
        return oauth_application_create

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
