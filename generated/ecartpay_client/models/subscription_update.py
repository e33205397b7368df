from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass as _dataclass
from dataclasses import field as _dataclass_field
from typing import Any, Self, TypeVar, cast

from ..models.subscription_update_status import SubscriptionUpdateStatus
from ..types import UNSET, Unset

T = TypeVar("T", bound="SubscriptionUpdate")


@_dataclass(slots=True)
class SubscriptionUpdate:
    status: SubscriptionUpdateStatus | Unset = UNSET
    """ `active`, `paused` or `cancelled`. """
    card_ids: list[str] | Unset = UNSET
    """ Card ids (24-hex), as the vendor's examples show. """
    additional_properties: dict[str, Any] = _dataclass_field(
        init=False, default_factory=dict
    )

    def to_dict(self) -> dict[str, Any]:
        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

        card_ids: list[str] | Unset = UNSET
        if not isinstance(self.card_ids, Unset):
            card_ids = self.card_ids

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if status is not UNSET:
            field_dict["status"] = status
        if card_ids is not UNSET:
            field_dict["card_ids"] = card_ids

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        _status = d.pop("status", UNSET)
        status: SubscriptionUpdateStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = SubscriptionUpdateStatus(_status)

        card_ids = cast(list[str], d.pop("card_ids", UNSET))

        subscription_update = cls(
            status=status,
            card_ids=card_ids,
        )

        subscription_update.additional_properties = d
        return subscription_update

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
