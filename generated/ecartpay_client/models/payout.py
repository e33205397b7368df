from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass as _dataclass
from dataclasses import field as _dataclass_field
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from ..models.payout_status import PayoutStatus
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.line_item import LineItem
    from ..models.payout_charge import PayoutCharge
    from ..models.payout_transaction import PayoutTransaction


T = TypeVar("T", bound="Payout")


@_dataclass(slots=True)
class Payout:
    id: str
    account_id: str | Unset = UNSET
    authorization_id: None | str | Unset = UNSET
    amount: float | Unset = UNSET
    currency: str | Unset = UNSET
    exchange: float | Unset = UNSET
    fee: float | Unset = UNSET
    email: None | str | Unset = UNSET
    customer_id: None | str | Unset = UNSET
    payment_method_id: None | str | Unset = UNSET
    reference: str | Unset = UNSET
    reference_id: str | Unset = UNSET
    require_confirmation: bool | Unset = UNSET
    confirmed: bool | Unset = UNSET
    """ Assumed (not in the recorded examples) whether the payout was confirmed. """
    status: PayoutStatus | str | Unset = UNSET
    available_at: None | str | Unset = UNSET
    items: list[LineItem] | Unset = UNSET
    charges: list[PayoutCharge] | Unset = UNSET
    order_id: None | str | Unset = UNSET
    transactions: list[PayoutTransaction] | Unset = UNSET
    created_at: str | Unset = UNSET
    updated_at: str | Unset = UNSET
    additional_properties: dict[str, Any] = _dataclass_field(
        init=False, default_factory=dict
    )

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        account_id = self.account_id

        authorization_id: None | str | Unset
        if isinstance(self.authorization_id, Unset):
            authorization_id = UNSET
        else:
            authorization_id = self.authorization_id

        amount = self.amount

        currency = self.currency

        exchange = self.exchange

        fee = self.fee

        email: None | str | Unset
        if isinstance(self.email, Unset):
            email = UNSET
        else:
            email = self.email

        customer_id: None | str | Unset
        if isinstance(self.customer_id, Unset):
            customer_id = UNSET
        else:
            customer_id = self.customer_id

        payment_method_id: None | str | Unset
        if isinstance(self.payment_method_id, Unset):
            payment_method_id = UNSET
        else:
            payment_method_id = self.payment_method_id

        reference = self.reference

        reference_id = self.reference_id

        require_confirmation = self.require_confirmation

        confirmed = self.confirmed

        status: str | Unset
        if isinstance(self.status, Unset):
            status = UNSET
        elif isinstance(self.status, PayoutStatus):
            status = self.status.value
        else:
            status = self.status

        available_at: None | str | Unset
        if isinstance(self.available_at, Unset):
            available_at = UNSET
        else:
            available_at = self.available_at

        items: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.items, Unset):
            items = []
            for items_item_data in self.items:
                items_item = items_item_data.to_dict()
                items.append(items_item)

        charges: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.charges, Unset):
            charges = []
            for charges_item_data in self.charges:
                charges_item = charges_item_data.to_dict()
                charges.append(charges_item)

        order_id: None | str | Unset
        if isinstance(self.order_id, Unset):
            order_id = UNSET
        else:
            order_id = self.order_id

        transactions: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.transactions, Unset):
            transactions = []
            for transactions_item_data in self.transactions:
                transactions_item = transactions_item_data.to_dict()
                transactions.append(transactions_item)

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
        if authorization_id is not UNSET:
            field_dict["authorization_id"] = authorization_id
        if amount is not UNSET:
            field_dict["amount"] = amount
        if currency is not UNSET:
            field_dict["currency"] = currency
        if exchange is not UNSET:
            field_dict["exchange"] = exchange
        if fee is not UNSET:
            field_dict["fee"] = fee
        if email is not UNSET:
            field_dict["email"] = email
        if customer_id is not UNSET:
            field_dict["customer_id"] = customer_id
        if payment_method_id is not UNSET:
            field_dict["payment_method_id"] = payment_method_id
        if reference is not UNSET:
            field_dict["reference"] = reference
        if reference_id is not UNSET:
            field_dict["reference_id"] = reference_id
        if require_confirmation is not UNSET:
            field_dict["require_confirmation"] = require_confirmation
        if confirmed is not UNSET:
            field_dict["confirmed"] = confirmed
        if status is not UNSET:
            field_dict["status"] = status
        if available_at is not UNSET:
            field_dict["available_at"] = available_at
        if items is not UNSET:
            field_dict["items"] = items
        if charges is not UNSET:
            field_dict["charges"] = charges
        if order_id is not UNSET:
            field_dict["order_id"] = order_id
        if transactions is not UNSET:
            field_dict["transactions"] = transactions
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.line_item import LineItem
        from ..models.payout_charge import PayoutCharge
        from ..models.payout_transaction import PayoutTransaction

        d = dict(src_dict)
        id = d.pop("id")

        account_id = d.pop("account_id", UNSET)

        def _parse_authorization_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        authorization_id = _parse_authorization_id(d.pop("authorization_id", UNSET))

        amount = d.pop("amount", UNSET)

        currency = d.pop("currency", UNSET)

        exchange = d.pop("exchange", UNSET)

        fee = d.pop("fee", UNSET)

        def _parse_email(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        email = _parse_email(d.pop("email", UNSET))

        def _parse_customer_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        customer_id = _parse_customer_id(d.pop("customer_id", UNSET))

        def _parse_payment_method_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        payment_method_id = _parse_payment_method_id(d.pop("payment_method_id", UNSET))

        reference = d.pop("reference", UNSET)

        reference_id = d.pop("reference_id", UNSET)

        require_confirmation = d.pop("require_confirmation", UNSET)

        confirmed = d.pop("confirmed", UNSET)

        def _parse_status(data: object) -> PayoutStatus | str | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                status_type_0 = PayoutStatus(data)

                return status_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(PayoutStatus | str | Unset, data)

        status = _parse_status(d.pop("status", UNSET))

        def _parse_available_at(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        available_at = _parse_available_at(d.pop("available_at", UNSET))

        _items = d.pop("items", UNSET)
        items: list[LineItem] | Unset = UNSET
        if _items is not UNSET:
            items = []
            for items_item_data in _items:
                items_item = LineItem.from_dict(items_item_data)

                items.append(items_item)

        _charges = d.pop("charges", UNSET)
        charges: list[PayoutCharge] | Unset = UNSET
        if _charges is not UNSET:
            charges = []
            for charges_item_data in _charges:
                charges_item = PayoutCharge.from_dict(charges_item_data)

                charges.append(charges_item)

        def _parse_order_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        order_id = _parse_order_id(d.pop("order_id", UNSET))

        _transactions = d.pop("transactions", UNSET)
        transactions: list[PayoutTransaction] | Unset = UNSET
        if _transactions is not UNSET:
            transactions = []
            for transactions_item_data in _transactions:
                transactions_item = PayoutTransaction.from_dict(transactions_item_data)

                transactions.append(transactions_item)

        created_at = d.pop("created_at", UNSET)

        updated_at = d.pop("updated_at", UNSET)

        payout = cls(
            id=id,
            account_id=account_id,
            authorization_id=authorization_id,
            amount=amount,
            currency=currency,
            exchange=exchange,
            fee=fee,
            email=email,
            customer_id=customer_id,
            payment_method_id=payment_method_id,
            reference=reference,
            reference_id=reference_id,
            require_confirmation=require_confirmation,
            confirmed=confirmed,
            status=status,
            available_at=available_at,
            items=items,
            charges=charges,
            order_id=order_id,
            transactions=transactions,
            created_at=created_at,
            updated_at=updated_at,
        )

        payout.additional_properties = d
        return payout

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
