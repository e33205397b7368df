from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass as _dataclass
from dataclasses import field as _dataclass_field
from typing import Any, Self, TypeVar

from ..models.oauth_token_request_grant_type import OauthTokenRequestGrantType
from ..types import UNSET, Unset

T = TypeVar("T", bound="OauthTokenRequest")


@_dataclass(slots=True)
class OauthTokenRequest:
    """`authorization_code` (with `redirect_url`, from the vendor's agent plugin) or
    `refresh_token` (with `refresh_token`; assumed, see `createOauthToken`).

    """

    grant_type: OauthTokenRequestGrantType
    """ `authorization_code` to exchange a callback's code, or `refresh_token` (assumed) to renew an access token.
    """
    redirect_url: str | Unset = UNSET
    """ The registered redirect URL, exactly (with `authorization_code`). """
    refresh_token: str | Unset = UNSET
    """ The refresh token of an earlier exchange (with `refresh_token`). """
    additional_properties: dict[str, Any] = _dataclass_field(
        init=False, default_factory=dict
    )

    def to_dict(self) -> dict[str, Any]:
        grant_type = self.grant_type.value

        redirect_url = self.redirect_url

        refresh_token = self.refresh_token

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "grant_type": grant_type,
            }
        )
        if redirect_url is not UNSET:
            field_dict["redirect_url"] = redirect_url
        if refresh_token is not UNSET:
            field_dict["refresh_token"] = refresh_token

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        grant_type = OauthTokenRequestGrantType(d.pop("grant_type"))

        redirect_url = d.pop("redirect_url", UNSET)

        refresh_token = d.pop("refresh_token", UNSET)

        oauth_token_request = cls(
            grant_type=grant_type,
            redirect_url=redirect_url,
            refresh_token=refresh_token,
        )

        oauth_token_request.additional_properties = d
        return oauth_token_request

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
