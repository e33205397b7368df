from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass as _dataclass
from dataclasses import field as _dataclass_field
from typing import Any, Self, TypeVar

from ..types import UNSET, Unset

T = TypeVar("T", bound="PayoutTransaction")


@_dataclass(slots=True)
class PayoutTransaction:
    """A movement a payout made (a `charge` to the sender, a `payment` to the recipient)."""

    id: str | Unset = UNSET
    account_id: str | Unset = UNSET
    transaction_id: str | Unset = UNSET
    amount: float | Unset = UNSET
    currency: str | Unset = UNSET
    fee: float | Unset = UNSET
    gateway: str | Unset = UNSET
    status: str | Unset = UNSET
    type_: str | Unset = UNSET
    additional_properties: dict[str, Any] = _dataclass_field(
        init=False, default_factory=dict
    )

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        account_id = self.account_id

        transaction_id = self.transaction_id

        amount = self.amount

        currency = self.currency

        fee = self.fee

        gateway = self.gateway

        status = self.status

        type_ = self.type_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if account_id is not UNSET:
            field_dict["account_id"] = account_id
        if transaction_id is not UNSET:
            field_dict["transaction_id"] = transaction_id
        if amount is not UNSET:
            field_dict["amount"] = amount
        if currency is not UNSET:
            field_dict["currency"] = currency
        if fee is not UNSET:
            field_dict["fee"] = fee
        if gateway is not UNSET:
            field_dict["gateway"] = gateway
        if status is not UNSET:
            field_dict["status"] = status
        if type_ is not UNSET:
            field_dict["type"] = type_

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        id = d.pop("id", UNSET)

        account_id = d.pop("account_id", UNSET)

        transaction_id = d.pop("transaction_id", UNSET)

        amount = d.pop("amount", UNSET)

        currency = d.pop("currency", UNSET)

        fee = d.pop("fee", UNSET)

        gateway = d.pop("gateway", UNSET)

        status = d.pop("status", UNSET)

        type_ = d.pop("type", UNSET)

        payout_transaction = cls(
            id=id,
            account_id=account_id,
            transaction_id=transaction_id,
            amount=amount,
            currency=currency,
            fee=fee,
            gateway=gateway,
            status=status,
            type_=type_,
        )

        payout_transaction.additional_properties = d
        return payout_transaction

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
