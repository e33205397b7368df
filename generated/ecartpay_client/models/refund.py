from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass as _dataclass
from dataclasses import field as _dataclass_field
from typing import Any, Self, TypeVar, cast

from ..models.order_status import OrderStatus
from ..models.refund_reason import RefundReason
from ..types import UNSET, Unset

T = TypeVar("T", bound="Refund")


@_dataclass(slots=True)
class Refund:
    """Assumed shape (the vendor documents no refund body)."""

    id: str
    order_id: str | Unset = UNSET
    amount: float | Unset = UNSET
    currency: str | Unset = UNSET
    reason: None | RefundReason | str | Unset = UNSET
    order_status: OrderStatus | str | Unset = UNSET
    """ The order's status after this refund. """
    refunded: float | Unset = UNSET
    """ Refunded so far on the order, this refund included. """
    remaining: float | Unset = UNSET
    """ What can still be refunded. """
    transaction_id: str | Unset = UNSET
    """ The `id` of the refund's transaction. """
    created_at: str | Unset = UNSET
    additional_properties: dict[str, Any] = _dataclass_field(
        init=False, default_factory=dict
    )

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        order_id = self.order_id

        amount = self.amount

        currency = self.currency

        reason: None | str | Unset
        if isinstance(self.reason, Unset):
            reason = UNSET
        elif isinstance(self.reason, RefundReason):
            reason = self.reason.value
        else:
            reason = self.reason

        order_status: str | Unset
        if isinstance(self.order_status, Unset):
            order_status = UNSET
        elif isinstance(self.order_status, OrderStatus):
            order_status = self.order_status.value
        else:
            order_status = self.order_status

        refunded = self.refunded

        remaining = self.remaining

        transaction_id = self.transaction_id

        created_at = self.created_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
            }
        )
        if order_id is not UNSET:
            field_dict["order_id"] = order_id
        if amount is not UNSET:
            field_dict["amount"] = amount
        if currency is not UNSET:
            field_dict["currency"] = currency
        if reason is not UNSET:
            field_dict["reason"] = reason
        if order_status is not UNSET:
            field_dict["order_status"] = order_status
        if refunded is not UNSET:
            field_dict["refunded"] = refunded
        if remaining is not UNSET:
            field_dict["remaining"] = remaining
        if transaction_id is not UNSET:
            field_dict["transaction_id"] = transaction_id
        if created_at is not UNSET:
            field_dict["created_at"] = created_at

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        id = d.pop("id")

        order_id = d.pop("order_id", UNSET)

        amount = d.pop("amount", UNSET)

        currency = d.pop("currency", UNSET)

        def _parse_reason(data: object) -> None | RefundReason | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                reason_type_0 = RefundReason(data)

                return reason_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | RefundReason | str | Unset, data)

        reason = _parse_reason(d.pop("reason", UNSET))

        def _parse_order_status(data: object) -> OrderStatus | str | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                order_status_type_0 = OrderStatus(data)

                return order_status_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(OrderStatus | str | Unset, data)

        order_status = _parse_order_status(d.pop("order_status", UNSET))

        refunded = d.pop("refunded", UNSET)

        remaining = d.pop("remaining", UNSET)

        transaction_id = d.pop("transaction_id", UNSET)

        created_at = d.pop("created_at", UNSET)

        refund = cls(
            id=id,
            order_id=order_id,
            amount=amount,
            currency=currency,
            reason=reason,
            order_status=order_status,
            refunded=refunded,
            remaining=remaining,
            transaction_id=transaction_id,
            created_at=created_at,
        )

        refund.additional_properties = d
        return refund

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
