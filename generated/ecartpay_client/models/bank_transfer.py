from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass as _dataclass
from dataclasses import field as _dataclass_field
from typing import Any, Self, TypeVar, cast

from ..models.order_status import OrderStatus
from ..types import UNSET, Unset

T = TypeVar("T", bound="BankTransfer")


@_dataclass(slots=True)
class BankTransfer:
    """Assumed shape (the vendor documents no body): where to transfer, how much."""

    order_id: str
    clabe: str
    """ The order's unique 18-digit CLABE. """
    method_id: str | Unset = UNSET
    bank: str | Unset = UNSET
    amount: float | Unset = UNSET
    currency: str | Unset = UNSET
    status: OrderStatus | str | Unset = UNSET
    additional_properties: dict[str, Any] = _dataclass_field(
        init=False, default_factory=dict
    )

    def to_dict(self) -> dict[str, Any]:
        order_id = self.order_id

        clabe = self.clabe

        method_id = self.method_id

        bank = self.bank

        amount = self.amount

        currency = self.currency

        status: str | Unset
        if isinstance(self.status, Unset):
            status = UNSET
        elif isinstance(self.status, OrderStatus):
            status = self.status.value
        else:
            status = self.status

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "order_id": order_id,
                "clabe": clabe,
            }
        )
        if method_id is not UNSET:
            field_dict["method_id"] = method_id
        if bank is not UNSET:
            field_dict["bank"] = bank
        if amount is not UNSET:
            field_dict["amount"] = amount
        if currency is not UNSET:
            field_dict["currency"] = currency
        if status is not UNSET:
            field_dict["status"] = status

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        order_id = d.pop("order_id")

        clabe = d.pop("clabe")

        method_id = d.pop("method_id", UNSET)

        bank = d.pop("bank", UNSET)

        amount = d.pop("amount", UNSET)

        currency = d.pop("currency", UNSET)

        def _parse_status(data: object) -> OrderStatus | str | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                status_type_0 = OrderStatus(data)

                return status_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(OrderStatus | str | Unset, data)

        status = _parse_status(d.pop("status", UNSET))

        bank_transfer = cls(
            order_id=order_id,
            clabe=clabe,
            method_id=method_id,
            bank=bank,
            amount=amount,
            currency=currency,
            status=status,
        )

        bank_transfer.additional_properties = d
        return bank_transfer

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
