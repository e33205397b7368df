from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass as _dataclass
from dataclasses import field as _dataclass_field
from typing import Any, Self, TypeVar, cast

from ..types import UNSET, Unset

T = TypeVar("T", bound="Notification")


@_dataclass(slots=True)
class Notification:
    """Assumed shape (no recorded answer)."""

    id: str
    seen: bool
    title: str | Unset = UNSET
    message: str | Unset = UNSET
    type_: str | Unset = UNSET
    seen_at: None | str | Unset = UNSET
    created_at: str | Unset = UNSET
    additional_properties: dict[str, Any] = _dataclass_field(
        init=False, default_factory=dict
    )

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        seen = self.seen

        title = self.title

        message = self.message

        type_ = self.type_

        seen_at: None | str | Unset
        if isinstance(self.seen_at, Unset):
            seen_at = UNSET
        else:
            seen_at = self.seen_at

        created_at = self.created_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "seen": seen,
            }
        )
        if title is not UNSET:
            field_dict["title"] = title
        if message is not UNSET:
            field_dict["message"] = message
        if type_ is not UNSET:
            field_dict["type"] = type_
        if seen_at is not UNSET:
            field_dict["seen_at"] = seen_at
        if created_at is not UNSET:
            field_dict["created_at"] = created_at

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        id = d.pop("id")

        seen = d.pop("seen")

        title = d.pop("title", UNSET)

        message = d.pop("message", UNSET)

        type_ = d.pop("type", UNSET)

        def _parse_seen_at(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        seen_at = _parse_seen_at(d.pop("seen_at", UNSET))

        created_at = d.pop("created_at", UNSET)

        notification = cls(
            id=id,
            seen=seen,
            title=title,
            message=message,
            type_=type_,
            seen_at=seen_at,
            created_at=created_at,
        )

        notification.additional_properties = d
        return notification

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
