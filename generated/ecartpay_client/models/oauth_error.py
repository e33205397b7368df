from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass as _dataclass
from dataclasses import field as _dataclass_field
from typing import Any, Self, TypeVar

from ..types import UNSET, Unset

T = TypeVar("T", bound="OauthError")


@_dataclass(slots=True)
class OauthError:
    """The vendor's error body; the local sandbox adds an OAuth-style `error` code
    (assumed: the docs' error reference is not in our excerpt).

    """

    message: str
    status_code: int
    error: str | Unset = UNSET
    """ `invalid_grant` (unknown, expired or used code or refresh token),
    `redirect_uri_mismatch`, `invalid_client`, `invalid_request`; more may come.
     """
    additional_properties: dict[str, Any] = _dataclass_field(
        init=False, default_factory=dict
    )

    def to_dict(self) -> dict[str, Any]:
        message = self.message

        status_code = self.status_code

        error = self.error

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "message": message,
                "statusCode": status_code,
            }
        )
        if error is not UNSET:
            field_dict["error"] = error

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        message = d.pop("message")

        status_code = d.pop("statusCode")

        error = d.pop("error", UNSET)

        oauth_error = cls(
            message=message,
            status_code=status_code,
            error=error,
        )

        oauth_error.additional_properties = d
        return oauth_error

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
