from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass as _dataclass
from dataclasses import field as _dataclass_field
from typing import Any, Self, TypeVar, cast

from ..models.transaction_status import TransactionStatus
from ..models.transaction_type import TransactionType
from ..types import UNSET, Unset

T = TypeVar("T", bound="Transaction")


@_dataclass(slots=True)
class Transaction:
    """One movement of money. The guide's example shows `id`, `account_id`,
    `refund_id`, `transaction_id` (`TR` + 10 digits), `type`, `status`, `amount`.

    """

    id: str
    account_id: str | Unset = UNSET
    transaction_id: str | Unset = UNSET
    """ The human-readable number. """
    type_: str | TransactionType | Unset = UNSET
    status: str | TransactionStatus | Unset = UNSET
    amount: float | Unset = UNSET
    fee: float | Unset = UNSET
    currency: str | Unset = UNSET
    order_id: None | str | Unset = UNSET
    refund_id: None | str | Unset = UNSET
    reference_id: None | str | Unset = UNSET
    installments: int | None | Unset = UNSET
    method: str | Unset = UNSET
    """ Assumed. How a payment came in (`card`, `pay_link`, `bank_transfer`). """
    created_at: str | Unset = UNSET
    updated_at: str | Unset = UNSET
    additional_properties: dict[str, Any] = _dataclass_field(
        init=False, default_factory=dict
    )

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        account_id = self.account_id

        transaction_id = self.transaction_id

        type_: str | Unset
        if isinstance(self.type_, Unset):
            type_ = UNSET
        elif isinstance(self.type_, TransactionType):
            type_ = self.type_.value
        else:
            type_ = self.type_

        status: str | Unset
        if isinstance(self.status, Unset):
            status = UNSET
        elif isinstance(self.status, TransactionStatus):
            status = self.status.value
        else:
            status = self.status

        amount = self.amount

        fee = self.fee

        currency = self.currency

        order_id: None | str | Unset
        if isinstance(self.order_id, Unset):
            order_id = UNSET
        else:
            order_id = self.order_id

        refund_id: None | str | Unset
        if isinstance(self.refund_id, Unset):
            refund_id = UNSET
        else:
            refund_id = self.refund_id

        reference_id: None | str | Unset
        if isinstance(self.reference_id, Unset):
            reference_id = UNSET
        else:
            reference_id = self.reference_id

        installments: int | None | Unset
        if isinstance(self.installments, Unset):
            installments = UNSET
        else:
            installments = self.installments

        method = self.method

        created_at = self.created_at

        updated_at = self.updated_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
            }
        )
        if account_id is not UNSET:
            field_dict["account_id"] = account_id
        if transaction_id is not UNSET:
            field_dict["transaction_id"] = transaction_id
        if type_ is not UNSET:
            field_dict["type"] = type_
        if status is not UNSET:
            field_dict["status"] = status
        if amount is not UNSET:
            field_dict["amount"] = amount
        if fee is not UNSET:
            field_dict["fee"] = fee
        if currency is not UNSET:
            field_dict["currency"] = currency
        if order_id is not UNSET:
            field_dict["order_id"] = order_id
        if refund_id is not UNSET:
            field_dict["refund_id"] = refund_id
        if reference_id is not UNSET:
            field_dict["reference_id"] = reference_id
        if installments is not UNSET:
            field_dict["installments"] = installments
        if method is not UNSET:
            field_dict["method"] = method
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        id = d.pop("id")

        account_id = d.pop("account_id", UNSET)

        transaction_id = d.pop("transaction_id", UNSET)

        def _parse_type_(data: object) -> str | TransactionType | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                type_type_0 = TransactionType(data)

                return type_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(str | TransactionType | Unset, data)

        type_ = _parse_type_(d.pop("type", UNSET))

        def _parse_status(data: object) -> str | TransactionStatus | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                status_type_0 = TransactionStatus(data)

                return status_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(str | TransactionStatus | Unset, data)

        status = _parse_status(d.pop("status", UNSET))

        amount = d.pop("amount", UNSET)

        fee = d.pop("fee", UNSET)

        currency = d.pop("currency", UNSET)

        def _parse_order_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        order_id = _parse_order_id(d.pop("order_id", UNSET))

        def _parse_refund_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        refund_id = _parse_refund_id(d.pop("refund_id", UNSET))

        def _parse_reference_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        reference_id = _parse_reference_id(d.pop("reference_id", UNSET))

        def _parse_installments(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        installments = _parse_installments(d.pop("installments", UNSET))

        method = d.pop("method", UNSET)

        created_at = d.pop("created_at", UNSET)

        updated_at = d.pop("updated_at", UNSET)

        transaction = cls(
            id=id,
            account_id=account_id,
            transaction_id=transaction_id,
            type_=type_,
            status=status,
            amount=amount,
            fee=fee,
            currency=currency,
            order_id=order_id,
            refund_id=refund_id,
            reference_id=reference_id,
            installments=installments,
            method=method,
            created_at=created_at,
            updated_at=updated_at,
        )

        transaction.additional_properties = d
        return transaction

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
