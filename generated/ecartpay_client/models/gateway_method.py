from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass as _dataclass
from dataclasses import field as _dataclass_field
from typing import Any, Self, TypeVar, cast

from ..models.gateway_method_type import GatewayMethodType
from ..types import UNSET, Unset

T = TypeVar("T", bound="GatewayMethod")


@_dataclass(slots=True)
class GatewayMethod:
    id: str
    title: str | Unset = UNSET
    type_: GatewayMethodType | str | Unset = UNSET
    active: bool | Unset = UNSET
    fee: str | Unset = UNSET
    """ The fee formula, as text. """
    additional_properties: dict[str, Any] = _dataclass_field(
        init=False, default_factory=dict
    )

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        title = self.title

        type_: str | Unset
        if isinstance(self.type_, Unset):
            type_ = UNSET
        elif isinstance(self.type_, GatewayMethodType):
            type_ = self.type_.value
        else:
            type_ = self.type_

        active = self.active

        fee = self.fee

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
            }
        )
        if title is not UNSET:
            field_dict["title"] = title
        if type_ is not UNSET:
            field_dict["type"] = type_
        if active is not UNSET:
            field_dict["active"] = active
        if fee is not UNSET:
            field_dict["fee"] = fee

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        id = d.pop("id")

        title = d.pop("title", UNSET)

        def _parse_type_(data: object) -> GatewayMethodType | str | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                type_type_0 = GatewayMethodType(data)

                return type_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(GatewayMethodType | str | Unset, data)

        type_ = _parse_type_(d.pop("type", UNSET))

        active = d.pop("active", UNSET)

        fee = d.pop("fee", UNSET)

        gateway_method = cls(
            id=id,
            title=title,
            type_=type_,
            active=active,
            fee=fee,
        )

        gateway_method.additional_properties = d
        return gateway_method

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
