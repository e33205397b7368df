from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass as _dataclass
from dataclasses import field as _dataclass_field
from typing import Any, Self, TypeVar

from ..types import UNSET, Unset

T = TypeVar("T", bound="OauthGrant")


@_dataclass(slots=True)
class OauthGrant:
    """The exchange's answer in either source's shape: the keys directly (`public_id`,
    `private_id`; the vendor's agent plugin) or an `access_token` for
    `getOauthCredentials` (the docs page). Every field is optional on its own; one of
    the two groups is present.

    """

    account_id: str | Unset = UNSET
    """ The connected merchant's account (agent plugin). """
    public_id: str | Unset = UNSET
    """ The merchant's public API key (agent plugin). """
    private_id: str | Unset = UNSET
    """ The merchant's private API key (agent plugin). Keep it encrypted. """
    scope: str | Unset = UNSET
    """ Granted scopes, comma-separated (`read_orders,write_orders,read_credentials`). """
    access_token: str | Unset = UNSET
    """ For `getOauthCredentials` (docs page). """
    token_type: str | Unset = UNSET
    expires_in: float | Unset = UNSET
    """ Seconds the access token lives. """
    refresh_token: str | Unset = UNSET
    """ Gets a new access token later (docs page; field name assumed). """
    additional_properties: dict[str, Any] = _dataclass_field(
        init=False, default_factory=dict
    )

    def to_dict(self) -> dict[str, Any]:
        account_id = self.account_id

        public_id = self.public_id

        private_id = self.private_id

        scope = self.scope

        access_token = self.access_token

        token_type = self.token_type

        expires_in = self.expires_in

        refresh_token = self.refresh_token

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if account_id is not UNSET:
            field_dict["account_id"] = account_id
        if public_id is not UNSET:
            field_dict["public_id"] = public_id
        if private_id is not UNSET:
            field_dict["private_id"] = private_id
        if scope is not UNSET:
            field_dict["scope"] = scope
        if access_token is not UNSET:
            field_dict["access_token"] = access_token
        if token_type is not UNSET:
            field_dict["token_type"] = token_type
        if expires_in is not UNSET:
            field_dict["expires_in"] = expires_in
        if refresh_token is not UNSET:
            field_dict["refresh_token"] = refresh_token

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        account_id = d.pop("account_id", UNSET)

        public_id = d.pop("public_id", UNSET)

        private_id = d.pop("private_id", UNSET)

        scope = d.pop("scope", UNSET)

        access_token = d.pop("access_token", UNSET)

        token_type = d.pop("token_type", UNSET)

        expires_in = d.pop("expires_in", UNSET)

        refresh_token = d.pop("refresh_token", UNSET)

        oauth_grant = cls(
            account_id=account_id,
            public_id=public_id,
            private_id=private_id,
            scope=scope,
            access_token=access_token,
            token_type=token_type,
            expires_in=expires_in,
            refresh_token=refresh_token,
        )

        oauth_grant.additional_properties = d
        return oauth_grant

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
