from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass as _dataclass
from dataclasses import field as _dataclass_field
from typing import Any, Self, TypeVar

from ..models.refund_reason import RefundReason
from ..types import UNSET, Unset

T = TypeVar("T", bound="RefundCreate")


@_dataclass(slots=True)
class RefundCreate:
    """`amount` in major units (100.5). The reason as `name` (reference) or `reason`
    (guide); when both are sent, `reason` wins.

    """

    amount: float
    """ At least one cent; no more decimals than the order's currency has. """
    name: RefundReason | Unset = UNSET
    """ Why the money goes back. """
    reason: RefundReason | Unset = UNSET
    """ Why the money goes back. """
    additional_properties: dict[str, Any] = _dataclass_field(
        init=False, default_factory=dict
    )

    def to_dict(self) -> dict[str, Any]:
        amount = self.amount

        name: str | Unset = UNSET
        if not isinstance(self.name, Unset):
            name = self.name.value

        reason: str | Unset = UNSET
        if not isinstance(self.reason, Unset):
            reason = self.reason.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "amount": amount,
            }
        )
        if name is not UNSET:
            field_dict["name"] = name
        if reason is not UNSET:
            field_dict["reason"] = reason

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        amount = d.pop("amount")

        _name = d.pop("name", UNSET)
        name: RefundReason | Unset
        if isinstance(_name, Unset):
            name = UNSET
        else:
            name = RefundReason(_name)

        _reason = d.pop("reason", UNSET)
        reason: RefundReason | Unset
        if isinstance(_reason, Unset):
            reason = UNSET
        else:
            reason = RefundReason(_reason)

        refund_create = cls(
            amount=amount,
            name=name,
            reason=reason,
        )

        refund_create.additional_properties = d
        return refund_create

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
