from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass as _dataclass
from dataclasses import field as _dataclass_field
from typing import Any, Self, TypeVar

from ..types import UNSET, Unset

T = TypeVar("T", bound="PaymentLinkStatusUpdate")


@_dataclass(slots=True)
class PaymentLinkStatusUpdate:
    id: str
    """ A 24-hex identifier (a MongoDB ObjectId). """
    status: str
    """ The link's new review status (`accepted` in the vendor's example; the other values are not documented by the
    vendor). """
    type_: str | Unset = UNSET
    """ The kind of account the link belongs to (`business` in the vendor's example; other values are not documented
    by the vendor). """
    additional_properties: dict[str, Any] = _dataclass_field(
        init=False, default_factory=dict
    )

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        status = self.status

        type_ = self.type_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "status": status,
            }
        )
        if type_ is not UNSET:
            field_dict["type"] = type_

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        id = d.pop("id")

        status = d.pop("status")

        type_ = d.pop("type", UNSET)

        payment_link_status_update = cls(
            id=id,
            status=status,
            type_=type_,
        )

        payment_link_status_update.additional_properties = d
        return payment_link_status_update

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
