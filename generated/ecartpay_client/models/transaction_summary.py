from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass as _dataclass
from dataclasses import field as _dataclass_field
from typing import Any, Self, TypeVar

from ..types import UNSET, Unset

T = TypeVar("T", bound="TransactionSummary")


@_dataclass(slots=True)
class TransactionSummary:
    """Assumed shape (the guide names pay-ins and payouts per currency)."""

    currency: str
    pay_ins: float | Unset = UNSET
    """ Paid orders. """
    refunds: float | Unset = UNSET
    payouts: float | Unset = UNSET
    """ Payouts and withdrawals. """
    fees: float | Unset = UNSET
    balance: float | Unset = UNSET
    """ pay_ins - refunds - payouts - fees. """
    transactions: int | Unset = UNSET
    """ How many transactions count in this currency. """
    additional_properties: dict[str, Any] = _dataclass_field(
        init=False, default_factory=dict
    )

    def to_dict(self) -> dict[str, Any]:
        currency = self.currency

        pay_ins = self.pay_ins

        refunds = self.refunds

        payouts = self.payouts

        fees = self.fees

        balance = self.balance

        transactions = self.transactions

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "currency": currency,
            }
        )
        if pay_ins is not UNSET:
            field_dict["pay_ins"] = pay_ins
        if refunds is not UNSET:
            field_dict["refunds"] = refunds
        if payouts is not UNSET:
            field_dict["payouts"] = payouts
        if fees is not UNSET:
            field_dict["fees"] = fees
        if balance is not UNSET:
            field_dict["balance"] = balance
        if transactions is not UNSET:
            field_dict["transactions"] = transactions

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        currency = d.pop("currency")

        pay_ins = d.pop("pay_ins", UNSET)

        refunds = d.pop("refunds", UNSET)

        payouts = d.pop("payouts", UNSET)

        fees = d.pop("fees", UNSET)

        balance = d.pop("balance", UNSET)

        transactions = d.pop("transactions", UNSET)

        transaction_summary = cls(
            currency=currency,
            pay_ins=pay_ins,
            refunds=refunds,
            payouts=payouts,
            fees=fees,
            balance=balance,
            transactions=transactions,
        )

        transaction_summary.additional_properties = d
        return transaction_summary

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
