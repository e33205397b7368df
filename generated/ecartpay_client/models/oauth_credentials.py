from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass as _dataclass
from dataclasses import field as _dataclass_field
from typing import Any, Self, TypeVar

from ..types import UNSET, Unset

T = TypeVar("T", bound="OauthCredentials")


@_dataclass(slots=True)
class OauthCredentials:
    """A connected merchant's API keys (docs page, step 5)."""

    public_id: str
    private_id: str
    account_id: str | Unset = UNSET
    scope: str | Unset = UNSET
    """ Granted scopes, comma-separated. """
    additional_properties: dict[str, Any] = _dataclass_field(
        init=False, default_factory=dict
    )

    def to_dict(self) -> dict[str, Any]:
        public_id = self.public_id

        private_id = self.private_id

        account_id = self.account_id

        scope = self.scope

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "public_id": public_id,
                "private_id": private_id,
            }
        )
        if account_id is not UNSET:
            field_dict["account_id"] = account_id
        if scope is not UNSET:
            field_dict["scope"] = scope

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        public_id = d.pop("public_id")

        private_id = d.pop("private_id")

        account_id = d.pop("account_id", UNSET)

        scope = d.pop("scope", UNSET)

        oauth_credentials = cls(
            public_id=public_id,
            private_id=private_id,
            account_id=account_id,
            scope=scope,
        )

        oauth_credentials.additional_properties = d
        return oauth_credentials

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
