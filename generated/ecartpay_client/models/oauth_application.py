from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass as _dataclass
from dataclasses import field as _dataclass_field
from typing import Any, Self, TypeVar, cast

from ..types import UNSET, Unset

T = TypeVar("T", bound="OauthApplication")


@_dataclass(slots=True)
class OauthApplication:
    """A registered application. Both sources name `client_id` and `client_secret` (shown
    once); everything else is an assumed echo of the request.

    """

    client_id: str
    """ Not secret; it goes into the consent page's URL. """
    client_secret: str
    """ Secret, shown in this answer only. Keep it on the server. """
    name: str | Unset = UNSET
    description: str | Unset = UNSET
    logo_url: str | Unset = UNSET
    redirect_url: str | Unset = UNSET
    scopes: list[str] | Unset = UNSET
    created_at: str | Unset = UNSET
    additional_properties: dict[str, Any] = _dataclass_field(
        init=False, default_factory=dict
    )

    def to_dict(self) -> dict[str, Any]:
        client_id = self.client_id

        client_secret = self.client_secret

        name = self.name

        description = self.description

        logo_url = self.logo_url

        redirect_url = self.redirect_url

        scopes: list[str] | Unset = UNSET
        if not isinstance(self.scopes, Unset):
            scopes = self.scopes

        created_at = self.created_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "client_id": client_id,
                "client_secret": client_secret,
            }
        )
        if name is not UNSET:
            field_dict["name"] = name
        if description is not UNSET:
            field_dict["description"] = description
        if logo_url is not UNSET:
            field_dict["logo_url"] = logo_url
        if redirect_url is not UNSET:
            field_dict["redirect_url"] = redirect_url
        if scopes is not UNSET:
            field_dict["scopes"] = scopes
        if created_at is not UNSET:
            field_dict["created_at"] = created_at

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        client_id = d.pop("client_id")

        client_secret = d.pop("client_secret")

        name = d.pop("name", UNSET)

        description = d.pop("description", UNSET)

        logo_url = d.pop("logo_url", UNSET)

        redirect_url = d.pop("redirect_url", UNSET)

        scopes = cast(list[str], d.pop("scopes", UNSET))

        created_at = d.pop("created_at", UNSET)

        oauth_application = cls(
            client_id=client_id,
            client_secret=client_secret,
            name=name,
            description=description,
            logo_url=logo_url,
            redirect_url=redirect_url,
            scopes=scopes,
            created_at=created_at,
        )

        oauth_application.additional_properties = d
        return oauth_application

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
