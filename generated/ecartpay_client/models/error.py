from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass as _dataclass
from dataclasses import field as _dataclass_field
from typing import Any, Self, TypeVar

T = TypeVar("T", bound="Error")


@_dataclass(slots=True)
class Error:
    """The one error body the vendor documents; used by every 4xx and 5xx here. The vendor's
    exported reference shows it under an HTTP 500 with `statusCode: 400` and a raw
    validator message, so neither field is checked against the HTTP status.

    """

    message: str
    """ Human-readable reason, in the language of the `lang` cookie; may be raw validator
    text (e.g. "payouts validation failed: amount: Cast to DecimalType failed ...").
     """
    status_code: int
    """ A status code chosen by the API. Usually the HTTP status, but it may differ from
    it (the reference records `400` in the body of an HTTP 500).
     """
    additional_properties: dict[str, Any] = _dataclass_field(
        init=False, default_factory=dict
    )

    def to_dict(self) -> dict[str, Any]:
        message = self.message

        status_code = self.status_code

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "message": message,
                "statusCode": status_code,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        message = d.pop("message")

        status_code = d.pop("statusCode")

        error = cls(
            message=message,
            status_code=status_code,
        )

        error.additional_properties = d
        return error

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
