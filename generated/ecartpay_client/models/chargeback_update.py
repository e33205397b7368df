from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass as _dataclass
from dataclasses import field as _dataclass_field
from typing import Any, Self, TypeVar

from ..models.chargeback_status import ChargebackStatus

T = TypeVar("T", bound="ChargebackUpdate")


@_dataclass(slots=True)
class ChargebackUpdate:
    status: ChargebackStatus
    """ `created` (opened), `in_review` (evidence under review), `accepted` (the merchant
    accepted it), `won`, `lost`. Only `created` and `in_review` are in the reference;
    the rest are Assumed. More may come.
     """
    additional_properties: dict[str, Any] = _dataclass_field(
        init=False, default_factory=dict
    )

    def to_dict(self) -> dict[str, Any]:
        status = self.status.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "status": status,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        status = ChargebackStatus(d.pop("status"))

        chargeback_update = cls(
            status=status,
        )

        chargeback_update.additional_properties = d
        return chargeback_update

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
